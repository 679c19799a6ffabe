import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { COUNTRY_CODES } from '@community-sharing/config';
import { LISTING_RULES, MUNICIPALITY_RULES, REPORT_RULES } from '../../domain/transitions';
import { ConflictError, type Editor } from '../moderation-service';

const country = z.enum(COUNTRY_CODES as unknown as [string, ...string[]], { message: 'is not a country code of the platform (ISO 3166-1 alpha-2, XK for Kosovo)' });
const page = z.coerce.number({ message: 'must be a whole number' }).int('must be a whole number').min(1, 'must be at least 1').default(1);
const pageSize = z.coerce.number({ message: 'must be a whole number' }).int('must be a whole number').min(1, 'must be at least 1').max(100, 'must be at most 100').default(20);

/** The states each tab can list (its queue is the first). */
const TAB_STATUSES = {
  municipalities: ['pending', 'verified', 'suspended', 'refused', 'unregistered'],
  listings: ['pending', 'published', 'rejected', 'closed', 'expired'],
  reports: ['open', 'closed'],
} as const;

const queueQuery = z
  .object({
    tab: z.enum(['municipalities', 'listings', 'reports'], { message: 'must be municipalities, listings or reports' }).default('municipalities'),
    country: country.optional(),
    status: z.string().max(20).optional(),
    page,
    pageSize,
  })
  .superRefine((query, context) => {
    const allowed: readonly string[] = TAB_STATUSES[query.tab];
    if (query.status !== undefined && !allowed.includes(query.status)) {
      context.addIssue({ code: 'custom', path: ['status'], message: `must be one of ${allowed.join(', ')} for the ${query.tab} tab` });
    }
  });

const auditQuery = z.object({
  subjectType: z.enum(['listing', 'municipality', 'report', 'exchange', 'user'], { message: 'must be listing, municipality, report, exchange or user' }).optional(),
  subjectDocumentId: z.string().max(40).optional(),
  country: country.optional(),
  page,
  pageSize,
});

const actionBody = z
  .object({ reason: z.string({ message: 'must be text' }).trim().max(2000, 'must be at most 2000 characters').optional() })
  .nullish()
  .transform((body) => ({ reason: body?.reason ? body.reason : null }));

/** A 400 whose message names each field and its problem (the project's field-error shape). */
function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({ path: issue.path.map(String), message: `${issue.path.join('.') || 'body'}: ${issue.message}`, name: 'ValidationError' }));
  throw new errors.ValidationError(issues.map((issue) => issue.message).join('; '), { errors: issues });
}

function editorOf(ctx: any): Editor {
  const user = ctx.state.user;
  if (!user?.id) throw new errors.UnauthorizedError('Log in to the admin');
  const name = [user.firstname, user.lastname].filter(Boolean).join(' ');
  return { actor: { id: user.id, label: name ? `${name} <${user.email}>` : user.email }, ability: ctx.state.userAbility };
}

function actionParam(ctx: any, rules: Record<string, unknown>): any {
  const action = ctx.params.action;
  if (!Object.hasOwn(rules, action)) {
    throw new errors.ValidationError(`action: must be one of ${Object.keys(rules).join(', ')}`, { errors: [{ path: ['action'], message: `action: must be one of ${Object.keys(rules).join(', ')}`, name: 'ValidationError' }] });
  }
  return action;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.plugin('moderation').service('moderation');

  /** Runs an action; an illegal transition answers 409 Conflict with the current state. */
  async function act(ctx: any, run: () => Promise<unknown>) {
    try {
      ctx.body = { data: await run() };
    } catch (error) {
      if (error instanceof ConflictError) {
        ctx.status = 409;
        ctx.body = { data: null, error: { status: 409, name: 'ConflictError', message: error.message, details: error.details } };
        return;
      }
      throw error;
    }
  }

  return {
    /** GET /moderation/queue?tab=&country=&status=&page=&pageSize= */
    async queue(ctx: any) {
      ctx.body = await service().queue(editorOf(ctx), parse(queueQuery, ctx.query));
    },

    /** POST /moderation/municipalities/:documentId/:action { reason } */
    async municipality(ctx: any) {
      const action = actionParam(ctx, MUNICIPALITY_RULES);
      const { reason } = parse(actionBody, ctx.request.body);
      await act(ctx, () => service().actOnMunicipality(editorOf(ctx), ctx.params.documentId, action, reason));
    },

    /** POST /moderation/listings/:documentId/:action { reason } */
    async listing(ctx: any) {
      const action = actionParam(ctx, LISTING_RULES);
      const { reason } = parse(actionBody, ctx.request.body);
      await act(ctx, () => service().actOnListing(editorOf(ctx), ctx.params.documentId, action, reason));
    },

    /** POST /moderation/reports/:documentId/:action { reason } */
    async report(ctx: any) {
      const action = actionParam(ctx, REPORT_RULES);
      const { reason } = parse(actionBody, ctx.request.body);
      await act(ctx, () => service().actOnReport(editorOf(ctx), ctx.params.documentId, action, reason));
    },

    /** GET /moderation/audit?subjectType=&subjectDocumentId=&country=&page=&pageSize= (super admins) */
    async audit(ctx: any) {
      ctx.body = await service().auditLog(parse(auditQuery, ctx.query));
    },
  };
};
