// Type-aheads of the member forms, on top of fields that work without JavaScript: the registration form's
// municipality name (over /api/municipality-options; choosing one fills the radio the "find" step would list)
// and the listing form's CPV codes (over /api/cpv-options; choosing one replaces the words being typed by its
// code). ARIA 1.2 combobox: the text field controls a listbox; arrows move, Enter chooses, Escape closes.
document.documentElement.classList.add('js');

let uid = 0;

/** Makes `input` a combobox whose options come from `load(query)`; `choose(option)` acts on a choice. */
function combobox(input, { load, choose, queryOf, statusText }) {
  const id = `combo-${++uid}`;
  const list = document.createElement('ul');
  list.id = `${id}-list`;
  list.className = 'combo-list';
  list.setAttribute('role', 'listbox');
  list.hidden = true;
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  input.after(list, status);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);
  let options = [];
  let active = -1;
  let timer;
  let controller;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (index) => {
    active = index;
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', `${id}-opt-${index}`);
      list.children[index].scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const pick = (index) => {
    const option = options[index];
    if (!option || option.disabled) return;
    choose(option);
    close();
  };
  const render = () => {
    list.replaceChildren(
      ...options.map((option, index) => {
        const li = document.createElement('li');
        li.id = `${id}-opt-${index}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        if (option.disabled) li.setAttribute('aria-disabled', 'true');
        li.textContent = option.label;
        li.addEventListener('mousedown', (event) => {
          event.preventDefault();
          pick(index);
        });
        return li;
      }),
    );
    const open = options.length > 0;
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    status.textContent = statusText(options.length);
    active = -1;
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const query = queryOf();
      if (query.length < 2) {
        options = [];
        render();
        return;
      }
      controller?.abort();
      controller = new AbortController();
      try {
        options = await load(query, controller.signal);
        render();
      } catch (error) {
        if (error.name !== 'AbortError') close();
      }
    }, 200);
  });
  input.addEventListener('keydown', (event) => {
    if (list.hidden) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      highlight(Math.min(options.length - 1, active + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      highlight(Math.max(0, active - 1));
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      pick(active);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
}

// Registration: the municipality.
const picker = document.querySelector('[data-municipality-picker]');
if (picker) {
  const input = picker.querySelector('[data-combobox="municipality"]');
  const country = picker.querySelector('select[name="country"]');
  const results = picker.querySelector('[data-municipality-results]');
  const registeredLabel = picker.dataset.registeredLabel;
  combobox(input, {
    queryOf: () => input.value.trim(),
    statusText: (n) => (n === 0 ? picker.dataset.noneLabel : String(n)),
    async load(query, signal) {
      const params = new URLSearchParams({ q: query });
      if (country?.value) params.set('country', country.value);
      const response = await fetch(`${picker.dataset.source}?${params}`, { signal, headers: { accept: 'application/json' } });
      const body = await response.json();
      return (body.data ?? []).map((m) => {
        const name = m.nameLatin && m.nameLatin !== m.name ? `${m.name} (${m.nameLatin})` : m.name;
        const place = country?.querySelector(`option[value="${m.country}"]`)?.textContent ?? m.country;
        return { value: m.documentId, name, label: `${name}, ${place}${m.registered ? ` — ${registeredLabel}` : ''}`, disabled: m.registered };
      });
    },
    choose(option) {
      input.value = option.name;
      // The same radio the no-JS "find" step shows, already chosen.
      const wrapper = document.createElement('div');
      wrapper.className = 'choice';
      const radio = document.createElement('input');
      Object.assign(radio, { type: 'radio', name: 'municipality', id: `m-${option.value}`, value: option.value, checked: true });
      const label = document.createElement('label');
      label.htmlFor = radio.id;
      label.textContent = option.label;
      wrapper.append(radio, label);
      results.replaceChildren(wrapper);
    },
  });
}

// Listing form: CPV codes.
const cpv = document.querySelector('[data-cpv-picker]');
if (cpv) {
  const input = cpv.querySelector('[data-combobox="cpv"]');
  const lastWords = () => input.value.split(',').pop().trim();
  combobox(input, {
    queryOf: () => (/^\d/.test(lastWords()) && lastWords().length < 3 ? '' : lastWords()),
    statusText: (n) => String(n),
    async load(query, signal) {
      const params = new URLSearchParams({ q: query, locale: cpv.dataset.locale });
      const response = await fetch(`${cpv.dataset.source}?${params}`, { signal, headers: { accept: 'application/json' } });
      const body = await response.json();
      return (body.data ?? []).map((c) => ({ value: c.code, label: `${c.code} ${c.label}` }));
    },
    choose(option) {
      const parts = input.value.split(',').map((p) => p.trim());
      parts[parts.length - 1] = option.value;
      input.value = `${parts.filter(Boolean).join(', ')}, `;
    },
  });
}
