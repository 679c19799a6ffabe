import { describe, expect, it } from 'vitest';
import { LOCALE_CODES } from '@community-sharing/config';
import { ACCOUNT_TEXTS, accountMail, type AccountMailKind } from './accounts';

const KINDS: AccountMailKind[] = ['confirm', 'reset', 'invitation', 'editorWaiting'];
const placeholders = (text: string) => [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();
const PARAMS = { name: 'Ana <Admin>', municipality: 'Шумен', link: 'https://portal.example.eu/bg/account/confirm?token=abc_DEF-1', days: 7, minutes: 60, inviter: 'Ivo', country: 'BG', email: 'ana@example.eu' };

describe('account mails', () => {
  it.each(LOCALE_CODES)('%s has every mail with the same placeholders as English', (locale) => {
    const texts = ACCOUNT_TEXTS[locale];
    for (const kind of KINDS) {
      expect(placeholders(texts[kind].subject + texts[kind].body), `${locale} ${kind}`).toEqual(placeholders(ACCOUNT_TEXTS.en[kind].subject + ACCOUNT_TEXTS.en[kind].body));
      if (locale !== 'en') expect(texts[kind].body, `${locale} ${kind} is translated`).not.toBe(ACCOUNT_TEXTS.en[kind].body);
    }
    expect(texts.greetingNamed).toContain('{name}');
  });

  it.each(LOCALE_CODES)('%s fills every placeholder and escapes the HTML alternative', (locale) => {
    for (const kind of KINDS) {
      const mail = accountMail(kind, locale, PARAMS);
      expect(mail.subject + mail.text).not.toMatch(/\{\w+\}/);
      expect(mail.text).toContain(PARAMS.link);
      expect(mail.html).toContain(`<a href="${PARAMS.link}">`);
      expect(mail.html).not.toContain('<Admin>');
    }
  });
});
