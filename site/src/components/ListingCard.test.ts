import { renderHtml } from '../testing/render';
import { describe, expect, it } from 'vitest';
import { germanRequestHit } from './__fixtures__/listing-hit';
import ListingCard from './ListingCard.astro';

const render = (props: Record<string, unknown>) => renderHtml(ListingCard, { props });

describe('ListingCard', () => {
  it('shows a foreign text as it was written, marked with its language, and the rest in the visitor’s language', async () => {
    const html = await render({ hit: germanRequestHit, locale: 'bg' });
    expect(html).toContain('href="/bg/listings/geschaftspartner-fur-unsere-winzer-gesucht-353268"');
    expect(html).toMatch(/<a [^>]*lang="de"[^>]*>Geschäftspartner für unsere Winzer gesucht/);
    expect(html).toContain('data-testid="language-badge" data-language="de"');
    expect(html).toContain('Оригинал: Немски');
    expect(html).toContain('Заявка'); // the type
    expect(html).toContain('Бизнес партньорство'); // the kind
    expect(html).toContain('Спешно');
    expect(html).toContain('Lichtenwörth, Австрия');
    expect(html).toContain('<time datetime="2026-11-27">Публикувана на 27 ноември 2026 г.</time>');
    expect(html).toContain('<h3>');
  });

  it('escapes what the member wrote', async () => {
    const html = await render({ hit: germanRequestHit, locale: 'en' });
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('needs no badge nor lang when the text is in the visitor’s language', async () => {
    const html = await render({ hit: germanRequestHit, locale: 'de', headingLevel: 2 });
    expect(html).not.toContain('language-badge');
    expect(html).not.toContain('lang="de"');
    expect(html).toContain('<h2>');
  });
});
