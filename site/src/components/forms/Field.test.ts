// The form parts rendered with the container API: a control names its hint and error for assistive technology,
// and the summary links each problem to its control.
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../testing/render';
import ErrorSummary from './ErrorSummary.astro';
import Field from './Field.astro';

describe('a form field', () => {
  it('describes the control by its hint and its error and marks it invalid', async () => {
    const html = await renderHtml(Field, { props: { id: 'title', label: 'Title', value: 'Ab', hint: 'Say what it is.', error: 'Please write at least 3 characters.', required: true } });
    expect(html).toContain('<label for="title">Title</label>');
    expect(html).toMatch(/<input[^>]*id="title"[^>]*aria-describedby="title-hint title-error"[^>]*aria-invalid="true"/);
    expect(html).toContain('<p class="field-error" id="title-error">Please write at least 3 characters.</p>');
    expect(html).toContain('value="Ab"');
  });

  it('is neither described nor invalid without hint and error, and keeps the typed text escaped', async () => {
    const html = await renderHtml(Field, { props: { id: 'description', label: 'Description', multiline: true, value: '<script>x</script>' } });
    expect(html).not.toContain('aria-invalid');
    expect(html).not.toContain('aria-describedby');
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;</textarea>');
  });

  it('renders a select with the chosen option', async () => {
    const html = await renderHtml(Field, { props: { id: 'kind', label: 'Kind', value: 'goods', options: [{ value: 'equipment', label: 'Equipment' }, { value: 'goods', label: 'Goods' }], placeholderOption: 'Choose' } });
    expect(html).toMatch(/<option value="goods" selected>Goods<\/option>/);
    expect(html).toContain('<option value="">Choose</option>');
  });
});

describe('the error summary', () => {
  it('counts the problems in the visitor’s language and links each to its field', async () => {
    const html = await renderHtml(ErrorSummary, { props: { locale: 'pl', errors: [{ id: 'title', label: 'Tytuł', message: 'Wypełnij to pole.' }, { id: 'kind', message: 'Wybierz jedną z możliwości.' }] } });
    expect(html).toContain('role="alert"');
    expect(html).toContain('Wystąpiły 2 problemy');
    expect(html).toContain('<a href="#title">Tytuł: Wypełnij to pole.</a>');
    expect(html).toContain('<a href="#kind">');
  });

  it('renders nothing without problems', async () => {
    expect((await renderHtml(ErrorSummary, { props: { locale: 'en', errors: [] } })).trim()).toBe('');
  });
});
