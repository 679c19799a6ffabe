import { describe, expect, it } from 'vitest';
import { LISTING_RULES, MUNICIPALITY_RULES, REPORT_RULES, checkTransition } from './transitions';

describe('the moderation state machine', () => {
  it('moves a pending listing to published or rejected, a published one back to pending', () => {
    expect(checkTransition(LISTING_RULES, 'approve', 'pending', undefined)).toEqual({ ok: true, to: 'published' });
    expect(checkTransition(LISTING_RULES, 'reject', 'pending', 'spam')).toEqual({ ok: true, to: 'rejected' });
    expect(checkTransition(LISTING_RULES, 'hide', 'published', 'reported')).toEqual({ ok: true, to: 'pending' });
  });

  it('refuses what the state does not allow, and a missing reason where one is required', () => {
    for (const state of ['published', 'rejected', 'closed', 'expired']) expect(checkTransition(LISTING_RULES, 'approve', state, undefined)).toMatchObject({ ok: false, problem: 'illegal' });
    expect(checkTransition(LISTING_RULES, 'reject', 'pending', '  ')).toMatchObject({ ok: false, problem: 'reason_required' });
    expect(checkTransition(MUNICIPALITY_RULES, 'suspend', 'pending', 'x')).toMatchObject({ ok: false, problem: 'illegal' });
    expect(checkTransition(MUNICIPALITY_RULES, 'refuse', 'pending', undefined)).toMatchObject({ ok: false, problem: 'reason_required' });
    expect(checkTransition(REPORT_RULES, 'close', 'closed', undefined)).toMatchObject({ ok: false, problem: 'illegal' });
    expect(checkTransition(REPORT_RULES, 'reopen', 'closed', undefined)).toMatchObject({ ok: false, problem: 'illegal' });
  });

  it('lets a refused or suspended municipality be verified again', () => {
    for (const state of ['pending', 'refused', 'suspended']) expect(checkTransition(MUNICIPALITY_RULES, 'verify', state, undefined)).toEqual({ ok: true, to: 'verified' });
    expect(checkTransition(MUNICIPALITY_RULES, 'verify', 'verified', undefined)).toMatchObject({ ok: false });
  });
});
