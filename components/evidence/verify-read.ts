// A file chosen in the page, read as text and checked by the same code as the
// command line (lib/evidence/read.ts), with the French words that describe it.
import type { Lang } from '../../lib/catalogue';
import { describeIndividual, weekWords } from '../../lib/evidence/describe';
import { MAX_FILE_BYTES, type ReadResult, readEvidence } from '../../lib/evidence/read';
import type { Translate } from '../../lib/i18n/translator';

/** Larger files are not even read into memory: the check would refuse them anyway. */
const READ_LIMIT = 6 * 1024 * 1024;

export interface ReadFile {
  result: ReadResult;
  /** An individual file: what it holds and does not hold (describeIndividual). */
  lines: string[];
  /** Its weeks in words (`2026-W47 (du 16 novembre au 22 novembre 2026)`). */
  weeks: string[];
}

/** The file checked, described in the interface's language (`t`, `lang`). */
export async function readChosenFile(file: Blob, now: number, t: Translate, lang: Lang): Promise<ReadFile> {
  if (file.size > Math.max(READ_LIMIT, MAX_FILE_BYTES)) {
    return { result: { ok: false, problems: [{ code: 'file_too_large' }] }, lines: [], weeks: [] };
  }
  const result = await readEvidence(await file.text(), { now });
  if (!result.ok) return { result, lines: [], weeks: [] };
  return {
    result,
    lines: result.kind === 'individual' ? describeIndividual(result.file, t, lang) : [],
    weeks: result.file.weeks.map((w) => weekWords(w, t, lang)),
  };
}
