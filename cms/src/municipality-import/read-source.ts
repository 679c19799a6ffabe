import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { readLauCsv } from './lau-csv';
import { readWesternBalkansJson } from './western-balkans-json';
import type { SourceItem } from './types';

/** The files a source path stands for: the file itself, or every *.csv and *.json in a folder, sorted by name. */
async function sourceFiles(sourcePath: string): Promise<{ files: string[]; strays: string[] }> {
  const info = await stat(sourcePath);
  if (!info.isDirectory()) return { files: [sourcePath], strays: [] };
  const entries: string[] = [];
  for (const entry of await readdir(sourcePath, { withFileTypes: true })) {
    // A symlink counts when it points at a file (an operator may link the official files into one folder).
    const isFile = entry.isFile() || (entry.isSymbolicLink() && (await stat(path.join(sourcePath, entry.name)).catch(() => undefined))?.isFile());
    if (isFile) entries.push(entry.name);
  }
  entries.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)); // code-point order: the same on every machine and locale
  const known = (name: string) => /\.(csv|json)$/i.test(name);
  return {
    files: entries.filter(known).map((name) => path.join(sourcePath, name)),
    strays: entries.filter((name) => !known(name) && !name.startsWith('.')).map((name) => path.join(sourcePath, name)),
  };
}

/**
 * Reads municipalities from one file or from a folder of files, choosing the reader by extension (.csv:
 * Eurostat LAU layout, .json: countrystatecity layout); anything else becomes an issue, never a crash.
 */
export async function* readMunicipalitySource(sourcePath: string): AsyncGenerator<SourceItem> {
  let listing: { files: string[]; strays: string[] };
  try {
    listing = await sourceFiles(sourcePath);
  } catch (error) {
    yield { file: sourcePath, line: 0, issues: [{ file: sourcePath, line: 0, message: `cannot read source: ${(error as Error).message}` }] };
    return;
  }
  for (const file of listing.strays) {
    yield { file, line: 0, issues: [{ file, line: 0, message: 'ignored: not a .csv or .json file' }] };
  }
  for (const file of listing.files) {
    if (/\.csv$/i.test(file)) yield* readLauCsv(file);
    else if (/\.json$/i.test(file)) yield* readWesternBalkansJson(file);
    else yield { file, line: 0, issues: [{ file, line: 0, message: 'unsupported file type: expected .csv (LAU) or .json (countrystatecity)' }] };
  }
}

/** Counts newline bytes without parsing: fast enough to size a progress bar before the import starts. */
async function countLines(file: string): Promise<number> {
  let lines = 0;
  let last = 10;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    if (chunk.length > 0) last = chunk[chunk.length - 1];
  }
  return last === 10 ? lines : lines + 1; // a last line without a newline still counts
}

/**
 * An estimate of the items readMunicipalitySource will yield, for a progress bar total: data lines of each
 * CSV (quoted line breaks would count twice, which the LAU files do not have) and entries of each JSON file.
 */
export async function countSourceRows(sourcePath: string): Promise<number> {
  let listing: { files: string[]; strays: string[] };
  try {
    listing = await sourceFiles(sourcePath);
  } catch {
    return 0;
  }
  let total = listing.strays.length;
  for (const file of listing.files) {
    if (/\.csv$/i.test(file)) {
      total += Math.max(0, (await countLines(file)) - 1);
    } else {
      // A JSON source is small and what counts as a row depends on its content: run its reader.
      for await (const _ of readWesternBalkansJson(file)) total++;
    }
  }
  return total;
}
