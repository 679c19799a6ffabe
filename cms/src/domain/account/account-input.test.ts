import { describe, expect, it } from 'vitest';
import { InputError } from '../errors/field-error';
import { parseInput, registerSchema, updateMeSchema, updateMunicipalitySchema } from './account-input';
import { municipalityQueryKeys, municipalitySearchName } from './municipality-search';
import { hashToken, issueToken, looksLikeToken } from './tokens';

function issues(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error.issues.map((issue) => [issue.path.join('.'), issue.code]);
    throw error;
  }
  return [];
}

describe('account input', () => {
  const valid = { municipality: 'abcdefghijklmnopqrstuvwx', fullName: '  Ana Kovač ', email: ' Ana@Example.EU ', password: 'ten chars!', locale: 'hr' };

  it('cleans a valid registration', () => {
    expect(parseInput(registerSchema, valid)).toMatchObject({ fullName: 'Ana Kovač', email: 'ana@example.eu', locale: 'hr' });
  });

  it('names every bad field with a code', () => {
    expect(issues(() => parseInput(registerSchema, { ...valid, password: 'x'.repeat(129), email: 'no', phone: 'call me', locale: 'cnr' }))).toEqual([
      ['phone', 'invalid_phone'],
      ['email', 'invalid_email'],
      ['password', 'too_long'],
      ['locale', 'unknown_value'],
    ]);
    expect(issues(() => parseInput(registerSchema, {}))).toContainEqual(['municipality', 'required']);
    expect(issues(() => parseInput(registerSchema, { ...valid, password: '          ' }))).toEqual([['password', 'blank']]);
  });

  it('leaves absent fields of a partial update alone and refuses unknown ones', () => {
    expect(parseInput(updateMeSchema, { fullName: 'Ana' })).toEqual({ fullName: 'Ana' });
    expect(parseInput(updateMeSchema, { jobTitle: '' })).toEqual({ jobTitle: null });
    expect(issues(() => parseInput(updateMeSchema, { role: 'member' }))).toEqual([['role', 'not_allowed']]);
    expect(issues(() => parseInput(updateMunicipalitySchema, { contact: { name: 'A', email: 'x', extra: 1 } })).sort()).toEqual([
      ['contact.email', 'invalid_email'],
      ['contact.extra', 'not_allowed'],
      ['contact.name', 'too_short'],
    ]);
  });
});

describe('municipality search names', () => {
  it('finds a name at a word start in either script', () => {
    const name = municipalitySearchName('Шумен', 'Shumen');
    for (const query of ['шу', 'Shu', 'SUM', 'šumen']) {
      expect(municipalityQueryKeys(query).some((key) => name.includes(key)), query).toBe(true);
    }
    expect(municipalityQueryKeys('umen').some((key) => name.includes(key))).toBe(false);
    expect(municipalityQueryKeys('ш')).toEqual([]);
    expect(municipalitySearchName('Αθήνα')).toContain(' athina');
  });
});

describe('tokens', () => {
  it('issues unguessable URL-safe tokens and stores only their hash', () => {
    const a = issueToken(1000, 0);
    const b = issueToken(1000, 0);
    expect(a.token).not.toBe(b.token);
    expect(looksLikeToken(a.token)).toBe(true);
    expect(a.hash).toBe(hashToken(a.token));
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.expiresAt.getTime()).toBe(1000);
    expect(looksLikeToken('short')).toBe(false);
  });
});
