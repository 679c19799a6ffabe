// Writes HOSTILE_TEXTS into the browser suite's CMS the way members and editors do, through the HTTP API (so that
// every text has passed the routes' validation): the third member's municipality profile and contact person; an
// exchange between it and the Bulgarian demo member on HOSTILE_LISTING, with messages, a file, the hand-over,
// both confirmations and both sides' feedback; a Bulgarian listing an editor rejects with a reason; and a
// javascript: web address an editor gives the German demo municipality. Run by
// portal-stack-cms.ts before the stack is ready, so that no browser test sees it half done.
import { DEMO_PASSWORD, HOSTILE_TEXTS, STACK_EDITOR, THIRD_MEMBER, type HostileSeed } from './portal-stack-data.ts';
import { inTwoMonths } from './dates.ts';

// A real 1×1 PNG, sent under a hostile name.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
const BULGARIAN = 'member.bg@demo.community-sharing.eu';

export async function seedHostileTexts(strapi: any, cmsUrl: string, hostileListing: string): Promise<HostileSeed> {
  async function call(method: string, urlPath: string, token: string | undefined, body?: unknown): Promise<any> {
    const response = await fetch(cmsUrl + urlPath, {
      method,
      headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    const answer = (await response.json().catch(() => null)) as any;
    if (!response.ok) throw new Error(`${method} ${urlPath}: ${response.status} ${JSON.stringify(answer)}`);
    return answer;
  }
  const login = async (email: string) => (await call('POST', '/api/auth/local', undefined, { identifier: email, password: DEMO_PASSWORD })).jwt as string;
  const third = await login(THIRD_MEMBER.email);
  const bg = await login(BULGARIAN);

  // The third municipality's public profile and its contact person (shown to verified members).
  const profile = (
    await call('PUT', '/api/accounts/me/municipality', third, {
      website: HOSTILE_TEXTS.website,
      descriptions: [{ locale: 'en', text: HOSTILE_TEXTS.description }],
      contact: { name: HOSTILE_TEXTS.contactName, role: HOSTILE_TEXTS.contactRole, email: 'contact@third.stack.example.eu', phone: '+43 1 234 5678' },
    })
  ).data;

  // An exchange on the Bulgarian hostile request, answered by the third municipality, carried to its end.
  const exchange = (await call('POST', '/api/exchanges', third, { data: { listing: hostileListing, message: HOSTILE_TEXTS.request } })).data.documentId as string;
  await call('POST', `/api/exchanges/${exchange}/transitions`, bg, { action: 'accept', version: 0, message: HOSTILE_TEXTS.accept });
  const form = new FormData();
  form.append('files', new Blob([PNG], { type: 'image/png' }), 'photo.png');
  form.append('fileInfo', JSON.stringify({ name: HOSTILE_TEXTS.attachmentName }));
  const uploaded = await fetch(`${cmsUrl}/api/upload`, { method: 'POST', headers: { authorization: `Bearer ${third}` }, body: form });
  if (uploaded.status !== 201) throw new Error(`upload: ${uploaded.status} ${await uploaded.text()}`);
  const file = ((await uploaded.json()) as any)[0].id as number;
  await call('POST', `/api/exchanges/${exchange}/messages`, third, { data: { body: HOSTILE_TEXTS.message, attachments: [file] } });
  await call('PUT', `/api/exchanges/${exchange}/handover`, third, { data: { date: '2027-05-14', place: HOSTILE_TEXTS.handoverPlace, transport: HOSTILE_TEXTS.handoverTransport } });
  await call('POST', `/api/exchanges/${exchange}/transitions`, third, { action: 'confirm', version: 1 });
  await call('POST', `/api/exchanges/${exchange}/transitions`, bg, { action: 'confirm', version: 2 });
  await call('POST', `/api/exchanges/${exchange}/feedback?locale=en`, third, { data: { rating: 5, comment: HOSTILE_TEXTS.feedbackProvider } });
  await call('POST', `/api/exchanges/${exchange}/feedback?locale=en`, bg, { data: { rating: 4, comment: HOSTILE_TEXTS.feedbackReceiver } });

  // A Bulgarian listing an editor rejects, giving a reason (the admin's moderation route).
  const rejected = (await call('POST', '/api/listings?locale=en', bg, { data: { type: 'offer', kind: 'services', title: HOSTILE_TEXTS.rejectedTitle, description: 'Rejection probe.', delivery: ['remote'], expiresAt: inTwoMonths() } })).data.documentId as string;
  const editor = (await call('POST', '/admin/login', undefined, STACK_EDITOR)).data.token as string;
  await call('POST', `/moderation/listings/${rejected}/reject`, editor, { reason: HOSTILE_TEXTS.rejectionReason });

  // An editor types a javascript: address as the German municipality's web address in the admin (the Document
  // Service, as the admin's Content Manager writes); the member routes refuse one.
  const german = (await call('GET', '/api/accounts/me', await login('member.de@demo.community-sharing.eu'))).data.municipality;
  await strapi.documents('api::municipality.municipality').update({ documentId: german.documentId, data: { website: HOSTILE_TEXTS.scriptWebsite } });

  return { profile: { documentId: profile.documentId, slug: profile.slug }, exchange, rejectedListing: rejected, scriptWebsiteProfile: { documentId: german.documentId, slug: german.slug } };
}
