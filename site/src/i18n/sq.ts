// The portal's interface strings in Albanian. Keys and order follow en.ts; see README.md for the rules.
// Same as English on purpose (brand, pure placeholders, bare units; allowed by SAME_IN_EVERY_LOCALE):
// site.name, facet.valueWithCount, card.place, unit.kg, unit.m, unit.m2, unit.m3.
import type { Catalog } from './en';

const sq: Catalog = {
  'site.name': 'Community Sharing',
  'site.description':
    'Bashkitë e Bashkimit Evropian dhe të Ballkanit Perëndimor i japin njëra-tjetrës falas atë që njëra ka dhe tjetrës i nevojitet.',

  // Page frame
  'frame.skipLink': 'Kalo te përmbajtja kryesore',
  'frame.mainNav': 'Menyja kryesore',
  'frame.listings': 'Njoftimet',
  'frame.municipalities': 'Bashkitë',
  'frame.news': 'Lajme',
  'frame.login': 'Hyrje',
  'frame.language': 'Gjuha',
  'frame.languageChoose': 'Zgjidhni gjuhën',
  'frame.footerNav': 'Rreth platformës',
  'frame.footerText':
    'Platformë e shoqatave kombëtare të bashkive, e hapur për çdo bashki të Bashkimit Evropian dhe të Ballkanit Perëndimor.',
  'frame.feed': 'Burimi i njoftimeve të reja',
  'frame.sitemap': 'Harta e faqes',

  // Home page
  'home.title': 'Bashkitë ndajnë atë që kanë me ata që kanë nevojë',
  'home.intro':
    'Community Sharing është vendi ku bashkitë e Bashkimit Evropian dhe të Ballkanit Perëndimor i japin njëra-tjetrës falas atë që njëra ka dhe tjetrës i nevojitet: ekspertizë, menaxherë me përvojë, vullnetarë, pajisje, mallra, materiale dhe shërbime. Platforma i ndihmon gjithashtu të gjejnë investitorë për burime vendore të papërdorura dhe partnerë për bizneset vendore.',
  'home.browseAll': 'Shfletoni të gjitha njoftimet',
  'home.figuresHeading': 'Platforma në shifra',
  'home.latestOffers': 'Ofertat më të fundit',
  'home.latestRequests': 'Kërkesat më të fundit',
  'home.allOffers': 'Shihni të gjitha ofertat',
  'home.allRequests': 'Shihni të gjitha kërkesat',
  'home.nothingYet': 'Këtu nuk është publikuar ende asgjë.',
  'home.kindsHeading': 'Çfarë ndajnë bashkitë',
  'home.kindCount': '{count, plural, =0 {Asnjë njoftim i hapur} one {# njoftim i hapur} other {# njoftime të hapura}}',

  // Live figures
  'stats.municipalities': '{count, plural, one {bashki anëtare} other {bashki anëtare}}',
  'stats.countries': '{count, plural, one {shtet} other {shtete}}',
  'stats.openOffers': '{count, plural, one {ofertë e hapur} other {oferta të hapura}}',
  'stats.openRequests': '{count, plural, one {kërkesë e hapur} other {kërkesa të hapura}}',
  'stats.completedExchanges': '{count, plural, one {shkëmbim i përfunduar} other {shkëmbime të përfunduara}}',

  // Listing types
  'type.offer': 'Ofertë',
  'type.request': 'Kërkesë',
  'type.offers': 'Oferta',
  'type.requests': 'Kërkesa',
  'listing.urgent': 'Urgjent',

  // Search page
  'search.title': 'Njoftimet',
  'search.titleOffers': 'Ofertat',
  'search.titleRequests': 'Kërkesat',
  'search.intro': 'Kërkoni gjithçka që bashkitë ofrojnë dhe kërkojnë, në të gjitha gjuhët e platformës.',
  'search.label': 'Kërkoni në njoftime',
  'search.hint': 'Për shembull: automjet zjarrfikës, mobilie shkollore, vullnetarë për një aksion pastrimi',
  'search.submit': 'Kërko',
  'search.filters': 'Filtrat',
  'search.applyFilters': 'Zbato filtrat',
  'search.clearFilters': 'Hiq të gjithë filtrat',
  'search.sort': 'Rendit sipas',
  'search.sortRelevance': 'Përputhja më e mirë',
  'search.sortNewest': 'Më të rejat në fillim',
  'search.resultsHeading': 'Rezultatet',
  'search.resultCount':
    '{count, plural, =0 {Nuk u gjet asnjë njoftim} one {U gjet # njoftim} other {U gjetën # njoftime}}',
  'search.noResultsHint': 'Provoni fjalë të tjera ose më pak fjalë, ose hiqni disa filtra.',
  'search.invalidParameters': 'Disa parametra të kërkimit nuk u kuptuan dhe u lanë jashtë.',
  'search.loading': 'Po përditësohen rezultatet…',
  'search.sortNearest': 'Më të afërtat në fillim',
  'distance.legend': 'Largësia',
  'distance.near': 'Pranë bashkisë',
  'distance.nearHint': 'Një bashki anëtare, në çdo alfabet: për shembull Korçë',
  'distance.radius': 'Në një rreze prej',
  'distance.anyRadius': 'Çdo largësi',
  'distance.radiusValue': '{km} km',
  'distance.found': 'Pika e nisjes për largësitë: {place}.',
  'distance.notFound': 'Asnjë bashki anëtare nuk quhet „{name}“. Kontrolloni drejtshkrimin ose zgjidhni një bashki nga lista e bashkive anëtare.',
  'distance.ambiguous': 'Disa bashki anëtare përputhen me „{name}“. Zgjidhni njërën:',
  'municipality.nearby': 'Njoftime brenda 100 km',
  'frame.impact': 'Ndikimi',
  'impact.title': 'Ndikimi i shkëmbimeve',
  'impact.intro':
    'Çfarë i kanë dhënë bashkitë njëra-tjetrës deri tani: shkëmbime të përfunduara, vlera e tyre dhe emetimet e shmangura falë ripërdorimit në vend të blerjes së sendeve të reja.',
  'impact.totalsHeading': 'Gjithsej',
  'impact.totalEur': 'euro vlerë e transferuar',
  'impact.totalCo2e': 'kg CO₂e të shmangura',
  'impact.totalMass': 'kg mallra dhe materiale të ripërdorura',
  'impact.totalVolunteerHours': 'orë pune vullnetare',
  'impact.totalExpertDays': 'ditë pune ekspertësh',
  'impact.co2eNote':
    'CO₂e e shmangur vlerësohet nga masa e ripërdorur dhe një faktor për çdo kategori; faktorët dhe burimet e tyre publikohen bashkë me të dhënat e hapura.',
  'impact.chartsHeading': 'Në kohë dhe sipas kategorive',
  'impact.chartCompletedByMonth': 'Shkëmbime të përfunduara sipas muajve',
  'impact.chartCo2eByMonth': 'CO₂e e shmangur sipas muajve (kg)',
  'impact.chartEurByMonth': 'Vlera e transferuar sipas muajve (EUR)',
  'impact.chartByKind': 'Shkëmbime të përfunduara sipas llojit',
  'impact.chartByCountry': 'Shkëmbime të përfunduara sipas shtetit',
  'impact.whatCompleted': 'Shkëmbime të përfunduara',
  'impact.whatCo2e': 'CO₂e e shmangur',
  'impact.whatEur': 'Vlera e transferuar',
  'impact.whatKinds': 'Shkëmbime të përfunduara sipas llojit',
  'impact.whatCountries': 'Shkëmbime të përfunduara sipas shtetit',
  'impact.summaryOverTime': '{what} për periudhën {from} – {to}; vlera më e lartë: {top} ({topValue}).',
  'impact.summaryByCategory': '{what}: {count, plural, one {# kategori} other {# kategori}}; në krye: {first}.',
  'impact.summaryEmpty': '{what}: ende nuk është regjistruar asgjë.',
  'impact.month': 'Muaji',
  'impact.completed': 'Shkëmbime të përfunduara',
  'home.seeImpact': 'Shihni ndikimin e shkëmbimeve',
  'impact.showTable': 'Shfaqi të dhënat në tabelë',

  // Facets
  'facet.type': 'Lloji i njoftimit',
  'facet.kind': 'Lloji',
  'facet.cpv': 'Kategoria',
  'facet.country': 'Shteti',
  'facet.municipality': 'Bashkia',
  'facet.delivery': 'Mënyra e dorëzimit',
  'facet.language': 'Gjuha e punës',
  'facet.anyType': 'Oferta dhe kërkesa',
  'facet.showAll': 'Shfaqi të gjitha ({count})',
  'facet.valueWithCount': '{label} ({count})',

  // Pagination
  'pagination.label': 'Faqet e rezultateve',
  'pagination.previous': 'Faqja e mëparshme',
  'pagination.next': 'Faqja tjetër',
  'pagination.page': 'Faqja {page}',
  'pagination.status': 'Faqja {page} nga {pages}',

  // A listing in a list
  'card.publishedOn': 'Publikuar më {date}',
  'card.openUntil': 'E hapur deri më {date}',
  'card.distance': 'Në largësi {distance} km',
  'card.place': '{municipality}, {country}',

  // A listing's own page
  'listing.details': 'Hollësitë',
  'listing.description': 'Përshkrimi',
  'listing.fieldKind': 'Lloji',
  'listing.fieldCategories': 'Kategoritë (CPV)',
  'listing.fieldQuantity': 'Sasia',
  'listing.fieldRemaining': 'Ende në dispozicion',
  'listing.fieldCondition': 'Gjendja',
  'listing.fieldAvailableFrom': 'Në dispozicion nga',
  'listing.fieldNeededBy': 'Nevojitet deri më',
  'listing.fieldOpenUntil': 'E hapur deri më',
  'listing.fieldDelivery': 'Mënyra e dorëzimit',
  'listing.fieldWorkingLanguages': 'Gjuhët e punës',
  'listing.fieldPlace': 'Vendi',
  'listing.fieldPublished': 'Publikuar',
  'listing.fieldStatus': 'Statusi',
  'listing.statusPublished': 'I hapur',
  'listing.statusClosed': 'I mbyllur',
  'listing.statusExpired': 'I skaduar',
  'listing.closedNotice': 'Ky njoftim është mbyllur dhe nuk mund t’i përgjigjeni më.',
  'listing.expiredNotice': 'Ky njoftim ka skaduar dhe nuk mund t’i përgjigjeni më.',
  'listing.cpvFallback': 'Emri i kategorisë shfaqet në gjuhën: {language}',
  'listing.photos': 'Fotografi',
  'listing.otherLanguages': 'Ky tekst është i disponueshëm edhe në këto gjuhë:',
  'listing.postedBy': 'Publikuar nga',
  'listing.location': 'Vendndodhja',
  'listing.answerOffer': 'Kërkoni këtë ofertë',
  'listing.answerRequest': 'Përgjigjuni kësaj kërkese',
  'listing.answerNeedsLogin': 'Do t’ju kërkohet të hyni si anëtar i një bashkie të verifikuar.',
  'listing.matchingForOffer': 'Kërkesa që kjo ofertë mund t’i plotësojë',
  'listing.matchingForRequest': 'Oferta që mund ta plotësojnë këtë kërkesë',
  'listing.similarOffers': 'Oferta të ngjashme',
  'listing.similarRequests': 'Kërkesa të ngjashme',
  'listing.noneRelated': 'Asnjë për momentin.',
  'listing.backToListings': 'Kthehu te njoftimet',

  // Language of member-written text
  'language.original': 'Teksti origjinal ({language})',
  'language.notTranslated': 'Ende nuk ka përkthim në gjuhën e zgjedhur: teksti shfaqet ashtu siç është shkruar.',
  'language.translatedFrom': 'Përkthim (origjinali: {language})',
  'language.contentFallback': 'Ky tekst ende nuk është i disponueshëm në gjuhën e zgjedhur.',

  // Values of a listing's fields
  'condition.new': 'E re',
  'condition.like-new': 'Si e re',
  'condition.good': 'E mirë',
  'condition.fair': 'E pranueshme',
  'condition.for-parts': 'Për pjesë këmbimi ose riciklim',
  'delivery.pickup': 'Merret nga marrësi',
  'delivery.delivery': 'Dorëzohet nga ofruesi',
  'delivery.remote': 'Në distancë',
  'delivery.on-site': 'Në vend',
  'unit.piece': '{count, plural, one {# copë} other {# copë}}',
  'unit.kg': '{count} kg',
  'unit.tonne': '{count, plural, one {# ton} other {# tonë}}',
  'unit.litre': '{count, plural, one {# litër} other {# litra}}',
  'unit.m': '{count} m',
  'unit.m2': '{count} m²',
  'unit.m3': '{count} m³',
  'unit.hour': '{count, plural, one {# orë} other {# orë}}',
  'unit.day': '{count, plural, one {# ditë} other {# ditë}}',
  'unit.person': '{count, plural, one {# person} other {# persona}}',
  'unit.set': '{count, plural, one {# komplet} other {# komplete}}',
  'unit.pallet': '{count, plural, one {# paletë} other {# paleta}}',

  // Map
  'map.label': 'Harta e Evropës me vendndodhjen e shënuar: {place}',
  'map.caption': '{place}, {country}: gjerësia gjeografike {lat}, gjatësia gjeografike {lng}',

  // Municipalities
  'municipalities.title': 'Bashkitë anëtare',
  'municipalities.intro':
    'Çdo bashki e renditur këtu është verifikuar nga shoqata kombëtare e bashkive të vendit të saj.',
  'municipalities.findLabel': 'Gjeni një bashki sipas emrit',
  'municipalities.countryLabel': 'Shteti',
  'municipalities.allCountries': 'Të gjitha shtetet',
  'municipalities.show': 'Shfaq',
  'municipalities.count': '{count, plural, =0 {Nuk u gjet asnjë bashki} one {# bashki} other {# bashki}}',
  'municipalities.byCountry': 'Shtetet',
  'municipalities.openListings':
    '{count, plural, =0 {Asnjë njoftim i hapur} one {# njoftim i hapur} other {# njoftime të hapura}}',
  'municipality.population': 'Popullsia',
  'municipality.website': 'Faqja e internetit',
  'municipality.country': 'Shteti',
  'municipality.languages': 'Gjuhët',
  'municipality.about': 'Rreth bashkisë',
  'municipality.record': 'Aktiviteti në platformë',
  'municipality.openListingsHeading': 'Njoftimet e hapura',
  'municipality.noOpenListings': 'Kjo bashki nuk ka njoftime të hapura për momentin.',
  'municipality.allListings': 'Të gjitha njoftimet – {municipality}',

  // Pages and news
  'news.title': 'Lajme',
  'news.intro': 'Lajme nga shoqata dhe nga bashkitë e platformës.',
  'news.none': 'Ende nuk ka lajme.',
  'news.publishedOn': 'Publikuar më {date}',
  'news.backToNews': 'Kthehu te të gjitha lajmet',

  // Log in
  'login.title': 'Hyrje',
  'login.intro':
    'Anëtarët e bashkive të verifikuara hyjnë në portal për t’iu përgjigjur njoftimeve, për të publikuar njoftimet e tyre dhe për të ndjekur shkëmbimet e tyre.',
  'login.unavailable': 'Hyrja në portal nuk është ende e hapur. Ju lutemi, rikthehuni së shpejti.',
  'login.back': 'Kthehu te njoftimi',

  // Feed
  'feed.title': 'Njoftime të reja në Community Sharing',
  'feed.filtered': 'Njoftime të reja në Community Sharing: {filters}',

  // Errors
  'error.notFoundTitle': 'Faqja nuk u gjet',
  'error.notFoundText': 'Faqja që kërkoni nuk ekziston ose nuk është më publike.',
  'error.unavailableTitle': 'Përkohësisht e padisponueshme',
  'error.unavailableText':
    'Njoftimet janë përkohësisht të paarritshme, sepse shërbimi që i ruan nuk përgjigjet. Ju lutemi, provoni përsëri pas disa minutash.',
  'error.tryAgain': 'Provoni përsëri',
  'error.serverTitle': 'Diçka shkoi keq',
  'error.serverText': 'Një gabim nga ana jonë pengoi ngarkimin e kësaj faqeje. Ju lutemi, provoni përsëri më vonë.',
  'error.goHome': 'Shkoni në faqen kryesore',
};

export default sq;
