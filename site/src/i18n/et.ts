// The portal's interface strings in Estonian. Keys and order follow en.ts; see README.md for the rules.
// Identical to English on purpose (as allowed by same-as-english.ts): site.name (brand), facet.valueWithCount,
// card.place, unit.kg, unit.m, unit.m2, unit.m3 (placeholders and bare units only).
import type { Catalog } from './en';

const et: Catalog = {
  // The platform's name is a brand: it stays as it is in every language.
  'site.name': 'Community Sharing',
  'site.description':
    'Euroopa Liidu ja Lääne-Balkani omavalitsused annavad üksteisele tasuta seda, mis ühel on ja mida teine vajab.',

  // Page frame
  'frame.skipLink': 'Liigu põhisisu juurde',
  'frame.mainNav': 'Peamenüü',
  'frame.listings': 'Kuulutused',
  'frame.municipalities': 'Omavalitsused',
  'frame.news': 'Uudised',
  'frame.login': 'Logi sisse',
  'frame.language': 'Keel',
  'frame.languageChoose': 'Valige keel',
  'frame.footerNav': 'Platvormist',
  'frame.footerText':
    'Riiklike omavalitsusliitude platvorm, mis on avatud kõigile Euroopa Liidu ja Lääne-Balkani omavalitsustele.',
  'frame.feed': 'Uute kuulutuste voog',
  'frame.sitemap': 'Saidikaart',

  // Home page
  'home.title': 'Omavalitsused jagavad seda, mis neil on, nendega, kes seda vajavad',
  'home.intro':
    'Community Sharing on koht, kus Euroopa Liidu ja Lääne-Balkani omavalitsused annavad üksteisele tasuta seda, mis ühel on ja mida teine vajab: eksperditeadmisi, kogenud juhte, vabatahtlikke, seadmeid, kaupu, materjale ja teenuseid. Samuti aitab platvorm neil leida investoreid kasutamata kohalikele ressurssidele ja partnereid kohalikele ettevõtetele.',
  'home.browseAll': 'Sirvi kõiki kuulutusi',
  'home.figuresHeading': 'Platvorm arvudes',
  'home.latestOffers': 'Uusimad pakkumised',
  'home.latestRequests': 'Uusimad soovid',
  'home.allOffers': 'Vaata kõiki pakkumisi',
  'home.allRequests': 'Vaata kõiki soove',
  'home.nothingYet': 'Siia pole veel midagi avaldatud.',
  'home.kindsHeading': 'Mida omavalitsused jagavad',
  'home.kindCount': '{count, plural, =0 {Avatud kuulutusi pole} one {# avatud kuulutus} other {# avatud kuulutust}}',

  // Live figures: the number is shown large above these words, so they carry no number themselves.
  'stats.municipalities': '{count, plural, one {liikmesomavalitsus} other {liikmesomavalitsust}}',
  'stats.countries': '{count, plural, one {riik} other {riiki}}',
  'stats.openOffers': '{count, plural, one {avatud pakkumine} other {avatud pakkumist}}',
  'stats.openRequests': '{count, plural, one {avatud soov} other {avatud soovi}}',
  'stats.completedExchanges': '{count, plural, one {toimunud vahetus} other {toimunud vahetust}}',

  // Listing types
  'type.offer': 'Pakkumine',
  'type.request': 'Soov',
  'type.offers': 'Pakkumised',
  'type.requests': 'Soovid',
  'listing.urgent': 'Kiireloomuline',

  // Search page
  'search.title': 'Kuulutused',
  'search.titleOffers': 'Pakkumised',
  'search.titleRequests': 'Soovid',
  'search.intro': 'Otsige kõigest, mida omavalitsused pakuvad ja soovivad, kõigis platvormi keeltes.',
  'search.label': 'Otsi kuulutustest',
  'search.hint': 'Näiteks: tuletõrjeauto, koolimööbel, vabatahtlikud koristustalgutele',
  'search.submit': 'Otsi',
  'search.filters': 'Filtrid',
  'search.applyFilters': 'Rakenda filtrid',
  'search.clearFilters': 'Tühjenda kõik filtrid',
  'search.sort': 'Järjestus',
  'search.sortRelevance': 'Parim vaste',
  'search.sortNewest': 'Uusimad eespool',
  'search.resultsHeading': 'Tulemused',
  'search.resultCount': '{count, plural, =0 {Kuulutusi ei leitud} one {Leiti # kuulutus} other {Leiti # kuulutust}}',
  'search.noResultsHint': 'Proovige teisi või vähem sõnu või eemaldage mõni filter.',
  'search.invalidParameters': 'Mõnest otsinguseadest ei saadud aru ja need jäeti välja.',
  'search.loading': 'Tulemusi uuendatakse…',
  'search.sortNearest': 'Lähimad eespool',
  'distance.legend': 'Kaugus',
  'distance.near': 'Omavalitsuse lähedal',
  'distance.nearHint': 'Liikmesomavalitsus, mis tahes kirjas: näiteks Tartu',
  'distance.radius': 'Raadius',
  'distance.anyRadius': 'Mis tahes kaugus',
  'distance.radiusValue': '{km} km',
  'distance.found': 'Kauguse lähtekoht: {place}.',
  'distance.notFound': 'Liikmesomavalitsust nimega „{name}“ ei ole. Kontrollige õigekirja või valige omavalitsus liikmesomavalitsuste loendist.',
  'distance.ambiguous': 'Päringule „{name}“ vastab mitu liikmesomavalitsust. Valige üks:',
  'municipality.nearby': 'Kuulutused 100 km raadiuses',

  // Facets
  'facet.type': 'Tüüp',
  'facet.kind': 'Liik',
  'facet.cpv': 'Kategooria',
  'facet.country': 'Riik',
  'facet.municipality': 'Omavalitsus',
  'facet.delivery': 'Üleandmise viis',
  'facet.language': 'Töökeel',
  'facet.anyType': 'Pakkumised ja soovid',
  'facet.showAll': 'Näita kõiki ({count})',
  'facet.valueWithCount': '{label} ({count})',

  // Pagination
  'pagination.label': 'Tulemuste lehed',
  'pagination.previous': 'Eelmine leht',
  'pagination.next': 'Järgmine leht',
  'pagination.page': 'Leht {page}',
  'pagination.status': 'Leht {page}/{pages}',

  // A listing in a list
  'card.publishedOn': 'Avaldatud {date}',
  'card.openUntil': 'Avatud kuni {date}',
  'card.distance': '{distance} km kaugusel',
  'card.place': '{municipality}, {country}',

  // A listing's own page
  'listing.details': 'Üksikasjad',
  'listing.description': 'Kirjeldus',
  'listing.fieldKind': 'Liik',
  'listing.fieldCategories': 'Kategooriad (CPV)',
  'listing.fieldQuantity': 'Kogus',
  'listing.fieldRemaining': 'Veel saadaval',
  'listing.fieldCondition': 'Seisukord',
  'listing.fieldAvailableFrom': 'Saadaval alates',
  'listing.fieldNeededBy': 'Vajalik hiljemalt',
  'listing.fieldOpenUntil': 'Avatud kuni',
  'listing.fieldDelivery': 'Üleandmise viis',
  'listing.fieldWorkingLanguages': 'Töökeeled',
  'listing.fieldPlace': 'Koht',
  'listing.fieldPublished': 'Avaldatud',
  'listing.fieldStatus': 'Olek',
  'listing.statusPublished': 'Avatud',
  'listing.statusClosed': 'Suletud',
  'listing.statusExpired': 'Aegunud',
  'listing.closedNotice': 'See kuulutus on suletud ja sellele ei saa enam vastata.',
  'listing.expiredNotice': 'See kuulutus on aegunud ja sellele ei saa enam vastata.',
  'listing.cpvFallback': 'Kategooriate nimetuste keel: {language}',
  'listing.photos': 'Fotod',
  'listing.otherLanguages': 'See tekst on saadaval ka järgmistes keeltes:',
  'listing.postedBy': 'Kuulutaja',
  'listing.location': 'Asukoht',
  'listing.answerOffer': 'Taotle seda pakkumist',
  'listing.answerRequest': 'Vasta sellele soovile',
  'listing.answerNeedsLogin': 'Teil palutakse sisse logida kinnitatud omavalitsuse liikmena.',
  'listing.matchingForOffer': 'Soovid, mida see pakkumine võiks täita',
  'listing.matchingForRequest': 'Pakkumised, mis võiksid selle soovi täita',
  'listing.similarOffers': 'Sarnased pakkumised',
  'listing.similarRequests': 'Sarnased soovid',
  'listing.noneRelated': 'Praegu pole.',
  'listing.backToListings': 'Tagasi kuulutuste juurde',

  // Language of member-written text
  'language.original': 'Originaali keel: {language}',
  'language.notTranslated': 'Teie keelde pole seda veel tõlgitud: tekst kuvatakse sellisena, nagu see kirjutati.',
  'language.translatedFrom': 'Tõlgitud, originaali keel: {language}',
  'language.contentFallback': 'See tekst pole teie keeles veel saadaval.',

  // Values of a listing's fields
  'condition.new': 'Uus',
  'condition.like-new': 'Nagu uus',
  'condition.good': 'Hea',
  'condition.fair': 'Rahuldav',
  'condition.for-parts': 'Varuosadeks või ringlussevõtuks',
  'delivery.pickup': 'Saaja tuleb ise järele',
  'delivery.delivery': 'Andja toimetab kohale',
  'delivery.remote': 'Kaugteel',
  'delivery.on-site': 'Kohapeal',
  'unit.piece': '{count, plural, one {# tükk} other {# tükki}}',
  'unit.kg': '{count} kg',
  'unit.tonne': '{count, plural, one {# tonn} other {# tonni}}',
  'unit.litre': '{count, plural, one {# liiter} other {# liitrit}}',
  'unit.m': '{count} m',
  'unit.m2': '{count} m²',
  'unit.m3': '{count} m³',
  'unit.hour': '{count, plural, one {# tund} other {# tundi}}',
  'unit.day': '{count, plural, one {# päev} other {# päeva}}',
  'unit.person': '{count, plural, one {# inimene} other {# inimest}}',
  'unit.set': '{count, plural, one {# komplekt} other {# komplekti}}',
  'unit.pallet': '{count, plural, one {# kaubaalus} other {# kaubaalust}}',

  // Map
  'map.label': 'Euroopa kaart, millel on näidatud asukoht: {place}',
  'map.caption': '{place}, {country}: laiuskraad {lat}, pikkuskraad {lng}',

  // Municipalities
  'municipalities.title': 'Liikmesomavalitsused',
  'municipalities.intro': 'Iga siin loetletud omavalitsuse on kinnitanud oma riigi omavalitsusliit.',
  'municipalities.findLabel': 'Otsi omavalitsust nime järgi',
  'municipalities.countryLabel': 'Riik',
  'municipalities.allCountries': 'Kõik riigid',
  'municipalities.show': 'Näita',
  'municipalities.count': '{count, plural, =0 {Omavalitsusi ei leitud} one {# omavalitsus} other {# omavalitsust}}',
  'municipalities.byCountry': 'Riikide kaupa',
  'municipalities.openListings':
    '{count, plural, =0 {Avatud kuulutusi pole} one {# avatud kuulutus} other {# avatud kuulutust}}',
  'municipality.population': 'Rahvaarv',
  'municipality.website': 'Veebisait',
  'municipality.country': 'Riik',
  'municipality.languages': 'Keeled',
  'municipality.about': 'Omavalitsusest',
  'municipality.record': 'Tegevus platvormil',
  'municipality.openListingsHeading': 'Avatud kuulutused',
  'municipality.noOpenListings': 'Sellel omavalitsusel pole praegu avatud kuulutusi.',
  'municipality.allListings': 'Kõik kuulutused: {municipality}',

  // Pages and news
  'news.title': 'Uudised',
  'news.intro': 'Uudised liidult ja platvormi omavalitsustelt.',
  'news.none': 'Uudiseid veel pole.',
  'news.publishedOn': 'Avaldatud {date}',
  'news.backToNews': 'Tagasi kõigi uudiste juurde',

  // Log in
  'login.title': 'Sisselogimine',
  'login.intro':
    'Kinnitatud omavalitsuste liikmed logivad sisse, et vastata kuulutustele, avaldada oma kuulutusi ja jälgida oma vahetusi.',
  'login.unavailable': 'Portaali sisselogimine pole veel avatud. Palun tulge peagi tagasi.',
  'login.back': 'Tagasi kuulutuse juurde',

  // Feed
  'feed.title': 'Uued kuulutused platvormil Community Sharing',
  'feed.filtered': 'Uued kuulutused platvormil Community Sharing: {filters}',

  // Errors
  'error.notFoundTitle': 'Lehte ei leitud',
  'error.notFoundText': 'Otsitavat lehte ei ole olemas või see pole enam avalik.',
  'error.unavailableTitle': 'Ajutiselt kättesaamatu',
  'error.unavailableText':
    'Kuulutused pole hetkel kättesaadavad, sest neid hoidev teenus ei vasta. Palun proovige mõne minuti pärast uuesti.',
  'error.tryAgain': 'Proovi uuesti',
  'error.serverTitle': 'Midagi läks valesti',
  'error.serverText': 'Meiepoolne viga takistas selle lehe laadimist. Palun proovige hiljem uuesti.',
  'error.goHome': 'Mine avalehele',
};

export default et;
