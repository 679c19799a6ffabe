// Synthetic but realistic listings for benchmarks: the demo generator's multilingual texts, multiplied with
// variations, written straight into the tables in bulk (the Document Service would take many minutes for 100,000).
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { mulberry32 } from '@community-sharing/config';

const CMS_DIR = path.resolve(import.meta.dirname, '../../cms');
const requireCms = createRequire(path.join(CMS_DIR, 'package.json'));

function documentId(): string {
  return randomBytes(18).toString('base64url').toLowerCase().replace(/[^a-z0-9]/g, 'x').slice(0, 24);
}

/** A seeded random source, so every run benchmarks the same data. */
export { mulberry32 as prng } from '@community-sharing/config';

export interface BulkLoadResult {
  municipalities: { id: number; documentId: string; country: string; lat: number; lng: number }[];
  listings: number;
  ms: number;
}

/** Writes `count` published listings (and the demo municipalities) into the database of a loaded Strapi. */
export async function bulkLoadListings(strapi: any, count: number, onProgress: (done: number) => void): Promise<BulkLoadResult> {
  const started = Date.now();
  const { generateDemoData } = requireCms(path.join(CMS_DIR, 'dist/src/seed/demo-data/generate-demo-data.js'));
  const demo = generateDemoData({ seed: 7 });
  const now = new Date();
  const municipalities: BulkLoadResult['municipalities'] = [];
  for (const m of demo.municipalities) {
    const created = await strapi.documents('api::municipality.municipality').create({
      data: { name: m.name, slug: m.key, country: m.country, officialCode: m.officialCode, lat: m.lat, lng: m.lng, verificationStatus: 'verified', source: 'demo' },
    });
    const row = await strapi.db.query('api::municipality.municipality').findOne({ where: { documentId: created.documentId }, select: ['id'] });
    municipalities.push({ id: row.id, documentId: created.documentId, country: m.country, lat: m.lat, lng: m.lng });
  }
  const byKey = new Map<string, BulkLoadResult['municipalities'][number]>(demo.municipalities.map((m: any, i: number) => [m.key, municipalities[i]!]));
  const random = mulberry32(42);
  const link = strapi.db.metadata.get('api::listing.listing').attributes.municipality.joinTable;
  const expires = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);
  const BATCH = 500;
  for (let done = 0; done < count; ) {
    const rows = [];
    const owners: number[] = [];
    for (let i = 0; i < BATCH && done + i < count; i++) {
      const template = demo.listings[(done + i) % demo.listings.length];
      const owner = byKey.get(template.municipalityKey)!;
      const n = done + i;
      const id = documentId();
      rows.push({
        documentId: id,
        locale: template.locale,
        type: template.type,
        kind: template.kind,
        cpvCodes: template.cpvCodes,
        // A number and a lot code vary the text, as real listings vary.
        title: `${template.title} ${n % 97 === 0 ? '' : `· ${1 + Math.floor(random() * 500)}`}`.trim(),
        description: `${template.description} (${Math.floor(random() * 10_000)})`,
        originalLocale: template.locale,
        slug: `bench-${n}-${id.slice(0, 6)}`,
        quantity: template.quantity ?? null,
        unit: template.unit ?? null,
        expiresAt: expires,
        delivery: template.delivery,
        workingLanguages: template.workingLanguages,
        moderationStatus: 'published',
        publishedOn: new Date(now.getTime() - Math.floor(random() * 365 * 86_400_000)),
        publishedAt: now,
      });
      owners.push(owner.id);
    }
    await strapi.db.query('api::listing.listing').createMany({ data: rows });
    const created = await strapi.db.query('api::listing.listing').findMany({ where: { documentId: { $in: rows.map((r) => r.documentId) } }, select: ['id', 'documentId'] });
    const idOf = new Map(created.map((row: any) => [row.documentId, row.id]));
    await strapi.db
      .connection(link.name)
      .insert(rows.map((row, i) => ({ [link.joinColumn.name]: idOf.get(row.documentId), [link.inverseJoinColumn.name]: owners[i], [link.orderColumnName ?? 'listing_ord']: 1 })));
    done += rows.length;
    onProgress(done);
  }
  // Statistics for the planner, as autovacuum gathers them on a live database (and as README says to after a
  // restore): without them a municipality page's counts of its open listings read every listing instead of
  // that municipality's. SQLite plans from its indexes alone.
  if (strapi.db.dialect.client === 'postgres') await strapi.db.connection.raw('ANALYZE');
  return { municipalities, listings: count, ms: Date.now() - started };
}
