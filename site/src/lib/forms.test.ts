// The forms' shared rules: which return paths are safe after logging in, how the CMS's field codes become
// translated messages beside the right control, and what the listing form sends and refuses.
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../i18n';
import type { CmsRefusal } from './accounts-client';
import { fieldErrorsOf, problemMessage, refusalMessage, safeNext, summaryOf } from './forms';
import { checkImages, listingData, listingFieldOf, readListingForm, MAX_IMAGE_BYTES } from './listing-form';

const en = useTranslations('en');
const de = useTranslations('de');

describe('the way back after logging in', () => {
  it('accepts paths of this portal', () => {
    expect(safeNext('/en/listings/fire-engine-1a2b3c')).toBe('/en/listings/fire-engine-1a2b3c');
    expect(safeNext('/sr-Latn-ME/listings/x/answer')).toBe('/sr-Latn-ME/listings/x/answer');
    expect(safeNext('/de/dashboard?done=posted')).toBe('/de/dashboard?done=posted');
  });

  it('refuses other sites, schemes, odd paths and the log-in page itself', () => {
    for (const bad of ['//evil.example/x', '/\\evil.example', 'https://evil.example/', 'javascript:alert(1)', '/en/login', '/en/logout', 'en/listings', '/en/../admin', '', null, undefined]) {
      expect(safeNext(bad), String(bad)).toBeUndefined();
    }
  });
});

describe('field problems from the CMS', () => {
  const refusal: CmsRefusal = {
    ok: false,
    status: 400,
    message: '2 errors',
    fields: [
      { field: 'title', code: 'too_short', message: 'title: must be at least 3 characters long', params: { min: 3 } },
      { field: 'cpvCodes.1', code: 'unknown_cpv_code', message: 'cpvCodes: "x" is not a CPV 2008 code' },
      { field: 'originalLocale', code: 'unknown_value', message: 'originalLocale: must be one of…' },
    ],
  };

  it('puts each message beside its control, in the visitor’s language, with its numbers', () => {
    const errors = fieldErrorsOf(de, refusal, listingFieldOf);
    expect(errors.title).toBe('Bitte schreiben Sie mindestens 3 Zeichen.');
    expect(errors.cpvCodes).toBe('Einer dieser Codes ist kein CPV-Code.');
    // A field the form does not show goes to the summary.
    expect(errors._form).toBe('Bitte wählen Sie eine der Möglichkeiten.');
    expect(summaryOf(errors, ['_form', 'title', 'cpvCodes']).map((e) => e.id)).toEqual(['_form', 'title', 'cpvCodes']);
  });

  it('reads an unknown code as "not valid" rather than showing a key or English', () => {
    expect(problemMessage(de, { code: 'something_new' })).toBe('Dieser Wert ist ungültig.');
  });

  it('names whole-request refusals by their code, else by their status', () => {
    expect(refusalMessage(en, { ok: false, status: 400, code: 'credentials.invalid', message: '', fields: [] })).toBe('The e-mail address or the password is not correct.');
    expect(refusalMessage(en, { ok: false, status: 403, message: '', fields: [] })).toBe('You are not allowed to do this.');
  });
});

describe('the listing form', () => {
  it('sends typed numbers as numbers, empty fields as null, and every chosen CPV code once', () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({ type: 'offer', kind: 'equipment', cpvCodes: '34144210, 34144000;34144210', title: ' Fire engine ', quantity: '2,5', unit: '', expiresAt: '2030-01-01' })) form.append(k, v);
    form.append('cpvSuggested', '34144000');
    form.append('cpvSuggested', '34114000');
    form.append('delivery', 'pickup');
    form.append('delivery', 'teleport');
    form.append('keepImage', '12|/uploads/a.png|a.png');
    form.append('keepImage', 'x|https://evil.example/a.png|a');
    const values = readListingForm(form);
    const data = listingData(values);
    expect(data).toMatchObject({ title: 'Fire engine', quantity: 2.5, unit: null, cpvCodes: ['34144210', '34144000', '34114000'], delivery: ['pickup'], images: [12] });
    expect(values.images).toEqual([{ id: '12', url: '/uploads/a.png', name: 'a.png' }]);
  });

  it('refuses images of another type, too large, or too many, before uploading anything', () => {
    const png = (size: number) => new File([new Uint8Array(size)], 'a.png', { type: 'image/png' });
    expect(checkImages(en, [png(10)], 0)).toBeUndefined();
    expect(checkImages(en, [new File(['x'], 'a.gif', { type: 'image/gif' })], 0)).toBe('Images must be JPEG, PNG or WebP files.');
    expect(checkImages(en, [png(MAX_IMAGE_BYTES + 1)], 0)).toBe('Each image may be at most 5 MB.');
    expect(checkImages(en, [png(1), png(1)], 7)).toBe('A listing can have at most 8 images.');
  });
});
