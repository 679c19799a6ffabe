import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, type World } from '../support/fixtures';
import { startTestSmtp, type TestSmtp } from '../support/smtp';
import { requireCms, startTestCms, type TestCms } from '../support/strapi-instance';

/**
 * The durable mail outbox against a real SMTP server: mails wait in the outbox while the server is down and go
 * out once it is back, each exactly once, even with several workers draining at the same time; a mail queued in a
 * transaction that rolls back is never sent; every notification mail carries a working unsubscribe link.
 */
let cms: TestCms;
let smtp: TestSmtp;
let world: World;

const JOB = 'api::mail-job.mail-job';
const sendMail = (mail: Record<string, unknown>) => requireCms('src/mail/send-mail.js').sendMail(cms.strapi, mail);
const notifications = () => cms.strapi.service('api::notification.notification');
const unsent = () => cms.strapi.db.query(JOB).count({ where: { sentAt: { $null: true } } });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  smtp = await startTestSmtp();
  cms = await startTestCms(smtp.env());
  world = await buildWorld(cms);
}, 180_000);

afterAll(async () => {
  await cms?.stop();
  await smtp?.stop();
});

/** Asserts that no two received mails are the same mail (same recipient and subject), i.e. none was sent twice. */
function expectNoDuplicates() {
  const keys = smtp.received.map((m) => `${m.to}|${m.subject}`);
  expect(new Set(keys).size, keys.join('\n')).toBe(keys.length);
}

describe('mail outbox', () => {
  it('sends a queued mail through SMTP once and records when', async () => {
    await sendMail({ to: 'someone@example.eu', subject: 'Outbox smoke test', text: 'Hello from the outbox.', locale: 'en', topic: 'test.smoke' });
    await smtp.waitFor((r) => r.some((m) => m.subject === 'Outbox smoke test'));
    // The worker records the sending once the SMTP server has answered: a moment after the server has the mail.
    const job = () => cms.strapi.db.query(JOB).findOne({ where: { subject: 'Outbox smoke test' } });
    await expect.poll(async () => (await job()).sentAt, { timeout: 10_000 }).toBeTruthy();
    expect((await job()).topic).toBe('test.smoke');
    expect(smtp.received.filter((m) => m.subject === 'Outbox smoke test')).toHaveLength(1);
  });

  it('queues nothing when the transaction that asked for the mail rolls back', async () => {
    const before = await cms.strapi.db.query(JOB).count();
    await expect(
      cms.strapi.db.transaction(async () => {
        await sendMail({ to: 'rollback@example.eu', subject: 'Never sent', text: 'This transaction fails.' });
        throw new Error('rolled back on purpose');
      }),
    ).rejects.toThrow('rolled back on purpose');
    expect(await cms.strapi.db.query(JOB).count()).toBe(before);
    await sleep(500);
    expect(smtp.received.some((m) => m.subject === 'Never sent')).toBe(false);
  });

  it('keeps mails while SMTP is down and delivers each exactly once when it is back', async () => {
    await smtp.stop();
    const countBefore = smtp.received.length;
    // Real events: urgent notifications (sent at once) to both municipalities, and plain mails.
    for (const n of [1, 2, 3]) {
      await notifications().notify({
        municipalityDocumentId: world.municipalities.A,
        event: 'urgent.request',
        data: { listing: { title: `Sandbags ${n}`, urgency: 'flood', urgentUntil: new Date(Date.now() + 86_400_000).toISOString() }, municipality: { name: `Kassel ${n}` }, link: '/listings/sandbags' },
        delivery: 'immediate',
      });
    }
    for (const n of [1, 2]) await sendMail({ to: `down${n}@example.eu`, subject: `While down ${n}`, text: 'Queued while the server was down.' });
    // The worker tries, fails, and backs off; the mails wait in the outbox with their error.
    await sleep(3000);
    await cms.strapi.service(JOB).drain();
    expect(smtp.received.length).toBe(countBefore);
    expect(await unsent()).toBe(5);
    const waiting = await cms.strapi.db.query(JOB).findMany({ where: { sentAt: { $null: true } }, orderBy: { id: 'asc' } });
    expect(waiting.some((job: any) => job.attempts >= 1 && /ECONNREFUSED|connect/i.test(job.lastError ?? ''))).toBe(true);
    // A failed mail waits (back-off) before its next attempt.
    for (const job of waiting.filter((j: any) => j.attempts > 0)) expect(new Date(job.nextAttemptAt).getTime()).toBeGreaterThan(new Date(job.updatedAt).getTime() - 50);

    await smtp.start();
    await smtp.waitFor((r) => r.length >= countBefore + 5, 45_000);
    // Give any duplicate the time to show up before counting.
    await sleep(2500);
    const arrived = smtp.received.slice(countBefore);
    expect(arrived).toHaveLength(5);
    expect(arrived.filter((m) => m.to.includes('member.a@example.eu')).map((m) => m.subject).sort()).toEqual(
      ['Urgent: Kassel 1 needs help (flood)', 'Urgent: Kassel 2 needs help (flood)', 'Urgent: Kassel 3 needs help (flood)'],
    );
    expect(arrived.map((m) => m.subject).filter((s) => s.startsWith('While down')).sort()).toEqual(['While down 1', 'While down 2']);
    expect(await unsent()).toBe(0);
    expectNoDuplicates();
  }, 90_000);

  it('never sends a mail twice when several workers drain at once (as several CMS instances would)', async () => {
    const countBefore = smtp.received.length;
    const { createMailWorker } = requireCms('src/mail/mail-queue/worker.js');
    const extra = [createMailWorker(cms.strapi, { pollMs: 50 }), createMailWorker(cms.strapi, { pollMs: 50 })];
    try {
      await Promise.all(Array.from({ length: 12 }, (_, n) => sendMail({ to: `many${n}@example.eu`, subject: `Concurrent ${n}`, text: `Mail ${n}` })));
      await Promise.all([...extra.map((w: any) => w.drain()), cms.strapi.service(JOB).drain()]);
      await smtp.waitFor((r) => r.length >= countBefore + 12);
      await sleep(1500);
    } finally {
      for (const w of extra) await w.stop();
    }
    expect(smtp.received.slice(countBefore)).toHaveLength(12);
    expectNoDuplicates();
    expect(await unsent()).toBe(0);
  }, 60_000);

  it('puts a signed unsubscribe link in every notification mail; the link turns the member\'s mail off', async () => {
    const countBefore = smtp.received.length;
    await notifications().notify({
      municipalityDocumentId: world.municipalities.B,
      event: 'urgent.request',
      data: { listing: { title: 'Zelte für Familien', urgency: 'earthquake' }, municipality: { name: 'Бургас' }, link: '/listings/zelte' },
      delivery: 'immediate',
    });
    await smtp.waitFor((r) => r.length > countBefore);
    const mail = smtp.received.slice(countBefore).find((m) => m.to.includes('member.b@example.eu'))!;
    expect(mail).toBeDefined();
    const link = /https?:\/\/\S+\/api\/notifications\/unsubscribe\?token=([^\s>]+)/.exec(mail.text);
    expect(link, mail.text).not.toBeNull();
    expect(JSON.stringify(mail.headers.get('list') ?? '')).toContain('/api/notifications/unsubscribe?token=');

    const forged = await cms.request('GET', `/api/notifications/unsubscribe?token=${link![1].replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))}`);
    expect(forged.status).toBe(400);
    expect(forged.body.error.message).toContain('token');

    const page = await fetch(`${cms.baseUrl}/api/notifications/unsubscribe?token=${link![1]}`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<h1>[^<]+<\/h1>/);
    const preference = await cms.request('GET', '/api/notifications/preferences', { token: world.actors.memberB.token });
    expect(preference.body.data.email).toBe('off');

    // Off means off: the next urgent notification reaches the portal but no mail goes to that member.
    const result = await notifications().notify({
      municipalityDocumentId: world.municipalities.B,
      event: 'urgent.request',
      data: { listing: { title: 'Pumpen', urgency: 'flood' }, municipality: { name: 'Бургас' }, link: '/listings/pumpen' },
      delivery: 'immediate',
    });
    expect(result.mailed).toBe(0);
    const list = await cms.request('GET', '/api/notifications', { token: world.actors.memberB.token });
    expect(list.body.data[0].data.listing.title).toBe('Pumpen');
  }, 60_000);
});
