import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { co2eAvoidedKg } from '@community-sharing/config';
import type { Member } from '../../../access/current-member';
import { acceptFits, askingSideFor, planTransition, remainingAfter, type ExchangeAction, type Side, type TransitionPlan, type TransitionRefusal } from '../../../domain/exchange/exchange-machine';
import { notifyParties } from '../../../domain/exchange/exchange-events';
import { attachmentProblem, type parseFeedback, type parseHandover, type parseImpact } from '../../../domain/exchange/exchange-input';
import { ExchangeConflict } from '../lib/exchange-conflict';
import { loadExchange, partiesOf, sideIn, UID, userDocumentId, type StoredExchange } from '../lib/exchange-store';

const LISTING = 'api::listing.listing';
const MESSAGE = 'api::message.message';
const AUDIT = 'api::audit-entry.audit-entry';

/**
 * The exchange's writes. Each checks the caller's side, then changes the row only through a compare-and-set
 * (an UPDATE whose WHERE names the state and version the caller saw) inside a transaction, so two concurrent
 * writers can never both win: the loser changes nothing and gets 409.
 */
export default factories.createCoreService(UID, ({ strapi }) => {
  /** The exchange and the caller's side in it; 404 for an unknown id, 403 for a municipality not in it. */
  async function partyOf(member: Member, documentId: string): Promise<{ exchange: StoredExchange; side: Side }> {
    const exchange = await loadExchange(strapi, documentId);
    if (!exchange) throw new errors.NotFoundError('No exchange with this id');
    const side = sideIn(exchange, member.municipality?.documentId);
    if (!side) throw new errors.PolicyError('Only the two municipalities of this exchange may see or change it');
    return { exchange, side };
  }

  async function audit(member: Member, exchange: StoredExchange, action: string, fromState: string, toState: string, details: Record<string, unknown>) {
    await strapi.documents(AUDIT).create({
      data: {
        subjectType: 'exchange',
        subjectDocumentId: exchange.documentId,
        action,
        fromState,
        toState,
        actorKind: 'member',
        actorId: await userDocumentId(strapi, member.userId),
        actorLabel: member.email,
        country: member.municipality?.country ?? null,
        details: { municipalityDocumentId: member.municipality?.documentId, ...details },
      } as any,
    });
  }

  /** One UPDATE ... WHERE id AND state AND version: true when this caller won. */
  async function compareAndSet(exchange: StoredExchange, expectedState: string, data: Record<string, unknown>): Promise<boolean> {
    const { count } = await strapi.db.query(UID).updateMany({
      where: { id: exchange.id, state: expectedState, version: exchange.version },
      data: { ...data, version: exchange.version + 1, updatedAt: new Date() },
    });
    return count === 1;
  }

  function stale(exchange: StoredExchange, current?: { state: string; version: number }) {
    return new ExchangeConflict('exchange.stale', 'This exchange was changed by someone else in the meantime; reload it and try again', {
      expectedVersion: exchange.version,
      ...(current ? { currentState: current.state, currentVersion: current.version } : {}),
    });
  }

  async function currentOf(exchange: StoredExchange) {
    return strapi.db.query(UID).findOne({ where: { id: exchange.id }, select: ['state', 'version'] });
  }

  /** Takes the exchanged quantity off the listing (atomically, in SQL) and closes it when nothing is left. */
  async function consumeListing(exchange: StoredExchange, trx: any) {
    const listing = exchange.listing;
    if (!listing) return null;
    const meta = strapi.db.metadata.get(LISTING) as any;
    const column = meta.attributes.remainingQuantity.columnName as string;
    const documentIdColumn = meta.attributes.documentId.columnName as string;
    const quantity = exchange.quantity === null ? null : Number(exchange.quantity);
    const knex = strapi.db.connection;
    const rows = knex(meta.tableName).transacting(trx).where(documentIdColumn, listing.documentId).whereNotNull(column);
    await (quantity === null
      ? rows.update({ [column]: 0 })
      : rows.update({ [column]: knex.raw(`CASE WHEN ?? > ? THEN ?? - ? ELSE 0 END`, [column, quantity, column, quantity]) }));
    const stored = await strapi.db.query(LISTING).findOne({ where: { documentId: listing.documentId, locale: listing.originalLocale }, select: ['remainingQuantity', 'moderationStatus'] });
    if (!stored || stored.remainingQuantity === null) return null;
    const remaining = Math.round(Number(stored.remainingQuantity) * 1000) / 1000;
    const { close } = remainingAfter(remaining, 0);
    // Through the Document Service, so search and matching hear of the new quantity and of the closing.
    await strapi.documents(LISTING).update({
      documentId: listing.documentId,
      locale: listing.originalLocale,
      data: { remainingQuantity: remaining, ...(close && stored.moderationStatus === 'published' ? { moderationStatus: 'closed' } : {}) } as any,
    });
    return { remainingQuantity: remaining, closed: close };
  }

  /**
   * Accepting holds the exchange's quantity: the listing's rows are locked first (an UPDATE, so concurrent
   * accepts on one listing queue up here), then what other accepted exchanges hold is read as committed.
   */
  async function holdQuantity(exchange: StoredExchange, trx: any) {
    const listing = exchange.listing;
    if (!listing) return;
    const meta = strapi.db.metadata.get(LISTING) as any;
    const column = meta.attributes.remainingQuantity.columnName as string;
    const knex = strapi.db.connection;
    await knex(meta.tableName).transacting(trx).where(meta.attributes.documentId.columnName, listing.documentId).update({ [column]: knex.ref(column) });
    const stored = await strapi.db.query(LISTING).findOne({ where: { documentId: listing.documentId, locale: listing.originalLocale }, select: ['remainingQuantity'] });
    const remaining = stored?.remainingQuantity === null || stored?.remainingQuantity === undefined ? null : Number(stored.remainingQuantity);
    const others = await strapi.db.query(UID).findMany({
      where: { listing: { documentId: listing.documentId }, state: 'accepted', id: { $ne: exchange.id } },
      select: ['quantity'],
      orderBy: { id: 'asc' },
    });
    const held = others.map((other: any) => (other.quantity === null ? null : Number(other.quantity)));
    const requested = exchange.quantity === null ? null : Number(exchange.quantity);
    if (!acceptFits(remaining, held, requested)) {
      throw new ExchangeConflict('exchange.quantity-unavailable', 'What is left of this listing is already promised to other accepted exchanges (or nothing is left); decline this request or wait', {
        remainingQuantity: remaining,
        heldByAccepted: others.length,
      });
    }
  }

  return {
    partyOf,

    async transition(member: Member, documentId: string, input: { action: ExchangeAction; version: number; message?: string }) {
      const { exchange, side } = await partyOf(member, documentId);
      if (input.version !== exchange.version) throw stale(exchange, { state: exchange.state, version: exchange.version });
      if (!exchange.listing) throw new ExchangeConflict('exchange.illegal-transition', 'This exchange has lost its listing and can no longer move');
      const plan = planTransition(
        { state: exchange.state, askingSide: askingSideFor(exchange.listing.type), providerConfirmedAt: exchange.providerConfirmedAt, receiverConfirmedAt: exchange.receiverConfirmedAt },
        input.action,
        side,
      );
      if (plan.ok === false) {
        const refusal = plan as TransitionRefusal;
        throw new ExchangeConflict(refusal.code, refusal.message, { state: exchange.state, action: input.action, side });
      }
      const move = plan as TransitionPlan;

      const listingAfter = await strapi.db.transaction(async ({ trx, onCommit }: any) => {
        if (!(await compareAndSet(exchange, move.from, { state: move.to, ...move.set }))) throw stale(exchange, await currentOf(exchange));
        if (input.action === 'accept') await holdQuantity(exchange, trx);
        if (input.message) {
          await strapi.documents(MESSAGE).create({ data: { exchange: exchange.documentId, fromMunicipality: member.municipality!.documentId, author: member.userId, body: input.message } as any });
        }
        const listing = move.to === 'completed' ? await consumeListing(exchange, trx) : null;
        await audit(member, exchange, `exchange.${input.action}`, move.from, move.to, { side, fromVersion: exchange.version, toVersion: exchange.version + 1, event: move.event, ...(listing ? { listing } : {}) });
        onCommit(() => notifyParties(strapi as any, { documentId: exchange.documentId, ...partiesOf(exchange) }, move.event, { action: input.action, by: side, state: move.to }));
        return listing;
      });
      return { exchange: (await loadExchange(strapi, documentId))!, side, listing: listingAfter };
    },

    async setHandover(member: Member, documentId: string, input: ReturnType<typeof parseHandover>) {
      const { exchange, side } = await partyOf(member, documentId);
      if (exchange.state !== 'accepted') throw new ExchangeConflict('exchange.illegal-transition', `The hand-over can be agreed only while the exchange is accepted (it is ${exchange.state})`, { state: exchange.state });
      await strapi.db.transaction(async ({ onCommit }: any) => {
        // Holds the row (and checks it is still accepted) so a concurrent cancel cannot slip between.
        const { count } = await strapi.db.query(UID).updateMany({ where: { id: exchange.id, state: 'accepted' }, data: { updatedAt: new Date() } });
        if (count !== 1) throw stale(exchange, await currentOf(exchange));
        const handover = { date: exchange.handover?.date ?? null, place: exchange.handover?.place ?? null, transport: exchange.handover?.transport ?? null, ...input };
        await strapi.documents(UID).update({ documentId, data: { handover } as any });
        await audit(member, exchange, 'exchange.handover', exchange.state, exchange.state, { side, handover });
        onCommit(() => notifyParties(strapi as any, { documentId, ...partiesOf(exchange) }, 'exchange.handover', { by: side, handover }));
      });
      return { exchange: (await loadExchange(strapi, documentId))!, side };
    },

    async addFeedback(member: Member, documentId: string, input: ReturnType<typeof parseFeedback>, locale: string | null) {
      const { exchange, side } = await partyOf(member, documentId);
      if (exchange.state !== 'completed') throw new ExchangeConflict('exchange.illegal-transition', `Feedback can be given only after completion (the exchange is ${exchange.state})`, { state: exchange.state });
      const field = side === 'provider' ? 'providerFeedback' : 'receiverFeedback';
      if (exchange[field]) throw new ExchangeConflict('exchange.feedback-given', 'Your municipality has already given its feedback on this exchange', { side });
      await strapi.db.transaction(async ({ onCommit }: any) => {
        // The version guard makes "once per side" hold under concurrent posts.
        if (!(await compareAndSet(exchange, 'completed', {}))) throw new ExchangeConflict('exchange.feedback-given', 'Your municipality has already given its feedback on this exchange, or it changed meanwhile; reload it', { side });
        await strapi.documents(UID).update({ documentId, data: { [field]: { rating: input.rating, comment: input.comment ?? null, locale, givenAt: new Date() } } as any });
        await audit(member, exchange, 'exchange.feedback', 'completed', 'completed', { side, rating: input.rating });
        onCommit(() => notifyParties(strapi as any, { documentId, ...partiesOf(exchange) }, 'exchange.feedback', { by: side, rating: input.rating }));
      });
      return { exchange: (await loadExchange(strapi, documentId))!, side };
    },

    async setImpact(member: Member, documentId: string, input: ReturnType<typeof parseImpact>) {
      const { exchange, side } = await partyOf(member, documentId);
      if (exchange.state !== 'completed') throw new ExchangeConflict('exchange.illegal-transition', `Impact can be recorded only after completion (the exchange is ${exchange.state})`, { state: exchange.state });
      const old = exchange.impact ?? { valueEur: null, massKg: null, volunteerHours: null, expertDays: null, co2eKg: null };
      const merged = {
        valueEur: old.valueEur === null ? null : Number(old.valueEur),
        massKg: old.massKg === null ? null : Number(old.massKg),
        volunteerHours: old.volunteerHours === null ? null : Number(old.volunteerHours),
        expertDays: old.expertDays === null ? null : Number(old.expertDays),
        ...input,
      };
      // CO2e is never typed in: it follows from the mass and the listing's CPV division or kind (config/src/impact-factors.ts).
      const co2eKg = merged.massKg === null || merged.massKg === undefined ? null : co2eAvoidedKg(exchange.listing?.kind ?? '', exchange.listing?.cpvCodes ?? [], merged.massKg);
      await strapi.db.transaction(async () => {
        await strapi.documents(UID).update({ documentId, data: { impact: { ...merged, co2eKg } } as any });
        await audit(member, exchange, 'exchange.impact', 'completed', 'completed', { side, impact: { ...merged, co2eKg } });
      });
      return { exchange: (await loadExchange(strapi, documentId))!, side };
    },

    /** The thread, oldest first, with who wrote (municipality, never the person) and the attachments. */
    async messages(member: Member, documentId: string) {
      const { exchange, side } = await partyOf(member, documentId);
      const rows = await strapi.db.query(MESSAGE).findMany({
        where: { exchange: { id: exchange.id } },
        populate: { fromMunicipality: { select: ['documentId', 'name'] }, attachments: { select: ['id', 'name', 'mime', 'size', 'url'] } },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
      return {
        side,
        data: rows.map((row: any) => ({
          documentId: row.documentId,
          body: row.body,
          locale: row.locale ?? null,
          createdAt: row.createdAt,
          from: row.fromMunicipality ? { documentId: row.fromMunicipality.documentId, name: row.fromMunicipality.name } : null,
          mine: row.fromMunicipality?.documentId === member.municipality?.documentId,
          attachments: (row.attachments ?? []).map((file: any) => ({ id: file.id, name: file.name, mime: file.mime, sizeKb: Number(file.size), url: file.url })),
        })),
      };
    },

    async postMessage(member: Member, documentId: string, input: { body: string; attachments?: number[] }, locale: string | null) {
      const { exchange, side } = await partyOf(member, documentId);
      const ids = [...new Set(input.attachments ?? [])];
      if (ids.length) {
        const files = await strapi.db.query('plugin::upload.file').findMany({ where: { id: { $in: ids } }, select: ['id', 'name', 'mime', 'size'], populate: { uploader: { select: ['id'] } }, orderBy: { id: 'asc' } });
        // A file already attached to something (another thread, a listing, a logo) is not taken over.
        const links = (strapi.db.metadata.get('plugin::upload.file') as any).attributes.related.joinTable;
        const linked = new Set(
          (await strapi.db.connection(links.name).whereIn(links.joinColumn.name, ids).select(links.joinColumn.name)).map((row: any) => Number(row[links.joinColumn.name])),
        );
        const issues: { path: (string | number)[]; message: string; name: string }[] = [];
        ids.forEach((id, index) => {
          const file = files.find((f: any) => f.id === id);
          // Only the author's own uploads, as for listing images: file ids are sequential, and another member's
          // upload that is not attached yet would otherwise land in this thread. Strapi keeps an upload's size in kB.
          const problem = !file
            ? 'is not an uploaded file'
            : linked.has(id)
              ? 'is already attached elsewhere; upload the file again'
              : file.uploader?.id !== member.userId
                ? 'must be a file you uploaded yourself'
                : attachmentProblem({ mime: file.mime, sizeBytes: Number(file.size) * 1024, name: file.name });
          if (problem) issues.push({ path: ['attachments', index], message: `attachments.${index}: ${problem}`, name: 'ValidationError' });
        });
        if (issues.length) throw new errors.ValidationError(issues.map((issue) => issue.message).join('; '), { errors: issues });
      }
      const created = await strapi.db.transaction(async ({ onCommit }: any) => {
        const message = await strapi.documents(MESSAGE).create({
          data: { exchange: exchange.documentId, fromMunicipality: member.municipality!.documentId, author: member.userId, body: input.body, locale, attachments: ids } as any,
        });
        onCommit(() => notifyParties(strapi as any, { documentId, ...partiesOf(exchange) }, 'exchange.message', { by: side, messageDocumentId: message.documentId }));
        return message;
      });
      const thread = await (strapi.service(UID) as any).messages(member, documentId);
      return thread.data.find((message: any) => message.documentId === created.documentId);
    },
  };
});
