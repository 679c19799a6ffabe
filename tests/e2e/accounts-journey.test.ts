// Municipality accounts end to end, in Debian Chromium against the whole stack (built portal, compiled CMS, a real
// SMTP server): a new municipality registers through the type-ahead, confirms its e-mail from the mail the SMTP
// server received, is verified by an editor (Strapi's admin API), logs in, posts an offer with an image, fixing
// a validation error on the way, and finds it through the portal's search. Then axe on the member pages, and
// log-in plus the listing form with JavaScript off.
import { Buffer } from 'node:buffer';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForStackMail } from '../support/portal-stack-mail';
import { DEMO_PASSWORD, STACK_EDITOR, UNREGISTERED_MUNICIPALITY, UNREGISTERED_MUNICIPALITY_NO_JS } from '../support/portal-stack-data';
import { axeViolations, formatViolations } from './accessibility';
import { PORTAL, expectQuiet, newPage, resultCount, resultTitles, stack, useBrowser } from './browser';

const browser = useBrowser();
const PASSWORD = 'Elena-password-2026';
const EMAIL = `kmet.${Date.now()}@elena.example.bg`;
const WORD = `Balkanblau${Date.now() % 100000}`;
// A real 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

/** Runs axe on the page and fails with a readable report when it finds anything. */
async function expectAccessible(page: Page) {
  const violations = await axeViolations(page);
  expect(violations.length, formatViolations(page.url(), violations)).toBe(0);
}

/** Verifies a municipality and makes it trusted, as an editor does in the admin panel (its HTTP API). */
async function verifyAsEditor(documentId: string) {
  const login = await fetch(`${stack.cmsUrl}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(STACK_EDITOR) });
  expect(login.status).toBe(200);
  const token = ((await login.json()) as { data: { token: string } }).data.token;
  const update = await fetch(`${stack.cmsUrl}/content-manager/collection-types/api::municipality.municipality/${documentId}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ verificationStatus: 'verified', trusted: true }),
  });
  expect(update.status, await update.clone().text()).toBe(200);
}

async function logIn(page: Page, email: string, password: string) {
  await page.goto('/en/login');
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(password);
  await Promise.all([page.waitForURL('**/en/dashboard'), page.getByTestId('login-form').locator('button[type="submit"]').click()]);
}

describe('a new municipality', () => {
  it('registers, confirms its e-mail, is verified, logs in, posts an offer with an image and finds it in search', async () => {
    // CSP bypassed only so that axe can be injected; the portal's own scripts are external files anyway.
    const session = await newPage(browser(), { bypassCSP: true });
    const { page } = session;

    // Registration: the municipality through the type-ahead (Latin letters find the Cyrillic name).
    await page.goto('/en/register');
    await expectAccessible(page);
    await page.locator('#country').selectOption(UNREGISTERED_MUNICIPALITY.country);
    await page.locator('#municipalityQuery').pressSequentially('Elena', { delay: 30 });
    const option = page.getByRole('option', { name: new RegExp(UNREGISTERED_MUNICIPALITY.name) });
    await option.waitFor();
    await option.click();
    expect(await page.locator(`input[name="municipality"][value="${stack.unregisteredMunicipality}"]`).isChecked()).toBe(true);
    await page.locator('#fullName').fill('Ивана Петрова');
    await page.locator('#jobTitle').fill('Секретар');
    await page.locator('#email').fill(EMAIL);
    await page.locator('#password').fill(PASSWORD);
    await page.locator('#acceptPrivacy').check();
    await Promise.all([page.waitForLoadState('load'), page.getByTestId('register-form').locator('button[type="submit"]:not([name])').click()]);
    await page.getByTestId('register-done').waitFor();
    expect(await page.getByTestId('register-done').textContent()).toContain(EMAIL);

    // The confirmation mail, read off the SMTP server; its link leads to the portal.
    const mail = await waitForStackMail(stack.mailDir, EMAIL);
    const link = /\/en\/account\/confirm\?token=[A-Za-z0-9_%.-]+/.exec(mail.text)?.[0];
    expect(link, mail.text).toBeDefined();
    await page.goto(link!);
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByTestId('confirm-done').waitFor();

    // Before verification the member may log in but not post.
    await logIn(page, EMAIL, PASSWORD);
    expect(await page.getByTestId('pending-notice').isVisible()).toBe(true);
    expect(await page.getByTestId('new-listing').count()).toBe(0);

    // An editor verifies the municipality (and trusts it, so its listings are published at once).
    await verifyAsEditor(stack.unregisteredMunicipality);
    // The portal reads the member's role again at most once a minute: a fresh log-in sees it at once.
    await page.getByTestId('account-links').getByRole('button', { name: 'Log out' }).click();
    await page.waitForURL('**/en/logout');
    await logIn(page, EMAIL, PASSWORD);
    expect(await page.getByTestId('pending-notice').count()).toBe(0);
    await expectAccessible(page);

    // The listing form: a title too short comes back with its error beside the field and in the summary.
    await Promise.all([page.waitForURL('**/en/dashboard/listings/new'), page.getByTestId('new-listing').click()]);
    await expectAccessible(page);
    await page.locator('#type-offer').check();
    await page.locator('#kind').selectOption('equipment');
    await page.locator('#title').fill('Ab');
    await page.locator('#description').fill(`Почти нова снегорина ${WORD}, с гребло и верига за сняг. Вземане от общината.`);
    await page.locator('#quantity').fill('1');
    await page.locator('#unit').selectOption('piece');
    await page.locator('#delivery-pickup').check();
    await page.locator('#images').setInputFiles({ name: 'snowplough.png', mimeType: 'image/png', buffer: PNG });
    await Promise.all([page.waitForLoadState('load'), page.getByTestId('listing-submit').click()]);
    await page.getByTestId('error-summary').waitFor();
    expect(await page.locator('#title').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#title-error').textContent()).toMatch(/at least 3 characters/);
    expect(await page.getByTestId('error-summary').locator('a[href="#title"]').count()).toBe(1);
    // What was typed is still there, the uploaded image too.
    expect(await page.locator('#description').inputValue()).toContain(WORD);
    expect(await page.locator('#delivery-pickup').isChecked()).toBe(true);
    expect(await page.getByTestId('kept-images').locator('img').count()).toBe(1);
    await expectAccessible(page);

    const title = `Снегорина ${WORD}`;
    await page.locator('#title').fill(title);
    await Promise.all([page.waitForURL('**/en/dashboard?done=posted'), page.getByTestId('listing-submit').click()]);
    const row = page.getByTestId('dashboard-listing').filter({ hasText: WORD });
    expect(await row.getAttribute('data-status')).toBe('published');

    // The offer is found through the portal's search once the index has it.
    let found = 0;
    for (let attempt = 0; attempt < 30 && found === 0; attempt += 1) {
      await page.goto(`/en/listings?q=${WORD}`);
      found = await resultCount(page);
      if (found === 0) await page.waitForTimeout(500);
    }
    expect(found).toBe(1);
    expect(await resultTitles(page)).toEqual([title]);
    await page.locator('[data-testid="result-list"] [data-testid="listing-card"] :is(h2, h3) a').first().click();
    await page.waitForURL('**/en/listings/**');
    expect(await page.locator('.photos img').count()).toBe(1);
    expectQuiet(session);
    await session.close();
  });

  it('invites a colleague who joins, resets a forgotten password, answers, edits and closes listings, exports and deletes data', async () => {
    const session = await newPage(browser(), { bypassCSP: true });
    const { page } = session;
    const colleague = `referent.${Date.now()}@elena.example.bg`;
    await logIn(page, EMAIL, PASSWORD);

    // The admin invites a colleague; the invitation arrives by mail and is accepted on the portal.
    await page.locator('#inviteEmail').fill(colleague);
    await Promise.all([page.waitForURL('**/en/dashboard?done=invited'), page.getByRole('button', { name: 'Invite' }).click()]);
    const invitation = await waitForStackMail(stack.mailDir, colleague);
    const invitationLink = /\/en\/account\/invitation\?token=[A-Za-z0-9_%.-]+/.exec(invitation.text)?.[0];
    expect(invitationLink, invitation.text).toBeDefined();
    const other = await newPage(browser(), { bypassCSP: true });
    await other.page.goto(invitationLink!);
    expect(await other.page.locator('.lead').textContent()).toContain(UNREGISTERED_MUNICIPALITY.name);
    await other.page.locator('#fullName').fill('Георги Иванов');
    await other.page.locator('#password').fill('Colleague-password-1');
    await Promise.all([other.page.waitForURL('**/en/dashboard'), other.page.getByRole('button', { name: 'Join' }).click()]);
    expect(await other.page.getByTestId('new-listing').count()).toBe(1);
    await page.goto('/en/dashboard');
    expect(await page.getByTestId('dashboard-colleagues').textContent()).toContain(colleague);

    // The admin edits the public profile: a wrong web address comes back beside its field, the rest kept.
    await page.locator('#website').fill('elena-bg');
    await page.locator('#description').fill('Община Елена е в Северна България, в Балкана.');
    await page.locator('#contactName').fill('Ивана Петрова');
    await page.locator('#contactEmail').fill('obshtina@elena.example.bg');
    await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Save the profile' }).click()]);
    expect(await page.locator('#website').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#description').inputValue()).toContain('Северна България');
    await page.locator('#website').fill('https://elena.example.bg');
    await Promise.all([page.waitForURL('**/en/dashboard?done=profileSaved'), page.getByRole('button', { name: 'Save the profile' }).click()]);
    expect(await page.locator('#website').inputValue()).toBe('https://elena.example.bg');
    expect(await page.locator('#contactEmail').inputValue()).toBe('obshtina@elena.example.bg');
    await expectAccessible(page);

    // The admin answers another municipality's offer: an exchange starts and shows on the dashboard.
    await page.goto(`/en/listings/${stack.foreignListing.slug}`);
    await Promise.all([page.waitForURL('**/answer'), page.getByTestId('answer-action').click()]);
    await page.locator('#message').fill('We could collect the fire engine next month.');
    await Promise.all([page.waitForURL('**/en/dashboard?done=answered'), page.getByTestId('answer-form').locator('button[type="submit"]').click()]);
    expect(await page.getByTestId('dashboard-exchanges').textContent()).toContain(stack.foreignListing.title);

    // The offer's matches (requests of other municipalities it could meet), for its own municipality only.
    const row = page.getByTestId('dashboard-listing').filter({ hasText: WORD });
    await Promise.all([page.waitForURL('**/matches'), row.getByTestId('matches-link').click()]);
    expect(await page.locator('h1').textContent()).toBe('Requests this offer could meet');
    expect((await page.getByTestId('matches').count()) + (await page.getByTestId('no-matches').count())).toBe(1);
    await expectAccessible(page);
    await page.goto('/en/dashboard');

    // Edit the offer posted in the journey, then close it: it leaves the search at once.
    await Promise.all([page.waitForURL('**/edit'), row.getByRole('link', { name: /Edit/ }).click()]);
    expect(await page.locator('#title').inputValue()).toContain(WORD);
    expect(await page.getByTestId('kept-images').locator('img').count()).toBe(1);
    await page.locator('#title').fill(`Снегорина с гребло ${WORD}`);
    await Promise.all([page.waitForURL('**/en/dashboard?done=saved'), page.getByTestId('listing-submit').click()]);
    const edited = page.getByTestId('dashboard-listing').filter({ hasText: `Снегорина с гребло ${WORD}` });
    await Promise.all([page.waitForURL('**/en/dashboard?done=closed'), edited.getByRole('button', { name: /Close/ }).click()]);
    expect(await page.getByTestId('dashboard-listing').filter({ hasText: WORD }).getAttribute('data-status')).toBe('closed');
    // (The portal reuses a search answer for up to 10 seconds.)
    let left = -1;
    for (let attempt = 0; attempt < 30 && left !== 0; attempt += 1) {
      await page.goto(`/en/listings?q=${WORD}`);
      left = await resultCount(page);
      if (left !== 0) await page.waitForTimeout(500);
    }
    expect(left).toBe(0);

    // Everything stored about the admin comes as a JSON download.
    const exported = await page.request.get('/en/account/data/export');
    expect(exported.status()).toBe(200);
    expect(exported.headers()['content-disposition']).toMatch(/^attachment/);
    expect(JSON.stringify(await exported.json())).toContain(EMAIL);

    // A forgotten password: the mail's link leads to a new one, and only the new one logs in.
    const visitor = await newPage(browser());
    await visitor.page.goto('/en/forgot-password');
    await visitor.page.locator('#email').fill(EMAIL);
    await visitor.page.getByRole('button', { name: 'Send the link' }).click();
    await visitor.page.getByTestId('forgot-sent').waitFor();
    const reset = await waitForStackMail(stack.mailDir, EMAIL, (m) => /reset-password\?token=/.test(m.text));
    await visitor.page.goto(/\/en\/account\/reset-password\?token=[A-Za-z0-9_%.-]+/.exec(reset.text)![0]);
    await visitor.page.locator('#password').fill('Elena-new-password-1');
    await visitor.page.locator('#passwordRepeat').fill('Elena-new-password-1');
    await visitor.page.getByRole('button', { name: 'Save the new password' }).click();
    await visitor.page.getByTestId('reset-done').waitFor();
    await logIn(visitor.page, EMAIL, 'Elena-new-password-1');
    await visitor.close();

    // The colleague deletes their account (password confirmed); their log-in no longer works.
    await other.page.goto('/en/account/data');
    await expectAccessible(other.page);
    await other.page.locator('#password').fill('Colleague-password-1');
    await other.page.getByRole('button', { name: 'Delete my account' }).click();
    await other.page.getByTestId('account-deleted').waitFor();
    await other.page.goto('/en/login');
    await other.page.locator('#email').fill(colleague);
    await other.page.locator('#password').fill('Colleague-password-1');
    await Promise.all([other.page.waitForLoadState('load'), other.page.getByTestId('login-form').locator('button[type="submit"]').click()]);
    expect(await other.page.getByTestId('error-summary').textContent()).toContain('not correct');
    await other.close();
    expectQuiet(session);
    await session.close();
  });

  it('is refused log-in with a wrong password, with the reason beside the form, and the login page passes axe', async () => {
    const session = await newPage(browser(), { bypassCSP: true });
    const { page } = session;
    await page.goto('/en/login');
    await expectAccessible(page);
    await page.locator('#email').fill('member.de@demo.community-sharing.eu');
    await page.locator('#password').fill('not-the-password');
    await Promise.all([page.waitForLoadState('load'), page.getByTestId('login-form').locator('button[type="submit"]').click()]);
    expect(await page.getByTestId('error-summary').textContent()).toContain('The e-mail address or the password is not correct.');
    expect(await page.locator('#email').inputValue()).toBe('member.de@demo.community-sharing.eu');
    await expectAccessible(page);
    await session.close();
  });
});

describe('without JavaScript', () => {
  it('a municipality registers through the "find" step, fixing a missing choice first', async () => {
    const session = await newPage(browser(), { javaScriptEnabled: false });
    const { page } = session;
    const email = `nojs.${Date.now()}@tryavna.example.bg`;
    await page.goto('/bg/register');
    await page.locator('#fullName').fill('Мария Георгиева');
    await page.locator('#email').fill(email);
    await page.locator('#password').fill('Tryavna-password-1');
    await page.locator('#acceptPrivacy').check();
    // Sent without a municipality: the error is beside the name field and linked from the summary.
    await Promise.all([page.waitForLoadState('load'), page.getByTestId('register-form').locator('button[type="submit"]:not([name])').click()]);
    expect(await page.locator('#municipalityQuery-error').textContent()).toBe('Намерете и изберете общината си.');
    expect(await page.getByTestId('error-summary').locator('a[href="#municipalityQuery"]').count()).toBe(1);
    expect(await page.locator('#fullName').inputValue()).toBe('Мария Георгиева');
    // The find step: Latin letters find the Cyrillic name; the match is a radio button.
    await page.locator('#country').selectOption(UNREGISTERED_MUNICIPALITY_NO_JS.country);
    await page.locator('#municipalityQuery').fill('Tryavna');
    await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Търси' }).click()]);
    const radio = page.locator(`input[name="municipality"][value="${stack.unregisteredMunicipalityNoJs}"]`);
    expect(await page.locator(`label[for="m-${stack.unregisteredMunicipalityNoJs}"]`).textContent()).toContain(UNREGISTERED_MUNICIPALITY_NO_JS.name);
    await radio.check();
    // The password is never sent back to the browser: it is typed again.
    await page.locator('#password').fill('Tryavna-password-1');
    await Promise.all([page.waitForLoadState('load'), page.getByTestId('register-form').locator('button[type="submit"]:not([name])').click()]);
    expect(await page.getByTestId('register-done').textContent()).toContain(email);
    const mail = await waitForStackMail(stack.mailDir, email);
    expect(mail.text).toMatch(/\/bg\/account\/confirm\?token=/);
    await session.close();
  });


  it('a member logs in and posts a listing with the plain form, fixing an error first', async () => {
    const session = await newPage(browser(), { javaScriptEnabled: false });
    const { page } = session;
    await page.goto('/de/login');
    await page.locator('#email').fill('member.de@demo.community-sharing.eu');
    await page.locator('#password').fill(DEMO_PASSWORD);
    await Promise.all([page.waitForURL('**/de/dashboard'), page.getByTestId('login-form').locator('button[type="submit"]').click()]);
    await Promise.all([page.waitForURL('**/de/dashboard/listings/new'), page.getByTestId('new-listing').click()]);
    const word = `Ohnejs${Date.now() % 100000}`;
    await page.locator('#type-request').check();
    await page.locator('#kind').selectOption('goods');
    await page.locator('#description').fill(`Wir suchen Schulmöbel ${word} für eine Grundschule.`);
    // A file that only claims to be an image: the portal passes it on, the CMS reads its content and refuses it.
    await page.locator('#images').setInputFiles({ name: 'plan.png', mimeType: 'image/png', buffer: Buffer.from('not an image at all') });
    await Promise.all([page.waitForLoadState('load'), page.getByTestId('listing-submit').click()]);
    expect(await page.locator('#images-error').textContent()).toBe('Bilder müssen JPEG-, PNG- oder WebP-Dateien sein.');
    expect(await page.locator('#description').inputValue()).toContain(word);
    // A GIF is refused by the portal itself, before any upload.
    await page.locator('#images').setInputFiles({ name: 'anim.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a') });
    await Promise.all([page.waitForLoadState('load'), page.getByTestId('listing-submit').click()]);
    expect(await page.locator('#images-error').textContent()).toBe('Bilder müssen JPEG-, PNG- oder WebP-Dateien sein.');
    // Without files, the title is what is missing.
    await Promise.all([page.waitForLoadState('load'), page.getByTestId('listing-submit').click()]);
    expect(await page.locator('#title-error').textContent()).toBeTruthy();
    expect(await page.locator('#description').inputValue()).toContain(word);
    // The CPV suggestions step works without JavaScript too: a round trip that fills checkboxes.
    await page.locator('#title').fill(`Schulmöbel gesucht ${word}`);
    await Promise.all([page.waitForLoadState('load'), page.getByTestId('suggest-cpv').click()]);
    expect(await page.locator('#title').inputValue()).toBe(`Schulmöbel gesucht ${word}`);
    const suggestion = page.getByTestId('cpv-suggestions').locator('input[type="checkbox"]').first();
    const code = await suggestion.getAttribute('value');
    await suggestion.check();
    await Promise.all([page.waitForURL('**/de/dashboard?done=posted'), page.getByTestId('listing-submit').click()]);
    const row = page.getByTestId('dashboard-listing').filter({ hasText: word });
    expect(await row.getAttribute('data-status')).toBe('pending');
    expect(code).toMatch(/^\d{8}$/);
    await session.close();
  });
});

describe('form protection', () => {
  /** Opens a form page as a browser would: its session cookie and the form token it holds. */
  async function openForm(path: string) {
    const response = await fetch(PORTAL + path);
    const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const token = /name="_csrf" value="([^"]+)"/.exec(await response.text())?.[1];
    expect(cookie).toMatch(/^cs-session=/);
    expect(response.headers.getSetCookie()[0]).toMatch(/HttpOnly/i);
    expect(response.headers.getSetCookie()[0]).toMatch(/SameSite=Lax/i);
    expect(token).toBeTruthy();
    return { cookie, token: token! };
  }
  const post = (path: string, cookie: string, fields: Record<string, string>, origin = PORTAL) =>
    fetch(PORTAL + path, { method: 'POST', redirect: 'manual', headers: { cookie, origin, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields) });

  it('refuses a post without the session’s form token, and a cross-site post, changing nothing', async () => {
    const { cookie, token } = await openForm('/fr/login');
    const forged = await post('/fr/login', cookie, { email: 'member.de@demo.community-sharing.eu', password: DEMO_PASSWORD });
    expect(forged.status).toBe(403);
    expect(await forged.text()).toContain('Ce formulaire a expiré');
    const wrongToken = await post('/fr/login', cookie, { _csrf: `${token}x`, email: 'member.de@demo.community-sharing.eu', password: DEMO_PASSWORD });
    expect(wrongToken.status).toBe(403);
    const crossSite = await post('/fr/login', cookie, { _csrf: token, email: 'member.de@demo.community-sharing.eu', password: DEMO_PASSWORD }, 'https://evil.example');
    expect(crossSite.status).toBe(403);
    // Still logged out: the dashboard sends this session to the log-in page.
    const dashboard = await fetch(`${PORTAL}/fr/dashboard`, { redirect: 'manual', headers: { cookie } });
    expect(dashboard.status).toBe(303);
    expect(dashboard.headers.get('location')).toBe('/fr/login?next=%2Ffr%2Fdashboard');
  });

  it('answers too many log-in attempts for one account with 429, Retry-After and a translated page', async () => {
    const { cookie, token } = await openForm('/de/login');
    const email = `nobody.${Date.now()}@example.eu`;
    const statuses: number[] = [];
    let last: Response | undefined;
    // Both the portal (RATE_LIMIT_LOGIN_ACCOUNT in the stack) and the CMS count failed attempts per account.
    for (let attempt = 0; attempt < 10; attempt += 1) {
      last = await post('/de/login', cookie, { _csrf: token, email, password: 'wrong-password-123' });
      statuses.push(last.status);
      if (last.status === 429) break;
      await last.arrayBuffer();
    }
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.slice(0, -1).every((status) => status === 401), statuses.join()).toBe(true);
    expect(statuses.length).toBeGreaterThan(3);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    const html = await last!.text();
    expect(html).toContain('Zu viele Versuche');
    expect(html).toContain('<html lang="de"');
  });
});

describe('the account pages anyone can open', () => {
  const pages: [string, number][] = [
    ['/login', 200],
    ['/register', 200],
    ['/forgot-password', 200],
    ['/privacy', 200],
    ['/account/confirm?token=abc', 200],
    ['/account/reset-password?token=abc', 200],
    ['/account/invitation?token=no-such-invitation', 404],
  ];
  for (const locale of ['en', 'el', 'sr-Cyrl'] as const) {
    it.each(pages)(`pass axe in ${locale}: %s`, async (path, status) => {
      const session = await newPage(browser(), { bypassCSP: true });
      const response = await session.page.goto(`/${locale}${path}`);
      expect(response?.status()).toBe(status);
      expect(await session.page.locator('html').getAttribute('lang')).toBe(locale);
      expect(await session.page.locator('h1').count()).toBe(1);
      await expectAccessible(session.page);
      await session.close();
    });
  }
});
