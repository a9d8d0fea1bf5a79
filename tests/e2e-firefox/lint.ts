// `npm run lint:firefox`: Mozilla's add-on linter (web-ext lint) on the Firefox
// build. Fails on any error, and on any warning but the two known ones, both in
// dependencies and both harmless here:
// - UNSAFE_VAR_ASSIGNMENT in Preact's runtime: its support for dangerouslySetInnerHTML,
//   which no component of ours uses.
// - DANGEROUS_EVAL in Zod: it probes `Function('')` to compile fast validators; the
//   extension pages' CSP (script-src 'self') refuses it and Zod validates without.
// A new warning fails the lint until it is understood and fixed or listed here.
import { execFileSync } from 'node:child_process';

const BUILD = '.output/firefox-mv3';

interface Message {
  code: string;
  message: string;
  file?: string;
}
interface Report {
  errors: Message[];
  notices: Message[];
  warnings: Message[];
}

const known: Array<{ code: string; file: RegExp }> = [
  { code: 'UNSAFE_VAR_ASSIGNMENT', file: /^chunks\/jsxRuntime-[\w-]+\.js$/ },
  { code: 'DANGEROUS_EVAL', file: /^chunks\/schema-[\w-]+\.js$/ },
];

function lint(): Report {
  const args = ['web-ext', 'lint', '--source-dir', BUILD, '--output', 'json', '--no-config-discovery'];
  try {
    return JSON.parse(execFileSync('npx', args, { encoding: 'utf8' }));
  } catch (error) {
    // web-ext exits 1 when it found errors, still printing its report.
    const stdout = (error as { stdout?: string }).stdout;
    if (!stdout) throw error;
    return JSON.parse(stdout);
  }
}

const report = lint();
const line = (m: Message) => `  ${m.code} ${m.file ?? ''}: ${m.message}\n`;
const unknown = report.warnings.filter((w) => !known.some((k) => k.code === w.code && k.file.test(w.file ?? '')));
process.stdout.write(
  `web-ext lint ${BUILD}: ${report.errors.length} errors, ${report.warnings.length} warnings (${
    report.warnings.length - unknown.length
  } known), ${report.notices.length} notices\n`,
);
for (const m of [...report.errors, ...report.warnings, ...report.notices]) process.stdout.write(line(m));
if (report.errors.length > 0 || unknown.length > 0) {
  process.stderr.write('Le linter de Firefox signale des erreurs ou des avertissements nouveaux : voir ci-dessus.\n');
  process.exit(1);
}
