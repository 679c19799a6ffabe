// Deterministic synthetic listings for tests and the benchmark: a seeded PRNG, a small multilingual vocabulary of
// subjects (each with its kind and CPV codes), places spread over Europe. Not demo data: the texts are short
// and formulaic on purpose. The benchmark can swap in richer texts (the CMS's demo phrasebooks) through
// `texts`.
import { mulberry32, type ListingKindSlug, type LocaleCode } from '@community-sharing/config';
import type { MatchableListing, MatchableStatus, MatchSide } from './types';

/** A seeded random source (config's mulberry32) with a few helpers. */
export function createRandom(seed: number) {
  const next = mulberry32(seed);
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
  };
}
export type Random = ReturnType<typeof createRandom>;

/** One subject: what is offered or requested, language-free, with its words per language. */
export interface SyntheticSubject {
  key: string;
  kind: ListingKindSlug;
  /** Codes a listing of this subject may carry (one is picked); empty for kinds without CPV. */
  cpv: readonly string[];
  /** Title and description per locale. */
  texts: Partial<Record<LocaleCode, { offer: [string, string]; request: [string, string] }>>;
}

export const SYNTHETIC_SUBJECTS: readonly SyntheticSubject[] = [
  {
    key: 'fire-engine',
    kind: 'equipment',
    cpv: ['34144210', '34144213', '34144200'],
    texts: {
      en: { offer: ['Used fire engine to give away', 'Our volunteer fire brigade gives away a working fire engine with a water tank.'], request: ['Looking for a fire engine', 'The volunteer fire brigade needs a fire engine in working order.'] },
      de: { offer: ['Feuerwehrfahrzeug abzugeben', 'Unsere Freiwillige Feuerwehr gibt ein fahrbereites Löschfahrzeug mit Wassertank ab.'], request: ['Feuerwehrfahrzeug gesucht', 'Die Freiwillige Feuerwehr braucht ein fahrbereites Feuerwehrfahrzeug.'] },
      bg: { offer: ['Предлагаме пожарен автомобил', 'Доброволното пожарно формирование предоставя изправен пожарен автомобил с цистерна.'], request: ['Търсим пожарен автомобил', 'Доброволната пожарна команда има нужда от изправен пожарен автомобил.'] },
      fr: { offer: ['Camion de pompiers à donner', 'Notre caserne donne un camion de pompiers en état de marche avec citerne.'], request: ['Recherche un camion de pompiers', 'Les pompiers volontaires ont besoin d\'un véhicule d\'incendie en état de marche.'] },
      pl: { offer: ['Oddamy wóz strażacki', 'Ochotnicza straż pożarna przekaże sprawny wóz strażacki z beczkowozem.'], request: ['Szukamy wozu strażackiego', 'Ochotnicza straż pożarna potrzebuje sprawnego wozu strażackiego.'] },
    },
  },
  {
    key: 'school-computers',
    kind: 'equipment',
    cpv: ['30213000', '30213300', '30231000'],
    texts: {
      en: { offer: ['Desktop computers for a school', 'We give away twenty desktop computers with monitors, in good condition.'], request: ['Computers needed for our school', 'Our primary school needs desktop computers and monitors for its computer room.'] },
      de: { offer: ['Computer für eine Schule abzugeben', 'Wir geben zwanzig Desktop-Computer mit Bildschirmen in gutem Zustand ab.'], request: ['Computer für unsere Schule gesucht', 'Unsere Grundschule braucht Computer und Bildschirme für den Computerraum.'] },
      bg: { offer: ['Настолни компютри за училище', 'Предоставяме двадесет настолни компютъра с монитори в добро състояние.'], request: ['Търсим компютри за училището', 'Нашето основно училище има нужда от компютри и монитори за компютърния кабинет.'] },
      fr: { offer: ['Ordinateurs de bureau pour une école', 'Nous donnons vingt ordinateurs de bureau avec écrans, en bon état.'], request: ['Ordinateurs recherchés pour notre école', 'Notre école primaire a besoin d\'ordinateurs et d\'écrans pour sa salle informatique.'] },
      pl: { offer: ['Komputery stacjonarne dla szkoły', 'Przekażemy dwadzieścia komputerów stacjonarnych z monitorami w dobrym stanie.'], request: ['Potrzebne komputery dla szkoły', 'Nasza szkoła podstawowa potrzebuje komputerów i monitorów do pracowni.'] },
    },
  },
  {
    key: 'hospital-beds',
    kind: 'goods',
    cpv: ['33192100', '33192000', '33192120'],
    texts: {
      en: { offer: ['Hospital beds to give away', 'Ten adjustable hospital beds with mattresses from our health centre.'], request: ['Beds needed for a nursing home', 'Our nursing home needs adjustable beds with mattresses.'] },
      de: { offer: ['Krankenhausbetten abzugeben', 'Zehn verstellbare Krankenhausbetten mit Matratzen aus unserem Gesundheitszentrum.'], request: ['Pflegebetten gesucht', 'Unser Pflegeheim braucht verstellbare Betten mit Matratzen.'] },
      bg: { offer: ['Болнични легла', 'Десет регулируеми болнични легла с матраци от здравния център.'], request: ['Търсим легла за дом за възрастни', 'Домът за възрастни хора има нужда от регулируеми легла с матраци.'] },
      fr: { offer: ['Lits d\'hôpital à donner', 'Dix lits d\'hôpital réglables avec matelas de notre centre de santé.'], request: ['Lits recherchés pour une maison de retraite', 'Notre maison de retraite a besoin de lits réglables avec matelas.'] },
      pl: { offer: ['Oddamy łóżka szpitalne', 'Dziesięć regulowanych łóżek szpitalnych z materacami z ośrodka zdrowia.'], request: ['Potrzebne łóżka dla domu opieki', 'Nasz dom opieki potrzebuje regulowanych łóżek z materacami.'] },
    },
  },
  {
    key: 'road-salt',
    kind: 'materials',
    cpv: ['34927100', '14410000'],
    texts: {
      en: { offer: ['Road salt left over', 'Forty tonnes of road salt for winter maintenance, stored dry.'], request: ['Road salt for the winter', 'We need road salt for winter road maintenance.'] },
      de: { offer: ['Streusalz übrig', 'Vierzig Tonnen Streusalz für den Winterdienst, trocken gelagert.'], request: ['Streusalz für den Winter gesucht', 'Wir brauchen Streusalz für den Winterdienst auf unseren Straßen.'] },
      bg: { offer: ['Сол за пътища', 'Четиридесет тона сол за зимно поддържане на пътищата.'], request: ['Търсим сол за пътищата', 'Имаме нужда от сол за зимното поддържане на пътищата.'] },
      fr: { offer: ['Sel de déneigement disponible', 'Quarante tonnes de sel de voirie pour la viabilité hivernale.'], request: ['Sel de voirie pour l\'hiver', 'Nous avons besoin de sel de déneigement pour l\'entretien hivernal des routes.'] },
      pl: { offer: ['Sól drogowa do oddania', 'Czterdzieści ton soli drogowej do zimowego utrzymania dróg.'], request: ['Potrzebna sól drogowa', 'Potrzebujemy soli drogowej do zimowego utrzymania dróg.'] },
    },
  },
  {
    key: 'snow-clearing',
    kind: 'services',
    cpv: ['90620000', '90630000'],
    texts: {
      en: { offer: ['Snow clearing with our vehicles', 'Our snow ploughs can clear the roads of neighbouring villages.'], request: ['Help with snow clearing', 'We need snow clearing of local roads this winter.'] },
      de: { offer: ['Schneeräumung mit unseren Fahrzeugen', 'Unsere Schneepflüge räumen auch Straßen in Nachbarorten.'], request: ['Hilfe beim Schneeräumen gesucht', 'Wir brauchen Schneeräumung auf Gemeindestraßen in diesem Winter.'] },
      bg: { offer: ['Почистване на сняг с наша техника', 'Нашите снегорини могат да почистват пътищата на съседни села.'], request: ['Търсим помощ за почистване на сняг', 'Имаме нужда от почистване на сняг по местните пътища.'] },
      fr: { offer: ['Déneigement avec nos véhicules', 'Nos chasse-neige peuvent déneiger les routes des villages voisins.'], request: ['Aide au déneigement', 'Nous avons besoin de déneigement des routes communales cet hiver.'] },
      pl: { offer: ['Odśnieżanie naszym sprzętem', 'Nasze pługi śnieżne mogą odśnieżać drogi sąsiednich wsi.'], request: ['Pomoc przy odśnieżaniu', 'Potrzebujemy odśnieżania dróg gminnych tej zimy.'] },
    },
  },
  {
    key: 'park-clean-up',
    kind: 'volunteers-community',
    cpv: [],
    texts: {
      en: { offer: ['Volunteers for a park clean-up', 'Our youth group helps clean parks and plant trees in spring.'], request: ['Volunteers wanted to clean the park', 'We look for volunteers to clean the town park and plant trees.'] },
      de: { offer: ['Freiwillige für die Parkreinigung', 'Unsere Jugendgruppe hilft beim Reinigen von Parks und beim Pflanzen von Bäumen.'], request: ['Freiwillige für die Reinigung des Parks gesucht', 'Wir suchen Freiwillige, die den Stadtpark reinigen und Bäume pflanzen.'] },
      bg: { offer: ['Доброволци за почистване на парк', 'Младежката група помага за почистване на паркове и засаждане на дървета.'], request: ['Търсим доброволци за почистване на парка', 'Търсим доброволци за почистване на градския парк и засаждане на дървета.'] },
      fr: { offer: ['Bénévoles pour nettoyer un parc', 'Notre groupe de jeunes aide au nettoyage des parcs et à la plantation d\'arbres.'], request: ['Bénévoles pour le nettoyage du parc', 'Nous cherchons des bénévoles pour nettoyer le parc municipal et planter des arbres.'] },
      pl: { offer: ['Wolontariusze do sprzątania parku', 'Nasza grupa młodzieży pomaga sprzątać parki i sadzić drzewa.'], request: ['Szukamy wolontariuszy do sprzątania parku', 'Szukamy wolontariuszy do sprzątania parku miejskiego i sadzenia drzew.'] },
    },
  },
  {
    key: 'eu-funding',
    kind: 'expertise',
    cpv: [],
    texts: {
      en: { offer: ['Our team helps with EU funding applications', 'We have written thirty successful EU project applications and share templates.'], request: ['Help with our first EU project application', 'We need advice on preparing an application for EU funding.'] },
      de: { offer: ['Unser Team hilft bei EU-Förderanträgen', 'Wir haben dreißig erfolgreiche EU-Projektanträge geschrieben und teilen Vorlagen.'], request: ['Hilfe beim ersten EU-Projektantrag', 'Wir brauchen Rat bei der Vorbereitung eines Antrags auf EU-Fördermittel.'] },
      bg: { offer: ['Помагаме с проекти по европейски програми', 'Написали сме тридесет успешни проекта по програми на ЕС и споделяме образци.'], request: ['Търсим помощ за първия проект по програма на ЕС', 'Имаме нужда от съвет за подготовка на проектно предложение за европейско финансиране.'] },
      fr: { offer: ['Notre équipe aide aux demandes de fonds européens', 'Nous avons rédigé trente projets européens réussis et partageons nos modèles.'], request: ['Aide pour notre premier projet européen', 'Nous avons besoin de conseils pour préparer une demande de financement européen.'] },
      pl: { offer: ['Pomagamy przy wnioskach o fundusze UE', 'Napisaliśmy trzydzieści udanych wniosków projektowych UE i dzielimy się wzorami.'], request: ['Pomoc przy pierwszym wniosku o fundusze UE', 'Potrzebujemy porady przy przygotowaniu wniosku o dofinansowanie z funduszy europejskich.'] },
    },
  },
  {
    key: 'thermal-spring',
    kind: 'investment',
    cpv: [],
    texts: {
      en: { offer: ['Thermal spring for a spa investor', 'Our municipality offers a thermal spring and land for a spa resort.'], request: ['Investor wanted for a thermal spring', 'We look for an investor to develop our thermal spring for spa tourism.'] },
      de: { offer: ['Thermalquelle für einen Investor', 'Unsere Gemeinde bietet eine Thermalquelle und Grundstücke für ein Kurbad.'], request: ['Investor für Thermalquelle gesucht', 'Wir suchen einen Investor, der unsere Thermalquelle für den Kurtourismus erschließt.'] },
      bg: { offer: ['Минерален извор за инвеститор', 'Общината предлага минерален извор и терен за балнеологичен курорт.'], request: ['Търсим инвеститор за минерален извор', 'Търсим инвеститор за развитие на минералния извор за балнеотуризъм.'] },
      fr: { offer: ['Source thermale pour un investisseur', 'Notre commune propose une source thermale et un terrain pour une station thermale.'], request: ['Investisseur recherché pour une source thermale', 'Nous cherchons un investisseur pour développer notre source thermale.'] },
      pl: { offer: ['Źródło termalne dla inwestora', 'Gmina oferuje źródło termalne i teren pod uzdrowisko.'], request: ['Szukamy inwestora dla źródła termalnego', 'Szukamy inwestora, który zagospodaruje źródło termalne dla turystyki uzdrowiskowej.'] },
    },
  },
];

/** Where municipalities are: a box over Europe (latitude 36–60, longitude -8–28). */
export function syntheticPlace(random: Random): { lat: number; lng: number } {
  return { lat: 36 + random.next() * 24, lng: -8 + random.next() * 36 };
}

const STATUSES: readonly MatchableStatus[] = ['published', 'published', 'published', 'published', 'published', 'published', 'published', 'published', 'pending', 'closed'];

/** A text source: returns the title and description of a subject for a side and a locale, or undefined. */
export type TextSource = (subject: string, side: MatchSide, locale: LocaleCode, random: Random) => [string, string] | undefined;

/** The built-in texts of SYNTHETIC_SUBJECTS. */
const builtInTexts: TextSource = (subject, side, locale) => {
  const s = SYNTHETIC_SUBJECTS.find((x) => x.key === subject);
  return s?.texts[locale]?.[side];
};

export interface SyntheticOptions {
  seed?: number;
  /** Subjects to draw from (default SYNTHETIC_SUBJECTS). */
  subjects?: readonly { key: string; kind: ListingKindSlug; cpv: readonly string[] }[];
  /** Locales to write in (default: those of the built-in texts). */
  locales?: readonly LocaleCode[];
  texts?: TextSource;
  /** How many municipalities the listings belong to. */
  municipalities?: number;
  /** The day the listings are made (expiry and dates are around it). */
  today?: string;
  /** Share of listings that are not published (pending, closed): default 0.2. */
  unpublishedShare?: number;
  idPrefix?: string;
}

const addDays = (iso: string, days: number) => new Date(Date.parse(iso + 'T00:00:00Z') + days * 86_400_000).toISOString().slice(0, 10);

/** Generates `count` listings, deterministically for a seed. */
export function syntheticListings(count: number, options: SyntheticOptions = {}): MatchableListing[] {
  const random = createRandom(options.seed ?? 1);
  const subjects = options.subjects ?? SYNTHETIC_SUBJECTS;
  const locales = options.locales ?? (['en', 'de', 'bg', 'fr', 'pl'] as const);
  const texts = options.texts ?? builtInTexts;
  const today = options.today ?? '2026-01-15';
  const municipalityCount = options.municipalities ?? Math.max(10, Math.round(count / 20));
  const municipalities = Array.from({ length: municipalityCount }, (_, i) => ({
    id: `m${i}`,
    ...syntheticPlace(random),
    locale: random.pick(locales),
  }));
  const unpublished = options.unpublishedShare ?? 0.2;
  const out: MatchableListing[] = [];
  for (let i = 0; i < count; i++) {
    const subject = random.pick(subjects);
    const municipality = random.pick(municipalities);
    const type: MatchSide = random.chance(0.5) ? 'offer' : 'request';
    const locale = random.chance(0.9) ? municipality.locale : random.pick(locales);
    const [title, description] = texts(subject.key, type, locale, random) ?? texts(subject.key, type, 'en', random) ?? [subject.key, subject.key];
    const status: MatchableStatus = random.chance(unpublished) ? random.pick(STATUSES.slice(8)) : 'published';
    const listing: MatchableListing = {
      id: `${options.idPrefix ?? 'l'}${i}`,
      type,
      kind: subject.kind,
      cpvCodes: subject.cpv.length > 0 ? [random.pick(subject.cpv)] : [],
      locale,
      title,
      description,
      lat: municipality.lat,
      lng: municipality.lng,
      expiresAt: addDays(today, random.int(-10, 120)),
      municipalityId: municipality.id,
      status,
    };
    if (random.chance(0.15)) listing.radiusKm = random.pick([50, 100, 200, 500]);
    if (type === 'offer' && random.chance(0.5)) listing.availableFrom = addDays(today, random.int(-30, 60));
    if (type === 'request' && random.chance(0.5)) listing.neededBy = addDays(today, random.int(0, 90));
    if (subject.cpv.length > 0 && random.chance(0.6)) {
      listing.quantity = random.int(1, 40);
      listing.unit = 'piece';
    }
    out.push(listing);
  }
  return out;
}
