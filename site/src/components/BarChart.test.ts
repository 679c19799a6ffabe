import { describe, expect, it } from 'vitest';
import { renderHtml } from '../testing/render';
import BarChart from './BarChart.astro';

const data = [
  { key: 'BG', label: 'България', value: 12, valueText: '12' },
  { key: 'DE', label: 'Германия', value: 3, valueText: '3' },
];

describe('BarChart', () => {
  it('draws an SVG named by its title and summary, one bar per datum, and the same figures as a table', async () => {
    const html = await renderHtml(BarChart, {
      props: { locale: 'bg', id: 'by-country', shape: 'rows', title: 'По държави', summary: 'Две държави, водена от България (12).', data, labelHeading: 'Държава', valueHeading: 'Размени' },
    });
    expect(html).toMatch(/<svg [^>]*role="img"[^>]*aria-labelledby="by-country-title by-country-summary"/);
    expect(html).toContain('<h3 id="by-country-title">По държави</h3>');
    expect(html).toContain('<p id="by-country-summary" class="chart-summary">Две държави, водена от България (12).</p>');
    expect(html.match(/<rect class="chart-bar"/g)).toHaveLength(2);
    expect(html).toContain('<title>България: 12</title>');
    expect(html).toContain('<th scope="row">Германия</th><td>3</td>');
    expect(html).toContain('<th scope="col">Държава</th>');
    expect(html).toMatch(/<summary>[^<]+<\/summary>/); // the table's disclosure, in Bulgarian once translated
    expect(html).not.toMatch(/\sstyle="/); // the CSP allows no inline style
  });

  it('labels every third month when there are many, so that labels never overlap', async () => {
    const months = Array.from({ length: 24 }, (_, i) => ({ key: `m${i}`, label: `M${i}`, value: i, valueText: String(i) }));
    const html = await renderHtml(BarChart, {
      props: { locale: 'en', id: 'months', shape: 'columns', title: 'By month', summary: 's', data: months, labelHeading: 'Month', valueHeading: 'Completed' },
    });
    expect(html.match(/<rect class="chart-bar"/g)).toHaveLength(24);
    expect(html.match(/class="chart-label"/g)).toHaveLength(8);
    expect(html.match(/<th scope="row">/g)).toHaveLength(24);
  });
});
