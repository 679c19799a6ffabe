// Thin adapters: read the request, validate with src/domain/account, call the account service, answer in the
// contract's shape (ACCOUNTS-CONTRACT.md / README "Accounts").
import type { Core } from '@strapi/strapi';
import { LOCALE_CODES, isCountryCode, isLocaleCode, cpvLabel, cpvSearchByPrefix, cpvSearchByText, type LocaleCode } from '@community-sharing/config';
import {
  acceptInvitationSchema,
  confirmSchema,
  deleteMeSchema,
  forgotSchema,
  inviteSchema,
  loginSchema,
  parseInput,
  registerSchema,
  resetSchema,
  updateMeSchema,
  updateMunicipalitySchema,
} from '../../../domain/account/account-input';
import { municipalityQueryKeys } from '../../../domain/account/municipality-search';
import { InputError } from '../../../domain/errors/field-error';
import { AccountError } from '../../../domain/account/account-error';
import { respond } from '../respond';

const service = () => strapi.service('api::account.account') as any;
const caller = (ctx: any) => ({ address: String(ctx.request.ip ?? ''), limits: (strapi.service('api::account.rate-limit') as any).limits() });
const body = (ctx: any) => ctx.request.body ?? {};

/** The logged-in user's id, or a 401 in the contract's shape. */
function userId(ctx: any): number {
  const id = ctx.state.user?.id;
  if (!id || ctx.state.auth?.strategy?.name !== 'users-permissions') throw new AccountError(401, 'auth.required', 'Log in first');
  return id;
}

function limitOf(value: unknown, fallback: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new InputError([{ path: ['limit'], code: 'out_of_range', message: `limit: must be a whole number from 1 to ${max}`, params: { max } }]);
  return n;
}

function localeOf(value: unknown): LocaleCode {
  if (value === undefined || value === '') return 'en';
  if (!isLocaleCode(value)) throw new InputError([{ path: ['locale'], code: 'unknown_value', message: `locale: must be one of: ${LOCALE_CODES.join(', ')}` }]);
  return value;
}

export default ({ strapi: _strapi }: { strapi: Core.Strapi }) => ({
  async municipalityOptions(ctx: any) {
    await respond(ctx, async () => {
      const q = String(ctx.query.q ?? '');
      if (q.length > 100) throw new InputError([{ path: ['q'], code: 'too_long', message: 'q: must be at most 100 characters long', params: { max: 100 } }]);
      const country = ctx.query.country ? String(ctx.query.country).toUpperCase() : undefined;
      if (country && !isCountryCode(country)) throw new InputError([{ path: ['country'], code: 'unknown_value', message: 'country: is not a country the platform serves' }]);
      const limit = limitOf(ctx.query.limit, 20, 50);
      return { data: await service().municipalityOptions(municipalityQueryKeys(q), country, limit) };
    });
  },

  async cpvOptions(ctx: any) {
    await respond(ctx, async () => {
      const q = String(ctx.query.q ?? '').trim();
      if (q.length > 100) throw new InputError([{ path: ['q'], code: 'too_long', message: 'q: must be at most 100 characters long', params: { max: 100 } }]);
      const locale = localeOf(ctx.query.locale);
      const limit = limitOf(ctx.query.limit, 20, 50);
      if (q.length < 2) return { data: [] };
      const hits = /^[\d\s-]+$/.test(q) ? cpvSearchByPrefix(q, locale, limit) : cpvSearchByText(q, locale, limit);
      return { data: hits.map((hit) => ({ code: hit.code, label: hit.label, fallback: cpvLabel(hit.code, locale)?.fallback ?? false })) };
    });
  },

  async register(ctx: any) {
    await respond(ctx, async () => {
      // Every attempt counts, malformed ones too.
      const who = caller(ctx);
      await who.limits.hit('registerAddress', who.address);
      return { data: await service().register(parseInput(registerSchema, body(ctx)), who) };
    }, 201);
  },

  async confirm(ctx: any) {
    await respond(ctx, async () => ({ data: await service().confirm(parseInput(confirmSchema, body(ctx)).token, caller(ctx)) }));
  },

  async login(ctx: any) {
    await respond(ctx, async () => {
      const input = parseInput(loginSchema, body(ctx));
      return service().login(input.email, input.password, caller(ctx));
    });
  },

  async forgotPassword(ctx: any) {
    await respond(ctx, async () => {
      const input = parseInput(forgotSchema, body(ctx));
      return { data: await service().forgotPassword(input.email, input.locale, caller(ctx)) };
    });
  },

  async resetPassword(ctx: any) {
    await respond(ctx, async () => {
      const input = parseInput(resetSchema, body(ctx));
      return { data: await service().resetPassword(input.token, input.password, caller(ctx)) };
    });
  },

  async invitation(ctx: any) {
    await respond(ctx, async () => {
      const invitation = await service().invitation(String(ctx.params.token), caller(ctx));
      return { data: { email: invitation.email, municipality: { name: invitation.municipality.name, country: invitation.municipality.country } } };
    });
  },

  async acceptInvitation(ctx: any) {
    await respond(ctx, async () => service().acceptInvitation(parseInput(acceptInvitationSchema, body(ctx)), caller(ctx)), 201);
  },

  async me(ctx: any) {
    await respond(ctx, async () => ({ data: await service().me(userId(ctx)) }));
  },

  async updateMe(ctx: any) {
    await respond(ctx, async () => {
      const id = userId(ctx);
      return { data: await service().updateMe(id, parseInput(updateMeSchema, body(ctx))) };
    });
  },

  async dashboard(ctx: any) {
    await respond(ctx, async () => ({ data: await service().dashboard(userId(ctx)) }));
  },

  async myMunicipality(ctx: any) {
    await respond(ctx, async () => ({ data: await service().myMunicipality(userId(ctx)) }));
  },

  async updateMunicipality(ctx: any) {
    await respond(ctx, async () => {
      const id = userId(ctx);
      return { data: await service().updateMunicipality(id, parseInput(updateMunicipalitySchema, body(ctx))) };
    });
  },

  async invite(ctx: any) {
    await respond(ctx, async () => {
      const id = userId(ctx);
      const input = parseInput(inviteSchema, body(ctx));
      return { data: await service().invite(id, input.email, input.locale) };
    }, 201);
  },

  async revokeInvitation(ctx: any) {
    await respond(ctx, async () => {
      await service().revokeInvitation(userId(ctx), String(ctx.params.id));
      return undefined;
    });
  },

  async removeColleague(ctx: any) {
    await respond(ctx, async () => {
      await service().removeColleague(userId(ctx), String(ctx.params.documentId));
      return undefined;
    });
  },

  async exportData(ctx: any) {
    await respond(ctx, async () => {
      const data = await service().exportData(userId(ctx));
      ctx.set('Content-Disposition', `attachment; filename="community-sharing-export-${new Date().toISOString().slice(0, 10)}.json"`);
      ctx.set('Cache-Control', 'no-store');
      return data;
    });
  },

  async deleteMe(ctx: any) {
    await respond(ctx, async () => {
      const id = userId(ctx);
      await service().deleteMe(id, parseInput(deleteMeSchema, body(ctx)).password);
      return undefined;
    });
  },
});
