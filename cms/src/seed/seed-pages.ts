import type { Core } from '@strapi/strapi';

/** The association's first pages and a news article, in English; editors translate and extend them in the admin. */
export async function seedPages(strapi: Core.Strapi): Promise<void> {
  const pages = [
    {
      slug: 'about',
      title: 'About Community Sharing',
      summary: 'Municipalities give each other, free of charge, what one has and another needs.',
      body: 'Community Sharing is run by the National Association of Municipalities in the Republic of Bulgaria (NAMRB) for the municipalities of the European Union and the Western Balkans.\n\nA municipality registers, is verified by the association\'s editors, and then posts **offers** and **requests**: expertise, experienced managers, volunteers, equipment, goods, materials, services, investment opportunities and business partnerships.',
    },
    {
      slug: 'how-it-works',
      title: 'How it works',
      summary: 'Register, post, get matched, exchange.',
      body: '1. Register your municipality and its contact person.\n2. Once an editor has verified it, post what you offer and what you need.\n3. The platform shows you the offers that match your needs, across languages.\n4. Agree the hand-over in messages and confirm it when it is done.',
    },
    {
      slug: 'privacy',
      title: 'Privacy',
      summary: 'What we keep about you and why.',
      body: 'We keep the data a municipality gives us to run the exchanges it asks for. Contact details of persons are shown only to members of verified municipalities. A member can download everything stored about them and delete their account at any time.',
    },
  ];
  for (const page of pages) {
    const exists = await strapi.db.query('api::page.page').count({ where: { slug: page.slug } });
    if (exists) continue;
    const created = await strapi.documents('api::page.page').create({ locale: 'en', data: { ...page, showInFooter: true } as any });
    await strapi.documents('api::page.page').publish({ documentId: created.documentId, locale: 'en' });
  }
  const news = await strapi.db.query('api::article.article').count({ where: { slug: 'platform-opens' } });
  if (!news) {
    const article = await strapi.documents('api::article.article').create({
      locale: 'en',
      data: {
        slug: 'platform-opens',
        title: 'Community Sharing opens to the municipalities of Europe',
        summary: 'The platform proposed by NAMRB to CEMR and the European Committee of the Regions is open.',
        body: 'From today, municipalities of the EU-27 and the Western Balkans can register and share what they have with those who need it.',
        date: new Date().toISOString().slice(0, 10),
      } as any,
    });
    await strapi.documents('api::article.article').publish({ documentId: article.documentId, locale: 'en' });
  }
}
