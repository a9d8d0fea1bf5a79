// Files for the command line, one at a time: a directory stands for its
// `.json` files in name order, a file is read only when its turn comes (and
// not at all when it is too large to be a Contretemps file), and an output is
// written to a temporary file then renamed, so it is whole or absent.
import { readFileSync, statSync } from 'node:fs';
import { readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { MAX_FILE_BYTES } from '../evidence/read';
import type { CliProblem } from './sentences';

/** Each argument, a directory replaced by its `.json` files (sorted); names only, never contents. */
export async function* expand(args: string[]): AsyncGenerator<string> {
  for (const arg of args) {
    const info = await stat(arg).catch(() => null);
    if (!info?.isDirectory()) {
      yield arg;
      continue;
    }
    const names = (await readdir(arg)).filter((n) => n.endsWith('.json')).sort();
    for (const name of names) yield join(arg, name);
  }
}

/**
 * The file's text, or why it has none. Read synchronously: files are taken one
 * after the other anyway, and for thousands of small files the thread pool's
 * round trips cost more than the reading.
 */
export function readText(path: string): { ok: true; text: string } | { ok: false; problem: CliProblem } {
  try {
    const info = statSync(path);
    if (!info.isFile()) return { ok: false, problem: { code: 'file_unreadable' } };
    if (info.size > MAX_FILE_BYTES) return { ok: false, problem: { code: 'file_too_large' } };
    return { ok: true, text: readFileSync(path, 'utf8') };
  } catch {
    return { ok: false, problem: { code: 'file_unreadable' } };
  }
}

/** Writes every output or none: all to temporary files first, then each renamed into place. */
export async function writeAll(outputs: { path: string; text: string }[]): Promise<boolean> {
  const temps = outputs.map((o) => ({
    ...o,
    temp: join(dirname(o.path), `.${basename(o.path)}.${process.pid}.tmp`),
  }));
  try {
    for (const o of temps) await writeFile(o.temp, o.text, 'utf8');
    for (const o of temps) await rename(o.temp, o.path);
    return true;
  } catch {
    for (const o of temps) await rm(o.temp, { force: true });
    return false;
  }
}
