import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('renders the Markdown editors write', () => {
    const html = renderMarkdown('# About\n\nWe share **offers** and [requests](/en/listings).\n\n1. Register\n2. Post');
    expect(html).toContain('<h2>About</h2>');
    expect(html).toContain('<strong>offers</strong>');
    expect(html).toContain('<a href="/en/listings">requests</a>');
    expect(html).toContain('<ol>');
  });

  it('strips scripts, event handlers and javascript: URLs', () => {
    const html = renderMarkdown(
      'Hi <script>alert(1)</script>\n\n<img src="x.png" onerror="alert(2)">\n\n[click](javascript:alert(3)) <a href="JaVaScRiPt:alert(4)">x</a> <iframe src="https://evil.example"></iframe> <p style="color:red" onclick="alert(5)">p</p>',
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/onerror|onclick/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/<iframe/i);
    expect(html).not.toMatch(/style=/i);
    expect(html).toContain('Hi');
  });

  it('keeps safe links, marking external ones', () => {
    expect(renderMarkdown('[NAMRB](https://www.namrb.org)')).toContain('<a href="https://www.namrb.org" rel="noopener noreferrer">NAMRB</a>');
    expect(renderMarkdown('[mail](mailto:info@example.eu)')).toContain('href="mailto:info@example.eu"');
  });

  it('returns nothing for nothing', () => {
    expect(renderMarkdown(null)).toBe('');
    expect(renderMarkdown('')).toBe('');
  });
});
