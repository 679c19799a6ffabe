// The portal's interface strings in Slovak. Keys and order follow en.ts; see README.md for the rules.
// Identical to English on purpose (as allowed by same-as-english.ts): site.name (brand), facet.valueWithCount,
// card.place, unit.kg, unit.m, unit.m2, unit.m3 (placeholders and bare units only).
import type { Catalog } from './en';

const sk: Catalog = {
  // The platform's name is a brand: it stays as it is in every language.
  'site.name': 'Community Sharing',
  'site.description':
    'Obce z Európskej únie a západného Balkánu si navzájom bezplatne poskytujú to, čo jedna má a druhá potrebuje.',

  // Page frame
  'frame.skipLink': 'Prejsť na hlavný obsah',
  'frame.mainNav': 'Hlavná navigácia',
  'frame.listings': 'Inzeráty',
  'frame.municipalities': 'Obce',
  'frame.news': 'Novinky',
  'frame.login': 'Prihlásiť sa',
  'frame.language': 'Jazyk',
  'frame.languageChoose': 'Vyberte jazyk',
  'frame.footerNav': 'O platforme',
  'frame.footerText': 'Platforma národných združení obcí, otvorená všetkým obciam Európskej únie a západného Balkánu.',
  'frame.feed': 'Kanál nových inzerátov',
  'frame.sitemap': 'Mapa stránok',

  // Home page
  'home.title': 'Obce sa delia o to, čo majú, s tými, ktorí to potrebujú',
  'home.intro':
    'Community Sharing je miesto, kde si obce z Európskej únie a západného Balkánu navzájom bezplatne poskytujú to, čo jedna má a druhá potrebuje: odborné znalosti, skúsených manažérov, dobrovoľníkov, vybavenie, tovar, materiál a služby. Pomáha im tiež nájsť investorov pre nevyužité miestne zdroje a partnerov pre miestne firmy.',
  'home.browseAll': 'Prezerať všetky inzeráty',
  'home.figuresHeading': 'Platforma v číslach',
  'home.latestOffers': 'Najnovšie ponuky',
  'home.latestRequests': 'Najnovšie dopyty',
  'home.allOffers': 'Zobraziť všetky ponuky',
  'home.allRequests': 'Zobraziť všetky dopyty',
  'home.nothingYet': 'Zatiaľ tu nebolo nič zverejnené.',
  'home.kindsHeading': 'O čo sa obce delia',
  'home.kindCount':
    '{count, plural, =0 {Žiadne otvorené inzeráty} one {# otvorený inzerát} few {# otvorené inzeráty} many {# otvoreného inzerátu} other {# otvorených inzerátov}}',

  // Live figures: the number is shown large above these words, so they carry no number themselves.
  'stats.municipalities':
    '{count, plural, one {členská obec} few {členské obce} many {členskej obce} other {členských obcí}}',
  'stats.countries': '{count, plural, one {krajina} few {krajiny} many {krajiny} other {krajín}}',
  'stats.openOffers':
    '{count, plural, one {otvorená ponuka} few {otvorené ponuky} many {otvorenej ponuky} other {otvorených ponúk}}',
  'stats.openRequests':
    '{count, plural, one {otvorený dopyt} few {otvorené dopyty} many {otvoreného dopytu} other {otvorených dopytov}}',
  'stats.completedExchanges':
    '{count, plural, one {uskutočnená výmena} few {uskutočnené výmeny} many {uskutočnenej výmeny} other {uskutočnených výmen}}',

  // Listing types
  'type.offer': 'Ponuka',
  'type.request': 'Dopyt',
  'type.offers': 'Ponuky',
  'type.requests': 'Dopyty',
  'listing.urgent': 'Naliehavé',

  // Search page
  'search.title': 'Inzeráty',
  'search.titleOffers': 'Ponuky',
  'search.titleRequests': 'Dopyty',
  'search.intro': 'Vyhľadávajte vo všetkom, čo obce ponúkajú a hľadajú, vo všetkých jazykoch platformy.',
  'search.label': 'Hľadať v inzerátoch',
  'search.hint': 'Napríklad: hasičské auto, školský nábytok, dobrovoľníci na upratovanie',
  'search.submit': 'Hľadať',
  'search.filters': 'Filtre',
  'search.applyFilters': 'Použiť filtre',
  'search.clearFilters': 'Zrušiť všetky filtre',
  'search.sort': 'Zoradiť podľa',
  'search.sortRelevance': 'Najlepšia zhoda',
  'search.sortNewest': 'Od najnovších',
  'search.resultsHeading': 'Výsledky',
  'search.resultCount':
    '{count, plural, =0 {Nenašli sa žiadne inzeráty} one {Našiel sa # inzerát} few {Našli sa # inzeráty} many {Našlo sa # inzerátu} other {Našlo sa # inzerátov}}',
  'search.noResultsHint': 'Skúste iné alebo menej slov, prípadne odstráňte niektoré filtre.',
  'search.invalidParameters': 'Niektorým nastaveniam vyhľadávania sme neporozumeli, a preto boli vynechané.',
  'search.loading': 'Výsledky sa aktualizujú…',
  'search.sortNearest': 'Od najbližších',
  'distance.legend': 'Vzdialenosť',
  'distance.near': 'V blízkosti obce',
  'distance.nearHint': 'Členská obec, v akomkoľvek písme: napríklad Žilina',
  'distance.radius': 'V okruhu',
  'distance.anyRadius': 'Ľubovoľná vzdialenosť',
  'distance.radiusValue': '{km} km',
  'distance.found': 'Vzdialenosti sa merajú od obce {place}.',
  'distance.notFound': 'Žiadna členská obec sa nevolá „{name}“. Skontrolujte pravopis alebo vyberte obec zo zoznamu členských obcí.',
  'distance.ambiguous': 'Zadaniu „{name}“ zodpovedá niekoľko členských obcí. Vyberte jednu z nich:',
  'municipality.nearby': 'Inzeráty v okruhu 100 km',
  'frame.impact': 'Vplyv',
  'impact.title': 'Vplyv výmen',
  'impact.intro':
    'Čo si obce doteraz navzájom odovzdali: uskutočnené výmeny, ich hodnota a emisie, ktorým sa podarilo zabrániť vďaka opätovnému použitiu namiesto kúpy nových vecí.',
  'impact.totalsHeading': 'Spolu',
  'impact.totalEur': 'eur odovzdanej hodnoty',
  'impact.totalCo2e': 'kg ušetrených emisií CO₂e',
  'impact.totalMass': 'kg opätovne použitého tovaru a materiálu',
  'impact.totalVolunteerHours': 'hodín dobrovoľníckej práce',
  'impact.totalExpertDays': 'dní práce odborníkov',
  'impact.co2eNote':
    'Ušetrené emisie CO₂e sa odhadujú z hmotnosti opätovne použitých vecí a koeficientu pre každú kategóriu; koeficienty a ich zdroje sa zverejňujú spolu s otvorenými údajmi.',
  'impact.chartsHeading': 'V čase a podľa kategórií',
  'impact.chartCompletedByMonth': 'Uskutočnené výmeny podľa mesiacov',
  'impact.chartCo2eByMonth': 'Ušetrené emisie CO₂e podľa mesiacov (kg)',
  'impact.chartEurByMonth': 'Odovzdaná hodnota podľa mesiacov (EUR)',
  'impact.chartByKind': 'Uskutočnené výmeny podľa druhu',
  'impact.chartByCountry': 'Uskutočnené výmeny podľa krajiny',
  'impact.whatCompleted': 'Uskutočnené výmeny',
  'impact.whatCo2e': 'Ušetrené emisie CO₂e',
  'impact.whatEur': 'Odovzdaná hodnota',
  'impact.whatKinds': 'Uskutočnené výmeny podľa druhu',
  'impact.whatCountries': 'Uskutočnené výmeny podľa krajiny',
  'impact.summaryOverTime': '{what} v období {from} – {to}; najvyššia hodnota: {top} ({topValue}).',
  'impact.summaryByCategory':
    '{what}: {count, plural, one {# kategória} few {# kategórie} many {# kategórie} other {# kategórií}}; na čele {first}.',
  'impact.summaryEmpty': '{what}: zatiaľ nič nezaznamenané.',
  'impact.month': 'Mesiac',
  'impact.completed': 'Uskutočnené výmeny',
  'home.seeImpact': 'Zobraziť vplyv výmen',
  'impact.showTable': 'Zobraziť údaje v tabuľke',

  // Facets
  'facet.type': 'Typ',
  'facet.kind': 'Druh',
  'facet.cpv': 'Kategória',
  'facet.country': 'Krajina',
  'facet.municipality': 'Obec',
  'facet.delivery': 'Spôsob odovzdania',
  'facet.language': 'Pracovný jazyk',
  'facet.anyType': 'Ponuky aj dopyty',
  'facet.showAll': 'Zobraziť všetko ({count})',
  'facet.valueWithCount': '{label} ({count})',

  // Pagination
  'pagination.label': 'Stránky výsledkov',
  'pagination.previous': 'Predchádzajúca stránka',
  'pagination.next': 'Nasledujúca stránka',
  'pagination.page': 'Stránka {page}',
  'pagination.status': 'Stránka {page} z {pages}',

  // A listing in a list
  'card.publishedOn': 'Zverejnené {date}',
  'card.openUntil': 'Platí do {date}',
  'card.distance': 'Vzdialenosť {distance} km',
  'card.place': '{municipality}, {country}',

  // A listing's own page
  'listing.details': 'Podrobnosti',
  'listing.description': 'Opis',
  'listing.fieldKind': 'Druh',
  'listing.fieldCategories': 'Kategórie (CPV)',
  'listing.fieldQuantity': 'Množstvo',
  'listing.fieldRemaining': 'Ešte k dispozícii',
  'listing.fieldCondition': 'Stav',
  'listing.fieldAvailableFrom': 'K dispozícii od',
  'listing.fieldNeededBy': 'Potrebné do',
  'listing.fieldOpenUntil': 'Platí do',
  'listing.fieldDelivery': 'Spôsob odovzdania',
  'listing.fieldWorkingLanguages': 'Pracovné jazyky',
  'listing.fieldPlace': 'Miesto',
  'listing.fieldPublished': 'Zverejnené',
  'listing.fieldStatus': 'Stav inzerátu',
  'listing.statusPublished': 'Otvorený',
  'listing.statusClosed': 'Uzavretý',
  'listing.statusExpired': 'Platnosť skončila',
  'listing.closedNotice': 'Tento inzerát je uzavretý a už naň nie je možné odpovedať.',
  'listing.expiredNotice': 'Platnosť tohto inzerátu skončila a už naň nie je možné odpovedať.',
  'listing.cpvFallback': 'Jazyk názvov kategórií: {language}',
  'listing.photos': 'Fotografie',
  'listing.otherLanguages': 'Tento text je k dispozícii aj v jazykoch:',
  'listing.postedBy': 'Inzerent',
  'listing.location': 'Poloha',
  'listing.answerOffer': 'Požiadať o túto ponuku',
  'listing.answerRequest': 'Odpovedať na tento dopyt',
  'listing.answerNeedsLogin': 'Budete požiadaní, aby ste sa prihlásili ako člen overenej obce.',
  'listing.matchingForOffer': 'Dopyty, ktoré by táto ponuka mohla uspokojiť',
  'listing.matchingForRequest': 'Ponuky, ktoré by mohli uspokojiť tento dopyt',
  'listing.similarOffers': 'Podobné ponuky',
  'listing.similarRequests': 'Podobné dopyty',
  'listing.noneRelated': 'Momentálne žiadne.',
  'listing.backToListings': 'Späť na inzeráty',

  // Language of member-written text
  'language.original': 'Jazyk originálu: {language}',
  'language.notTranslated':
    'Preklad do vášho jazyka zatiaľ nie je k dispozícii: text sa zobrazuje tak, ako bol napísaný.',
  'language.translatedFrom': 'Preložené, jazyk originálu: {language}',
  'language.contentFallback': 'Tento text zatiaľ nie je vo vašom jazyku k dispozícii.',

  // Values of a listing's fields
  'condition.new': 'Nové',
  'condition.like-new': 'Ako nové',
  'condition.good': 'Dobrý stav',
  'condition.fair': 'Uspokojivý stav',
  'condition.for-parts': 'Na náhradné diely alebo na recykláciu',
  'delivery.pickup': 'Vyzdvihne si príjemca',
  'delivery.delivery': 'Doručí poskytovateľ',
  'delivery.remote': 'Na diaľku',
  'delivery.on-site': 'Na mieste',
  'unit.piece': '{count, plural, one {# kus} few {# kusy} many {# kusa} other {# kusov}}',
  'unit.kg': '{count} kg',
  'unit.tonne': '{count, plural, one {# tona} few {# tony} many {# tony} other {# ton}}',
  'unit.litre': '{count, plural, one {# liter} few {# litre} many {# litra} other {# litrov}}',
  'unit.m': '{count} m',
  'unit.m2': '{count} m²',
  'unit.m3': '{count} m³',
  'unit.hour': '{count, plural, one {# hodina} few {# hodiny} many {# hodiny} other {# hodín}}',
  'unit.day': '{count, plural, one {# deň} few {# dni} many {# dňa} other {# dní}}',
  'unit.person': '{count, plural, one {# osoba} few {# osoby} many {# osoby} other {# osôb}}',
  'unit.set': '{count, plural, one {# súprava} few {# súpravy} many {# súpravy} other {# súprav}}',
  'unit.pallet': '{count, plural, one {# paleta} few {# palety} many {# palety} other {# paliet}}',

  // Map
  'map.label': 'Mapa Európy s vyznačenou polohou: {place}',
  'map.caption': '{place}, {country}: zemepisná šírka {lat}, zemepisná dĺžka {lng}',

  // Municipalities
  'municipalities.title': 'Členské obce',
  'municipalities.intro': 'Každú obec uvedenú v tomto zozname overilo národné združenie obcí jej krajiny.',
  'municipalities.findLabel': 'Vyhľadať obec podľa názvu',
  'municipalities.countryLabel': 'Krajina',
  'municipalities.allCountries': 'Všetky krajiny',
  'municipalities.show': 'Zobraziť',
  'municipalities.count':
    '{count, plural, =0 {Nenašli sa žiadne obce} one {# obec} few {# obce} many {# obce} other {# obcí}}',
  'municipalities.byCountry': 'Podľa krajín',
  'municipalities.openListings':
    '{count, plural, =0 {Žiadne otvorené inzeráty} one {# otvorený inzerát} few {# otvorené inzeráty} many {# otvoreného inzerátu} other {# otvorených inzerátov}}',
  'municipality.population': 'Počet obyvateľov',
  'municipality.website': 'Webová stránka',
  'municipality.country': 'Krajina',
  'municipality.languages': 'Jazyky',
  'municipality.about': 'O obci',
  'municipality.record': 'Činnosť na platforme',
  'municipality.openListingsHeading': 'Otvorené inzeráty',
  'municipality.noOpenListings': 'Táto obec momentálne nemá žiadne otvorené inzeráty.',
  'municipality.allListings': 'Všetky inzeráty obce {municipality}',

  // Pages and news
  'news.title': 'Novinky',
  'news.intro': 'Novinky zo združenia a z obcí zapojených do platformy.',
  'news.none': 'Zatiaľ tu nie sú žiadne novinky.',
  'news.publishedOn': 'Zverejnené {date}',
  'news.backToNews': 'Späť na všetky novinky',

  // Log in
  'login.title': 'Prihlásenie',
  'login.intro':
    'Členovia overených obcí sa prihlasujú, aby mohli odpovedať na inzeráty, zverejňovať vlastné a sledovať svoje výmeny.',
  'login.unavailable': 'Prihlasovanie do portálu zatiaľ nie je spustené. Vráťte sa, prosím, čoskoro.',
  'login.back': 'Späť na inzerát',

  // Feed
  'feed.title': 'Nové inzeráty na Community Sharing',
  'feed.filtered': 'Nové inzeráty na Community Sharing: {filters}',

  // Errors
  'error.notFoundTitle': 'Stránka sa nenašla',
  'error.notFoundText': 'Stránka, ktorú hľadáte, neexistuje alebo už nie je verejná.',
  'error.unavailableTitle': 'Dočasne nedostupné',
  'error.unavailableText':
    'Inzeráty sú na chvíľu nedostupné, pretože služba, ktorá ich uchováva, neodpovedá. Skúste to, prosím, znova o niekoľko minút.',
  'error.tryAgain': 'Skúsiť znova',
  'error.serverTitle': 'Niečo sa pokazilo',
  'error.serverText': 'Chyba na našej strane zabránila načítaniu tejto stránky. Skúste to, prosím, neskôr.',
  'error.goHome': 'Prejsť na úvodnú stránku',
};

export default sk;
