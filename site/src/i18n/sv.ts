// The portal's interface strings in Swedish. Keys and order follow en.ts; see README.md for the rules.
// Identical to English on purpose (as allowed by same-as-english.ts): site.name (brand), facet.valueWithCount,
// card.place, unit.kg, unit.m, unit.m2, unit.m3 (placeholders and bare units only).
import type { Catalog } from './en';

const sv: Catalog = {
  // The platform's name is a brand: it stays as it is in every language.
  'site.name': 'Community Sharing',
  'site.description':
    'Kommuner i Europeiska unionen och på västra Balkan ger varandra kostnadsfritt det som den ena har och den andra behöver.',

  // Page frame
  'frame.skipLink': 'Hoppa till huvudinnehållet',
  'frame.mainNav': 'Huvudmeny',
  'frame.listings': 'Annonser',
  'frame.municipalities': 'Kommuner',
  'frame.news': 'Nyheter',
  'frame.login': 'Logga in',
  'frame.language': 'Språk',
  'frame.languageChoose': 'Välj språk',
  'frame.footerNav': 'Om plattformen',
  'frame.footerText':
    'En plattform för de nationella kommunförbunden, öppen för alla kommuner i Europeiska unionen och på västra Balkan.',
  'frame.feed': 'Flöde med nya annonser',
  'frame.sitemap': 'Webbplatskarta',

  // Home page
  'home.title': 'Kommuner delar med sig av det de har till dem som behöver det',
  'home.intro':
    'Community Sharing är platsen där kommuner i Europeiska unionen och på västra Balkan kostnadsfritt ger varandra det som den ena har och den andra behöver: expertis, erfarna chefer, volontärer, utrustning, varor, material och tjänster. Plattformen hjälper dem också att hitta investerare för outnyttjade lokala resurser och partner till lokala företag.',
  'home.browseAll': 'Bläddra bland alla annonser',
  'home.figuresHeading': 'Plattformen i siffror',
  'home.latestOffers': 'Senaste erbjudandena',
  'home.latestRequests': 'Senaste förfrågningarna',
  'home.allOffers': 'Se alla erbjudanden',
  'home.allRequests': 'Se alla förfrågningar',
  'home.nothingYet': 'Här har ännu inget publicerats.',
  'home.kindsHeading': 'Det här delar kommunerna',
  'home.kindCount': '{count, plural, =0 {Inga öppna annonser} one {# öppen annons} other {# öppna annonser}}',

  // Live figures: the number is shown large above these words, so they carry no number themselves.
  'stats.municipalities': '{count, plural, one {medlemskommun} other {medlemskommuner}}',
  'stats.countries': '{count, plural, one {land} other {länder}}',
  'stats.openOffers': '{count, plural, one {öppet erbjudande} other {öppna erbjudanden}}',
  'stats.openRequests': '{count, plural, one {öppen förfrågan} other {öppna förfrågningar}}',
  'stats.completedExchanges': '{count, plural, one {genomfört utbyte} other {genomförda utbyten}}',

  // Listing types
  'type.offer': 'Erbjudande',
  'type.request': 'Förfrågan',
  'type.offers': 'Erbjudanden',
  'type.requests': 'Förfrågningar',
  'listing.urgent': 'Brådskande',

  // Search page
  'search.title': 'Annonser',
  'search.titleOffers': 'Erbjudanden',
  'search.titleRequests': 'Förfrågningar',
  'search.intro': 'Sök bland allt som kommunerna erbjuder och efterfrågar, på alla plattformens språk.',
  'search.label': 'Sök bland annonserna',
  'search.hint': 'Till exempel: brandbil, skolmöbler, volontärer till en städdag',
  'search.submit': 'Sök',
  'search.filters': 'Filter',
  'search.applyFilters': 'Använd filter',
  'search.clearFilters': 'Rensa alla filter',
  'search.sort': 'Sortera efter',
  'search.sortRelevance': 'Bästa träff',
  'search.sortNewest': 'Nyaste först',
  'search.resultsHeading': 'Resultat',
  'search.resultCount':
    '{count, plural, =0 {Inga annonser hittades} one {# annons hittades} other {# annonser hittades}}',
  'search.noResultsHint': 'Prova andra eller färre ord, eller ta bort några filter.',
  'search.invalidParameters': 'Vissa sökinställningar kunde inte tolkas och har utelämnats.',
  'search.loading': 'Uppdaterar resultaten…',
  'search.sortNearest': 'Närmaste först',
  'distance.legend': 'Avstånd',
  'distance.near': 'Nära kommunen',
  'distance.nearHint': 'En medlemskommun, i valfritt skriftsystem: till exempel Umeå',
  'distance.radius': 'Inom',
  'distance.anyRadius': 'Valfritt avstånd',
  'distance.radiusValue': '{km} km',
  'distance.found': 'Avstånden mäts från {place}.',
  'distance.notFound': 'Ingen medlemskommun heter ”{name}”. Kontrollera stavningen eller välj en kommun i förteckningen över medlemskommuner.',
  'distance.ambiguous': 'Flera medlemskommuner matchar ”{name}”. Välj en:',
  'municipality.nearby': 'Annonser inom 100 km',
  'frame.impact': 'Effekter',
  'impact.title': 'Utbytenas effekter',
  'impact.intro':
    'Det som kommunerna hittills har gett varandra: genomförda utbyten, deras värde och de utsläpp som undvikits genom återbruk i stället för nyköp.',
  'impact.totalsHeading': 'Totalt',
  'impact.totalEur': 'euro i överlämnat värde',
  'impact.totalCo2e': 'kg CO₂e som undvikits',
  'impact.totalMass': 'kg återbrukade varor och material',
  'impact.totalVolunteerHours': 'volontärtimmar',
  'impact.totalExpertDays': 'expertdagar',
  'impact.co2eNote':
    'Undviken CO₂e uppskattas utifrån den återbrukade massan och en faktor per kategori; faktorerna och deras källor publiceras tillsammans med öppna data.',
  'impact.chartsHeading': 'Över tid och per kategori',
  'impact.chartCompletedByMonth': 'Genomförda utbyten per månad',
  'impact.chartCo2eByMonth': 'Undviken CO₂e per månad (kg)',
  'impact.chartEurByMonth': 'Överlämnat värde per månad (EUR)',
  'impact.chartByKind': 'Genomförda utbyten per slag',
  'impact.chartByCountry': 'Genomförda utbyten per land',
  'impact.whatCompleted': 'Genomförda utbyten',
  'impact.whatCo2e': 'Undviken CO₂e',
  'impact.whatEur': 'Överlämnat värde',
  'impact.whatKinds': 'Genomförda utbyten per slag',
  'impact.whatCountries': 'Genomförda utbyten per land',
  'impact.summaryOverTime': '{what} från {from} till {to}; starkaste månaden var {top} med {topValue}.',
  'impact.summaryByCategory': '{what}: {count, plural, one {# kategori} other {# kategorier}}, med {first} i topp.',
  'impact.summaryEmpty': '{what}: inget registrerat ännu.',
  'impact.month': 'Månad',
  'impact.completed': 'Genomförda utbyten',
  'home.seeImpact': 'Se utbytenas effekter',
  'impact.showTable': 'Visa siffrorna som tabell',

  // Facets
  'facet.type': 'Typ',
  'facet.kind': 'Slag',
  'facet.cpv': 'Kategori',
  'facet.country': 'Land',
  'facet.municipality': 'Kommun',
  'facet.delivery': 'Leverans',
  'facet.language': 'Arbetsspråk',
  'facet.anyType': 'Erbjudanden och förfrågningar',
  'facet.showAll': 'Visa alla ({count})',
  'facet.valueWithCount': '{label} ({count})',

  // Pagination
  'pagination.label': 'Resultatsidor',
  'pagination.previous': 'Föregående sida',
  'pagination.next': 'Nästa sida',
  'pagination.page': 'Sida {page}',
  'pagination.status': 'Sida {page} av {pages}',

  // A listing in a list
  'card.publishedOn': 'Publicerad {date}',
  'card.openUntil': 'Öppen till och med {date}',
  'card.distance': '{distance} km bort',
  'card.place': '{municipality}, {country}',

  // A listing's own page
  'listing.details': 'Detaljer',
  'listing.description': 'Beskrivning',
  'listing.fieldKind': 'Slag',
  'listing.fieldCategories': 'Kategorier (CPV)',
  'listing.fieldQuantity': 'Mängd',
  'listing.fieldRemaining': 'Fortfarande tillgängligt',
  'listing.fieldCondition': 'Skick',
  'listing.fieldAvailableFrom': 'Tillgängligt från',
  'listing.fieldNeededBy': 'Behövs senast',
  'listing.fieldOpenUntil': 'Öppen till och med',
  'listing.fieldDelivery': 'Leverans',
  'listing.fieldWorkingLanguages': 'Arbetsspråk',
  'listing.fieldPlace': 'Ort',
  'listing.fieldPublished': 'Publicerad',
  'listing.fieldStatus': 'Annonsens status',
  'listing.statusPublished': 'Öppen',
  'listing.statusClosed': 'Stängd',
  'listing.statusExpired': 'Utgången',
  'listing.closedNotice': 'Den här annonsen är stängd och kan inte längre besvaras.',
  'listing.expiredNotice': 'Den här annonsen har gått ut och kan inte längre besvaras.',
  'listing.cpvFallback': 'Språk för kategorinamnen: {language}',
  'listing.photos': 'Foton',
  'listing.otherLanguages': 'Texten finns även på:',
  'listing.postedBy': 'Publicerad av',
  'listing.location': 'Läge',
  'listing.answerOffer': 'Be om det här erbjudandet',
  'listing.answerRequest': 'Svara på den här förfrågan',
  'listing.answerNeedsLogin': 'Du kommer att ombes logga in som medlem i en verifierad kommun.',
  'listing.matchingForOffer': 'Förfrågningar som det här erbjudandet kan tillgodose',
  'listing.matchingForRequest': 'Erbjudanden som kan tillgodose den här förfrågan',
  'listing.similarOffers': 'Liknande erbjudanden',
  'listing.similarRequests': 'Liknande förfrågningar',
  'listing.noneRelated': 'Inga för närvarande.',
  'listing.backToListings': 'Tillbaka till annonserna',

  // Language of member-written text
  'language.original': 'Originalspråk: {language}',
  'language.notTranslated': 'Det finns ännu ingen översättning till ditt språk: texten visas som den skrevs.',
  'language.translatedFrom': 'Översatt, originalspråk: {language}',
  'language.contentFallback': 'Den här texten finns ännu inte på ditt språk.',

  // Values of a listing's fields
  'condition.new': 'Ny',
  'condition.like-new': 'Som ny',
  'condition.good': 'Gott skick',
  'condition.fair': 'Godtagbart skick',
  'condition.for-parts': 'För reservdelar eller återvinning',
  'delivery.pickup': 'Hämtas av mottagaren',
  'delivery.delivery': 'Levereras av givaren',
  'delivery.remote': 'På distans',
  'delivery.on-site': 'På plats',
  'unit.piece': '{count, plural, one {# st.} other {# st.}}',
  'unit.kg': '{count} kg',
  'unit.tonne': '{count, plural, one {# ton} other {# ton}}',
  'unit.litre': '{count, plural, one {# liter} other {# liter}}',
  'unit.m': '{count} m',
  'unit.m2': '{count} m²',
  'unit.m3': '{count} m³',
  'unit.hour': '{count, plural, one {# timme} other {# timmar}}',
  'unit.day': '{count, plural, one {# dag} other {# dagar}}',
  'unit.person': '{count, plural, one {# person} other {# personer}}',
  'unit.set': '{count, plural, one {# sats} other {# satser}}',
  'unit.pallet': '{count, plural, one {# pall} other {# pallar}}',

  // Map
  'map.label': 'Karta över Europa som visar var {place} ligger',
  'map.caption': '{place}, {country}: latitud {lat}, longitud {lng}',

  // Municipalities
  'municipalities.title': 'Medlemskommuner',
  'municipalities.intro': 'Varje kommun i listan har verifierats av sitt lands nationella kommunförbund.',
  'municipalities.findLabel': 'Hitta en kommun efter namn',
  'municipalities.countryLabel': 'Land',
  'municipalities.allCountries': 'Alla länder',
  'municipalities.show': 'Visa',
  'municipalities.count': '{count, plural, =0 {Inga kommuner hittades} one {# kommun} other {# kommuner}}',
  'municipalities.byCountry': 'Länder',
  'municipalities.openListings':
    '{count, plural, =0 {Inga öppna annonser} one {# öppen annons} other {# öppna annonser}}',
  'municipality.population': 'Invånarantal',
  'municipality.website': 'Webbplats',
  'municipality.country': 'Land',
  'municipality.languages': 'Språk',
  'municipality.about': 'Om kommunen',
  'municipality.record': 'Aktivitet på plattformen',
  'municipality.openListingsHeading': 'Öppna annonser',
  'municipality.noOpenListings': 'Kommunen har inga öppna annonser just nu.',
  'municipality.allListings': 'Alla annonser från {municipality}',

  // Pages and news
  'news.title': 'Nyheter',
  'news.intro': 'Nyheter från förbundet och från plattformens kommuner.',
  'news.none': 'Det finns inga nyheter ännu.',
  'news.publishedOn': 'Publicerad {date}',
  'news.backToNews': 'Tillbaka till alla nyheter',

  // Log in
  'login.title': 'Logga in',
  'login.intro':
    'Medlemmar i verifierade kommuner loggar in för att svara på annonser, publicera egna och följa sina utbyten.',
  'login.unavailable': 'Det går ännu inte att logga in på portalen. Välkommen tillbaka snart.',
  'login.back': 'Tillbaka till annonsen',

  // Feed
  'feed.title': 'Nya annonser på Community Sharing',
  'feed.filtered': 'Nya annonser på Community Sharing: {filters}',

  // Errors
  'error.notFoundTitle': 'Sidan hittades inte',
  'error.notFoundText': 'Sidan du söker finns inte eller är inte längre offentlig.',
  'error.unavailableTitle': 'Tillfälligt otillgängligt',
  'error.unavailableText':
    'Annonserna går inte att nå för tillfället eftersom tjänsten som lagrar dem inte svarar. Försök igen om några minuter.',
  'error.tryAgain': 'Försök igen',
  'error.serverTitle': 'Något gick fel',
  'error.serverText': 'Ett fel hos oss gjorde att sidan inte kunde läsas in. Försök igen senare.',
  'error.goHome': 'Gå till startsidan',
};

export default sv;
