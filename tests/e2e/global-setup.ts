// The end-to-end suite runs on the production build; refuse to run without it.
import { existsSync } from 'node:fs';
import { CHROMIUM, EXTENSION_DIR } from './harness';

export default function setup() {
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    throw new Error(`Pas d’extension construite dans ${EXTENSION_DIR} : lancez « npm run build » d’abord.`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium introuvable (${CHROMIUM}) : installez le paquet « chromium » ou définissez CHROMIUM_PATH.`,
    );
  }
}
