import { describe, expect, it } from 'vitest';
import filesInSentOrder, { stampPartOrder } from './files-in-sent-order';

describe('files in the order they were sent', () => {
  it('lists each field’s files in the order their parts began, whatever order their writes finished in', async () => {
    const [a, b, c, logo] = [{ name: 'a.png' }, { name: 'b.pdf' }, { name: 'c.jpg' }, { name: 'logo.png' }];
    for (const file of [a, b, logo, c]) stampPartOrder('files', file);
    const ctx: any = { request: { files: { files: [c, b, a], logo } } };
    let reached = false;
    await filesInSentOrder()(ctx, async () => {
      reached = true;
    });
    expect(reached).toBe(true);
    expect(ctx.request.files.files.map((f: { name: string }) => f.name)).toEqual(['a.png', 'b.pdf', 'c.jpg']);
    expect(ctx.request.files.logo).toBe(logo);
  });

  it('passes requests without files through untouched', async () => {
    const ctx: any = { request: { body: { data: {} } } };
    await filesInSentOrder()(ctx, async () => undefined);
    expect(ctx.request).toEqual({ body: { data: {} } });
  });
});
