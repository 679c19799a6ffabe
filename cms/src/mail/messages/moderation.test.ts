import { describe, expect, it } from 'vitest';
import { LOCALE_CODES } from '@community-sharing/config';
import { MODERATION_MESSAGES } from './moderation';

const TOPICS = Object.keys(MODERATION_MESSAGES.en).filter((key) => key.includes('.'));

describe('the moderation decision mails', () => {
  it('exist in every locale for every topic, keeping the placeholders', () => {
    for (const locale of LOCALE_CODES) {
      const messages = MODERATION_MESSAGES[locale];
      expect(messages, locale).toBeDefined();
      for (const topic of TOPICS) {
        const [subject, body] = (messages as any)[topic] as [string, string];
        const [enSubject, enBody] = (MODERATION_MESSAGES.en as any)[topic] as [string, string];
        for (const placeholder of ['{municipality}', '{title}']) {
          expect(subject.includes(placeholder) || body.includes(placeholder), `${locale} ${topic} ${placeholder}`).toBe(enSubject.includes(placeholder) || enBody.includes(placeholder));
        }
        if (locale !== 'en') expect(body, `${locale} ${topic} is still English`).not.toBe(enBody);
      }
      expect(messages.reasonLabel.length).toBeGreaterThan(0);
      expect(messages.signature).toContain('Community Sharing');
    }
  });
});
