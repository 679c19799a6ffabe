// The accounts of municipality members: registration, confirmation, login, password reset, invitations,
// one's own profile and municipality, export and deletion. Controllers stay thin; rules live here and in
// src/domain/account (input schemas, tokens).
import type { Core } from '@strapi/strapi';
import { isLocaleCode, type LocaleCode } from '@community-sharing/config';
import { AccountError } from '../../../domain/account/account-error';
import { InputError } from '../../../domain/errors/field-error';
import { CONFIRMATION_TTL_MS, INVITATION_TTL_MS, RESET_TTL_MS, hashToken, issueToken, looksLikeToken } from '../../../domain/account/tokens';
import type { AcceptInvitationInput, RegisterInput, UpdateMeInput, UpdateMunicipalityInput } from '../../../domain/account/account-input';
import { accountKey, type RateLimits } from '../../../access/rate-limit';
import { sendMail } from '../../../mail/send-mail';
import { accountMail } from '../../../mail/messages/accounts';
import { runtimeEnv } from '../../../runtime/environment';

const USER = 'plugin::users-permissions.user';
const ROLE = 'plugin::users-permissions.role';
const MUNICIPALITY = 'api::municipality.municipality';
const INVITATION = 'api::account.invitation';
const LISTING = 'api::listing.listing';
const EXCHANGE = 'api::exchange.exchange';
const MESSAGE = 'api::message.message';

/** Statuses in which a municipality cannot take new members or act. */
const BLOCKED_STATUSES = ['refused', 'suspended'];
/** A bcrypt hash of a random string: compared against when no user exists, so that timing tells nothing. */
const DUMMY_HASH = '$2a$10$CwTycUXWue0Thq9StjUM0uJ8.c9u5JcH3nGQ6eR1o3rNMbVn1gW4W';

export interface Me {
  documentId: string;
  email: string;
  fullName: string | null;
  jobTitle: string | null;
  phone: string | null;
  preferredLocale: string;
  isMunicipalityAdmin: boolean;
  role: string;
  municipality: null | { documentId: string; name: string; slug: string; country: string; verificationStatus: string; trusted: boolean };
}

/** The client address and the request's rate limits. */
export interface Caller {
  address: string;
  limits: RateLimits;
}

let cachedEnv: ReturnType<typeof runtimeEnv> | undefined;
const env = () => (cachedEnv ??= runtimeEnv());

/** A link into the portal in a locale. */
function siteLink(locale: string, path: string, token: string): string {
  return `${env().PUBLIC_SITE_URL}/${locale}/account/${path}?token=${encodeURIComponent(token)}`;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const users = () => strapi.db.query(USER);
  const userService = () => strapi.plugin('users-permissions').service('user');
  const issueJwt = (userId: number) => strapi.plugin('users-permissions').service('jwt').issue({ id: userId }) as string | Promise<string>;

  async function roleId(type: string): Promise<number> {
    const role = await strapi.db.query(ROLE).findOne({ where: { type } });
    if (!role) throw new Error(`role ${type} missing`);
    return role.id;
  }

  async function findUserByEmail(email: string) {
    return users().findOne({ where: { email: email.toLowerCase() }, populate: { role: true, municipality: true } });
  }

  async function memberCount(municipalityId: number): Promise<number> {
    return users().count({ where: { municipality: { id: municipalityId } } });
  }

  function toMe(user: any): Me {
    const m = user.municipality;
    return {
      documentId: user.documentId,
      email: user.email,
      fullName: user.fullName ?? null,
      jobTitle: user.jobTitle ?? null,
      phone: user.phone ?? null,
      preferredLocale: user.preferredLocale ?? 'en',
      isMunicipalityAdmin: !!user.isMunicipalityAdmin,
      role: user.role?.type ?? 'authenticated',
      municipality: m
        ? { documentId: m.documentId, name: m.name, slug: m.slug, country: m.country, verificationStatus: m.verificationStatus, trusted: !!m.trusted }
        : null,
    };
  }

  async function loadUser(userId: number) {
    const user = await users().findOne({ where: { id: userId }, populate: { role: true, municipality: true } });
    if (!user) throw new AccountError(401, 'auth.required', 'Log in first');
    return user;
  }

  /** Sends a mail; a failure is logged and reported to the caller as false (never a half-done write). */
  async function trySend(mail: Parameters<typeof sendMail>[1]): Promise<boolean> {
    try {
      await sendMail(strapi, mail);
      return true;
    } catch (error) {
      strapi.log.error(`mail "${mail.topic}" to a member failed: ${(error as Error).message}`);
      return false;
    }
  }

  async function sendConfirmation(user: { email: string; fullName?: string | null }, municipalityName: string, token: string, locale: LocaleCode) {
    const mail = accountMail('confirm', locale, { name: user.fullName ?? '', municipality: municipalityName, link: siteLink(locale, 'confirm', token), days: 7 });
    await sendMail(strapi, { to: user.email, ...mail, locale, topic: 'account.confirm' });
  }

  /** Tells the editors (admin users with the Editor or Super Admin role) that a municipality waits for verification. */
  async function notifyEditors(municipality: any, registrant: { fullName: string; email: string }) {
    const roles = await strapi.db.query('admin::role').findMany({ where: { code: { $in: ['strapi-editor', 'strapi-super-admin'] } }, select: ['id'], orderBy: { id: 'asc' } });
    if (roles.length === 0) return;
    const editors = await strapi.db.query('admin::user').findMany({
      where: { isActive: true, blocked: false, roles: { id: { $in: roles.map((r: any) => r.id) } } },
      select: ['email', 'preferedLanguage'],
      orderBy: { id: 'asc' },
    });
    const adminLink = `${env().CMS_URL}/admin/content-manager/collection-types/${MUNICIPALITY}/${municipality.documentId}`;
    for (const editor of editors) {
      const locale: LocaleCode = isLocaleCode(editor.preferedLanguage) ? editor.preferedLanguage : 'en';
      const mail = accountMail('editorWaiting', locale, { municipality: municipality.name, country: municipality.country, name: registrant.fullName, email: registrant.email, link: adminLink });
      await trySend({ to: editor.email, ...mail, locale, topic: 'account.editor-waiting' });
    }
  }

  async function requireAdmin(userId: number) {
    const user = await loadUser(userId);
    if (!user.municipality) throw new AccountError(403, 'municipality.none', 'You are not a member of a municipality');
    if (!user.isMunicipalityAdmin) throw new AccountError(403, 'admin.required', "Only the municipality's admin can do this");
    if (BLOCKED_STATUSES.includes(user.municipality.verificationStatus)) {
      throw new AccountError(403, 'municipality.blocked', 'Your municipality is suspended or was refused');
    }
    return user;
  }

  /**
   * A registration whose address was never confirmed and whose link has expired does not hold the municipality:
   * its unconfirmed users are removed, so that someone who can read their mail may register it.
   */
  async function releaseAbandonedRegistration(municipalityId: number) {
    const members = await users().findMany({ where: { municipality: { id: municipalityId } }, select: ['id', 'confirmed', 'confirmationTokenExpiresAt'], orderBy: { id: 'asc' } });
    const abandoned = members.length > 0 && members.every((u: any) => !u.confirmed && (!u.confirmationTokenExpiresAt || new Date(u.confirmationTokenExpiresAt).getTime() < Date.now()));
    if (!abandoned) return;
    for (const user of members) {
      await detachAuthorship(user.id);
      await users().delete({ where: { id: user.id } });
    }
  }

  /** Nulls every reference to a user that must outlive them (listings, messages, exchanges, invitations, uploads). */
  async function detachAuthorship(userId: number) {
    const references: [string, string][] = [
      [LISTING, 'author'],
      [MESSAGE, 'author'],
      [EXCHANGE, 'requestedBy'],
      [INVITATION, 'invitedBy'],
      ['api::report.report', 'reporter'],
      ['plugin::upload.file', 'uploader'],
    ];
    for (const [uid, attribute] of references) {
      if (!(strapi.contentType(uid as any)?.attributes as any)?.[attribute]) continue;
      const rows = await strapi.db.query(uid).findMany({ where: { [attribute]: { id: userId } }, select: ['id'], orderBy: { id: 'asc' } });
      for (const row of rows) await strapi.db.query(uid).update({ where: { id: row.id }, data: { [attribute]: null } });
    }
  }

  return {
    toMe,

    async me(userId: number): Promise<Me> {
      return toMe(await loadUser(userId));
    },

    /** The registration type-ahead over the official list. */
    async municipalityOptions(keys: string[], country: string | undefined, limit: number) {
      if (keys.length === 0) return [];
      const where: Record<string, unknown> = { $or: keys.map((key) => ({ searchName: { $contains: key } })) };
      if (country) where.country = country;
      const rows = await strapi.db.query(MUNICIPALITY).findMany({
        where,
        select: ['id', 'documentId', 'name', 'nameLatin', 'country', 'officialCode'],
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
        limit,
      });
      const ids = rows.map((row: any) => row.id);
      const members = ids.length
        ? await users().findMany({ where: { municipality: { id: { $in: ids } } }, select: ['id'], populate: { municipality: { select: ['id'] } }, orderBy: { id: 'asc' } })
        : [];
      const registered = new Set(members.map((user: any) => user.municipality?.id));
      return rows.map((row: any) => ({
        documentId: row.documentId,
        name: row.name,
        nameLatin: row.nameLatin ?? null,
        country: row.country,
        officialCode: row.officialCode,
        registered: registered.has(row.id),
      }));
    },

    async register(input: RegisterInput, caller: Caller) {
      const municipality = await strapi.db.query(MUNICIPALITY).findOne({ where: { documentId: input.municipality }, select: ['id', 'documentId', 'name', 'country', 'verificationStatus'] });
      if (!municipality) {
        throw new InputError([{ path: ['municipality'], code: 'not_found', message: 'municipality: no municipality with this id in the official list' }]);
      }
      if (BLOCKED_STATUSES.includes(municipality.verificationStatus)) {
        throw new AccountError(409, 'municipality.blocked', 'This municipality cannot register: an editor refused or suspended it');
      }
      if (await findUserByEmail(input.email)) throw new AccountError(409, 'email.taken', 'An account with this e-mail address exists already');
      const pendingRole = await roleId('pending-member');
      const confirmation = issueToken(CONFIRMATION_TTL_MS);

      await strapi.db.transaction(async ({ onCommit }: any) => {
        // Marking the municipality first locks its row (PostgreSQL), so two registrations for it queue up
        // and the second sees the first one's member.
        await strapi.db.query(MUNICIPALITY).update({ where: { id: municipality.id }, data: { verificationStatus: 'pending' } });
        await releaseAbandonedRegistration(municipality.id);
        if ((await memberCount(municipality.id)) > 0) {
          throw new AccountError(409, 'municipality.taken', 'This municipality has an account already; ask its admin for an invitation');
        }
        await strapi.documents(USER).create({
          data: {
            username: input.email,
            email: input.email,
            password: input.password,
            provider: 'local',
            confirmed: false,
            blocked: false,
            role: pendingRole,
            municipality: municipality.documentId,
            fullName: input.fullName,
            jobTitle: input.jobTitle ?? null,
            phone: input.phone ?? null,
            preferredLocale: input.locale,
            isMunicipalityAdmin: true,
            confirmationToken: confirmation.hash,
            confirmationTokenExpiresAt: confirmation.expiresAt,
          } as any,
        });
        // Inside the transaction: when the mail cannot go out, nothing is kept and the person can retry.
        try {
          await sendConfirmation({ email: input.email, fullName: input.fullName }, municipality.name, confirmation.token, input.locale as LocaleCode);
        } catch (error) {
          strapi.log.error(`confirmation mail failed: ${(error as Error).message}`);
          throw new AccountError(503, 'mail.failed', 'The confirmation e-mail could not be sent; please try again later');
        }
        onCommit(() => {
          notifyEditors(municipality, { fullName: input.fullName!, email: input.email! }).catch((error) => strapi.log.error(`editor notification failed: ${error.message}`));
        });
      });
      return { email: input.email, status: 'confirmation-sent' };
    },

    async confirm(token: string, caller: Caller) {
      await caller.limits.check('tokenAddress', caller.address);
      const user = looksLikeToken(token) ? await users().findOne({ where: { confirmationToken: hashToken(token) } }) : null;
      if (!user || !user.confirmationTokenExpiresAt || new Date(user.confirmationTokenExpiresAt).getTime() < Date.now()) {
        await caller.limits.hit('tokenAddress', caller.address);
        throw new AccountError(400, 'token.invalid', 'This confirmation link is not valid (any more)');
      }
      await users().update({ where: { id: user.id }, data: { confirmed: true, confirmationToken: null, confirmationTokenExpiresAt: null } });
      return { email: user.email, confirmed: true };
    },

    async login(email: string, password: string, caller: Caller) {
      const account = accountKey(email);
      await caller.limits.check('loginAddress', caller.address);
      await caller.limits.check('loginAccount', account);
      const user = await findUserByEmail(email);
      const valid = await userService().validatePassword(password, user?.password ?? DUMMY_HASH);
      if (!user || !valid || user.provider !== 'local') {
        await caller.limits.hit('loginAddress', caller.address);
        await caller.limits.hit('loginAccount', account);
        throw new AccountError(400, 'credentials.invalid', 'E-mail address or password is wrong');
      }
      if (user.blocked) throw new AccountError(403, 'account.blocked', 'This account is blocked');
      if (!user.confirmed) {
        // A fresh link, since the first may have expired or been lost.
        const confirmation = issueToken(CONFIRMATION_TTL_MS);
        await users().update({ where: { id: user.id }, data: { confirmationToken: confirmation.hash, confirmationTokenExpiresAt: confirmation.expiresAt } });
        const locale = (isLocaleCode(user.preferredLocale) ? user.preferredLocale : 'en') as LocaleCode;
        const resent = await trySend({ to: user.email, ...accountMail('confirm', locale, { name: user.fullName ?? '', municipality: user.municipality?.name ?? '', link: siteLink(locale, 'confirm', confirmation.token), days: 7 }), locale, topic: 'account.confirm' });
        throw new AccountError(403, 'email.unconfirmed', 'Confirm your e-mail address first: we have sent you a new link', { resent });
      }
      await caller.limits.clear('loginAccount', account);
      return { jwt: await issueJwt(user.id), user: toMe(user) };
    },

    async forgotPassword(email: string, locale: LocaleCode, caller: Caller) {
      await caller.limits.hit('forgotAddress', caller.address);
      await caller.limits.hit('forgotAccount', accountKey(email));
      const user = await findUserByEmail(email);
      if (user && !user.blocked && user.provider === 'local') {
        const reset = issueToken(RESET_TTL_MS);
        await users().update({ where: { id: user.id }, data: { resetPasswordToken: reset.hash, resetPasswordTokenExpiresAt: reset.expiresAt } });
        await trySend({ to: user.email, ...accountMail('reset', locale, { name: user.fullName ?? '', link: siteLink(locale, 'reset-password', reset.token), minutes: 60 }), locale, topic: 'account.reset' });
      }
      return { sent: true };
    },

    async resetPassword(token: string, password: string, caller: Caller) {
      await caller.limits.check('tokenAddress', caller.address);
      const user = looksLikeToken(token) ? await users().findOne({ where: { resetPasswordToken: hashToken(token) } }) : null;
      if (!user || !user.resetPasswordTokenExpiresAt || new Date(user.resetPasswordTokenExpiresAt).getTime() < Date.now()) {
        await caller.limits.hit('tokenAddress', caller.address);
        throw new AccountError(400, 'token.invalid', 'This reset link is not valid (any more); ask for a new one');
      }
      // The mail reached its owner: that also confirms the address.
      await strapi.documents(USER).update({
        documentId: user.documentId,
        data: { password, resetPasswordToken: null, resetPasswordTokenExpiresAt: null, confirmed: true, confirmationToken: null, confirmationTokenExpiresAt: null } as any,
      });
      await caller.limits.clear('loginAccount', accountKey(user.email));
      return { reset: true };
    },

    async invitation(token: string, caller: Caller) {
      await caller.limits.check('tokenAddress', caller.address);
      const invitation = looksLikeToken(token)
        ? await strapi.db.query(INVITATION).findOne({ where: { tokenHash: hashToken(token) }, populate: { municipality: true } })
        : null;
      if (!invitation || new Date(invitation.expiresAt).getTime() < Date.now() || !invitation.municipality) {
        await caller.limits.hit('tokenAddress', caller.address);
        throw new AccountError(404, 'token.invalid', 'This invitation is not valid (any more)');
      }
      return invitation;
    },

    async acceptInvitation(input: AcceptInvitationInput, caller: Caller) {
      const invitation = await this.invitation(input.token, caller);
      const municipality = invitation.municipality;
      if (BLOCKED_STATUSES.includes(municipality.verificationStatus)) throw new AccountError(403, 'municipality.blocked', 'This municipality is suspended or was refused');
      if (await findUserByEmail(invitation.email)) throw new AccountError(409, 'email.taken', 'An account with this e-mail address exists already');
      const role = await roleId(municipality.verificationStatus === 'verified' ? 'member' : 'pending-member');
      let userId = 0;
      await strapi.db.transaction(async () => {
        const created = await strapi.documents(USER).create({
          data: {
            username: invitation.email,
            email: invitation.email,
            password: input.password,
            provider: 'local',
            confirmed: true,
            blocked: false,
            role,
            municipality: municipality.documentId,
            fullName: input.fullName,
            jobTitle: input.jobTitle ?? null,
            phone: input.phone ?? null,
            preferredLocale: input.locale,
            isMunicipalityAdmin: false,
          } as any,
        });
        userId = (created as any).id;
        await strapi.db.query(INVITATION).delete({ where: { id: invitation.id } });
      });
      const user = await loadUser(userId);
      return { jwt: await issueJwt(userId), user: toMe(user) };
    },

    async updateMe(userId: number, input: UpdateMeInput) {
      const user = await loadUser(userId);
      const data = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
      if (Object.keys(data).length) await users().update({ where: { id: user.id }, data });
      return toMe(await loadUser(userId));
    },

    async dashboard(userId: number) {
      const user = await loadUser(userId);
      const m = user.municipality;
      if (!m) return { listings: [], exchanges: [], colleagues: [], invitations: [] };
      const locale = user.preferredLocale ?? 'en';
      const rows = await strapi.db.query(LISTING).findMany({
        where: { municipality: { id: m.id } },
        select: ['documentId', 'slug', 'type', 'kind', 'title', 'locale', 'originalLocale', 'moderationStatus', 'rejectionReason', 'expiresAt', 'publishedOn', 'updatedAt'],
        orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
      });
      const byDocument = new Map<string, any[]>();
      for (const row of rows) byDocument.set(row.documentId, [...(byDocument.get(row.documentId) ?? []), row]);
      const listings = [...byDocument.values()].map((versions) => {
        const original = versions.find((v) => v.locale === v.originalLocale) ?? versions[0];
        const shown = versions.find((v) => v.locale === locale) ?? original;
        return {
          documentId: original.documentId,
          slug: original.slug,
          type: original.type,
          kind: original.kind,
          title: shown.title,
          locale: shown.locale,
          moderationStatus: original.moderationStatus,
          rejectionReason: original.rejectionReason ?? null,
          expiresAt: original.expiresAt,
          publishedOn: original.publishedOn ?? null,
          updatedAt: original.updatedAt,
        };
      });
      const exchangeRows = await strapi.db.query(EXCHANGE).findMany({
        where: { $or: [{ provider: { id: m.id } }, { receiver: { id: m.id } }] },
        select: ['documentId', 'state', 'updatedAt'],
        populate: { provider: { select: ['id', 'name', 'slug'] }, receiver: { select: ['id', 'name', 'slug'] }, listing: { select: ['title', 'slug', 'locale', 'originalLocale'] } },
        orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
      });
      const exchanges = exchangeRows.map((x: any) => {
        const role = x.provider?.id === m.id ? 'provider' : 'receiver';
        const counterpart = role === 'provider' ? x.receiver : x.provider;
        return {
          documentId: x.documentId,
          state: x.state,
          role,
          listing: x.listing ? { title: x.listing.title, slug: x.listing.slug } : null,
          counterpart: counterpart ? { name: counterpart.name, slug: counterpart.slug } : null,
          updatedAt: x.updatedAt,
        };
      });
      let colleagues: unknown[] = [];
      let invitations: unknown[] = [];
      if (user.isMunicipalityAdmin) {
        const people = await users().findMany({ where: { municipality: { id: m.id }, id: { $ne: user.id } }, select: ['documentId', 'fullName', 'email', 'isMunicipalityAdmin'], orderBy: { id: 'asc' } });
        colleagues = people.map((p: any) => ({ documentId: p.documentId, fullName: p.fullName ?? null, email: p.email, isMunicipalityAdmin: !!p.isMunicipalityAdmin }));
        const pending = await strapi.db.query(INVITATION).findMany({ where: { municipality: { id: m.id } }, select: ['documentId', 'email', 'createdAt', 'expiresAt'], orderBy: { id: 'asc' } });
        invitations = pending.map((i: any) => ({ id: i.documentId, email: i.email, createdAt: i.createdAt, expiresAt: i.expiresAt }));
      }
      return { listings, exchanges, colleagues, invitations };
    },

    /** The member's own municipality profile, with its contact person (their own data, also while pending). */
    async myMunicipality(userId: number) {
      const user = await loadUser(userId);
      if (!user.municipality) throw new AccountError(404, 'municipality.none', 'You are not a member of a municipality');
      const m = await strapi.db.query(MUNICIPALITY).findOne({ where: { id: user.municipality.id }, populate: { descriptions: true, contact: true } });
      return {
        documentId: m.documentId,
        name: m.name,
        slug: m.slug,
        country: m.country,
        verificationStatus: m.verificationStatus,
        website: m.website ?? null,
        descriptions: (m.descriptions ?? []).map((d: any) => ({ locale: d.locale, text: d.text })),
        contact: m.contact ? { name: m.contact.name, role: m.contact.role ?? null, email: m.contact.email, phone: m.contact.phone ?? null } : null,
      };
    },

    async updateMunicipality(userId: number, input: UpdateMunicipalityInput) {
      const user = await requireAdmin(userId);
      const data = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
      if (Object.keys(data).length) await strapi.documents(MUNICIPALITY).update({ documentId: user.municipality.documentId, data: data as any });
      return this.myMunicipality(userId);
    },

    async invite(userId: number, email: string, locale: LocaleCode) {
      const admin = await requireAdmin(userId);
      if (await findUserByEmail(email)) throw new AccountError(409, 'email.taken', 'A person with this e-mail address has an account already');
      const token = issueToken(INVITATION_TTL_MS);
      let created: any;
      await strapi.db.transaction(async () => {
        // A new invitation to the same person replaces the old one.
        await strapi.db.query(INVITATION).deleteMany({ where: { email, municipality: { id: admin.municipality.id } } });
        created = await strapi.db.query(INVITATION).create({
          data: { email, tokenHash: token.hash, locale, expiresAt: token.expiresAt, municipality: admin.municipality.id, invitedBy: admin.id },
        });
        const mail = accountMail('invitation', locale, { inviter: admin.fullName ?? admin.email, municipality: admin.municipality.name, link: siteLink(locale, 'invitation', token.token), days: 14 });
        try {
          await sendMail(strapi, { to: email, ...mail, locale, topic: 'account.invitation' });
        } catch (error) {
          strapi.log.error(`invitation mail failed: ${(error as Error).message}`);
          throw new AccountError(503, 'mail.failed', 'The invitation could not be sent; please try again later');
        }
      });
      return { id: created.documentId, email, createdAt: created.createdAt, expiresAt: created.expiresAt };
    },

    async revokeInvitation(userId: number, invitationId: string) {
      const admin = await requireAdmin(userId);
      const invitation = await strapi.db.query(INVITATION).findOne({ where: { documentId: String(invitationId), municipality: { id: admin.municipality.id } } });
      if (!invitation) throw new AccountError(404, 'invitation.not-found', 'No pending invitation of your municipality with this id');
      await strapi.db.query(INVITATION).delete({ where: { id: invitation.id } });
    },

    /** Detaches a colleague from the municipality: they keep their login (and may delete it), lose the municipality's rights. */
    async removeColleague(userId: number, colleagueDocumentId: string) {
      const admin = await requireAdmin(userId);
      if (colleagueDocumentId === admin.documentId) throw new AccountError(409, 'colleague.self', 'You cannot remove yourself; delete your account instead');
      const colleague = await users().findOne({ where: { documentId: String(colleagueDocumentId), municipality: { id: admin.municipality.id } } });
      if (!colleague) throw new AccountError(404, 'colleague.not-found', 'No colleague of your municipality with this id');
      await users().update({ where: { id: colleague.id }, data: { municipality: null, isMunicipalityAdmin: false, role: await roleId('authenticated') } });
    },

    /** Everything stored about the member and their municipality, as one JSON document. */
    async exportData(userId: number) {
      const user = await loadUser(userId);
      const m = user.municipality;
      const listings = m
        ? await strapi.db.query(LISTING).findMany({ where: { municipality: { id: m.id } }, populate: { images: { select: ['name', 'url', 'mime', 'size'] } }, orderBy: [{ documentId: 'asc' }, { locale: 'asc' }] })
        : [];
      const exchanges = m
        ? await strapi.db.query(EXCHANGE).findMany({
            where: { $or: [{ provider: { id: m.id } }, { receiver: { id: m.id } }] },
            populate: { provider: { select: ['name', 'slug'] }, receiver: { select: ['name', 'slug'] }, listing: { select: ['documentId', 'title'] }, handover: true, providerFeedback: true, receiverFeedback: true, impact: true },
            orderBy: { id: 'asc' },
          })
        : [];
      const messages = await strapi.db.query(MESSAGE).findMany({ where: { author: { id: user.id } }, populate: { exchange: { select: ['documentId'] } }, orderBy: { id: 'asc' } });
      const invitations = m && user.isMunicipalityAdmin
        ? await strapi.db.query(INVITATION).findMany({ where: { municipality: { id: m.id } }, select: ['documentId', 'email', 'locale', 'createdAt', 'expiresAt'], orderBy: { id: 'asc' } })
        : [];
      const clean = (row: any) => {
        const { id, password, resetPasswordToken, confirmationToken, tokenHash, searchName, ...rest } = row ?? {};
        return rest;
      };
      return {
        exportedAt: new Date().toISOString(),
        account: { ...clean(user), role: user.role?.type ?? null, municipality: m?.documentId ?? null },
        municipality: m ? await this.myMunicipality(userId) : null,
        listings: listings.map(clean),
        listingsYouWrote: (await strapi.db.query(LISTING).findMany({ where: { author: { id: user.id } }, select: ['documentId', 'locale'], orderBy: [{ documentId: 'asc' }, { locale: 'asc' }] })),
        exchanges: exchanges.map(clean),
        messages: messages.map((msg: any) => ({ ...clean(msg), exchange: msg.exchange?.documentId ?? null })),
        invitations: invitations.map(clean),
      };
    },

    /**
     * Deletes the member's account and personal data; their listings, messages and exchanges stay with the
     * municipality without an author. When the last admin leaves, the longest-standing colleague becomes admin;
     * when the last member leaves, the municipality goes back to unregistered and its contact person is removed.
     */
    async deleteMe(userId: number, password: string) {
      const user = await loadUser(userId);
      if (!(await userService().validatePassword(password, user.password))) {
        throw new InputError([{ path: ['password'], code: 'wrong_password', message: 'password: is not your current password' }]);
      }
      await strapi.db.transaction(async () => {
        await detachAuthorship(user.id);
        await users().delete({ where: { id: user.id } });
        const m = user.municipality;
        if (!m) return;
        const remaining = await users().findMany({ where: { municipality: { id: m.id } }, select: ['id', 'isMunicipalityAdmin'], orderBy: { id: 'asc' } });
        if (remaining.length === 0) {
          await strapi.db.query(INVITATION).deleteMany({ where: { municipality: { id: m.id } } });
          await strapi.documents(MUNICIPALITY).update({ documentId: m.documentId, data: { verificationStatus: 'unregistered', contact: null } as any });
        } else if (!remaining.some((r: any) => r.isMunicipalityAdmin)) {
          await users().update({ where: { id: remaining[0].id }, data: { isMunicipalityAdmin: true } });
        }
      });
    },
  };
};
