import { factories } from '@strapi/strapi';

/**
 * Pins a content-API read of a draft-and-publish type to what the editors published. Strapi 5 answers
 * `?status=draft` to anyone who may read the type, which showed every visitor the editors' unpublished drafts.
 */
export function publishedOnly(ctx: { query: Record<string, unknown> }): void {
  ctx.query = { ...ctx.query, status: 'published' };
}

/** The core controller of a draft-and-publish type whose reads never show drafts (pages, news). */
export function publishedOnlyController(uid: 'api::article.article' | 'api::page.page') {
  return factories.createCoreController(uid, () => ({
    async find(ctx) {
      publishedOnly(ctx);
      return super.find(ctx);
    },
    async findOne(ctx) {
      publishedOnly(ctx);
      return super.findOne(ctx);
    },
  }));
}
