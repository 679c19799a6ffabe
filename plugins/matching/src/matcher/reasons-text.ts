// The reasons of a match as a short sentence in the reader's language, from the side of the reader's own listing:
// "Same category: Firefighting vehicles · 240 km · available before your deadline". Written here for English,
// German, Bulgarian and French; every other locale gets the English sentence (the portal translates the reason
// data, exported as it is in types.ts, through its own catalogues). CPV labels and kind names come from config,
// numbers and units from Intl.
import { cpvLabel, getLocale, kindLabel, type LocaleCode } from '@community-sharing/config';
import type { CpvMatchLevel, MatchReason, MatchSide } from './types';

/** The locales with sentences of their own. */
export const REASON_LOCALES = ['en', 'de', 'bg', 'fr'] as const;
export type ReasonLocale = (typeof REASON_LOCALES)[number];

type Whose = 'own' | 'theirs';

interface Phrases {
  cpv: Record<CpvMatchLevel, (label: string) => string>;
  sameKind: (kind: string) => string;
  text: string;
  distance: (km: string) => string;
  nearby: (km: string) => string;
  withinRadius: (km: string, whose: Whose) => string;
  dates: Record<'available-before-deadline' | 'available-after-deadline' | 'open', (whose: Whose) => string>;
  quantity: Record<'covers' | 'partial', (offered: string, requested: string) => string>;
  units: Partial<Record<string, string>>;
  editor: string;
}

const PHRASES: Record<ReasonLocale, Phrases> = {
  en: {
    cpv: {
      code: (l) => `Same item: ${l}`,
      class: (l) => `Same category: ${l}`,
      group: (l) => `Related category: ${l}`,
      division: (l) => `Same field: ${l}`,
    },
    sameKind: (k) => `Same kind: ${k}`,
    text: 'similar description',
    distance: (km) => km,
    nearby: (km) => `under ${km}`,
    withinRadius: (km, w) => `within ${w === 'own' ? 'your' : 'their'} ${km} radius`,
    dates: {
      'available-before-deadline': (w) => `available before ${w === 'own' ? 'your' : 'their'} deadline`,
      'available-after-deadline': (w) => `available only after ${w === 'own' ? 'your' : 'their'} deadline`,
      open: () => 'no fixed deadline',
    },
    quantity: {
      covers: (o, r) => `quantity covered (${o} for ${r})`,
      partial: (o, r) => `part of the quantity (${o} of ${r})`,
    },
    units: { piece: 'pcs', person: 'persons', set: 'sets', pallet: 'pallets' },
    editor: 'proposed by an editor',
  },
  de: {
    cpv: {
      code: (l) => `Gleicher Artikel: ${l}`,
      class: (l) => `Gleiche Kategorie: ${l}`,
      group: (l) => `Verwandte Kategorie: ${l}`,
      division: (l) => `Gleicher Bereich: ${l}`,
    },
    sameKind: (k) => `Gleiche Art: ${k}`,
    text: 'ähnliche Beschreibung',
    distance: (km) => km,
    nearby: (km) => `unter ${km}`,
    withinRadius: (km, w) => `innerhalb ${w === 'own' ? 'Ihres' : 'ihres'} Umkreises von ${km}`,
    dates: {
      'available-before-deadline': (w) => `verfügbar vor ${w === 'own' ? 'Ihrer' : 'deren'} Frist`,
      'available-after-deadline': (w) => `erst nach ${w === 'own' ? 'Ihrer' : 'deren'} Frist verfügbar`,
      open: () => 'ohne feste Frist',
    },
    quantity: {
      covers: (o, r) => `Menge gedeckt (${o} für ${r})`,
      partial: (o, r) => `Teil der Menge (${o} von ${r})`,
    },
    units: { piece: 'Stk.', person: 'Pers.', set: 'Sätze', pallet: 'Paletten' },
    editor: 'von der Redaktion vorgeschlagen',
  },
  bg: {
    cpv: {
      code: (l) => `Същият артикул: ${l}`,
      class: (l) => `Същата категория: ${l}`,
      group: (l) => `Сродна категория: ${l}`,
      division: (l) => `Същата област: ${l}`,
    },
    sameKind: (k) => `Същият вид: ${k}`,
    text: 'сходно описание',
    distance: (km) => km,
    nearby: (km) => `под ${km}`,
    withinRadius: (km, w) => `в рамките на ${w === 'own' ? 'вашия' : 'техния'} радиус от ${km}`,
    dates: {
      'available-before-deadline': (w) => `налично преди ${w === 'own' ? 'вашия' : 'техния'} краен срок`,
      'available-after-deadline': (w) => `налично едва след ${w === 'own' ? 'вашия' : 'техния'} краен срок`,
      open: () => 'без краен срок',
    },
    quantity: {
      covers: (o, r) => `количеството е покрито (${o} за ${r})`,
      partial: (o, r) => `част от количеството (${o} от ${r})`,
    },
    units: { piece: 'бр.', person: 'души', set: 'комплекта', pallet: 'палета' },
    editor: 'предложено от редактор',
  },
  fr: {
    cpv: {
      code: (l) => `Même article : ${l}`,
      class: (l) => `Même catégorie : ${l}`,
      group: (l) => `Catégorie voisine : ${l}`,
      division: (l) => `Même domaine : ${l}`,
    },
    sameKind: (k) => `Même type : ${k}`,
    text: 'description similaire',
    distance: (km) => km,
    nearby: (km) => `moins de ${km}`,
    withinRadius: (km, w) => `dans ${w === 'own' ? 'votre' : 'leur'} rayon de ${km}`,
    dates: {
      'available-before-deadline': (w) => `disponible avant ${w === 'own' ? 'votre' : 'leur'} échéance`,
      'available-after-deadline': (w) => `disponible seulement après ${w === 'own' ? 'votre' : 'leur'} échéance`,
      open: () => 'sans échéance fixe',
    },
    quantity: {
      covers: (o, r) => `quantité couverte (${o} pour ${r})`,
      partial: (o, r) => `une partie de la quantité (${o} sur ${r})`,
    },
    units: { piece: 'pièces', person: 'personnes', set: 'lots', pallet: 'palettes' },
    editor: 'proposé par un éditeur',
  },
};

// Units Intl formats itself (the others are written as symbols or with the phrasebook's words).
const INTL_UNITS: Record<string, string> = { kg: 'kilogram', litre: 'liter', m: 'meter', hour: 'hour', day: 'day' };
const SYMBOLS: Record<string, string> = { tonne: 't', m2: 'm²', m3: 'm³' };

/** The locale whose sentences a reader gets. */
export function reasonLocale(locale: LocaleCode | string): ReasonLocale {
  return (REASON_LOCALES as readonly string[]).includes(locale) ? (locale as ReasonLocale) : 'en';
}

/** Capitalises the first letter of a sentence. */
const capitalise = (s: string) => (s ? s.charAt(0).toLocaleUpperCase() + s.slice(1) : s);

/** The reasons as short phrases in the reader's language, in the order given (phrases of unknown reasons are left out). */
export function reasonPhrases(reasons: readonly MatchReason[], locale: LocaleCode | string, perspective: MatchSide): string[] {
  const lang = reasonLocale(locale);
  const p = PHRASES[lang];
  const intl = getLocale(lang).intl;
  const number = (n: number) => new Intl.NumberFormat(intl, { maximumFractionDigits: 2 }).format(n);
  const km = (n: number) => new Intl.NumberFormat(intl, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 0 }).format(n);
  const amount = (n: number, unit: string | null) => {
    if (!unit) return number(n);
    if (INTL_UNITS[unit]) return new Intl.NumberFormat(intl, { style: 'unit', unit: INTL_UNITS[unit], unitDisplay: 'short', maximumFractionDigits: 2 }).format(n);
    return `${number(n)} ${SYMBOLS[unit] ?? p.units[unit] ?? unit}`;
  };
  const phrases: string[] = [];
  for (const reason of reasons ?? []) {
    switch (reason?.kind) {
      case 'cpv': {
        const label = cpvLabel(reason.code, lang)?.label ?? reason.code;
        const phrase = p.cpv[reason.level];
        if (phrase) phrases.push(phrase(label));
        break;
      }
      case 'same-kind': {
        let name: string = reason.listingKind;
        try {
          name = kindLabel(reason.listingKind, lang);
        } catch {
          // an unknown kind keeps its slug
        }
        phrases.push(p.sameKind(name));
        break;
      }
      case 'text':
        phrases.push(p.text);
        break;
      case 'distance':
        phrases.push(reason.km < 1 ? p.nearby(km(1)) : p.distance(km(reason.km)));
        break;
      case 'within-radius':
        phrases.push(p.withinRadius(km(reason.radiusKm), reason.side === perspective ? 'own' : 'theirs'));
        break;
      case 'dates': {
        // The deadline is the request's: "your" for the request's reader, "their" for the offer's.
        // 'open' (no deadline) is no reason worth a phrase.
        const phrase = reason.fit === 'open' ? undefined : p.dates[reason.fit];
        if (phrase) phrases.push(phrase(perspective === 'request' ? 'own' : 'theirs'));
        break;
      }
      case 'quantity': {
        const phrase = p.quantity[reason.fit];
        if (phrase) phrases.push(phrase(amount(reason.offered, reason.unit), amount(reason.requested, reason.unit)));
        break;
      }
      case 'editor':
        phrases.push(p.editor);
        break;
      default:
        break;
    }
  }
  return phrases;
}

/** The reasons as one sentence in the reader's language, phrases joined by " · " (English for locales without sentences). */
export function describeReasons(reasons: readonly MatchReason[], locale: LocaleCode | string, perspective: MatchSide): string {
  return capitalise(reasonPhrases(reasons, locale, perspective).join(' · '));
}
