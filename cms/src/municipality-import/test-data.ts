import { existsSync } from 'node:fs';
import path from 'node:path';

// Test support (no test framework import, so it compiles with the rest of src): locates the shared data
// the tests read. /work/main/cms/src/municipality-import -> /work/shared/data.
const SHARED_DATA_DIR = process.env.SHARED_DATA_DIR ?? path.resolve(__dirname, '../../../../shared/data');

/** Absolute path of a file in the shared data folder; throws (failing the test) when it is absent. */
export function sharedDataFile(relative: string): string {
  const file = path.join(SHARED_DATA_DIR, relative);
  if (!existsSync(file)) {
    throw new Error(`shared data file missing: ${file} (set SHARED_DATA_DIR to the folder holding lau/ and western-balkans/)`);
  }
  return file;
}
