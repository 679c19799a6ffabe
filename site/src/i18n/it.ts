// The portal's interface strings in Italian. Keys and order follow en.ts; see README.md for the rules.
// Sentences address the reader with the formal "Lei"; buttons and links use the usual short imperatives.
// No value is identical to English.
import type { Catalog } from './en';

const it: Catalog = {
  'site.name': 'Community Sharing',
  'site.description':
    'I comuni dell’Unione europea e dei Balcani occidentali si cedono gratuitamente ciò che uno possiede e che a un altro serve.',

  // Page frame
  'frame.skipLink': 'Vai al contenuto principale',
  'frame.mainNav': 'Navigazione principale',
  'frame.listings': 'Annunci',
  'frame.municipalities': 'Comuni',
  'frame.news': 'Notizie',
  'frame.login': 'Accedi',
  'frame.language': 'Lingua',
  'frame.languageChoose': 'Scegli la lingua',
  'frame.footerNav': 'Informazioni sulla piattaforma',
  'frame.footerText':
    'Una piattaforma delle associazioni nazionali dei comuni, aperta a tutti i comuni dell’Unione europea e dei Balcani occidentali.',
  'frame.feed': 'Feed dei nuovi annunci',
  'frame.sitemap': 'Mappa del sito',

  // Home page
  'home.title': 'Comuni che condividono ciò che hanno con chi ne ha bisogno',
  'home.intro':
    'Community Sharing è il luogo in cui i comuni dell’Unione europea e dei Balcani occidentali si cedono gratuitamente ciò che uno possiede e che a un altro serve: competenze, dirigenti esperti, volontari, attrezzature, beni, materiali e servizi. La piattaforma li aiuta anche a trovare investitori per risorse locali inutilizzate e partner per le imprese locali.',
  'home.browseAll': 'Sfoglia tutti gli annunci',
  'home.figuresHeading': 'La piattaforma in cifre',
  'home.latestOffers': 'Ultime offerte',
  'home.latestRequests': 'Ultime richieste',
  'home.allOffers': 'Vedi tutte le offerte',
  'home.allRequests': 'Vedi tutte le richieste',
  'home.nothingYet': 'Qui non è stato ancora pubblicato nulla.',
  'home.kindsHeading': 'Che cosa condividono i comuni',
  'home.kindCount': '{count, plural, =0 {Nessun annuncio attivo} one {# annuncio attivo} other {# annunci attivi}}',

  // Live figures: the number is shown large above these words, so they carry no number themselves.
  'stats.municipalities': '{count, plural, one {comune aderente} other {comuni aderenti}}',
  'stats.countries': '{count, plural, one {paese} other {paesi}}',
  'stats.openOffers': '{count, plural, one {offerta attiva} other {offerte attive}}',
  'stats.openRequests': '{count, plural, one {richiesta attiva} other {richieste attive}}',
  'stats.completedExchanges': '{count, plural, one {scambio concluso} other {scambi conclusi}}',

  // Listing types
  'type.offer': 'Offerta',
  'type.request': 'Richiesta',
  'type.offers': 'Offerte',
  'type.requests': 'Richieste',
  'listing.urgent': 'Urgente',

  // Search page
  'search.title': 'Annunci',
  'search.titleOffers': 'Offerte',
  'search.titleRequests': 'Richieste',
  'search.intro': 'Cerchi tra tutto ciò che i comuni offrono e chiedono, in tutte le lingue della piattaforma.',
  'search.label': 'Cerca negli annunci',
  'search.hint': 'Per esempio: autopompa, arredi scolastici, volontari per una giornata di pulizia',
  'search.submit': 'Cerca',
  'search.filters': 'Filtri',
  'search.applyFilters': 'Applica i filtri',
  'search.clearFilters': 'Rimuovi tutti i filtri',
  'search.sort': 'Ordina per',
  'search.sortRelevance': 'Pertinenza',
  'search.sortNewest': 'Più recenti',
  'search.resultsHeading': 'Risultati',
  'search.resultCount': '{count, plural, =0 {Nessun annuncio trovato} one {# annuncio trovato} other {# annunci trovati}}',
  'search.noResultsHint': 'Provi con parole diverse o con meno parole, oppure rimuova alcuni filtri.',
  'search.invalidParameters': 'Alcune impostazioni di ricerca non sono state riconosciute e sono state ignorate.',
  'search.loading': 'Aggiornamento dei risultati…',
  'search.sortNearest': 'Più vicini',
  'distance.legend': 'Distanza',
  'distance.near': 'Vicino al comune',
  'distance.nearHint': 'Un comune aderente, in qualsiasi alfabeto: per esempio Bergamo',
  'distance.radius': 'Entro',
  'distance.anyRadius': 'Qualsiasi distanza',
  'distance.radiusValue': '{km} km',
  'distance.found': 'Le distanze sono misurate da {place}.',
  'distance.notFound': 'Nessun comune aderente si chiama «{name}». Controlli l’ortografia o scelga un comune dall’elenco dei comuni aderenti.',
  'distance.ambiguous': 'Più comuni aderenti corrispondono a «{name}». Ne scelga uno:',
  'municipality.nearby': 'Annunci entro 100 km',

  // Facets
  'facet.type': 'Tipo',
  'facet.kind': 'Tipologia',
  'facet.cpv': 'Categoria',
  'facet.country': 'Paese',
  'facet.municipality': 'Comune',
  'facet.delivery': 'Modalità di consegna',
  'facet.language': 'Lingua di lavoro',
  'facet.anyType': 'Offerte e richieste',
  'facet.showAll': 'Mostra tutti ({count})',
  'facet.valueWithCount': '{label} ({count})',

  // Pagination
  'pagination.label': 'Pagine dei risultati',
  'pagination.previous': 'Pagina precedente',
  'pagination.next': 'Pagina successiva',
  'pagination.page': 'Pagina {page}',
  'pagination.status': 'Pagina {page} di {pages}',

  // A listing in a list
  'card.publishedOn': 'Pubblicato il {date}',
  'card.openUntil': 'Attivo fino al {date}',
  'card.distance': 'A {distance} km',
  'card.place': '{municipality}, {country}',

  // A listing's own page
  'listing.details': 'Dettagli',
  'listing.description': 'Descrizione',
  'listing.fieldKind': 'Tipologia',
  'listing.fieldCategories': 'Categorie (CPV)',
  'listing.fieldQuantity': 'Quantità',
  'listing.fieldRemaining': 'Ancora disponibile',
  'listing.fieldCondition': 'Condizioni',
  'listing.fieldAvailableFrom': 'Disponibile dal',
  'listing.fieldNeededBy': 'Necessario entro il',
  'listing.fieldOpenUntil': 'Attivo fino al',
  'listing.fieldDelivery': 'Modalità di consegna',
  'listing.fieldWorkingLanguages': 'Lingue di lavoro',
  'listing.fieldPlace': 'Luogo',
  'listing.fieldPublished': 'Data di pubblicazione',
  'listing.fieldStatus': 'Stato',
  'listing.statusPublished': 'Attivo',
  'listing.statusClosed': 'Chiuso',
  'listing.statusExpired': 'Scaduto',
  'listing.closedNotice': 'Questo annuncio è chiuso e non è più possibile rispondere.',
  'listing.expiredNotice': 'Questo annuncio è scaduto e non è più possibile rispondere.',
  'listing.cpvFallback': 'Lingua del nome della categoria: {language}',
  'listing.photos': 'Foto',
  'listing.otherLanguages': 'Questo testo è disponibile anche in:',
  'listing.postedBy': 'Pubblicato da',
  'listing.location': 'Posizione',
  'listing.answerOffer': 'Richiedi questa offerta',
  'listing.answerRequest': 'Rispondi a questa richiesta',
  'listing.answerNeedsLogin': 'Le verrà chiesto di accedere come membro di un comune verificato.',
  'listing.matchingForOffer': 'Richieste a cui questa offerta potrebbe rispondere',
  'listing.matchingForRequest': 'Offerte che potrebbero rispondere a questa richiesta',
  'listing.similarOffers': 'Offerte simili',
  'listing.similarRequests': 'Richieste simili',
  'listing.noneRelated': 'Nessuna al momento.',
  'listing.backToListings': 'Torna agli annunci',

  // Language of member-written text
  'language.original': 'Lingua originale: {language}',
  'language.notTranslated': 'Non è ancora disponibile una traduzione in questa lingua: il testo è mostrato così come è stato scritto.',
  'language.translatedFrom': 'Testo tradotto (lingua originale: {language})',
  'language.contentFallback': 'Questo testo non è ancora disponibile in questa lingua.',

  // Values of a listing's fields
  'condition.new': 'Nuovo',
  'condition.like-new': 'Come nuovo',
  'condition.good': 'Buone condizioni',
  'condition.fair': 'Condizioni discrete',
  'condition.for-parts': 'Per ricambi o riciclo',
  'delivery.pickup': 'Ritiro a cura del destinatario',
  'delivery.delivery': 'Consegna a cura del fornitore',
  'delivery.remote': 'A distanza',
  'delivery.on-site': 'In loco',
  'unit.piece': '{count, plural, one {# pezzo} other {# pezzi}}',
  'unit.kg': '{count} kg',
  'unit.tonne': '{count, plural, one {# tonnellata} other {# tonnellate}}',
  'unit.litre': '{count, plural, one {# litro} other {# litri}}',
  'unit.m': '{count} m',
  'unit.m2': '{count} m²',
  'unit.m3': '{count} m³',
  'unit.hour': '{count, plural, one {# ora} other {# ore}}',
  'unit.day': '{count, plural, one {# giorno} other {# giorni}}',
  'unit.person': '{count, plural, one {# persona} other {# persone}}',
  'unit.set': '{count, plural, one {# kit} other {# kit}}',
  'unit.pallet': '{count, plural, one {# bancale} other {# bancali}}',

  // Map
  'map.label': 'Mappa dell’Europa che mostra dove si trova {place}',
  'map.caption': '{place}, {country}: latitudine {lat}, longitudine {lng}',

  // Municipalities
  'municipalities.title': 'Comuni aderenti',
  'municipalities.intro': 'Ogni comune di questo elenco è stato verificato dalla propria associazione nazionale dei comuni.',
  'municipalities.findLabel': 'Cerca un comune per nome',
  'municipalities.countryLabel': 'Paese',
  'municipalities.allCountries': 'Tutti i paesi',
  'municipalities.show': 'Mostra',
  'municipalities.count': '{count, plural, =0 {Nessun comune trovato} one {# comune} other {# comuni}}',
  'municipalities.byCountry': 'Paesi',
  'municipalities.openListings': '{count, plural, =0 {Nessun annuncio attivo} one {# annuncio attivo} other {# annunci attivi}}',
  'municipality.population': 'Popolazione',
  'municipality.website': 'Sito web',
  'municipality.country': 'Paese',
  'municipality.languages': 'Lingue',
  'municipality.about': 'Informazioni sul comune',
  'municipality.record': 'Attività sulla piattaforma',
  'municipality.openListingsHeading': 'Annunci attivi',
  'municipality.noOpenListings': 'Al momento questo comune non ha annunci attivi.',
  'municipality.allListings': 'Tutti gli annunci di {municipality}',

  // Pages and news
  'news.title': 'Notizie',
  'news.intro': 'Notizie dall’associazione e dai comuni della piattaforma.',
  'news.none': 'Non ci sono ancora notizie.',
  'news.publishedOn': 'Pubblicato il {date}',
  'news.backToNews': 'Torna a tutte le notizie',

  // Log in
  'login.title': 'Accesso',
  'login.intro':
    'I membri dei comuni verificati accedono per rispondere agli annunci, pubblicarne di propri e seguire i propri scambi.',
  'login.unavailable': 'L’accesso al portale non è ancora attivo. La invitiamo a tornare presto.',
  'login.back': 'Torna all’annuncio',

  // Feed
  'feed.title': 'Nuovi annunci su Community Sharing',
  'feed.filtered': 'Nuovi annunci su Community Sharing: {filters}',

  // Errors
  'error.notFoundTitle': 'Pagina non trovata',
  'error.notFoundText': 'La pagina che sta cercando non esiste o non è più pubblica.',
  'error.unavailableTitle': 'Temporaneamente non disponibile',
  'error.unavailableText':
    'Al momento gli annunci non sono raggiungibili, perché il servizio che li ospita non risponde. La preghiamo di riprovare tra qualche minuto.',
  'error.tryAgain': 'Riprova',
  'error.serverTitle': 'Si è verificato un problema',
  'error.serverText': 'Un errore da parte nostra ha impedito il caricamento di questa pagina. La preghiamo di riprovare più tardi.',
  'error.goHome': 'Vai alla pagina iniziale',
};

export default it;
