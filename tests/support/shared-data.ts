import { existsSync } from 'node:fs';
import path from 'node:path';

/** The development data beside the repository (../shared/data), or SHARED_DATA_DIR; a missing file fails the test. */
export function sharedDataFile(relative: string): string {
  const root = process.env.SHARED_DATA_DIR ?? path.resolve(import.meta.dirname, '../../../shared/data');
  const file = path.join(root, relative);
  if (!existsSync(file)) throw new Error(`${file} is missing: the tests read ../shared/data (or SHARED_DATA_DIR)`);
  return file;
}
