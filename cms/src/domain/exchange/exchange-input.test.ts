import { describe, expect, it } from 'vitest';
import { InputError } from '../errors/field-error';
import { attachmentProblem, parseFeedback, parseHandover, parseImpact, parseMessage, parseTransition } from './exchange-input';

function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error.issues;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('exchange input', () => {
  it('a transition needs a known action and the version seen', () => {
    expect(parseTransition({ action: 'accept', version: 3 })).toEqual({ action: 'accept', version: 3 });
    expect(issuesOf(() => parseTransition({ action: 'steal', version: 0 }))[0].message).toMatch(/^action: must be one of accept/);
    expect(issuesOf(() => parseTransition({ action: 'accept' }))[0].message).toMatch(/^version: is required/);
    expect(issuesOf(() => parseTransition({ action: 'accept', version: 0, state: 'completed' }))[0]).toMatchObject({ code: 'unknown_field', path: ['state'] });
  });
  it('a message is 1..5000 characters of text without control characters', () => {
    expect(parseMessage({ body: '  Hello  ' })).toEqual({ body: 'Hello' });
    expect(issuesOf(() => parseMessage({ body: '   ' }))[0].message).toBe('body: must not be empty');
    expect(issuesOf(() => parseMessage({ body: 'x'.repeat(5001) }))[0].message).toBe('body: must be at most 5000 characters long');
    expect(issuesOf(() => parseMessage({ body: 'bell\u0007' }))[0].code).toBe('control_characters');
    expect(parseMessage({ body: 'line\nnext\ttab', attachments: [4] })).toEqual({ body: 'line\nnext\ttab', attachments: [4] });
    expect(issuesOf(() => parseMessage({ body: 'x', attachments: ['a'] }))[0].path).toEqual(['attachments', 0]);
  });
  it('hand-over, feedback and impact', () => {
    expect(parseHandover({ date: '2026-06-01', place: 'Depot' })).toEqual({ date: '2026-06-01', place: 'Depot' });
    expect(issuesOf(() => parseHandover({ date: '2026-02-30' }))[0].message).toBe('date: must be a real calendar date');
    expect(issuesOf(() => parseHandover({}))[0].message).toMatch(/at least one/);
    expect(parseFeedback({ rating: 5, comment: 'Great' })).toEqual({ rating: 5, comment: 'Great' });
    expect(issuesOf(() => parseFeedback({ rating: 6 }))[0].message).toBe('rating: must be a whole number from 1 to 5');
    expect(issuesOf(() => parseFeedback({ rating: 2.5 }))[0].message).toBe('rating: must be a whole number from 1 to 5');
    expect(parseImpact({ massKg: 120, valueEur: 900 })).toEqual({ massKg: 120, valueEur: 900 });
    expect(issuesOf(() => parseImpact({ massKg: -1 }))[0].message).toBe('massKg: must be zero or more');
    expect(issuesOf(() => parseImpact({ co2eKg: 5 }))[0].path).toEqual(['co2eKg']);
  });
  it('attachments: PDF or photo, at most 10 MB', () => {
    expect(attachmentProblem({ mime: 'application/pdf', sizeBytes: 1000 })).toBeNull();
    expect(attachmentProblem({ mime: 'image/webp', sizeBytes: 10 * 1024 * 1024 })).toBeNull();
    expect(attachmentProblem({ mime: 'image/gif', sizeBytes: 1000 })).toMatch(/PDF, JPEG, PNG or WEBP/);
    expect(attachmentProblem({ mime: 'image/png', sizeBytes: 11 * 1024 * 1024 })).toMatch(/at most 10 MB/);
  });
});

describe('impact amounts fit the database', () => {
  // The impact columns are numeric(10,2) on PostgreSQL: anything from 100 million up would be a database error.
  it('takes amounts below 100 million, and a mass whose CO2e (at most 10 kg per kg) stays below it', () => {
    expect(parseImpact({ valueEur: 99_999_999, massKg: 9_999_999 })).toMatchObject({ valueEur: 99_999_999, massKg: 9_999_999 });
    for (const body of [{ valueEur: 100_000_000 }, { massKg: 10_000_000 }]) {
      const refusal = (() => {
        try {
          parseImpact(body);
        } catch (error) {
          return error;
        }
      })();
      expect(refusal).toBeInstanceOf(InputError);
      expect((refusal as InputError).issues[0]!.message).toMatch(/must be at most/);
    }
  });
});
