// Search as you type, on top of the listings page's plain GET form: when the text or a filter changes, fetch the
// same page for the new URL, swap in its filters and results, keep the URL shareable (history), and announce
// the new count politely. Without this script the form works as it is.
const form = document.querySelector('[data-search-form]');
const status = document.querySelector('[data-search-status]');

if (form && status && 'fetch' in window && 'DOMParser' in window) {
  document.documentElement.classList.add('js');
  let controller;
  let timer;
  let sortChosen = document.querySelector('#sort')?.dataset.explicit === 'true';
  // On a narrow screen the results come first: fold the filters until asked for (the stylesheet already shows
  // them folded, see .filters-ready).
  if (window.matchMedia('(max-width: 52rem)').matches) document.querySelector('details[data-filters-panel]')?.removeAttribute('open');
  document.documentElement.classList.add('filters-ready');

  /** The URL the form would submit to, without empty values. */
  const urlOf = () => {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) {
      if (typeof value === 'string' && value.trim() !== '') params.append(name, value.trim());
    }
    // Until the visitor picks an order, the default one applies (best match with words, newest without):
    // typing words must not keep the "newest" that was shown for an empty search.
    if (!sortChosen) params.delete('sort');
    const query = params.toString();
    return form.getAttribute('action') + (query ? `?${query}` : '');
  };

  /** Replaces a region of the page by the same region of the fetched page, keeping focus on the same control. */
  const swap = (fresh, selector) => {
    const current = document.querySelector(selector);
    const next = fresh.querySelector(selector);
    if (!current || !next) return;
    const active = document.activeElement;
    // A panel the visitor folded stays folded.
    const panel = current.querySelector('details[data-filters-panel]');
    if (panel && !panel.open) next.querySelector('details[data-filters-panel]')?.removeAttribute('open');
    const focused = active && current.contains(active) && active instanceof HTMLInputElement ? `input[name="${active.name}"][value="${CSS.escape(active.value)}"]` : active?.id ? `#${CSS.escape(active.id)}` : null;
    current.replaceWith(next);
    const target = focused ? next.querySelector(focused) : null;
    if (!target) return;
    // A filter that moved back under a folded "show all" must not take the focus into a closed <details>
    // (WCAG 2.4.3): unfold every <details> around it first.
    for (let parent = target.parentElement; parent && parent !== next.parentElement; parent = parent.parentElement) {
      if (parent instanceof HTMLDetailsElement && !parent.open) parent.open = true;
    }
    target.focus();
  };

  /** The page's own address as a reader or a crawler sees it: the language menu, hreflang alternates, canonical. */
  const followAddress = (fresh) => {
    const menu = document.querySelector('[data-testid="language-switcher"] nav');
    const freshMenu = fresh.querySelector('[data-testid="language-switcher"] nav');
    if (menu && freshMenu) menu.replaceWith(freshMenu);
    for (const selector of ['link[rel="canonical"]', 'link[rel="alternate"][hreflang]']) {
      document.head.querySelectorAll(selector).forEach((link) => link.remove());
      fresh.head.querySelectorAll(selector).forEach((link) => document.head.append(link));
    }
  };

  // The address whose results are on screen: history entries that differ only by a #fragment (the skip link)
  // are not a new search.
  let shown = location.pathname + location.search;

  const update = async (push) => {
    const url = urlOf();
    controller?.abort();
    controller = new AbortController();
    const results = document.querySelector('[data-search-results]');
    results?.setAttribute('aria-busy', 'true');
    // Say that something is happening only when it takes a while: announcing every keystroke is noise.
    const slow = setTimeout(() => (status.textContent = status.dataset.loadingText ?? ''), 1000);
    try {
      const response = await fetch(url, { headers: { accept: 'text/html' }, signal: controller.signal });
      if (!response.ok && response.status !== 404) throw new Error(String(response.status));
      const fresh = new DOMParser().parseFromString(await response.text(), 'text/html');
      swap(fresh, '[data-search-facets]');
      swap(fresh, '[data-search-results]');
      document.title = fresh.title;
      const heading = fresh.querySelector('h1');
      if (heading) document.querySelector('h1').textContent = heading.textContent;
      followAddress(fresh);
      history[push ? 'pushState' : 'replaceState'](null, '', url);
      shown = location.pathname + location.search;
      const count = document.querySelector('[data-testid="result-count"]');
      status.textContent = count ? count.textContent : '';
    } catch (error) {
      if (error.name === 'AbortError') return;
      // Let the browser do it the plain way.
      window.location.assign(url);
    } finally {
      clearTimeout(slow);
      document.querySelector('[data-search-results]')?.removeAttribute('aria-busy');
    }
  };

  form.addEventListener('input', (event) => {
    if (event.target.name !== 'q') return;
    clearTimeout(timer);
    timer = setTimeout(() => update(false), 300);
  });
  form.addEventListener('change', (event) => {
    if (event.target.name === 'q') return;
    if (event.target.name === 'sort') sortChosen = true;
    clearTimeout(timer);
    update(true);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    update(true);
  });
  // Pagination links: fetch in place too, and bring the reader back to the results' heading.
  form.addEventListener('click', (event) => {
    const link = event.target.closest('.pagination a');
    if (!link || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    fetch(link.href, { headers: { accept: 'text/html' } })
      .then((response) => response.text())
      .then((html) => {
        const fresh = new DOMParser().parseFromString(html, 'text/html');
        swap(fresh, '[data-search-results]');
        followAddress(fresh);
        history.pushState(null, '', link.href);
        shown = location.pathname + location.search;
        const heading = document.getElementById('results-heading');
        heading?.setAttribute('tabindex', '-1');
        heading?.focus();
        status.textContent = document.querySelector('[data-testid="result-count"]')?.textContent ?? '';
      })
      .catch(() => window.location.assign(link.href));
  });
  // Back and forward between searches: show the search of that entry (the plain way), but never reload for an
  // in-page #fragment.
  window.addEventListener('popstate', () => {
    if (location.pathname + location.search !== shown) window.location.reload();
  });
}
