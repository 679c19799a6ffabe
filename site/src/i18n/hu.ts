// The portal's interface strings in Hungarian. Keys and order follow en.ts; see README.md for the rules.
// Identical to English on purpose (as allowed by same-as-english.ts): site.name (brand), facet.valueWithCount,
// card.place, unit.kg, unit.m, unit.m2, unit.m3 (placeholders and bare units only).
import type { Catalog } from './en';

const hu: Catalog = {
  // The platform's name is a brand: it stays as it is in every language.
  'site.name': 'Community Sharing',
  'site.description':
    'Az Európai Unió és a Nyugat-Balkán önkormányzatai ingyenesen átadják egymásnak azt, ami az egyiknek megvan, a másiknak pedig szüksége van rá.',

  // Page frame
  'frame.skipLink': 'Ugrás a fő tartalomra',
  'frame.mainNav': 'Fő navigáció',
  'frame.listings': 'Hirdetések',
  'frame.municipalities': 'Önkormányzatok',
  'frame.news': 'Hírek',
  'frame.login': 'Bejelentkezés',
  'frame.language': 'Nyelv',
  'frame.languageChoose': 'Válasszon nyelvet',
  'frame.footerNav': 'A platformról',
  'frame.footerText':
    'Az önkormányzatok nemzeti szövetségeinek platformja, amely az Európai Unió és a Nyugat-Balkán minden önkormányzata előtt nyitva áll.',
  'frame.feed': 'Az új hirdetések hírcsatornája',
  'frame.sitemap': 'Oldaltérkép',

  // Home page
  'home.title': 'Önkormányzatok, amelyek megosztják, amijük van, azokkal, akiknek szükségük van rá',
  'home.intro':
    'A Community Sharing az a hely, ahol az Európai Unió és a Nyugat-Balkán önkormányzatai ingyenesen átadják egymásnak azt, ami az egyiknek megvan, a másiknak pedig szüksége van rá: szakértelmet, tapasztalt vezetőket, önkénteseket, felszereléseket, árukat, anyagokat és szolgáltatásokat. Abban is segít, hogy befektetőket találjanak a kihasználatlan helyi erőforrásokhoz, és partnereket a helyi vállalkozásoknak.',
  'home.browseAll': 'Az összes hirdetés böngészése',
  'home.figuresHeading': 'A platform számokban',
  'home.latestOffers': 'Legújabb ajánlatok',
  'home.latestRequests': 'Legújabb igények',
  'home.allOffers': 'Az összes ajánlat',
  'home.allRequests': 'Az összes igény',
  'home.nothingYet': 'Ide még nem tettek közzé semmit.',
  'home.kindsHeading': 'Amit az önkormányzatok megosztanak',
  'home.kindCount': '{count, plural, =0 {Nincs aktív hirdetés} one {# aktív hirdetés} other {# aktív hirdetés}}',

  // Live figures: the number is shown large above these words, so they carry no number themselves.
  'stats.municipalities': '{count, plural, one {tagönkormányzat} other {tagönkormányzat}}',
  'stats.countries': '{count, plural, one {ország} other {ország}}',
  'stats.openOffers': '{count, plural, one {aktív ajánlat} other {aktív ajánlat}}',
  'stats.openRequests': '{count, plural, one {aktív igény} other {aktív igény}}',
  'stats.completedExchanges': '{count, plural, one {megvalósult csere} other {megvalósult csere}}',

  // Listing types
  'type.offer': 'Ajánlat',
  'type.request': 'Igény',
  'type.offers': 'Ajánlatok',
  'type.requests': 'Igények',
  'listing.urgent': 'Sürgős',

  // Search page
  'search.title': 'Hirdetések',
  'search.titleOffers': 'Ajánlatok',
  'search.titleRequests': 'Igények',
  'search.intro': 'Keressen mindabban, amit az önkormányzatok kínálnak és kérnek, a platform összes nyelvén.',
  'search.label': 'Keresés a hirdetésekben',
  'search.hint': 'Például: tűzoltóautó, iskolai bútorok, önkéntesek szemétszedéshez',
  'search.submit': 'Keresés',
  'search.filters': 'Szűrők',
  'search.applyFilters': 'Szűrők alkalmazása',
  'search.clearFilters': 'Összes szűrő törlése',
  'search.sort': 'Rendezés',
  'search.sortRelevance': 'Legjobb egyezés',
  'search.sortNewest': 'Legújabbak elöl',
  'search.resultsHeading': 'Találatok',
  'search.resultCount':
    '{count, plural, =0 {Nem található hirdetés} one {# hirdetés található} other {# hirdetés található}}',
  'search.noResultsHint': 'Próbálkozzon más vagy kevesebb szóval, vagy töröljön néhány szűrőt.',
  'search.invalidParameters':
    'Néhány keresési beállítást nem sikerült értelmezni, ezért ezeket figyelmen kívül hagytuk.',
  'search.loading': 'A találatok frissítése folyamatban…',
  'search.sortNearest': 'Legközelebbiek elöl',
  'distance.legend': 'Távolság',
  'distance.near': 'Önkormányzat közelében',
  'distance.nearHint': 'Egy tagönkormányzat neve, bármely írásrendszerben: például Pécs',
  'distance.radius': 'Körzet',
  'distance.anyRadius': 'Bármilyen távolság',
  'distance.radiusValue': '{km} km',
  'distance.found': 'A távolságokat innen mérjük: {place}.',
  'distance.notFound': 'Nincs „{name}” nevű tagönkormányzat. Ellenőrizze a helyesírást, vagy válasszon egyet a tagönkormányzatok jegyzékéből.',
  'distance.ambiguous': 'Több tagönkormányzat is megfelel a következőnek: „{name}”. Válasszon egyet:',
  'municipality.nearby': 'Hirdetések 100 km-es körzetben',
  'frame.impact': 'Hatás',
  'impact.title': 'A cserék hatása',
  'impact.intro':
    'Amit az önkormányzatok eddig egymásnak átadtak: megvalósult cserék, azok értéke, valamint az a kibocsátás, amelyet az új vásárlása helyett újrafelhasználással kerültek el.',
  'impact.totalsHeading': 'Összesen',
  'impact.totalEur': 'euró átadott érték',
  'impact.totalCo2e': 'kg elkerült CO₂e-kibocsátás',
  'impact.totalMass': 'kg újrafelhasznált áru és anyag',
  'impact.totalVolunteerHours': 'önkéntes munkaóra',
  'impact.totalExpertDays': 'szakértői nap',
  'impact.co2eNote':
    'Az elkerült CO₂e-kibocsátást az újrafelhasznált tömeg és egy kategóriánkénti tényező alapján becsüljük; a tényezőket és forrásaikat a nyílt adatokkal együtt tesszük közzé.',
  'impact.chartsHeading': 'Időben és kategóriánként',
  'impact.chartCompletedByMonth': 'Megvalósult cserék havonta',
  'impact.chartCo2eByMonth': 'Elkerült CO₂e-kibocsátás havonta (kg)',
  'impact.chartEurByMonth': 'Átadott érték havonta (EUR)',
  'impact.chartByKind': 'Megvalósult cserék fajtánként',
  'impact.chartByCountry': 'Megvalósult cserék országonként',
  'impact.whatCompleted': 'Megvalósult cserék',
  'impact.whatCo2e': 'Elkerült CO₂e-kibocsátás',
  'impact.whatEur': 'Átadott érték',
  'impact.whatKinds': 'Megvalósult cserék fajtánként',
  'impact.whatCountries': 'Megvalósult cserék országonként',
  'impact.summaryOverTime': '{what}, {from} – {to}; a legmagasabb érték: {top} ({topValue}).',
  'impact.summaryByCategory': '{what}: {count, plural, one {# kategória} other {# kategória}}, az élen: {first}.',
  'impact.summaryEmpty': '{what}: még nincs rögzített adat.',
  'impact.month': 'Hónap',
  'impact.completed': 'Megvalósult cserék',
  'home.seeImpact': 'A cserék hatásának megtekintése',
  'impact.showTable': 'Az adatok megjelenítése táblázatban',

  // Facets
  'facet.type': 'Típus',
  'facet.kind': 'Fajta',
  'facet.cpv': 'Kategória',
  'facet.country': 'Ország',
  'facet.municipality': 'Önkormányzat',
  'facet.delivery': 'Átadás módja',
  'facet.language': 'Munkanyelv',
  'facet.anyType': 'Ajánlatok és igények',
  'facet.showAll': 'Az összes megjelenítése ({count})',
  'facet.valueWithCount': '{label} ({count})',

  // Pagination
  'pagination.label': 'Találati oldalak',
  'pagination.previous': 'Előző oldal',
  'pagination.next': 'Következő oldal',
  'pagination.page': '{page}. oldal',
  'pagination.status': '{page}. oldal (összesen {pages})',

  // A listing in a list
  'card.publishedOn': 'Közzétéve: {date}',
  'card.openUntil': 'Érvényes eddig: {date}',
  'card.distance': '{distance} km távolságra',
  'card.place': '{municipality}, {country}',

  // A listing's own page
  'listing.details': 'Részletek',
  'listing.description': 'Leírás',
  'listing.fieldKind': 'Fajta',
  'listing.fieldCategories': 'Kategóriák (CPV)',
  'listing.fieldQuantity': 'Mennyiség',
  'listing.fieldRemaining': 'Még elérhető',
  'listing.fieldCondition': 'Állapot',
  'listing.fieldAvailableFrom': 'Elérhető ettől',
  'listing.fieldNeededBy': 'Legkésőbb ekkorra szükséges',
  'listing.fieldOpenUntil': 'Érvényes eddig',
  'listing.fieldDelivery': 'Átadás módja',
  'listing.fieldWorkingLanguages': 'Munkanyelvek',
  'listing.fieldPlace': 'Helyszín',
  'listing.fieldPublished': 'Közzétéve',
  'listing.fieldStatus': 'Státusz',
  'listing.statusPublished': 'Aktív',
  'listing.statusClosed': 'Lezárva',
  'listing.statusExpired': 'Lejárt',
  'listing.closedNotice': 'Ez a hirdetés le van zárva, már nem lehet rá válaszolni.',
  'listing.expiredNotice': 'Ez a hirdetés lejárt, már nem lehet rá válaszolni.',
  'listing.cpvFallback': 'A kategórianevek nyelve: {language}',
  'listing.photos': 'Fényképek',
  'listing.otherLanguages': 'Ez a szöveg a következő nyelveken is elérhető:',
  'listing.postedBy': 'Hirdető',
  'listing.location': 'Elhelyezkedés',
  'listing.answerOffer': 'Jelentkezés az ajánlatra',
  'listing.answerRequest': 'Válasz az igényre',
  'listing.answerNeedsLogin': 'Ehhez egy ellenőrzött önkormányzat tagjaként kell bejelentkeznie.',
  'listing.matchingForOffer': 'Igények, amelyeket ez az ajánlat kielégíthet',
  'listing.matchingForRequest': 'Ajánlatok, amelyek kielégíthetik ezt az igényt',
  'listing.similarOffers': 'Hasonló ajánlatok',
  'listing.similarRequests': 'Hasonló igények',
  'listing.noneRelated': 'Jelenleg nincs ilyen.',
  'listing.backToListings': 'Vissza a hirdetésekhez',

  // Language of member-written text
  'language.original': 'Eredeti nyelv: {language}',
  'language.notTranslated': 'Az Ön nyelvére még nem készült fordítás: a szöveg eredeti formájában jelenik meg.',
  'language.translatedFrom': 'Fordítás, eredeti nyelv: {language}',
  'language.contentFallback': 'Ez a szöveg az Ön nyelvén még nem érhető el.',

  // Values of a listing's fields
  'condition.new': 'Új',
  'condition.like-new': 'Újszerű',
  'condition.good': 'Jó',
  'condition.fair': 'Megfelelő',
  'condition.for-parts': 'Alkatrésznek vagy újrahasznosításra',
  'delivery.pickup': 'Az átvevő szállítja el',
  'delivery.delivery': 'Az átadó szállítja ki',
  'delivery.remote': 'Távolról',
  'delivery.on-site': 'Helyszínen',
  'unit.piece': '{count, plural, one {# darab} other {# darab}}',
  'unit.kg': '{count} kg',
  'unit.tonne': '{count, plural, one {# tonna} other {# tonna}}',
  'unit.litre': '{count, plural, one {# liter} other {# liter}}',
  'unit.m': '{count} m',
  'unit.m2': '{count} m²',
  'unit.m3': '{count} m³',
  'unit.hour': '{count, plural, one {# óra} other {# óra}}',
  'unit.day': '{count, plural, one {# nap} other {# nap}}',
  'unit.person': '{count, plural, one {# fő} other {# fő}}',
  'unit.set': '{count, plural, one {# készlet} other {# készlet}}',
  'unit.pallet': '{count, plural, one {# raklap} other {# raklap}}',

  // Map
  'map.label': 'Európa térképe a következő hely jelölésével: {place}',
  'map.caption': '{place}, {country}: földrajzi szélesség {lat}, földrajzi hosszúság {lng}',

  // Municipalities
  'municipalities.title': 'Tagönkormányzatok',
  'municipalities.intro':
    'Az itt felsorolt valamennyi önkormányzatot a saját országa önkormányzati szövetsége ellenőrizte.',
  'municipalities.findLabel': 'Önkormányzat keresése név szerint',
  'municipalities.countryLabel': 'Ország',
  'municipalities.allCountries': 'Minden ország',
  'municipalities.show': 'Megjelenítés',
  'municipalities.count':
    '{count, plural, =0 {Nem található önkormányzat} one {# önkormányzat} other {# önkormányzat}}',
  'municipalities.byCountry': 'Országonként',
  'municipalities.openListings':
    '{count, plural, =0 {Nincs aktív hirdetés} one {# aktív hirdetés} other {# aktív hirdetés}}',
  'municipality.population': 'Népesség',
  'municipality.website': 'Weboldal',
  'municipality.country': 'Ország',
  'municipality.languages': 'Nyelvek',
  'municipality.about': 'Az önkormányzatról',
  'municipality.record': 'Tevékenység a platformon',
  'municipality.openListingsHeading': 'Aktív hirdetések',
  'municipality.noOpenListings': 'Ennek az önkormányzatnak jelenleg nincs aktív hirdetése.',
  'municipality.allListings': 'Az önkormányzat összes hirdetése: {municipality}',

  // Pages and news
  'news.title': 'Hírek',
  'news.intro': 'Hírek a szövetségtől és a platformon részt vevő önkormányzatoktól.',
  'news.none': 'Még nincsenek hírek.',
  'news.publishedOn': 'Közzétéve: {date}',
  'news.backToNews': 'Vissza az összes hírhez',

  // Log in
  'login.title': 'Bejelentkezés',
  'login.intro':
    'Az ellenőrzött önkormányzatok tagjai bejelentkezés után válaszolhatnak a hirdetésekre, saját hirdetést tehetnek közzé, és nyomon követhetik cseréiket.',
  'login.unavailable': 'A portálra való bejelentkezés még nem érhető el. Kérjük, látogasson vissza hamarosan.',
  'login.back': 'Vissza a hirdetéshez',

  // Feed
  'feed.title': 'Új hirdetések a Community Sharing platformon',
  'feed.filtered': 'Új hirdetések a Community Sharing platformon: {filters}',

  // Errors
  'error.notFoundTitle': 'Az oldal nem található',
  'error.notFoundText': 'A keresett oldal nem létezik, vagy már nem nyilvános.',
  'error.unavailableTitle': 'Átmenetileg nem elérhető',
  'error.unavailableText':
    'A hirdetések egy ideig nem érhetők el, mert az őket tároló szolgáltatás nem válaszol. Kérjük, néhány perc múlva próbálja újra.',
  'error.tryAgain': 'Próbálja újra',
  'error.serverTitle': 'Hiba történt',
  'error.serverText': 'Egy nálunk fellépő hiba miatt az oldal nem töltődött be. Kérjük, próbálja újra később.',
  'error.goHome': 'Ugrás a kezdőlapra',
};

export default hu;
