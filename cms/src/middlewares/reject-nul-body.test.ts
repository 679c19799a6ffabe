import { describe, expect, it } from 'vitest';
import rejectNulBody, { nulPathIn } from './reject-nul-body';

describe('a NUL character in a request body', () => {
  it('is found in any string value or key, with the path to it', () => {
    expect(nulPathIn({ data: { title: 'ok', descriptions: [{ text: 'a' }, { text: 'b\u0000' }] } })).toEqual(['data', 'descriptions', 1, 'text']);
    expect(nulPathIn({ data: { 'x\u0000': 1 } })).toEqual(['data']);
    expect(nulPathIn('\u0000')).toEqual([]);
    expect(nulPathIn({ data: { title: 'no NUL here \u0001', n: 0, list: [null, true] } })).toBeUndefined();
    expect(nulPathIn(undefined)).toBeUndefined();
  });

  it('does not overflow the stack on a deeply nested body', () => {
    let deep: unknown = '\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(nulPathIn(deep)).toHaveLength(100_000);
  });

  it('is answered 400 naming the field inside data, and the route is never reached', async () => {
    const ctx: any = { request: { body: { data: { contact: { name: 'a\u0000' } } } } };
    let reached = false;
    await rejectNulBody()(ctx, async () => {
      reached = true;
    });
    expect(reached).toBe(false);
    expect(ctx.status).toBe(400);
    expect(ctx.body.error.details.errors).toEqual([expect.objectContaining({ path: ['contact', 'name'], code: 'control_characters' })]);
    expect(ctx.body.error.message).toBe('contact.name: must not contain a NUL character');
    const clean: any = { request: { body: { data: { name: 'ok' } } } };
    await rejectNulBody()(clean, async () => {
      reached = true;
    });
    expect(reached).toBe(true);
  });
});
