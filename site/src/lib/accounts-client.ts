// The portal's client for the CMS's member routes (accounts, listings, exchanges, uploads): every call is made
// on behalf of one member with the jwt kept in their server-side session, never cached, and its outcome comes
// back as a value the page can show — field errors by field with their machine codes, a refusal with its code,
// a 429 with its Retry-After — rather than as an exception. Only "the CMS is not there" throws
// (CmsUnavailableError → the 503 page).
import { CmsUnavailableError } from './cms-errors';
import type { MatchReason } from './match-reasons';

/** One field the CMS refused, as its ValidationError names it. */
export interface FieldProblem {
  /** The field's path joined with dots, e.g. 'title' or 'cpvCodes.1'. */
  field: string;
  /** Machine code to translate, e.g. 'required', 'too_short'. */
  code: string;
  /** English text from the CMS (shown only when the code is unknown). */
  message: string;
  params?: Record<string, unknown>;
}

/** The CMS refused the request. */
export interface CmsRefusal {
  ok: false;
  status: number;
  /** details.code when the CMS gives one ('credentials.invalid', 'municipality.taken', …). */
  code?: string;
  message: string;
  fields: FieldProblem[];
  /** Seconds, for a 429. */
  retryAfter?: number;
}

export type CmsResult<T> = { ok: true; status: number; data: T } | CmsRefusal;

/** What /api/accounts/me returns. */
export interface Me {
  documentId: string;
  email: string;
  fullName: string;
  jobTitle?: string | null;
  phone?: string | null;
  preferredLocale?: string | null;
  isMunicipalityAdmin: boolean;
  role: 'pending-member' | 'member' | 'authenticated' | string;
  municipality: { documentId: string; name: string; slug: string; country: string; verificationStatus: string; trusted: boolean } | null;
}

export interface DashboardListing {
  documentId: string;
  slug: string;
  type: 'offer' | 'request';
  kind: string;
  title: string;
  locale: string;
  moderationStatus: string;
  rejectionReason?: string | null;
  expiresAt?: string | null;
  publishedOn?: string | null;
  updatedAt?: string | null;
}

export interface Dashboard {
  listings: DashboardListing[];
  exchanges: { documentId: string; state: string; role: 'provider' | 'receiver'; listing: { title: string; slug: string } | null; counterpart: { name: string; slug: string } | null; updatedAt: string }[];
  colleagues: { documentId: string; fullName: string; email: string; isMunicipalityAdmin: boolean }[];
  invitations: { id: number | string; email: string; createdAt: string; expiresAt: string }[];
}

/** The public profile of the member's municipality, as its admin edits it. */
export interface MunicipalityProfileForm {
  documentId: string;
  name: string;
  website: string | null;
  descriptions: { locale: string; text: string }[];
  contact: { name: string; role: string | null; email: string; phone: string | null } | null;
}

export interface MunicipalityOption {
  documentId: string;
  name: string;
  nameLatin?: string | null;
  country: string;
  officialCode?: string | null;
  registered: boolean;
}

/** A listing of another municipality that answers or meets one of the member's own (the matching plugin). */
export interface ListingMatch {
  id: number;
  score: number;
  /** Machine-readable reasons (rendered by lib/match-reasons.ts). */
  reasons?: MatchReason[];
  reasonsText?: string | string[];
  /** This side's state of the match. */
  state?: 'new' | 'seen' | 'dismissed' | 'contacted';
  counterpart: { documentId: string; slug: string; type: string; kind: string; title: string; locale: string; municipality: { slug?: string; name?: string; nameLatin?: string | null; country?: string } };
}

export interface CpvOption {
  code: string;
  label: string;
}

export type ExchangeAction = 'accept' | 'decline' | 'withdraw' | 'cancel' | 'confirm';

export interface ExchangeParty {
  documentId: string;
  name: string;
  slug: string | null;
  country: string;
}

export interface ExchangeFeedback {
  rating: number;
  comment: string | null;
  locale: string | null;
  givenAt: string | null;
}

/** One exchange as its two municipalities see it (GET /api/exchanges/:documentId). */
export interface ExchangeDetail {
  documentId: string;
  state: 'requested' | 'accepted' | 'declined' | 'withdrawn' | 'completed' | 'cancelled';
  version: number;
  mySide: 'provider' | 'receiver';
  askingSide: 'provider' | 'receiver' | null;
  counterpart: ExchangeParty | null;
  listing: { documentId: string; slug: string; type: 'offer' | 'request'; kind: string; title: string; originalLocale: string; unit: string | null } | null;
  quantity: number | null;
  createdAt: string;
  updatedAt: string;
  decidedAt: string | null;
  completedAt: string | null;
  allowedActions: ExchangeAction[];
  provider: ExchangeParty | null;
  receiver: ExchangeParty | null;
  providerConfirmedAt: string | null;
  receiverConfirmedAt: string | null;
  handover: { date: string | null; place: string | null; transport: string | null } | null;
  feedback: { provider: ExchangeFeedback | null; receiver: ExchangeFeedback | null };
  impact: { valueEur: number | null; massKg: number | null; co2eKg: number | null; volunteerHours: number | null; expertDays: number | null } | null;
}

export interface ExchangeMessage {
  documentId: string;
  body: string;
  locale: string | null;
  createdAt: string;
  from: { documentId: string; name: string } | null;
  mine: boolean;
  attachments: { id: number; name: string; mime: string; sizeKb: number; url: string }[];
}

/** One notification (GET /api/notifications), its text already in the reader's locale. */
export interface MemberNotification {
  documentId: string;
  event: string;
  title: string;
  text: string;
  link: string | null;
  urgent: boolean;
  data: Record<string, unknown>;
  read: boolean;
  readAt: string | null;
  createdAt: string;
}

export interface NotificationPage {
  data: MemberNotification[];
  meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number }; unreadCount: number };
}

export type EmailPreference = 'immediate' | 'daily' | 'off';

/** A municipality's contact person (members of verified municipalities only). */
export interface MunicipalityContact {
  name: string;
  role?: string | null;
  email: string;
  phone?: string | null;
}

/** What a municipality's profile shows of its contact person, by who is looking. */
export type ContactView = { kind: 'shown'; person: MunicipalityContact | null } | { kind: 'login'; loginHref: string } | { kind: 'unverified' };

/** Reads Strapi's error shape into a refusal. */
async function refusalOf(response: Response): Promise<CmsRefusal> {
  const body = (await response.json().catch(() => undefined)) as
    | { error?: { message?: string; details?: { code?: string; retryAfter?: number; errors?: { path?: unknown[]; message?: string; code?: string; params?: Record<string, unknown> }[] } } }
    | undefined;
  const details = body?.error?.details ?? {};
  const retryHeader = Number(response.headers.get('retry-after'));
  const fields = (Array.isArray(details.errors) ? details.errors : []).map((e) => ({
    field: (Array.isArray(e.path) ? e.path : []).map(String).join('.'),
    code: String(e.code ?? 'invalid'),
    message: String(e.message ?? ''),
    params: e.params,
  }));
  return {
    ok: false,
    status: response.status,
    code: typeof details.code === 'string' ? details.code : undefined,
    message: body?.error?.message ?? `status ${response.status}`,
    fields,
    retryAfter: Number.isFinite(retryHeader) && retryHeader > 0 ? retryHeader : typeof details.retryAfter === 'number' ? details.retryAfter : undefined,
  };
}

export interface AccountsClientOptions {
  baseUrl: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/** Builds the member-side client over one CMS. */
export function createAccountsClient(options: AccountsClientOptions) {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 15_000;
  const doFetch = options.fetch ?? fetch;

  async function call<T>(method: string, path: string, init: { jwt?: string; json?: unknown; form?: FormData; forwardedFor?: string } = {}): Promise<CmsResult<T>> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (init.jwt) headers.authorization = `Bearer ${init.jwt}`;
    if (init.json !== undefined) headers['content-type'] = 'application/json';
    if (init.forwardedFor) headers['x-forwarded-for'] = init.forwardedFor;
    const url = baseUrl + path;
    let response: Response;
    try {
      response = await doFetch(url, {
        method,
        headers,
        body: init.form ?? (init.json !== undefined ? JSON.stringify(init.json) : undefined),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (cause) {
      throw new CmsUnavailableError(`The CMS did not answer ${method} ${url}: ${(cause as Error).message}`, url, { cause });
    }
    if (response.status >= 500) {
      response.body?.cancel().catch(() => {});
      throw new CmsUnavailableError(`The CMS answered ${method} ${url} with ${response.status}`, url);
    }
    if (!response.ok) return refusalOf(response);
    if (response.status === 204) return { ok: true, status: 204, data: undefined as T };
    const text = await response.text();
    return { ok: true, status: response.status, data: (text ? JSON.parse(text) : undefined) as T };
  }

  const enc = encodeURIComponent;
  const query = (params: Record<string, string | number | undefined>) => {
    const search = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') search.set(k, String(v));
    return search.toString();
  };

  return {
    // Public
    municipalityOptions: (q: string, country?: string, limit = 20) =>
      call<{ data: MunicipalityOption[] }>('GET', `/api/accounts/municipality-options?${query({ q, country, limit })}`),
    register: (body: { municipality: string; fullName: string; jobTitle?: string; phone?: string; email: string; password: string; locale: string }, forwardedFor?: string) =>
      call<{ data: { email: string; status: string } }>('POST', '/api/accounts/register', { json: body, forwardedFor }),
    confirm: (token: string) => call<{ data: { email: string; confirmed: boolean } }>('POST', '/api/accounts/confirm', { json: { token } }),
    login: (email: string, password: string, forwardedFor?: string) =>
      call<{ jwt: string; user: Me }>('POST', '/api/accounts/login', { json: { email, password }, forwardedFor }),
    forgotPassword: (email: string, locale: string, forwardedFor?: string) =>
      call<{ data: { sent: boolean } }>('POST', '/api/accounts/forgot-password', { json: { email, locale }, forwardedFor }),
    resetPassword: (token: string, password: string, forwardedFor?: string) =>
      call<{ data: { reset: boolean } }>('POST', '/api/accounts/reset-password', { json: { token, password }, forwardedFor }),
    invitation: (token: string) => call<{ data: { email: string; municipality: { name: string; country: string } } }>('GET', `/api/accounts/invitations/${enc(token)}`),
    acceptInvitation: (body: { token: string; fullName: string; jobTitle?: string; password: string; locale: string }) =>
      call<{ jwt: string; user: Me }>('POST', '/api/accounts/invitations/accept', { json: body }),
    cpvOptions: (q: string, locale: string, limit = 15) => call<{ data: CpvOption[] }>('GET', `/api/accounts/cpv-options?${query({ q, locale, limit })}`),
    cpvSuggestions: (text: string, locale: string, limit = 5) =>
      call<{ suggestions: { code: string; label?: string; score?: number }[] }>('GET', `/api/matching/cpv-suggestions?${query({ text, locale, limit })}`),

    // A member's own
    me: (jwt: string) => call<{ data: Me }>('GET', '/api/accounts/me', { jwt }),
    updateMe: (jwt: string, body: Record<string, unknown>) => call<{ data: Me }>('PUT', '/api/accounts/me', { jwt, json: body }),
    dashboard: (jwt: string) => call<{ data: Dashboard }>('GET', '/api/accounts/me/dashboard', { jwt }),
    myMunicipality: (jwt: string) => call<{ data: MunicipalityProfileForm }>('GET', '/api/accounts/me/municipality', { jwt }),
    updateMunicipality: (jwt: string, body: Record<string, unknown>) => call<{ data: unknown }>('PUT', '/api/accounts/me/municipality', { jwt, json: body }),
    invite: (jwt: string, email: string, locale: string) => call<unknown>('POST', '/api/accounts/me/invitations', { jwt, json: { email, locale } }),
    cancelInvitation: (jwt: string, id: string) => call<void>('DELETE', `/api/accounts/me/invitations/${enc(id)}`, { jwt }),
    removeColleague: (jwt: string, documentId: string) => call<void>('DELETE', `/api/accounts/me/colleagues/${enc(documentId)}`, { jwt }),
    exportData: async (jwt: string): Promise<Response> => {
      const url = `${baseUrl}/api/accounts/me/export`;
      try {
        return await doFetch(url, { headers: { authorization: `Bearer ${jwt}` }, signal: AbortSignal.timeout(timeoutMs) });
      } catch (cause) {
        throw new CmsUnavailableError(`The CMS did not answer ${url}: ${(cause as Error).message}`, url, { cause });
      }
    },
    deleteMe: (jwt: string, password: string) => call<void>('DELETE', '/api/accounts/me', { jwt, json: { password } }),

    // Listings, images, exchanges
    /** A listing as its reader may see it, with its images and (for the ownership check of the member pages) its municipality's id. */
    listing: (jwt: string, documentId: string, locale?: string) =>
      call<{ data: Record<string, unknown> & { municipality?: { documentId?: string } | null } }>(
        'GET',
        `/api/listings/${enc(documentId)}?${query({ locale, 'populate[images]': 'true', 'populate[municipality][fields][0]': 'documentId' })}`,
        { jwt },
      ),
    createListing: (jwt: string, locale: string, data: Record<string, unknown>) =>
      call<{ data: { documentId: string; slug?: string; moderationStatus?: string } }>('POST', `/api/listings?${query({ locale })}`, { jwt, json: { data } }),
    updateListing: (jwt: string, documentId: string, locale: string | undefined, data: Record<string, unknown>) =>
      call<{ data: { documentId: string } }>('PUT', `/api/listings/${enc(documentId)}?${query({ locale })}`, { jwt, json: { data } }),
    listingMatches: (jwt: string, documentId: string, locale: string) =>
      call<{ data: ListingMatch[] }>('GET', `/api/matching/listings/${enc(documentId)}/matches?${query({ locale })}`, { jwt }),

    /** Marks a match seen, dismissed or contacted, for the member's side. */
    setMatchState: (jwt: string, matchId: number, state: 'seen' | 'dismissed' | 'contacted') =>
      call<{ data: { id: number; state: string } }>('PUT', `/api/matching/matches/${matchId}/state`, { jwt, json: { state } }),
    closeListing: (jwt: string, documentId: string) => call<unknown>('POST', `/api/listings/${enc(documentId)}/close`, { jwt }),
    upload: (jwt: string, files: File[]) => {
      const form = new FormData();
      for (const file of files) form.append('files', file, file.name);
      return call<{ id: number; url: string; name: string }[]>('POST', '/api/upload', { jwt, form });
    },
    startExchange: (jwt: string, listing: string, message?: string) =>
      call<{ data: { documentId: string } }>('POST', '/api/exchanges', { jwt, json: { data: { listing, ...(message ? { message } : {}) } } }),
    exchange: (jwt: string, documentId: string, locale: string) =>
      call<{ data: ExchangeDetail }>('GET', `/api/exchanges/${enc(documentId)}?${query({ locale })}`, { jwt }),
    exchangeMessages: (jwt: string, documentId: string) => call<{ data: ExchangeMessage[] }>('GET', `/api/exchanges/${enc(documentId)}/messages`, { jwt }),
    postExchangeMessage: (jwt: string, documentId: string, locale: string, body: string, attachments?: number[]) =>
      call<{ data: ExchangeMessage }>('POST', `/api/exchanges/${enc(documentId)}/messages?${query({ locale })}`, { jwt, json: { body, ...(attachments?.length ? { attachments } : {}) } }),
    transitionExchange: (jwt: string, documentId: string, action: ExchangeAction, version: number) =>
      call<{ data: ExchangeDetail }>('POST', `/api/exchanges/${enc(documentId)}/transitions`, { jwt, json: { action, version } }),
    setHandover: (jwt: string, documentId: string, handover: { date: string | null; place: string | null; transport: string | null }) =>
      call<{ data: ExchangeDetail }>('PUT', `/api/exchanges/${enc(documentId)}/handover`, { jwt, json: handover }),
    giveFeedback: (jwt: string, documentId: string, locale: string, feedback: { rating: number; comment?: string }) =>
      call<{ data: ExchangeDetail }>('POST', `/api/exchanges/${enc(documentId)}/feedback?${query({ locale })}`, { jwt, json: feedback }),
    setImpact: (jwt: string, documentId: string, impact: Record<string, number | null>) =>
      call<{ data: ExchangeDetail }>('PUT', `/api/exchanges/${enc(documentId)}/impact`, { jwt, json: impact }),

    // Notifications
    notifications: (jwt: string, locale: string, page = 1, pageSize = 10) => call<NotificationPage>('GET', `/api/notifications?${query({ locale, page, pageSize })}`, { jwt }),
    readAllNotifications: (jwt: string) => call<unknown>('POST', '/api/notifications/read-all', { jwt }),
    readNotification: (jwt: string, documentId: string) =>
      call<{ data: Pick<MemberNotification, 'documentId' | 'read' | 'readAt' | 'link' | 'data'> }>('POST', `/api/notifications/${enc(documentId)}/read`, { jwt }),
    notificationPreferences: (jwt: string) => call<{ data: { email: EmailPreference; choices: EmailPreference[] } }>('GET', '/api/notifications/preferences', { jwt }),
    setNotificationPreferences: (jwt: string, email: string) =>
      call<{ data: { email: EmailPreference } }>('PUT', '/api/notifications/preferences', { jwt, json: { data: { email } } }),

    // Municipalities
    municipalityContact: (jwt: string, documentId: string) => call<{ data: MunicipalityContact | null }>('GET', `/api/municipalities/${enc(documentId)}/contact`, { jwt }),
  };
}

export type AccountsClient = ReturnType<typeof createAccountsClient>;

/** The member-side client of the CMS at CMS_URL. */
export const accounts: AccountsClient = createAccountsClient({
  baseUrl: process.env.CMS_URL ?? 'http://localhost:1337',
  timeoutMs: Number(process.env.CMS_WRITE_TIMEOUT_MS ?? 15_000),
});
