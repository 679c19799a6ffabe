// The listing form's data: what was posted (kept as typed, to show again with the errors), what the CMS is sent,
// and the portal's own checks of the images (type and size) before they are uploaded with the member's jwt.
import { DELIVERY_MODES, LOCALE_CODES, type LocaleCode } from '@community-sharing/config';
import type { Translate } from '../i18n';
import { texts, text, type FieldErrors } from './forms';

export const MAX_IMAGES = 8;
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const DEFAULT_LIFETIME_DAYS = 90;

/** An image already on the CMS (uploaded in an earlier round or stored with the listing). */
export interface KeptImage {
  id: string;
  url: string;
  name: string;
}

export interface ListingFormValues {
  type: string;
  kind: string;
  cpvCodes: string;
  cpvSuggested: string[];
  title: string;
  description: string;
  translationLocale: string;
  translationTitle: string;
  translationDescription: string;
  quantity: string;
  unit: string;
  condition: string;
  availableFrom: string;
  neededBy: string;
  expiresAt: string;
  delivery: string[];
  workingLanguages: string[];
  images: KeptImage[];
}

/** The form's controls in their order on the page (for the error summary). */
export const LISTING_FIELD_ORDER = [
  '_form', 'type', 'kind', 'cpvCodes', 'title', 'description', 'translationLocale', 'translationTitle', 'translationDescription',
  'quantity', 'unit', 'condition', 'availableFrom', 'neededBy', 'expiresAt', 'delivery', 'workingLanguages', 'images',
];

function addDays(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** An empty form for a new listing written in `locale`. */
export function emptyListingForm(locale: LocaleCode): ListingFormValues {
  return {
    type: 'offer', kind: '', cpvCodes: '', cpvSuggested: [], title: '', description: '', translationLocale: '', translationTitle: '',
    translationDescription: '', quantity: '', unit: '', condition: '', availableFrom: '', neededBy: '', expiresAt: addDays(DEFAULT_LIFETIME_DAYS),
    delivery: [], workingLanguages: [locale], images: [],
  };
}

/** The form's values as the listing stored in the CMS has them. */
export function listingFormFrom(listing: Record<string, any>, locale: LocaleCode): ListingFormValues {
  const cmsUrl = (url: string) => (url.startsWith('/uploads/') ? url : url);
  return {
    ...emptyListingForm(locale),
    type: String(listing.type ?? 'offer'),
    kind: String(listing.kind ?? ''),
    cpvCodes: (listing.cpvCodes ?? []).join(', '),
    title: String(listing.title ?? ''),
    description: String(listing.description ?? ''),
    quantity: listing.quantity == null ? '' : String(listing.quantity),
    unit: String(listing.unit ?? ''),
    condition: String(listing.condition ?? ''),
    availableFrom: String(listing.availableFrom ?? '').slice(0, 10),
    neededBy: String(listing.neededBy ?? '').slice(0, 10),
    expiresAt: String(listing.expiresAt ?? '').slice(0, 10),
    delivery: listing.delivery ?? [],
    workingLanguages: listing.workingLanguages ?? [],
    images: (listing.images ?? []).map((image: { id: number; url: string; name: string }) => ({ id: String(image.id), url: cmsUrl(image.url), name: image.name })),
  };
}

/** Reads a posted listing form (the images already on the CMS come back as hidden fields `keepImage`). */
export function readListingForm(form: FormData): ListingFormValues {
  const kept = texts(form, 'keepImage').map((value) => {
    const [id = '', url = '', ...name] = value.split('|');
    return { id, url, name: name.join('|') };
  }).filter((image) => /^\d+$/.test(image.id) && image.url.startsWith('/uploads/'));
  return {
    type: text(form, 'type'),
    kind: text(form, 'kind'),
    cpvCodes: text(form, 'cpvCodes'),
    cpvSuggested: texts(form, 'cpvSuggested'),
    title: text(form, 'title'),
    description: text(form, 'description'),
    translationLocale: text(form, 'translationLocale'),
    translationTitle: text(form, 'translationTitle'),
    translationDescription: text(form, 'translationDescription'),
    quantity: text(form, 'quantity'),
    unit: text(form, 'unit'),
    condition: text(form, 'condition'),
    availableFrom: text(form, 'availableFrom'),
    neededBy: text(form, 'neededBy'),
    expiresAt: text(form, 'expiresAt'),
    delivery: texts(form, 'delivery').filter((d) => (DELIVERY_MODES as readonly string[]).includes(d)),
    workingLanguages: texts(form, 'workingLanguages').filter((l) => (LOCALE_CODES as readonly string[]).includes(l)),
    images: kept,
  };
}

/** The CPV codes the member chose: typed ones (any separator) and ticked suggestions, without repeats. */
export function chosenCpvCodes(values: ListingFormValues): string[] {
  const typed = values.cpvCodes.split(/[\s,;]+/).map((c) => c.trim()).filter(Boolean);
  return [...new Set([...typed, ...values.cpvSuggested])];
}

/** What the CMS is sent; a number field that is not a number is sent as typed, for the CMS to name. */
export function listingData(values: ListingFormValues): Record<string, unknown> {
  const number = (value: string) => (value === '' ? null : Number.isFinite(Number(value.replace(',', '.'))) ? Number(value.replace(',', '.')) : value);
  const optional = (value: string) => (value === '' ? null : value);
  return {
    type: values.type,
    kind: values.kind,
    cpvCodes: chosenCpvCodes(values),
    title: values.title,
    description: values.description || null,
    quantity: number(values.quantity),
    unit: optional(values.unit),
    condition: optional(values.condition),
    availableFrom: optional(values.availableFrom),
    neededBy: optional(values.neededBy),
    expiresAt: values.expiresAt,
    delivery: values.delivery,
    workingLanguages: values.workingLanguages,
    images: values.images.map((image) => Number(image.id)),
  };
}

/** The new image files of the post (empty file inputs give a nameless empty File, which is left out). */
export function postedImages(form: FormData): File[] {
  return form.getAll('newImages').filter((v): v is File => typeof v === 'object' && v !== null && 'size' in v && (v as File).size > 0);
}

/** The portal's checks of the new images: type, size, and how many the listing would then have. */
export function checkImages(t: Translate, files: File[], keptCount: number): string | undefined {
  if (files.some((file) => !(IMAGE_TYPES as readonly string[]).includes(file.type))) return t('fieldError.imageType');
  if (files.some((file) => file.size > MAX_IMAGE_BYTES)) return t('fieldError.imageSize');
  if (files.length + keptCount > MAX_IMAGES) return t('fieldError.imageCount');
  return undefined;
}

/** Maps a CMS field path to the form's control. */
export function listingFieldOf(path: string): string | undefined {
  const first = path.split('.')[0]!;
  if (first === 'originalLocale') return undefined;
  return LISTING_FIELD_ORDER.includes(first) ? first : undefined;
}

/** The portal's own checks before anything is sent (the CMS checks everything again). */
export function precheckListing(t: Translate, values: ListingFormValues): FieldErrors {
  const errors: FieldErrors = {};
  if ((values.translationTitle || values.translationDescription) && !values.translationLocale) errors.translationLocale = t('fieldError.required');
  if (values.translationLocale && !values.translationTitle) errors.translationTitle = t('fieldError.required');
  return errors;
}
