// The portal's interface strings in Latvian. Keys and order follow en.ts; see README.md for the rules.
// Identical to English on purpose (as allowed by same-as-english.ts): site.name (brand), facet.valueWithCount,
// card.place, unit.kg, unit.m, unit.m2, unit.m3 (placeholders and bare units only).
import type { Catalog } from './en';

const lv: Catalog = {
  // The platform's name is a brand: it stays as it is in every language.
  'site.name': 'Community Sharing',
  'site.description':
    'Eiropas Savienības un Rietumbalkānu pašvaldības bez maksas nodod cita citai to, kas vienai ir un kas otrai ir vajadzīgs.',

  // Page frame
  'frame.skipLink': 'Pāriet uz galveno saturu',
  'frame.mainNav': 'Galvenā izvēlne',
  'frame.listings': 'Sludinājumi',
  'frame.municipalities': 'Pašvaldības',
  'frame.news': 'Jaunumi',
  'frame.login': 'Pieteikties',
  'frame.language': 'Valoda',
  'frame.languageChoose': 'Izvēlieties valodu',
  'frame.footerNav': 'Par platformu',
  'frame.footerText':
    'Nacionālo pašvaldību apvienību platforma, kas ir atvērta ikvienai Eiropas Savienības un Rietumbalkānu pašvaldībai.',
  'frame.feed': 'Jauno sludinājumu plūsma',
  'frame.sitemap': 'Vietnes karte',

  // Home page
  'home.title': 'Pašvaldības dalās ar to, kas tām ir, ar tiem, kam tas ir vajadzīgs',
  'home.intro':
    'Community Sharing ir vieta, kur Eiropas Savienības un Rietumbalkānu pašvaldības bez maksas nodod cita citai to, kas vienai ir un kas otrai ir vajadzīgs: zināšanas, pieredzējušus vadītājus, brīvprātīgos, aprīkojumu, preces, materiālus un pakalpojumus. Platforma arī palīdz tām atrast investorus neizmantotiem vietējiem resursiem un partnerus vietējiem uzņēmumiem.',
  'home.browseAll': 'Pārlūkot visus sludinājumus',
  'home.figuresHeading': 'Platforma skaitļos',
  'home.latestOffers': 'Jaunākie piedāvājumi',
  'home.latestRequests': 'Jaunākie pieprasījumi',
  'home.allOffers': 'Skatīt visus piedāvājumus',
  'home.allRequests': 'Skatīt visus pieprasījumus',
  'home.nothingYet': 'Šeit vēl nekas nav publicēts.',
  'home.kindsHeading': 'Ar ko dalās pašvaldības',
  'home.kindCount':
    '{count, plural, =0 {Nav aktīvu sludinājumu} zero {# aktīvi sludinājumi} one {# aktīvs sludinājums} other {# aktīvi sludinājumi}}',

  // Live figures: the number is shown large above these words, so they carry no number themselves.
  'stats.municipalities': '{count, plural, zero {dalībpašvaldības} one {dalībpašvaldība} other {dalībpašvaldības}}',
  'stats.countries': '{count, plural, zero {valstis} one {valsts} other {valstis}}',
  'stats.openOffers': '{count, plural, zero {aktīvi piedāvājumi} one {aktīvs piedāvājums} other {aktīvi piedāvājumi}}',
  'stats.openRequests':
    '{count, plural, zero {aktīvi pieprasījumi} one {aktīvs pieprasījums} other {aktīvi pieprasījumi}}',
  'stats.completedExchanges':
    '{count, plural, zero {īstenotas apmaiņas} one {īstenota apmaiņa} other {īstenotas apmaiņas}}',

  // Listing types
  'type.offer': 'Piedāvājums',
  'type.request': 'Pieprasījums',
  'type.offers': 'Piedāvājumi',
  'type.requests': 'Pieprasījumi',
  'listing.urgent': 'Steidzami',

  // Search page
  'search.title': 'Sludinājumi',
  'search.titleOffers': 'Piedāvājumi',
  'search.titleRequests': 'Pieprasījumi',
  'search.intro': 'Meklējiet visā, ko pašvaldības piedāvā un pieprasa, visās platformas valodās.',
  'search.label': 'Meklēt sludinājumos',
  'search.hint': 'Piemēram: ugunsdzēsēju auto, skolas mēbeles, brīvprātīgie talkai',
  'search.submit': 'Meklēt',
  'search.filters': 'Filtri',
  'search.applyFilters': 'Lietot filtrus',
  'search.clearFilters': 'Notīrīt visus filtrus',
  'search.sort': 'Kārtot pēc',
  'search.sortRelevance': 'Labākā atbilstība',
  'search.sortNewest': 'Jaunākie vispirms',
  'search.resultsHeading': 'Rezultāti',
  'search.resultCount':
    '{count, plural, =0 {Sludinājumi nav atrasti} zero {Atrasti # sludinājumi} one {Atrasts # sludinājums} other {Atrasti # sludinājumi}}',
  'search.noResultsHint': 'Mēģiniet citus vai mazāk vārdu vai noņemiet dažus filtrus.',
  'search.invalidParameters': 'Daži meklēšanas iestatījumi netika saprasti, tāpēc tie tika izlaisti.',
  'search.loading': 'Rezultāti tiek atjaunināti…',
  'search.sortNearest': 'Tuvākie vispirms',
  'distance.legend': 'Attālums',
  'distance.near': 'Pašvaldības tuvumā',
  'distance.nearHint': 'Dalībpašvaldība, jebkurā rakstībā: piemēram, Valmiera',
  'distance.radius': 'Rādiuss',
  'distance.anyRadius': 'Jebkurš attālums',
  'distance.radiusValue': '{km} km',
  'distance.found': 'Attālumu atskaites punkts: {place}.',
  'distance.notFound': 'Nav dalībpašvaldības ar nosaukumu „{name}“. Pārbaudiet pareizrakstību vai izvēlieties pašvaldību dalībpašvaldību sarakstā.',
  'distance.ambiguous': 'Vaicājumam „{name}“ atbilst vairākas dalībpašvaldības. Izvēlieties vienu:',
  'municipality.nearby': 'Sludinājumi 100 km rādiusā',
  'frame.impact': 'Ietekme',
  'impact.title': 'Apmaiņu ietekme',
  'impact.intro':
    'Ko pašvaldības līdz šim ir nodevušas viena otrai: īstenotās apmaiņas, to vērtība un emisijas, no kurām izdevies izvairīties, atkārtoti izmantojot lietas, nevis pērkot jaunas.',
  'impact.totalsHeading': 'Kopā',
  'impact.totalEur': 'eiro nodotās vērtības',
  'impact.totalCo2e': 'kg novērsto CO₂e emisiju',
  'impact.totalMass': 'kg atkārtoti izmantotu preču un materiālu',
  'impact.totalVolunteerHours': 'brīvprātīgā darba stundas',
  'impact.totalExpertDays': 'ekspertu darba dienas',
  'impact.co2eNote':
    'Novērstās CO₂e emisijas aprēķina pēc atkārtoti izmantotās masas un katrai kategorijai noteikta koeficienta; koeficienti un to avoti tiek publicēti kopā ar atvērtajiem datiem.',
  'impact.chartsHeading': 'Laika gaitā un pa kategorijām',
  'impact.chartCompletedByMonth': 'Īstenotās apmaiņas pa mēnešiem',
  'impact.chartCo2eByMonth': 'Novērstās CO₂e emisijas pa mēnešiem (kg)',
  'impact.chartEurByMonth': 'Nodotā vērtība pa mēnešiem (EUR)',
  'impact.chartByKind': 'Īstenotās apmaiņas pa veidiem',
  'impact.chartByCountry': 'Īstenotās apmaiņas pa valstīm',
  'impact.whatCompleted': 'Īstenotās apmaiņas',
  'impact.whatCo2e': 'Novērstās CO₂e emisijas',
  'impact.whatEur': 'Nodotā vērtība',
  'impact.whatKinds': 'Īstenotās apmaiņas pa veidiem',
  'impact.whatCountries': 'Īstenotās apmaiņas pa valstīm',
  'impact.summaryOverTime': '{what} laikposmā {from} – {to}; lielākā vērtība – {top} ({topValue}).',
  'impact.summaryByCategory':
    '{what}: {count, plural, zero {# kategorijas} one {# kategorija} other {# kategorijas}}; visvairāk – {first}.',
  'impact.summaryEmpty': '{what}: pagaidām nekas nav reģistrēts.',
  'impact.month': 'Mēnesis',
  'impact.completed': 'Īstenotās apmaiņas',
  'home.seeImpact': 'Skatīt apmaiņu ietekmi',
  'impact.showTable': 'Rādīt skaitļus tabulā',

  // Facets
  'facet.type': 'Tips',
  'facet.kind': 'Veids',
  'facet.cpv': 'Kategorija',
  'facet.country': 'Valsts',
  'facet.municipality': 'Pašvaldība',
  'facet.delivery': 'Nodošanas veids',
  'facet.language': 'Darba valoda',
  'facet.anyType': 'Piedāvājumi un pieprasījumi',
  'facet.showAll': 'Rādīt visus ({count})',
  'facet.valueWithCount': '{label} ({count})',

  // Pagination
  'pagination.label': 'Rezultātu lapas',
  'pagination.previous': 'Iepriekšējā lapa',
  'pagination.next': 'Nākamā lapa',
  'pagination.page': '{page}. lapa',
  'pagination.status': '{page}. lapa no {pages}',

  // A listing in a list
  'card.publishedOn': 'Publicēts {date}',
  'card.openUntil': 'Spēkā līdz {date}',
  'card.distance': '{distance} km attālumā',
  'card.place': '{municipality}, {country}',

  // A listing's own page
  'listing.details': 'Sīkāka informācija',
  'listing.description': 'Apraksts',
  'listing.fieldKind': 'Veids',
  'listing.fieldCategories': 'Kategorijas (CPV)',
  'listing.fieldQuantity': 'Daudzums',
  'listing.fieldRemaining': 'Vēl pieejams',
  'listing.fieldCondition': 'Stāvoklis',
  'listing.fieldAvailableFrom': 'Pieejams no',
  'listing.fieldNeededBy': 'Nepieciešams līdz',
  'listing.fieldOpenUntil': 'Spēkā līdz',
  'listing.fieldDelivery': 'Nodošanas veids',
  'listing.fieldWorkingLanguages': 'Darba valodas',
  'listing.fieldPlace': 'Vieta',
  'listing.fieldPublished': 'Publicēts',
  'listing.fieldStatus': 'Statuss',
  'listing.statusPublished': 'Aktīvs',
  'listing.statusClosed': 'Slēgts',
  'listing.statusExpired': 'Termiņš beidzies',
  'listing.closedNotice': 'Šis sludinājums ir slēgts, un uz to vairs nevar atbildēt.',
  'listing.expiredNotice': 'Šī sludinājuma termiņš ir beidzies, un uz to vairs nevar atbildēt.',
  'listing.cpvFallback': 'Kategoriju nosaukumu valoda: {language}',
  'listing.photos': 'Fotoattēli',
  'listing.otherLanguages': 'Šis teksts ir pieejams arī šādās valodās:',
  'listing.postedBy': 'Publicētājs',
  'listing.location': 'Atrašanās vieta',
  'listing.answerOffer': 'Pieteikties uz šo piedāvājumu',
  'listing.answerRequest': 'Atbildēt uz šo pieprasījumu',
  'listing.answerNeedsLogin': 'Jums tiks lūgts pieteikties kā verificētas pašvaldības pārstāvim.',
  'listing.matchingForOffer': 'Pieprasījumi, kurus šis piedāvājums varētu apmierināt',
  'listing.matchingForRequest': 'Piedāvājumi, kas varētu apmierināt šo pieprasījumu',
  'listing.similarOffers': 'Līdzīgi piedāvājumi',
  'listing.similarRequests': 'Līdzīgi pieprasījumi',
  'listing.noneRelated': 'Pašlaik nav.',
  'listing.backToListings': 'Atpakaļ uz sludinājumiem',

  // Language of member-written text
  'language.original': 'Oriģināla valoda: {language}',
  'language.notTranslated': 'Tulkojuma jūsu valodā vēl nav: teksts ir parādīts tā, kā tas tika uzrakstīts.',
  'language.translatedFrom': 'Tulkots, oriģināla valoda: {language}',
  'language.contentFallback': 'Šis teksts jūsu valodā vēl nav pieejams.',

  // Values of a listing's fields
  'condition.new': 'Jauns',
  'condition.like-new': 'Kā jauns',
  'condition.good': 'Labs',
  'condition.fair': 'Apmierinošs',
  'condition.for-parts': 'Rezerves daļām vai pārstrādei',
  'delivery.pickup': 'Saņēmējs izņem pats',
  'delivery.delivery': 'Piegādā nodevējs',
  'delivery.remote': 'Attālināti',
  'delivery.on-site': 'Uz vietas',
  'unit.piece': '{count, plural, zero {# gabali} one {# gabals} other {# gabali}}',
  'unit.kg': '{count} kg',
  'unit.tonne': '{count, plural, zero {# tonnas} one {# tonna} other {# tonnas}}',
  'unit.litre': '{count, plural, zero {# litri} one {# litrs} other {# litri}}',
  'unit.m': '{count} m',
  'unit.m2': '{count} m²',
  'unit.m3': '{count} m³',
  'unit.hour': '{count, plural, zero {# stundas} one {# stunda} other {# stundas}}',
  'unit.day': '{count, plural, zero {# dienas} one {# diena} other {# dienas}}',
  'unit.person': '{count, plural, zero {# cilvēki} one {# cilvēks} other {# cilvēki}}',
  'unit.set': '{count, plural, zero {# komplekti} one {# komplekts} other {# komplekti}}',
  'unit.pallet': '{count, plural, zero {# paletes} one {# palete} other {# paletes}}',

  // Map
  'map.label': 'Eiropas karte, kurā parādīta atrašanās vieta: {place}',
  'map.caption': '{place}, {country}: ģeogrāfiskais platums {lat}, ģeogrāfiskais garums {lng}',

  // Municipalities
  'municipalities.title': 'Dalībpašvaldības',
  'municipalities.intro': 'Katru šeit norādīto pašvaldību ir verificējusi tās valsts nacionālā pašvaldību apvienība.',
  'municipalities.findLabel': 'Meklēt pašvaldību pēc nosaukuma',
  'municipalities.countryLabel': 'Valsts',
  'municipalities.allCountries': 'Visas valstis',
  'municipalities.show': 'Rādīt',
  'municipalities.count':
    '{count, plural, =0 {Pašvaldības nav atrastas} zero {# pašvaldības} one {# pašvaldība} other {# pašvaldības}}',
  'municipalities.byCountry': 'Pa valstīm',
  'municipalities.openListings':
    '{count, plural, =0 {Nav aktīvu sludinājumu} zero {# aktīvi sludinājumi} one {# aktīvs sludinājums} other {# aktīvi sludinājumi}}',
  'municipality.population': 'Iedzīvotāju skaits',
  'municipality.website': 'Tīmekļvietne',
  'municipality.country': 'Valsts',
  'municipality.languages': 'Valodas',
  'municipality.about': 'Par pašvaldību',
  'municipality.record': 'Darbība platformā',
  'municipality.openListingsHeading': 'Aktīvie sludinājumi',
  'municipality.noOpenListings': 'Šai pašvaldībai pašlaik nav aktīvu sludinājumu.',
  'municipality.allListings': 'Visi sludinājumi: {municipality}',

  // Pages and news
  'news.title': 'Jaunumi',
  'news.intro': 'Jaunumi no apvienības un platformas pašvaldībām.',
  'news.none': 'Jaunumu vēl nav.',
  'news.publishedOn': 'Publicēts {date}',
  'news.backToNews': 'Atpakaļ uz visiem jaunumiem',

  // Log in
  'login.title': 'Pieteikšanās',
  'login.intro':
    'Verificētu pašvaldību pārstāvji piesakās, lai atbildētu uz sludinājumiem, publicētu savus sludinājumus un sekotu līdzi savām apmaiņām.',
  'login.unavailable': 'Pieteikšanās portālā vēl nav atvērta. Lūdzu, apmeklējiet to atkal drīzumā.',
  'login.back': 'Atpakaļ uz sludinājumu',

  // Feed
  'feed.title': 'Jauni sludinājumi platformā Community Sharing',
  'feed.filtered': 'Jauni sludinājumi platformā Community Sharing: {filters}',

  // Errors
  'error.notFoundTitle': 'Lapa nav atrasta',
  'error.notFoundText': 'Meklētā lapa neeksistē vai vairs nav publiska.',
  'error.unavailableTitle': 'Īslaicīgi nepieejams',
  'error.unavailableText':
    'Sludinājumi uz brīdi nav pieejami, jo pakalpojums, kurā tie tiek glabāti, neatbild. Lūdzu, mēģiniet vēlreiz pēc dažām minūtēm.',
  'error.tryAgain': 'Mēģināt vēlreiz',
  'error.serverTitle': 'Radās kļūda',
  'error.serverText': 'Kļūda mūsu pusē neļāva ielādēt šo lapu. Lūdzu, mēģiniet vēlreiz vēlāk.',
  'error.goHome': 'Uz sākumlapu',
};

export default lv;
