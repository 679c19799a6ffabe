// The contract suite's listings: 31 published listings in 20 languages and 3 scripts, every kind, coordinates
// across Europe (one listing without), distinct publication dates. Ids say what each listing is for.
import type { CountryCode, ListingKindSlug, LocaleCode } from '@community-sharing/config';
import type { SearchDocument } from './types';

/** Where a fixture's municipality is. */
interface Place {
  id: string;
  name: string;
  nameLatin?: string;
  country: CountryCode;
  lat?: number;
  lng?: number;
}

const P = {
  sofia: { id: 'mun-stolichna', name: 'Столична', nameLatin: 'Stolichna', country: 'BG', lat: 42.6977, lng: 23.3219 },
  munich: { id: 'mun-muenchen', name: 'München', country: 'DE', lat: 48.1372, lng: 11.5756 },
  beograd: { id: 'mun-beograd', name: 'Београд', country: 'RS', lat: 44.7866, lng: 20.4489 },
  noviBeograd: { id: 'mun-novi-beograd', name: 'Novi Beograd', country: 'RS', lat: 44.8125, lng: 20.4167 },
  athens: { id: 'mun-athina', name: 'Αθήνα', nameLatin: 'Athina', country: 'GR', lat: 37.9838, lng: 23.7275 },
  krakow: { id: 'mun-krakow', name: 'Kraków', country: 'PL', lat: 50.0647, lng: 19.945 },
  lyon: { id: 'mun-lyon', name: 'Lyon', country: 'FR', lat: 45.764, lng: 4.8357 },
  valletta: { id: 'mun-valletta', name: 'Il-Belt Valletta', nameLatin: 'Valletta', country: 'MT', lat: 35.8989, lng: 14.5146 },
  plovdiv: { id: 'mun-plovdiv', name: 'Пловдив', nameLatin: 'Plovdiv', country: 'BG', lat: 42.1354, lng: 24.7453 },
  shumen: { id: 'mun-shumen', name: 'Шумен', nameLatin: 'Shumen', country: 'BG', lat: 43.2712, lng: 26.9361 },
  pernik: { id: 'mun-pernik', name: 'Перник', nameLatin: 'Pernik', country: 'BG', lat: 42.6052, lng: 23.0378 },
  skopje: { id: 'mun-skopje', name: 'Скопје', nameLatin: 'Skopje', country: 'MK', lat: 41.9981, lng: 21.4254 },
  nis: { id: 'mun-nis', name: 'Ниш', country: 'RS', lat: 43.3209, lng: 21.8958 },
  cluj: { id: 'mun-cluj-napoca', name: 'Cluj-Napoca', country: 'RO', lat: 46.7712, lng: 23.6236 },
  zagreb: { id: 'mun-zagreb', name: 'Zagreb', country: 'HR', lat: 45.815, lng: 15.9819 },
  bologna: { id: 'mun-bologna', name: 'Bologna', country: 'IT', lat: 44.4949, lng: 11.3426 },
  valencia: { id: 'mun-valencia', name: 'València', nameLatin: 'Valencia', country: 'ES', lat: 39.4699, lng: -0.3763 },
  porto: { id: 'mun-porto', name: 'Porto', country: 'PT', lat: 41.1579, lng: -8.6291 },
  utrecht: { id: 'mun-utrecht', name: 'Utrecht', country: 'NL', lat: 52.0907, lng: 5.1214 },
  brno: { id: 'mun-brno', name: 'Brno', country: 'CZ', lat: 49.1951, lng: 16.6068 },
  kosice: { id: 'mun-kosice', name: 'Košice', country: 'SK', lat: 48.7164, lng: 21.2611 },
  debrecen: { id: 'mun-debrecen', name: 'Debrecen', country: 'HU', lat: 47.5316, lng: 21.6273 },
  ljubljana: { id: 'mun-ljubljana', name: 'Ljubljana', country: 'SI', lat: 46.0569, lng: 14.5058 },
  cork: { id: 'mun-cork', name: 'Cork', country: 'IE', lat: 51.8985, lng: -8.4756 },
  uppsala: { id: 'mun-uppsala', name: 'Uppsala', country: 'SE', lat: 59.8586, lng: 17.6389 },
  tampere: { id: 'mun-tampere', name: 'Tampere', country: 'FI', lat: 61.4978, lng: 23.761 },
  tirana: { id: 'mun-tirane', name: 'Tiranë', nameLatin: 'Tirana', country: 'AL', lat: 41.3275, lng: 19.8187 },
  podgorica: { id: 'mun-podgorica', name: 'Podgorica', country: 'ME', lat: 42.4304, lng: 19.2594 },
  vilnius: { id: 'mun-vilnius', name: 'Vilnius', country: 'LT' },
  thessaloniki: { id: 'mun-thessaloniki', name: 'Θεσσαλονίκη', nameLatin: 'Thessaloniki', country: 'GR', lat: 40.6401, lng: 22.9444 },
} satisfies Record<string, Place>;

/** The centre of Sofia, for the geo cases. */
export const SOFIA = { lat: 42.6977, lng: 23.3219 };

interface Spec {
  id: string;
  type: 'offer' | 'request';
  kind: ListingKindSlug;
  cpv?: string[];
  locale: LocaleCode;
  title: string;
  description: string;
  /** More locales than the original. */
  translations?: Partial<Record<LocaleCode, { title: string; description: string }>>;
  place: Place;
  delivery: string[];
  languages: LocaleCode[];
  /** MM-DD in 2026. */
  published: string;
  urgent?: boolean;
  /** Coordinates of the listing itself when they differ from the municipality's. */
  at?: { lat: number; lng: number };
}

function listing(s: Spec): SearchDocument {
  const lat = s.at?.lat ?? s.place.lat;
  const lng = s.at?.lng ?? s.place.lng;
  const doc: SearchDocument = {
    id: s.id,
    slug: s.id.replace(/^[a-z]{2}-/, ''),
    type: s.type,
    kind: s.kind,
    cpvCodes: s.cpv ?? [],
    originalLocale: s.locale,
    texts: { [s.locale]: { title: s.title, description: s.description }, ...s.translations },
    municipality: { id: s.place.id, slug: s.place.id.replace(/^mun-/, ''), name: s.place.name },
    country: s.place.country,
    delivery: s.delivery,
    workingLanguages: s.languages,
    publishedAt: `2026-${s.published}T09:00:00.000Z`,
    expiresAt: '2027-06-30',
  };
  if (s.place.nameLatin !== undefined) doc.municipality.nameLatin = s.place.nameLatin;
  if (lat !== undefined && lng !== undefined) {
    doc.lat = lat;
    doc.lng = lng;
  }
  if (s.urgent) doc.urgent = true;
  return doc;
}

/** The fixture listings. */
export const FIXTURES: readonly SearchDocument[] = Object.freeze([
  listing({
    id: 'bg-fire-engine', type: 'offer', kind: 'equipment', cpv: ['34144210'], locale: 'bg', place: P.sofia,
    title: 'Пожарен автомобил в изправност',
    description: 'Столична община предлага безвъзмездно пожарен автомобил с цистерна 3000 л, поддържан редовно.',
    delivery: ['pickup'], languages: ['bg', 'en'], published: '10-01',
  }),
  listing({
    id: 'de-fire-request', type: 'request', kind: 'equipment', cpv: ['34144210'], locale: 'de', place: P.munich,
    title: 'Feuerwehrfahrzeug für die Freiwillige Feuerwehr gesucht',
    description: 'Unsere Gemeinde sucht ein gebrauchtes Löschfahrzeug mit Tragkraftspritze.',
    delivery: ['pickup', 'delivery'], languages: ['de', 'en'], published: '09-14',
  }),
  listing({
    id: 'rs-beograd-school', type: 'offer', kind: 'goods', cpv: ['39160000'], locale: 'sr-Cyrl', place: P.beograd,
    title: 'Школске клупе и столице',
    description: 'Град Београд поклања 40 школских клупа и 80 столица у добром стању.',
    delivery: ['pickup'], languages: ['sr-Cyrl', 'sr-Latn'], published: '08-20',
  }),
  listing({
    id: 'rs-novi-beograd-volunteers', type: 'request', kind: 'volunteers-community', locale: 'sr-Latn', place: P.noviBeograd,
    title: 'Volonteri za čišćenje obale Save',
    description: 'Opština traži mlade volontere za akciju čišćenja obale reke Save u maju.',
    delivery: ['on-site'], languages: ['sr-Latn', 'en'], published: '07-05',
  }),
  listing({
    id: 'gr-athens-waste', type: 'offer', kind: 'expertise', locale: 'el', place: P.athens,
    title: 'Τεχνογνωσία στη διαχείριση αποβλήτων',
    description: 'Ο Δήμος Αθηναίων μοιράζεται την εμπειρία του στην ανακύκλωση και τη διαχείριση αποβλήτων.',
    delivery: ['remote'], languages: ['el', 'en'], published: '06-11',
  }),
  listing({
    id: 'pl-krakow-computers', type: 'request', kind: 'goods', cpv: ['30213000'], locale: 'pl', place: P.krakow,
    title: 'Komputery dla szkoły podstawowej',
    description: 'Szkoła w Krakowie potrzebuje 20 komputerów osobistych do pracowni informatycznej.',
    delivery: ['delivery'], languages: ['pl', 'en'], published: '10-20',
  }),
  listing({
    id: 'fr-lyon-cleaning', type: 'offer', kind: 'services', cpv: ['90600000'], locale: 'fr', place: P.lyon,
    title: 'Nettoyage des espaces publics après un festival',
    description: 'La ville de Lyon propose ses équipes et sa balayeuse pour aider une commune partenaire.',
    delivery: ['on-site'], languages: ['fr', 'en'], published: '05-02',
  }),
  listing({
    id: 'mt-valletta-flood', type: 'request', kind: 'volunteers-emergency', locale: 'mt', place: P.valletta,
    title: 'Voluntiera għall-emerġenza tal-għargħar',
    description: "Il-Belt Valletta qed tfittex voluntiera b'esperjenza fl-emerġenzi tal-għargħar.",
    delivery: ['on-site'], languages: ['mt', 'en'], published: '11-02', urgent: true,
  }),
  listing({
    id: 'bg-plovdiv-medical', type: 'request', kind: 'equipment', cpv: ['33100000'], locale: 'bg', place: P.plovdiv,
    title: 'Медицинско оборудване за здравен кабинет',
    description: 'Училищният здравен кабинет има нужда от кушетка и апарат за кръвно налягане.',
    delivery: ['delivery'], languages: ['bg'], published: '09-30',
  }),
  listing({
    id: 'bg-shumen-materials', type: 'offer', kind: 'materials', cpv: ['44111000'], locale: 'bg', place: P.shumen,
    title: 'Строителни материали след ремонт',
    description: 'Общината дарява тухли, керемиди и дървен материал, останали след ремонт на читалище.',
    delivery: ['pickup'], languages: ['bg', 'en'], published: '04-18',
  }),
  listing({
    id: 'bg-pernik-cleanup', type: 'request', kind: 'volunteers-community', locale: 'bg', place: P.pernik,
    title: 'Младежи доброволци за почистване на парк',
    description: 'Търсим младежи за пролетно почистване на градския парк.',
    delivery: ['on-site'], languages: ['bg'], published: '03-22',
  }),
  listing({
    id: 'mk-skopje-eservices', type: 'offer', kind: 'expertise', locale: 'mk', place: P.skopje,
    title: 'Искуство во електронски општински услуги',
    description: 'Градот нуди обука за воведување на електронски услуги за граѓаните.',
    delivery: ['remote'], languages: ['mk', 'en'], published: '02-14',
  }),
  listing({
    id: 'rs-nis-tractor', type: 'request', kind: 'equipment', cpv: ['16700000'], locale: 'sr-Cyrl', place: P.nis,
    title: 'Потребан трактор за одржавање зелених површина',
    description: 'Град тражи половни трактор са косилицом за паркове.',
    delivery: ['delivery'], languages: ['sr-Cyrl'], published: '10-10',
  }),
  listing({
    id: 'ro-cluj-fire', type: 'offer', kind: 'equipment', cpv: ['34144210', '35110000'], locale: 'ro', place: P.cluj,
    title: 'Autospecială de stingere a incendiilor',
    description: 'Municipiul donează o autospecială de pompieri și echipament de protecție.',
    delivery: ['pickup'], languages: ['ro', 'en', 'hu'], published: '08-01',
  }),
  listing({
    id: 'hr-zagreb-energy', type: 'request', kind: 'services', cpv: ['71314300'], locale: 'hr', place: P.zagreb,
    title: 'Savjetovanje o energetskoj učinkovitosti zgrada',
    description: 'Grad traži stručnjake za energetsku obnovu škola i vrtića.',
    delivery: ['remote', 'on-site'], languages: ['hr', 'en'], published: '07-21',
  }),
  listing({
    id: 'it-bologna-manager', type: 'offer', kind: 'interim-managers', locale: 'it', place: P.bologna,
    title: 'Manager temporaneo per un nuovo servizio sociale',
    description: 'Il Comune mette a disposizione un dirigente esperto per avviare servizi di assistenza domiciliare.',
    delivery: ['on-site', 'remote'], languages: ['it', 'en'], published: '06-30',
  }),
  listing({
    id: 'es-valencia-investment', type: 'request', kind: 'investment', locale: 'es', place: P.valencia,
    title: 'Inversores para una antigua fábrica de cerámica',
    description: 'Buscamos inversores para rehabilitar una fábrica abandonada como centro cultural.',
    delivery: [], languages: ['es', 'en'], published: '05-25',
  }),
  listing({
    id: 'pt-porto-partners', type: 'offer', kind: 'business-partnership', locale: 'pt', place: P.porto,
    title: 'Parceiros para empresas de cortiça',
    description: 'O município procura parceiros europeus para empresas locais de cortiça.',
    delivery: ['remote'], languages: ['pt', 'en', 'es'], published: '04-02',
  }),
  listing({
    id: 'nl-utrecht-furniture', type: 'offer', kind: 'goods', cpv: ['39160000'], locale: 'nl', place: P.utrecht,
    title: 'Schoolmeubilair: tafels en stoelen',
    description: 'De gemeente geeft schoolmeubilair weg na de verbouwing van een basisschool.',
    delivery: ['pickup'], languages: ['nl', 'en', 'de'], published: '09-05',
  }),
  listing({
    id: 'cz-brno-materials', type: 'request', kind: 'materials', cpv: ['44111000'], locale: 'cs', place: P.brno,
    title: 'Stavební materiál pro opravu kulturního domu',
    description: 'Město hledá cihly a střešní tašky pro opravu kulturního domu.',
    delivery: ['delivery'], languages: ['cs', 'sk'], published: '03-03',
  }),
  listing({
    id: 'sk-kosice-computers', type: 'offer', kind: 'equipment', cpv: ['30213000'], locale: 'sk', place: P.kosice,
    title: 'Počítače pre školy a knižnice',
    description: 'Mesto daruje 30 osobných počítačov po výmene techniky na úrade.',
    delivery: ['pickup', 'delivery'], languages: ['sk', 'cs', 'hu'], published: '10-28',
  }),
  listing({
    id: 'hu-debrecen-flood', type: 'request', kind: 'volunteers-emergency', locale: 'hu', place: P.debrecen,
    title: 'Önkéntesek árvízvédelemhez',
    description: 'A város önkénteseket keres homokzsákok töltéséhez az árvízi védekezés idején.',
    delivery: ['on-site'], languages: ['hu'], published: '11-10', urgent: true,
  }),
  listing({
    id: 'si-ljubljana-it', type: 'offer', kind: 'services', cpv: ['72000000'], locale: 'sl', place: P.ljubljana,
    title: 'Pomoč pri digitalizaciji občinskih storitev',
    description: 'Mestna občina ponuja svetovanje pri uvajanju spletnih storitev.',
    delivery: ['remote'], languages: ['sl', 'en', 'hr'], published: '01-19',
  }),
  listing({
    id: 'ie-cork-digital', type: 'request', kind: 'expertise', locale: 'en', place: P.cork,
    title: 'Advice on digital public services',
    description: 'The city council seeks a partner municipality to share its experience with online permits.',
    delivery: ['remote'], languages: ['en', 'ga'], published: '08-12',
  }),
  listing({
    id: 'se-uppsala-medical', type: 'offer', kind: 'equipment', cpv: ['33100000'], locale: 'sv', place: P.uppsala,
    title: 'Medicinsk utrustning till vårdcentral',
    description: 'Kommunen skänker undersökningsbritsar och blodtrycksmätare.',
    delivery: ['pickup'], languages: ['sv', 'en'], published: '07-14',
  }),
  listing({
    id: 'fi-tampere-partners', type: 'request', kind: 'business-partnership', locale: 'fi', place: P.tampere,
    title: 'Yhteistyökumppaneita puuteollisuudelle',
    description: 'Kaupunki etsii kumppaneita paikallisille puualan yrityksille.',
    delivery: ['remote'], languages: ['fi', 'sv', 'en'], published: '02-27',
  }),
  listing({
    id: 'al-tirana-cleanup', type: 'offer', kind: 'volunteers-community', locale: 'sq', place: P.tirana,
    title: 'Vullnetarë të rinj për pastrimin e parqeve',
    description: 'Bashkia ofron grupe vullnetarësh të rinj për aksione pastrimi.',
    delivery: ['on-site'], languages: ['sq', 'en'], published: '06-01',
  }),
  listing({
    id: 'me-podgorica-furniture', type: 'request', kind: 'goods', cpv: ['39160000'], locale: 'sr-Latn-ME', place: P.podgorica,
    title: 'Školski namještaj za novu školu',
    description: 'Glavni grad traži klupe i stolice za novu osnovnu školu.',
    delivery: ['delivery'], languages: ['sr-Latn-ME', 'sr-Latn', 'en'], published: '09-22',
  }),
  listing({
    id: 'bg-sofia-eservices', type: 'offer', kind: 'expertise', locale: 'bg', place: P.sofia, at: { lat: 42.6975, lng: 23.3241 },
    title: 'Електронни услуги за гражданите',
    description: 'Споделяме опита си с онлайн плащане на местни данъци и издаване на разрешителни.',
    translations: {
      en: { title: 'Electronic services for citizens', description: 'We share our experience with online local tax payments and permits.' },
    },
    delivery: ['remote'], languages: ['bg', 'en'], published: '11-15',
  }),
  listing({
    id: 'lt-vilnius-laptops', type: 'offer', kind: 'goods', cpv: ['30213100'], locale: 'lt', place: P.vilnius,
    title: 'Nešiojamieji kompiuteriai mokykloms',
    description: 'Savivaldybė dovanoja 15 nešiojamųjų kompiuterių po įrangos atnaujinimo.',
    delivery: ['delivery'], languages: ['lt', 'en'], published: '05-15',
  }),
  listing({
    id: 'gr-thessaloniki-fire', type: 'request', kind: 'equipment', cpv: ['34144213'], locale: 'el', place: P.thessaloniki,
    title: 'Πυροσβεστικό όχημα για δασική προστασία',
    description: 'Ο Δήμος χρειάζεται πυροσβεστικό όχημα για την προστασία του περιαστικού δάσους.',
    delivery: ['delivery'], languages: ['el'], published: '08-28',
  }),
]);

/** The fixture with this id (throws for a typo in a test). */
export function fixture(id: string): SearchDocument {
  const doc = FIXTURES.find((d) => d.id === id);
  if (!doc) throw new Error(`No fixture ${id}`);
  return doc;
}
