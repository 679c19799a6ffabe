// Editors write pages and news in Markdown; this turns it into HTML that keeps only a safe allowlist of tags
// and attributes (marked does not sanitise; sanitize-html does), so no script, event handler or
// javascript: URL can reach a page.
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

// A private instance: marked's global options are shared by every importer.
const marked = new Marked({ gfm: true, breaks: false, async: false });

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'blockquote', 'pre', 'code', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
    'strong', 'em', 'b', 'i', 's', 'del', 'sub', 'sup', 'mark', 'abbr', 'a', 'img', 'figure', 'figcaption',
    'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'hreflang', 'lang'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    abbr: ['title'],
    th: ['scope', 'colspan', 'rowspan'],
    td: ['colspan', 'rowspan'],
    ol: ['start'],
    '*': ['lang', 'dir'],
  },
  allowedSchemes: ['https', 'http', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['https', 'http'] },
  allowProtocolRelative: false,
  // The page has one h1, its title: a heading 1 in the body becomes a heading 2.
  transformTags: {
    h1: 'h2',
    a: (tagName, attribs) => {
      const external = /^https?:\/\//i.test(attribs.href ?? '');
      return { tagName, attribs: external ? { ...attribs, rel: 'noopener noreferrer' } : attribs };
    },
  },
  allowedClasses: {},
};

// rel is added by the transform above, so it must survive the attribute filter.
OPTIONS.allowedAttributes = { ...(OPTIONS.allowedAttributes as Record<string, string[]>), a: ['href', 'title', 'hreflang', 'lang', 'rel'] };

/** Returns safe HTML for a Markdown text written by an editor ('' for none). */
export function renderMarkdown(markdown: string | null | undefined): string {
  if (!markdown) return '';
  return sanitizeHtml(marked.parse(markdown) as string, OPTIONS);
}

/** Returns an HTML fragment with everything outside the allowlist removed (for HTML that did not come from Markdown). */
export function sanitize(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}
