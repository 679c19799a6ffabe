import type { Core } from '@strapi/strapi';
import { formatIssue, runImport } from '../municipality-import';
import { createStrapiMunicipalityStore } from '../municipality-import/strapi-store';
import { createProgress } from '../seed/progress';

/**
 * `npm run import:municipalities -- PATH`: imports official municipality lists (a file or a folder of
 * Eurostat/GISCO LAU CSV files, or the Western Balkans JSON), upserting by official code. A second run changes
 * nothing. Malformed rows are reported with their line and skipped; the good rows are kept.
 */
export async function run(strapi: Core.Strapi, args: string[]): Promise<number> {
  const source = args[0];
  if (!source) {
    console.error('Usage: npm run import:municipalities -- PATH   (a LAU .csv file, a Western Balkans .json file, or a folder of them)');
    return 2;
  }
  let progress: ReturnType<typeof createProgress> | undefined;
  const summary = await runImport(source, createStrapiMunicipalityStore(strapi), {
    onProgress(p) {
      progress ??= createProgress('Municipalities', p.total);
      progress.update(p.read);
    },
  });
  progress?.stop();
  console.log(
    `Read ${summary.read} rows: ${summary.created} created, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.skipped} skipped (country not served), ${summary.issues.length} problems.`,
  );
  for (const issue of summary.issues.slice(0, 50)) console.log(`  ${formatIssue(issue)}`);
  if (summary.issues.length > 50) console.log(`  … and ${summary.issues.length - 50} more`);
  return summary.issues.length > 0 ? 1 : 0;
}
