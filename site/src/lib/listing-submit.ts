// What the new and edit pages of a listing do with a post: suggest CPV codes (a round trip that only fills the
// suggestions), or upload the new images through the portal to the CMS with the member's jwt, then save the
// listing, then its optional translation.
import type { LocaleCode } from '@community-sharing/config';
import { cpvLabel } from '@community-sharing/config';
import type { Translate } from '../i18n';
import { accounts } from './accounts-client';
import { fieldErrorsOf, refusalMessage, summaryOf, text, type FieldErrors } from './forms';
import { LISTING_FIELD_ORDER, checkImages, listingData, listingFieldOf, postedImages, precheckListing, readListingForm, type ListingFormValues } from './listing-form';

export interface ListingSubmission {
  values: ListingFormValues;
  errors: FieldErrors;
  suggestions: { code: string; label: string }[];
  /** The saved listing's documentId when everything went through. */
  savedId?: string;
}

/** The CMS's CPV suggestions for the title and description, with their labels in the member's language. */
export async function suggestionsFor(values: ListingFormValues, locale: LocaleCode): Promise<{ code: string; label: string }[]> {
  const words = `${values.title} ${values.description}`.trim();
  if (words.length < 3) return [];
  const result = await accounts.cpvSuggestions(words, locale, 6);
  if (!result.ok) return [];
  return (result.data.suggestions ?? []).map((s) => ({ code: s.code, label: cpvLabel(s.code, locale)?.label ?? s.label ?? '' }));
}

export async function handleListingPost(options: { form: FormData; jwt: string; locale: LocaleCode; t: Translate; documentId?: string }): Promise<ListingSubmission> {
  const { form, jwt, locale, t, documentId } = options;
  const values = readListingForm(form);
  const action = text(form, 'action');
  const errors: FieldErrors = {};
  if (action === 'suggest') return { values, errors, suggestions: await suggestionsFor(values, locale) };

  Object.assign(errors, precheckListing(t, values));
  const files = postedImages(form);
  const imageProblem = checkImages(t, files, values.images.length);
  if (imageProblem) errors.images = imageProblem;
  if (Object.keys(errors).length > 0) return { values, errors, suggestions: [] };

  // The images first: once on the CMS they come back as kept images, so a listing refused for another field
  // does not make the member choose their files again.
  if (files.length > 0) {
    const uploaded = await accounts.upload(jwt, files);
    if (!uploaded.ok) {
      // The CMS checks the files again (by content): its codes say which rule a file broke.
      const problem = uploaded.fields.length > 0 ? fieldErrorsOf(t, uploaded, () => 'images').images : refusalMessage(t, uploaded);
      return { values, errors: { images: problem ?? t('fieldError.imageType') }, suggestions: [] };
    }
    values.images.push(...uploaded.data.map((file) => ({ id: String(file.id), url: file.url, name: file.name })));
  }

  const data = listingData(values);
  const saved = documentId ? await accounts.updateListing(jwt, documentId, undefined, data) : await accounts.createListing(jwt, locale, data);
  if (!saved.ok) {
    Object.assign(errors, fieldErrorsOf(t, saved, listingFieldOf));
    if (saved.fields.length === 0) errors._form = refusalMessage(t, saved);
    return { values, errors, suggestions: [] };
  }
  const savedId = saved.data.data.documentId;
  if (values.translationLocale && values.translationTitle) {
    const translated = await accounts.updateListing(jwt, savedId, values.translationLocale, { title: values.translationTitle, description: values.translationDescription || null });
    if (!translated.ok) {
      Object.assign(errors, fieldErrorsOf(t, translated, (path) => (path === 'title' ? 'translationTitle' : path === 'description' ? 'translationDescription' : undefined)));
      if (translated.fields.length === 0) errors.translationLocale = refusalMessage(t, translated);
      return { values, errors, suggestions: [], savedId };
    }
  }
  return { values, errors, suggestions: [], savedId };
}

/** The summary entries with the labels of their controls. */
export function listingSummary(t: Translate, errors: FieldErrors) {
  const labels: Record<string, string> = {
    type: t('listingForm.type'),
    kind: t('listing.fieldKind'),
    cpvCodes: t('listing.fieldCategories'),
    title: t('dashboard.colTitle'),
    description: t('listing.description'),
    translationLocale: t('listingForm.translationLanguage'),
    translationTitle: t('listingForm.translationTitle'),
    translationDescription: t('listingForm.translationDescription'),
    quantity: t('listing.fieldQuantity'),
    unit: t('listingForm.unit'),
    condition: t('listing.fieldCondition'),
    availableFrom: t('listing.fieldAvailableFrom'),
    neededBy: t('listing.fieldNeededBy'),
    expiresAt: t('listing.fieldOpenUntil'),
    delivery: t('listing.fieldDelivery'),
    workingLanguages: t('listing.fieldWorkingLanguages'),
    images: t('listing.photos'),
  };
  return summaryOf(errors, LISTING_FIELD_ORDER).map((e) => ({ ...e, label: labels[e.id] }));
}
