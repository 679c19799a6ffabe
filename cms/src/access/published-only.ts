/**
 * Pins a content-API read of a draft-and-publish type to what the editors published. Strapi 5 answers
 * `?status=draft` to anyone who may read the type, which showed every visitor the editors' unpublished drafts.
 */
export function publishedOnly(ctx: { query: Record<string, unknown> }): void {
  ctx.query = { ...ctx.query, status: 'published' };
}
