// The portal's interface strings in Danish. Keys and order follow en.ts; see README.md for the rules.
// Identical to English on purpose (as allowed by same-as-english.ts): site.name (brand), facet.valueWithCount,
// card.place, unit.kg, unit.m, unit.m2, unit.m3 (placeholders and bare units only).
import type { Catalog } from './en';

const da: Catalog = {
  // The platform's name is a brand: it stays as it is in every language.
  'site.name': 'Community Sharing',
  'site.description':
    'Kommuner i Den Europæiske Union og på Vestbalkan giver hinanden gratis det, som den ene har, og den anden har brug for.',

  // Page frame
  'frame.skipLink': 'Gå til hovedindholdet',
  'frame.mainNav': 'Hovedmenu',
  'frame.listings': 'Opslag',
  'frame.municipalities': 'Kommuner',
  'frame.news': 'Nyheder',
  'frame.login': 'Log ind',
  'frame.language': 'Sprog',
  'frame.languageChoose': 'Vælg sprog',
  'frame.footerNav': 'Om platformen',
  'frame.footerText':
    'En platform drevet af de nationale kommuneforeninger og åben for alle kommuner i Den Europæiske Union og på Vestbalkan.',
  'frame.feed': 'Feed med nye opslag',
  'frame.sitemap': 'Oversigt over webstedet',

  // Home page
  'home.title': 'Kommuner deler det, de har, med dem, der har brug for det',
  'home.intro':
    'Community Sharing er stedet, hvor kommuner i Den Europæiske Union og på Vestbalkan gratis giver hinanden det, som den ene har, og den anden har brug for: ekspertise, erfarne ledere, frivillige, udstyr, varer, materialer og tjenester. Platformen hjælper dem også med at finde investorer til ubrugte lokale ressourcer og partnere til lokale virksomheder.',
  'home.browseAll': 'Se alle opslag',
  'home.figuresHeading': 'Platformen i tal',
  'home.latestOffers': 'Nyeste tilbud',
  'home.latestRequests': 'Nyeste anmodninger',
  'home.allOffers': 'Se alle tilbud',
  'home.allRequests': 'Se alle anmodninger',
  'home.nothingYet': 'Der er endnu ikke slået noget op her.',
  'home.kindsHeading': 'Det deler kommunerne',
  'home.kindCount': '{count, plural, =0 {Ingen åbne opslag} one {# åbent opslag} other {# åbne opslag}}',

  // Live figures: the number is shown large above these words, so they carry no number themselves.
  'stats.municipalities': '{count, plural, one {medlemskommune} other {medlemskommuner}}',
  'stats.countries': '{count, plural, one {land} other {lande}}',
  'stats.openOffers': '{count, plural, one {åbent tilbud} other {åbne tilbud}}',
  'stats.openRequests': '{count, plural, one {åben anmodning} other {åbne anmodninger}}',
  'stats.completedExchanges': '{count, plural, one {gennemført udveksling} other {gennemførte udvekslinger}}',

  // Listing types
  'type.offer': 'Tilbud',
  'type.request': 'Anmodning',
  'type.offers': 'Tilbud',
  'type.requests': 'Anmodninger',
  'listing.urgent': 'Haster',

  // Search page
  'search.title': 'Opslag',
  'search.titleOffers': 'Tilbud',
  'search.titleRequests': 'Anmodninger',
  'search.intro': 'Søg i alt, hvad kommunerne tilbyder og efterspørger, på alle platformens sprog.',
  'search.label': 'Søg i opslag',
  'search.hint': 'For eksempel: brandbil, skolemøbler, frivillige til en oprydningsdag',
  'search.submit': 'Søg',
  'search.filters': 'Filtre',
  'search.applyFilters': 'Anvend filtre',
  'search.clearFilters': 'Ryd alle filtre',
  'search.sort': 'Sortér efter',
  'search.sortRelevance': 'Bedste match',
  'search.sortNewest': 'Nyeste først',
  'search.resultsHeading': 'Resultater',
  'search.resultCount': '{count, plural, =0 {Ingen opslag fundet} one {# opslag fundet} other {# opslag fundet}}',
  'search.noResultsHint': 'Prøv med andre eller færre ord, eller fjern nogle af filtrene.',
  'search.invalidParameters': 'Nogle søgeindstillinger blev ikke forstået og er udeladt.',
  'search.loading': 'Opdaterer resultaterne…',
  'search.sortNearest': 'Nærmeste først',
  'distance.legend': 'Afstand',
  'distance.near': 'I nærheden af kommunen',
  'distance.nearHint': 'En medlemskommune, skrevet med et hvilket som helst alfabet: for eksempel Odense',
  'distance.radius': 'Inden for',
  'distance.anyRadius': 'Alle afstande',
  'distance.radiusValue': '{km} km',
  'distance.found': 'Afstandene måles fra {place}.',
  'distance.notFound': 'Ingen medlemskommune hedder »{name}«. Tjek stavemåden, eller vælg en kommune fra oversigten over medlemskommuner.',
  'distance.ambiguous': 'Flere medlemskommuner passer til »{name}«. Vælg en af dem:',
  'municipality.nearby': 'Opslag inden for 100 km',

  // Facets
  'facet.type': 'Opslagstype',
  'facet.kind': 'Art',
  'facet.cpv': 'Kategori',
  'facet.country': 'Land',
  'facet.municipality': 'Kommune',
  'facet.delivery': 'Levering',
  'facet.language': 'Arbejdssprog',
  'facet.anyType': 'Tilbud og anmodninger',
  'facet.showAll': 'Vis alle ({count})',
  'facet.valueWithCount': '{label} ({count})',

  // Pagination
  'pagination.label': 'Resultatsider',
  'pagination.previous': 'Forrige side',
  'pagination.next': 'Næste side',
  'pagination.page': 'Side {page}',
  'pagination.status': 'Side {page} af {pages}',

  // A listing in a list
  'card.publishedOn': 'Offentliggjort {date}',
  'card.openUntil': 'Åben til og med {date}',
  'card.distance': '{distance} km væk',
  'card.place': '{municipality}, {country}',

  // A listing's own page
  'listing.details': 'Detaljer',
  'listing.description': 'Beskrivelse',
  'listing.fieldKind': 'Art',
  'listing.fieldCategories': 'Kategorier (CPV)',
  'listing.fieldQuantity': 'Mængde',
  'listing.fieldRemaining': 'Stadig tilgængeligt',
  'listing.fieldCondition': 'Stand',
  'listing.fieldAvailableFrom': 'Tilgængeligt fra',
  'listing.fieldNeededBy': 'Skal bruges senest',
  'listing.fieldOpenUntil': 'Åben til og med',
  'listing.fieldDelivery': 'Levering',
  'listing.fieldWorkingLanguages': 'Arbejdssprog',
  'listing.fieldPlace': 'Sted',
  'listing.fieldPublished': 'Offentliggjort',
  'listing.fieldStatus': 'Opslagets status',
  'listing.statusPublished': 'Åben',
  'listing.statusClosed': 'Lukket',
  'listing.statusExpired': 'Udløbet',
  'listing.closedNotice': 'Dette opslag er lukket og kan ikke længere besvares.',
  'listing.expiredNotice': 'Dette opslag er udløbet og kan ikke længere besvares.',
  'listing.cpvFallback': 'Sprog for kategorinavnene: {language}',
  'listing.photos': 'Billeder',
  'listing.otherLanguages': 'Teksten findes også på:',
  'listing.postedBy': 'Slået op af',
  'listing.location': 'Beliggenhed',
  'listing.answerOffer': 'Anmod om dette tilbud',
  'listing.answerRequest': 'Besvar denne anmodning',
  'listing.answerNeedsLogin': 'Du bliver bedt om at logge ind som medlem af en verificeret kommune.',
  'listing.matchingForOffer': 'Anmodninger, som dette tilbud kan opfylde',
  'listing.matchingForRequest': 'Tilbud, som kan opfylde denne anmodning',
  'listing.similarOffers': 'Lignende tilbud',
  'listing.similarRequests': 'Lignende anmodninger',
  'listing.noneRelated': 'Ingen i øjeblikket.',
  'listing.backToListings': 'Tilbage til opslagene',

  // Language of member-written text
  'language.original': 'Originalsprog: {language}',
  'language.notTranslated': 'Der er endnu ingen oversættelse til dit sprog: teksten vises, som den blev skrevet.',
  'language.translatedFrom': 'Oversat, originalsprog: {language}',
  'language.contentFallback': 'Denne tekst findes endnu ikke på dit sprog.',

  // Values of a listing's fields
  'condition.new': 'Ny',
  'condition.like-new': 'Som ny',
  'condition.good': 'God stand',
  'condition.fair': 'Rimelig stand',
  'condition.for-parts': 'Til reservedele eller genanvendelse',
  'delivery.pickup': 'Afhentes af modtageren',
  'delivery.delivery': 'Leveres af giveren',
  'delivery.remote': 'På afstand',
  'delivery.on-site': 'På stedet',
  'unit.piece': '{count, plural, one {# stk.} other {# stk.}}',
  'unit.kg': '{count} kg',
  'unit.tonne': '{count, plural, one {# ton} other {# ton}}',
  'unit.litre': '{count, plural, one {# liter} other {# liter}}',
  'unit.m': '{count} m',
  'unit.m2': '{count} m²',
  'unit.m3': '{count} m³',
  'unit.hour': '{count, plural, one {# time} other {# timer}}',
  'unit.day': '{count, plural, one {# dag} other {# dage}}',
  'unit.person': '{count, plural, one {# person} other {# personer}}',
  'unit.set': '{count, plural, one {# sæt} other {# sæt}}',
  'unit.pallet': '{count, plural, one {# palle} other {# paller}}',

  // Map
  'map.label': 'Europakort, der viser, hvor {place} ligger',
  'map.caption': '{place}, {country}: breddegrad {lat}, længdegrad {lng}',

  // Municipalities
  'municipalities.title': 'Medlemskommuner',
  'municipalities.intro': 'Alle kommuner på listen er verificeret af deres lands nationale kommuneforening.',
  'municipalities.findLabel': 'Find en kommune efter navn',
  'municipalities.countryLabel': 'Land',
  'municipalities.allCountries': 'Alle lande',
  'municipalities.show': 'Vis',
  'municipalities.count': '{count, plural, =0 {Ingen kommuner fundet} one {# kommune} other {# kommuner}}',
  'municipalities.byCountry': 'Lande',
  'municipalities.openListings': '{count, plural, =0 {Ingen åbne opslag} one {# åbent opslag} other {# åbne opslag}}',
  'municipality.population': 'Indbyggertal',
  'municipality.website': 'Websted',
  'municipality.country': 'Land',
  'municipality.languages': 'Sprog',
  'municipality.about': 'Om kommunen',
  'municipality.record': 'Aktivitet på platformen',
  'municipality.openListingsHeading': 'Åbne opslag',
  'municipality.noOpenListings': 'Kommunen har ingen åbne opslag i øjeblikket.',
  'municipality.allListings': 'Alle opslag fra {municipality}',

  // Pages and news
  'news.title': 'Nyheder',
  'news.intro': 'Nyheder fra foreningen og fra platformens kommuner.',
  'news.none': 'Der er endnu ingen nyheder.',
  'news.publishedOn': 'Offentliggjort {date}',
  'news.backToNews': 'Tilbage til alle nyheder',

  // Log in
  'login.title': 'Log ind',
  'login.intro':
    'Medlemmer fra verificerede kommuner logger ind for at besvare opslag, slå deres egne op og følge deres udvekslinger.',
  'login.unavailable': 'Det er endnu ikke muligt at logge ind på portalen. Kom snart tilbage.',
  'login.back': 'Tilbage til opslaget',

  // Feed
  'feed.title': 'Nye opslag på Community Sharing',
  'feed.filtered': 'Nye opslag på Community Sharing: {filters}',

  // Errors
  'error.notFoundTitle': 'Siden blev ikke fundet',
  'error.notFoundText': 'Den side, du leder efter, findes ikke eller er ikke længere offentlig.',
  'error.unavailableTitle': 'Midlertidigt utilgængelig',
  'error.unavailableText':
    'Opslagene kan ikke hentes lige nu, fordi den tjeneste, der opbevarer dem, ikke svarer. Prøv igen om et par minutter.',
  'error.tryAgain': 'Prøv igen',
  'error.serverTitle': 'Noget gik galt',
  'error.serverText': 'En fejl hos os forhindrede siden i at blive indlæst. Prøv igen senere.',
  'error.goHome': 'Gå til forsiden',
};

export default da;
