// The portal's interface strings in Romanian. Keys and order follow en.ts; see README.md for the rules.
// The reader is addressed with "dumneavoastră". "Municipality" is "localitate", as in the listing kinds of
// @community-sharing/config. Plurals: "few" (0, 2–19…) takes the bare plural, "other" (20+) the plural with "de".
// No value is identical to English.
import type { Catalog } from './en';

const ro: Catalog = {
  'site.name': 'Community Sharing',
  'site.description':
    'Localitățile din Uniunea Europeană și din Balcanii de Vest își oferă gratuit, unele altora, ceea ce unele au și altora le lipsește.',

  // Page frame
  'frame.skipLink': 'Salt la conținutul principal',
  'frame.mainNav': 'Meniu principal',
  'frame.listings': 'Anunțuri',
  'frame.municipalities': 'Localități',
  'frame.news': 'Știri',
  'frame.login': 'Autentificare',
  'frame.language': 'Limbă',
  'frame.languageChoose': 'Alegeți limba',
  'frame.footerNav': 'Despre platformă',
  'frame.footerText':
    'O platformă a asociațiilor naționale ale autorităților locale, deschisă tuturor localităților din Uniunea Europeană și din Balcanii de Vest.',
  'frame.feed': 'Flux cu anunțurile noi',
  'frame.sitemap': 'Harta site-ului',

  // Home page
  'home.title': 'Localități care împart ce au cu cele care au nevoie',
  'home.intro':
    'Community Sharing este locul în care localitățile din Uniunea Europeană și din Balcanii de Vest își oferă gratuit, unele altora, ceea ce unele au și altora le lipsește: expertiză, manageri cu experiență, voluntari, echipamente, bunuri, materiale și servicii. Platforma le ajută, de asemenea, să găsească investitori pentru resurse locale nevalorificate și parteneri pentru companiile locale.',
  'home.browseAll': 'Vedeți toate anunțurile',
  'home.figuresHeading': 'Platforma în cifre',
  'home.latestOffers': 'Cele mai noi oferte',
  'home.latestRequests': 'Cele mai noi cereri',
  'home.allOffers': 'Vedeți toate ofertele',
  'home.allRequests': 'Vedeți toate cererile',
  'home.nothingYet': 'Încă nu s-a publicat nimic aici.',
  'home.kindsHeading': 'Ce pun la dispoziție localitățile',
  'home.kindCount': '{count, plural, =0 {Niciun anunț activ} one {# anunț activ} few {# anunțuri active} other {# de anunțuri active}}',

  // Live figures: the number is shown large above these words, so they carry no number themselves.
  'stats.municipalities': '{count, plural, one {localitate membră} few {localități membre} other {de localități membre}}',
  'stats.countries': '{count, plural, one {țară} few {țări} other {de țări}}',
  'stats.openOffers': '{count, plural, one {ofertă activă} few {oferte active} other {de oferte active}}',
  'stats.openRequests': '{count, plural, one {cerere activă} few {cereri active} other {de cereri active}}',
  'stats.completedExchanges': '{count, plural, one {schimb finalizat} few {schimburi finalizate} other {de schimburi finalizate}}',

  // Listing types
  'type.offer': 'Ofertă',
  'type.request': 'Cerere',
  'type.offers': 'Oferte',
  'type.requests': 'Cereri',
  'listing.urgent': 'Urgentă',

  // Search page
  'search.title': 'Anunțuri',
  'search.titleOffers': 'Oferte',
  'search.titleRequests': 'Cereri',
  'search.intro': 'Căutați în tot ce oferă și solicită localitățile, în toate limbile platformei.',
  'search.label': 'Căutare în anunțuri',
  'search.hint': 'De exemplu: autospecială de pompieri, mobilier școlar, voluntari pentru o acțiune de ecologizare',
  'search.submit': 'Căutare',
  'search.filters': 'Filtre',
  'search.applyFilters': 'Aplicați filtrele',
  'search.clearFilters': 'Ștergeți toate filtrele',
  'search.sort': 'Sortare după',
  'search.sortRelevance': 'Relevanță',
  'search.sortNewest': 'Cele mai noi întâi',
  'search.resultsHeading': 'Rezultate',
  'search.resultCount': '{count, plural, =0 {Nu s-a găsit niciun anunț} one {# anunț găsit} few {# anunțuri găsite} other {# de anunțuri găsite}}',
  'search.noResultsHint': 'Încercați alte cuvinte sau mai puține cuvinte ori eliminați unele filtre.',
  'search.invalidParameters': 'Unele setări ale căutării nu au fost recunoscute și au fost ignorate.',
  'search.loading': 'Rezultatele se actualizează…',
  'search.sortNearest': 'Cele mai apropiate întâi',
  'distance.legend': 'Distanță',
  'distance.near': 'În apropierea localității',
  'distance.nearHint': 'O localitate membră, în orice alfabet: de exemplu Cluj-Napoca',
  'distance.radius': 'Pe o rază de',
  'distance.anyRadius': 'Orice distanță',
  'distance.radiusValue': '{km} km',
  'distance.found': 'Distanțele sunt măsurate de la {place}.',
  'distance.notFound': 'Nicio localitate membră nu se numește „{name}”. Verificați ortografia sau alegeți o localitate din lista localităților membre.',
  'distance.ambiguous': 'Mai multe localități membre corespund căutării „{name}”. Alegeți una:',
  'municipality.nearby': 'Anunțuri pe o rază de 100 km',
  'frame.impact': 'Rezultate',
  'impact.title': 'Rezultatele schimburilor',
  'impact.intro':
    'Ce și-au oferit până acum localitățile unele altora: schimburi finalizate, valoarea lor și emisiile evitate prin reutilizare în loc de achiziții noi.',
  'impact.totalsHeading': 'În total',
  'impact.totalEur': 'EUR valoare transmisă',
  'impact.totalCo2e': 'kg CO₂e evitate',
  'impact.totalMass': 'kg de bunuri și materiale reutilizate',
  'impact.totalVolunteerHours': 'ore de voluntariat',
  'impact.totalExpertDays': 'zile de expertiză',
  'impact.co2eNote':
    'CO₂e evitat este estimat pe baza masei reutilizate și a unui factor pentru fiecare categorie; factorii și sursele lor sunt publicate împreună cu datele deschise.',
  'impact.chartsHeading': 'În timp și pe categorii',
  'impact.chartCompletedByMonth': 'Schimburi finalizate pe luni',
  'impact.chartCo2eByMonth': 'CO₂e evitat pe luni (kg)',
  'impact.chartEurByMonth': 'Valoare transmisă pe luni (EUR)',
  'impact.chartByKind': 'Schimburi finalizate pe domenii',
  'impact.chartByCountry': 'Schimburi finalizate pe țări',
  'impact.whatCompleted': 'Schimburi finalizate',
  'impact.whatCo2e': 'CO₂e evitat',
  'impact.whatEur': 'Valoare transmisă',
  'impact.whatKinds': 'Schimburi finalizate pe domenii',
  'impact.whatCountries': 'Schimburi finalizate pe țări',
  'impact.summaryOverTime':
    '{what} din {from} până în {to}; luna cu valoarea cea mai mare a fost {top}, cu {topValue}.',
  'impact.summaryByCategory':
    '{what}: {count, plural, one {# categorie} few {# categorii} other {# de categorii}}, în frunte cu {first}.',
  'impact.summaryEmpty': '{what}: nimic înregistrat deocamdată.',
  'impact.month': 'Luna',
  'impact.completed': 'Schimburi finalizate',
  'home.seeImpact': 'Vedeți rezultatele schimburilor',
  'impact.showTable': 'Afișați cifrele într-un tabel',

  // Facets
  'facet.type': 'Tip',
  'facet.kind': 'Domeniu',
  'facet.cpv': 'Categorie',
  'facet.country': 'Țară',
  'facet.municipality': 'Localitate',
  'facet.delivery': 'Mod de predare',
  'facet.language': 'Limbă de lucru',
  'facet.anyType': 'Oferte și cereri',
  'facet.showAll': 'Afișați toate ({count})',
  'facet.valueWithCount': '{label} ({count})',

  // Pagination
  'pagination.label': 'Paginile cu rezultate',
  'pagination.previous': 'Pagina anterioară',
  'pagination.next': 'Pagina următoare',
  'pagination.page': 'Pagina {page}',
  'pagination.status': 'Pagina {page} din {pages}',

  // A listing in a list
  'card.publishedOn': 'Publicat la {date}',
  'card.openUntil': 'Activ până la {date}',
  'card.distance': 'La {distance} km distanță',
  'card.place': '{municipality}, {country}',

  // A listing's own page
  'listing.details': 'Detalii',
  'listing.description': 'Descriere',
  'listing.fieldKind': 'Domeniu',
  'listing.fieldCategories': 'Categorii (CPV)',
  'listing.fieldQuantity': 'Cantitate',
  'listing.fieldRemaining': 'Încă disponibil',
  'listing.fieldCondition': 'Stare',
  'listing.fieldAvailableFrom': 'Disponibil de la',
  'listing.fieldNeededBy': 'Necesar până la',
  'listing.fieldOpenUntil': 'Activ până la',
  'listing.fieldDelivery': 'Mod de predare',
  'listing.fieldWorkingLanguages': 'Limbi de lucru',
  'listing.fieldPlace': 'Loc',
  'listing.fieldPublished': 'Data publicării',
  'listing.fieldStatus': 'Situația anunțului',
  'listing.statusPublished': 'Activ',
  'listing.statusClosed': 'Închis',
  'listing.statusExpired': 'Expirat',
  'listing.closedNotice': 'Acest anunț este închis și nu mai poate primi răspunsuri.',
  'listing.expiredNotice': 'Acest anunț a expirat și nu mai poate primi răspunsuri.',
  'listing.cpvFallback': 'Limba denumirii categoriei: {language}',
  'listing.photos': 'Fotografii',
  'listing.otherLanguages': 'Acest text este disponibil și în:',
  'listing.postedBy': 'Publicat de',
  'listing.location': 'Localizare',
  'listing.answerOffer': 'Solicitați această ofertă',
  'listing.answerRequest': 'Răspundeți la această cerere',
  'listing.answerNeedsLogin': 'Vi se va cere să vă autentificați ca membru al unei localități verificate.',
  'listing.matchingForOffer': 'Cereri cărora această ofertă le-ar putea răspunde',
  'listing.matchingForRequest': 'Oferte care ar putea răspunde acestei cereri',
  'listing.similarOffers': 'Oferte similare',
  'listing.similarRequests': 'Cereri similare',
  'listing.noneRelated': 'Deocamdată, niciuna.',
  'listing.backToListings': 'Înapoi la anunțuri',

  // Language of member-written text
  'language.original': 'Limba originală: {language}',
  'language.notTranslated': 'Nu există încă o traducere în limba dumneavoastră: textul este afișat așa cum a fost scris.',
  'language.translatedFrom': 'Text tradus (limba originală: {language})',
  'language.contentFallback': 'Acest text nu este încă disponibil în limba dumneavoastră.',

  // Values of a listing's fields
  'condition.new': 'Nou',
  'condition.like-new': 'Ca nou',
  'condition.good': 'În stare bună',
  'condition.fair': 'În stare acceptabilă',
  'condition.for-parts': 'Pentru piese sau reciclare',
  'delivery.pickup': 'Ridicare de către beneficiar',
  'delivery.delivery': 'Livrare de către furnizor',
  'delivery.remote': 'La distanță',
  'delivery.on-site': 'La fața locului',
  'unit.piece': '{count, plural, one {# bucată} few {# bucăți} other {# de bucăți}}',
  'unit.kg': '{count} kg',
  'unit.tonne': '{count, plural, one {# tonă} few {# tone} other {# de tone}}',
  'unit.litre': '{count, plural, one {# litru} few {# litri} other {# de litri}}',
  'unit.m': '{count} m',
  'unit.m2': '{count} m²',
  'unit.m3': '{count} m³',
  'unit.hour': '{count, plural, one {# oră} few {# ore} other {# de ore}}',
  'unit.day': '{count, plural, one {# zi} few {# zile} other {# de zile}}',
  'unit.person': '{count, plural, one {# persoană} few {# persoane} other {# de persoane}}',
  'unit.set': '{count, plural, one {# set} few {# seturi} other {# de seturi}}',
  'unit.pallet': '{count, plural, one {# palet} few {# paleți} other {# de paleți}}',

  // Map
  'map.label': 'Harta Europei care arată unde se află {place}',
  'map.caption': '{place}, {country}: latitudine {lat}, longitudine {lng}',

  // Municipalities
  'municipalities.title': 'Localități membre',
  'municipalities.intro': 'Fiecare localitate din această listă a fost verificată de asociația națională a autorităților locale din țara sa.',
  'municipalities.findLabel': 'Căutați o localitate după nume',
  'municipalities.countryLabel': 'Țară',
  'municipalities.allCountries': 'Toate țările',
  'municipalities.show': 'Afișare',
  'municipalities.count': '{count, plural, =0 {Nu s-a găsit nicio localitate} one {# localitate} few {# localități} other {# de localități}}',
  'municipalities.byCountry': 'Țări',
  'municipalities.openListings': '{count, plural, =0 {Niciun anunț activ} one {# anunț activ} few {# anunțuri active} other {# de anunțuri active}}',
  'municipality.population': 'Populație',
  'municipality.website': 'Site web',
  'municipality.country': 'Țară',
  'municipality.languages': 'Limbi',
  'municipality.about': 'Despre localitate',
  'municipality.record': 'Activitatea pe platformă',
  'municipality.openListingsHeading': 'Anunțuri active',
  'municipality.noOpenListings': 'Această localitate nu are anunțuri active în acest moment.',
  'municipality.allListings': 'Toate anunțurile publicate de {municipality}',

  // Pages and news
  'news.title': 'Știri',
  'news.intro': 'Știri de la asociație și de la localitățile de pe platformă.',
  'news.none': 'Nu există încă știri.',
  'news.publishedOn': 'Publicat la {date}',
  'news.backToNews': 'Înapoi la toate știrile',

  // Log in
  'login.title': 'Autentificare',
  'login.intro':
    'Membrii localităților verificate se autentifică pentru a răspunde la anunțuri, a publica propriile anunțuri și a urmări schimburile în care sunt implicați.',
  'login.unavailable': 'Autentificarea pe portal nu este încă disponibilă. Vă rugăm să reveniți în curând.',
  'login.back': 'Înapoi la anunț',

  // Feed
  'feed.title': 'Anunțuri noi pe Community Sharing',
  'feed.filtered': 'Anunțuri noi pe Community Sharing: {filters}',

  // Errors
  'error.notFoundTitle': 'Pagina nu a fost găsită',
  'error.notFoundText': 'Pagina pe care o căutați nu există sau nu mai este publică.',
  'error.unavailableTitle': 'Temporar indisponibil',
  'error.unavailableText':
    'Anunțurile nu pot fi accesate momentan, deoarece serviciul care le găzduiește nu răspunde. Vă rugăm să încercați din nou peste câteva minute.',
  'error.tryAgain': 'Încercați din nou',
  'error.serverTitle': 'A apărut o problemă',
  'error.serverText': 'O eroare din partea noastră a împiedicat încărcarea acestei pagini. Vă rugăm să încercați din nou mai târziu.',
  'error.goHome': 'Mergeți la pagina principală',
};

export default ro;
