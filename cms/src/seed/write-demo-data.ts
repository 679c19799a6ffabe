import type { Core } from '@strapi/strapi';
import { co2eAvoidedKg } from '@community-sharing/config';
import type { DemoData } from './demo-data/generate-demo-data';
import { createProgress } from './progress';

const BATCH = 100;

/** Runs `work` over `items` in transactions of BATCH (SQLite is far faster that way), with a progress bar. */
async function inBatches<T>(strapi: Core.Strapi, label: string, items: T[], work: (item: T) => Promise<void>) {
  const progress = createProgress(label, items.length);
  for (let start = 0; start < items.length; start += BATCH) {
    const batch = items.slice(start, start + BATCH);
    await strapi.db.transaction(async () => {
      for (const item of batch) await work(item);
    });
    progress.update(Math.min(start + BATCH, items.length));
  }
  progress.stop();
}

/** Writes generated demo data through the Document Service (so validation and hooks run as for real writes). */
export async function writeDemoData(strapi: Core.Strapi, data: DemoData): Promise<{ municipalityIds: Map<string, string>; listingIds: Map<string, { documentId: string; locale: string }> }> {
  const municipalityIds = new Map<string, string>();
  const listingIds = new Map<string, { documentId: string; locale: string; kind: string; cpvCodes: string[] }>();

  await inBatches(strapi, 'Municipalities', data.municipalities, async (m) => {
    const created = await strapi.documents('api::municipality.municipality').create({
      data: {
        name: m.name,
        slug: m.key,
        country: m.country,
        officialCode: m.officialCode,
        lat: m.lat,
        lng: m.lng,
        population: m.population ?? null,
        languages: m.languages,
        descriptions: m.description.map((d) => ({ locale: d.locale, text: d.text })),
        website: m.website,
        contact: m.contact,
        verificationStatus: m.verification,
        verifiedAt: m.verification === 'verified' ? new Date() : null,
        source: 'demo',
      } as any,
    });
    municipalityIds.set(m.key, created.documentId);
  });

  await inBatches(strapi, 'Listings', data.listings, async (l) => {
    const created = await strapi.documents('api::listing.listing').create({
      locale: l.locale,
      data: {
        type: l.type,
        kind: l.kind,
        cpvCodes: l.cpvCodes,
        title: l.title,
        description: l.description,
        quantity: l.quantity ?? null,
        unit: l.unit ?? null,
        condition: l.condition ?? null,
        availableFrom: l.availableFrom ?? null,
        neededBy: l.neededBy ?? null,
        expiresAt: l.expiresAt,
        delivery: l.delivery,
        workingLanguages: l.workingLanguages,
        moderationStatus: l.status,
        rejectionReason: l.rejectionReason ?? null,
        publishedOn: l.status === 'pending' || l.status === 'rejected' ? null : l.createdAt,
        municipality: municipalityIds.get(l.municipalityKey),
      } as any,
    });
    listingIds.set(l.key, { documentId: created.documentId, locale: l.locale, kind: l.kind, cpvCodes: l.cpvCodes });
  });

  await inBatches(strapi, 'Exchanges', data.exchanges, async (e) => {
    const listing = listingIds.get(e.listingKey)!;
    const byKey = (key: string) => municipalityIds.get(key)!;
    const feedbackOf = (side: string) => e.feedback?.find((f) => f.fromKey === side);
    const asFeedback = (f?: { rating: number; comment: string; locale: string }) => (f ? { rating: f.rating, comment: f.comment, locale: f.locale } : null);
    const completed = e.state === 'completed';
    const lastAt = e.messages.at(-1)?.at ?? null;
    const exchange = await strapi.documents('api::exchange.exchange').create({
      data: {
        listing: { connect: [{ documentId: listing.documentId, locale: listing.locale }] },
        provider: byKey(e.providerKey),
        receiver: byKey(e.receiverKey),
        state: e.state,
        decidedAt: e.state === 'requested' || e.state === 'withdrawn' ? null : lastAt,
        completedAt: completed ? lastAt : null,
        providerConfirmedAt: completed ? lastAt : null,
        receiverConfirmedAt: completed ? lastAt : null,
        providerFeedback: asFeedback(feedbackOf(e.providerKey)),
        receiverFeedback: asFeedback(feedbackOf(e.receiverKey)),
        // CO2e avoided as the exchange routes compute it: from the mass and the listing's category factor.
        impact: e.impact ? { ...e.impact, ...(e.impact.massKg ? { co2eKg: co2eAvoidedKg(listing.kind, listing.cpvCodes, e.impact.massKg) } : {}) } : null,
      } as any,
    });
    for (const message of e.messages) {
      await strapi.documents('api::message.message').create({
        data: { exchange: exchange.documentId, fromMunicipality: byKey(message.fromKey), body: message.body, locale: message.locale } as any,
      });
    }
  });

  return { municipalityIds, listingIds };
}
