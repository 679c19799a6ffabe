// The portal's interface strings in Dutch. Keys and order follow en.ts; see README.md for the rules.
// Identical to English on purpose (genuinely the Dutch words; need `nl: [...]` in SAME_IN_LOCALE of
// same-as-english.ts): 'listing.fieldStatus' ("Status"), 'unit.set' ("set/sets"), 'unit.pallet' ("pallet/pallets").
import type { Catalog } from './en';

const nl: Catalog = {
  'site.name': 'Community Sharing',
  'site.description':
    'Gemeenten in de Europese Unie en de Westelijke Balkan geven elkaar kosteloos wat de ene heeft en de andere nodig heeft.',

  // Page frame
  'frame.skipLink': 'Naar de hoofdinhoud',
  'frame.mainNav': 'Hoofdmenu',
  'frame.listings': 'Advertenties',
  'frame.municipalities': 'Gemeenten',
  'frame.news': 'Nieuws',
  'frame.login': 'Inloggen',
  'frame.language': 'Taal',
  'frame.languageChoose': 'Kies een taal',
  'frame.footerNav': 'Over het platform',
  'frame.footerText':
    'Een platform van de nationale verenigingen van gemeenten, open voor elke gemeente in de Europese Unie en de Westelijke Balkan.',
  'frame.feed': 'Feed met nieuwe advertenties',
  'frame.sitemap': 'Sitemap',

  // Home page
  'home.title': 'Gemeenten delen wat ze hebben met wie het nodig heeft',
  'home.intro':
    'Community Sharing is de plek waar gemeenten in de Europese Unie en de Westelijke Balkan elkaar kosteloos geven wat de ene heeft en de andere nodig heeft: expertise, ervaren managers, vrijwilligers, uitrusting, goederen, materialen en diensten. Het platform helpt hen ook om investeerders te vinden voor ongebruikte lokale hulpbronnen en partners voor lokale bedrijven.',
  'home.browseAll': 'Alle advertenties bekijken',
  'home.figuresHeading': 'Het platform in cijfers',
  'home.latestOffers': 'Nieuwste aanbod',
  'home.latestRequests': 'Nieuwste verzoeken',
  'home.allOffers': 'Al het aanbod bekijken',
  'home.allRequests': 'Alle verzoeken bekijken',
  'home.nothingYet': 'Hier is nog niets geplaatst.',
  'home.kindsHeading': 'Wat gemeenten delen',
  'home.kindCount': '{count, plural, =0 {Geen openstaande advertenties} one {# openstaande advertentie} other {# openstaande advertenties}}',

  // Live figures: the number is shown large above these words, so they carry no number themselves.
  'stats.municipalities': '{count, plural, one {aangesloten gemeente} other {aangesloten gemeenten}}',
  'stats.countries': '{count, plural, one {land} other {landen}}',
  'stats.openOffers': '{count, plural, one {openstaand aanbod} other {openstaande aanbiedingen}}',
  'stats.openRequests': '{count, plural, one {openstaand verzoek} other {openstaande verzoeken}}',
  'stats.completedExchanges': '{count, plural, one {afgeronde uitwisseling} other {afgeronde uitwisselingen}}',

  // Listing types
  'type.offer': 'Aanbod',
  'type.request': 'Verzoek',
  'type.offers': 'Aanbod',
  'type.requests': 'Verzoeken',
  'listing.urgent': 'Dringend',

  // Search page
  'search.title': 'Advertenties',
  'search.titleOffers': 'Aanbod',
  'search.titleRequests': 'Verzoeken',
  'search.intro': 'Doorzoek alles wat gemeenten aanbieden en vragen, in alle talen van het platform.',
  'search.label': 'Advertenties doorzoeken',
  'search.hint': 'Bijvoorbeeld: brandweerwagen, schoolmeubilair, vrijwilligers voor een opruimactie',
  'search.submit': 'Zoeken',
  'search.filters': 'Zoekfilters',
  'search.applyFilters': 'Filters toepassen',
  'search.clearFilters': 'Alle filters wissen',
  'search.sort': 'Sorteren op',
  'search.sortRelevance': 'Relevantie',
  'search.sortNewest': 'Nieuwste eerst',
  'search.resultsHeading': 'Resultaten',
  'search.resultCount': '{count, plural, =0 {Geen advertenties gevonden} one {# advertentie gevonden} other {# advertenties gevonden}}',
  'search.noResultsHint': 'Probeer andere of minder woorden, of verwijder enkele filters.',
  'search.invalidParameters': 'Sommige zoekinstellingen werden niet begrepen en zijn weggelaten.',
  'search.loading': 'De resultaten worden bijgewerkt…',
  'search.sortNearest': 'Dichtstbijzijnde eerst',
  'distance.legend': 'Afstand',
  'distance.near': 'In de buurt van de gemeente',
  'distance.nearHint': 'Een aangesloten gemeente, in elk schrift: bijvoorbeeld Utrecht',
  'distance.radius': 'Binnen',
  'distance.anyRadius': 'Alle afstanden',
  'distance.radiusValue': '{km} km',
  'distance.found': 'Afstanden worden gemeten vanaf {place}.',
  'distance.notFound': 'Er is geen aangesloten gemeente met de naam “{name}”. Controleer de spelling of kies een gemeente uit het overzicht van aangesloten gemeenten.',
  'distance.ambiguous': 'Meerdere aangesloten gemeenten komen overeen met “{name}”. Kies er één:',
  'municipality.nearby': 'Advertenties binnen 100 km',

  // Facets
  'facet.type': 'Soort',
  'facet.kind': 'Rubriek',
  'facet.cpv': 'Categorie',
  'facet.country': 'Land',
  'facet.municipality': 'Gemeente',
  'facet.delivery': 'Levering',
  'facet.language': 'Werktaal',
  'facet.anyType': 'Aanbod en verzoeken',
  'facet.showAll': 'Alle {count} tonen',
  'facet.valueWithCount': '{label} ({count})',

  // Pagination
  'pagination.label': 'Resultaatpagina’s',
  'pagination.previous': 'Vorige pagina',
  'pagination.next': 'Volgende pagina',
  'pagination.page': 'Pagina {page}',
  'pagination.status': 'Pagina {page} van {pages}',

  // A listing in a list
  'card.publishedOn': 'Geplaatst op {date}',
  'card.openUntil': 'Loopt tot {date}',
  'card.distance': 'Op {distance} km afstand',
  'card.place': '{municipality}, {country}',

  // A listing's own page
  'listing.details': 'Gegevens',
  'listing.description': 'Beschrijving',
  'listing.fieldKind': 'Rubriek',
  'listing.fieldCategories': 'Categorieën (CPV)',
  'listing.fieldQuantity': 'Hoeveelheid',
  'listing.fieldRemaining': 'Nog beschikbaar',
  'listing.fieldCondition': 'Staat',
  'listing.fieldAvailableFrom': 'Beschikbaar vanaf',
  'listing.fieldNeededBy': 'Nodig vóór',
  'listing.fieldOpenUntil': 'Loopt tot',
  'listing.fieldDelivery': 'Levering',
  'listing.fieldWorkingLanguages': 'Werktalen',
  'listing.fieldPlace': 'Plaats',
  'listing.fieldPublished': 'Geplaatst op',
  'listing.fieldStatus': 'Status',
  'listing.statusPublished': 'Openstaand',
  'listing.statusClosed': 'Gesloten',
  'listing.statusExpired': 'Verlopen',
  'listing.closedNotice': 'Deze advertentie is gesloten; er kan niet meer op worden gereageerd.',
  'listing.expiredNotice': 'Deze advertentie is verlopen; er kan niet meer op worden gereageerd.',
  'listing.cpvFallback': 'Categorienaam weergegeven in het {language}',
  'listing.photos': 'Foto’s',
  'listing.otherLanguages': 'Deze tekst is ook beschikbaar in:',
  'listing.postedBy': 'Geplaatst door',
  'listing.location': 'Locatie',
  'listing.answerOffer': 'Dit aanbod aanvragen',
  'listing.answerRequest': 'Op dit verzoek reageren',
  'listing.answerNeedsLogin': 'U wordt gevraagd in te loggen als lid van een geverifieerde gemeente.',
  'listing.matchingForOffer': 'Verzoeken waaraan dit aanbod kan voldoen',
  'listing.matchingForRequest': 'Aanbod dat aan dit verzoek kan voldoen',
  'listing.similarOffers': 'Vergelijkbaar aanbod',
  'listing.similarRequests': 'Vergelijkbare verzoeken',
  'listing.noneRelated': 'Momenteel geen.',
  'listing.backToListings': 'Terug naar de advertenties',

  // Language of member-written text
  'language.original': 'Oorspronkelijke tekst in het {language}',
  'language.notTranslated': 'Er is nog geen vertaling in uw taal: de tekst wordt getoond zoals hij is geschreven.',
  'language.translatedFrom': 'Vertaald uit het {language}',
  'language.contentFallback': 'Deze tekst is nog niet beschikbaar in uw taal.',

  // Values of a listing's fields
  'condition.new': 'Nieuw',
  'condition.like-new': 'Zo goed als nieuw',
  'condition.good': 'Goed',
  'condition.fair': 'Redelijk',
  'condition.for-parts': 'Voor onderdelen of recycling',
  'delivery.pickup': 'Ophalen door de ontvanger',
  'delivery.delivery': 'Bezorging door de aanbieder',
  'delivery.remote': 'Op afstand',
  'delivery.on-site': 'Ter plaatse',
  'unit.piece': '{count, plural, one {# stuk} other {# stuks}}',
  'unit.kg': '{count} kg',
  'unit.tonne': '{count, plural, one {# ton} other {# ton}}',
  'unit.litre': '{count, plural, one {# liter} other {# liter}}',
  'unit.m': '{count} m',
  'unit.m2': '{count} m²',
  'unit.m3': '{count} m³',
  'unit.hour': '{count, plural, one {# uur} other {# uur}}',
  'unit.day': '{count, plural, one {# dag} other {# dagen}}',
  'unit.person': '{count, plural, one {# persoon} other {# personen}}',
  'unit.set': '{count, plural, one {# set} other {# sets}}',
  'unit.pallet': '{count, plural, one {# pallet} other {# pallets}}',

  // Map
  'map.label': 'Kaart van Europa met de ligging van {place}',
  'map.caption': '{place}, {country}: breedtegraad {lat}, lengtegraad {lng}',

  // Municipalities
  'municipalities.title': 'Aangesloten gemeenten',
  'municipalities.intro': 'Elke gemeente in deze lijst is geverifieerd door haar nationale vereniging van gemeenten.',
  'municipalities.findLabel': 'Zoek een gemeente op naam',
  'municipalities.countryLabel': 'Land',
  'municipalities.allCountries': 'Alle landen',
  'municipalities.show': 'Tonen',
  'municipalities.count': '{count, plural, =0 {Geen gemeenten gevonden} one {# gemeente} other {# gemeenten}}',
  'municipalities.byCountry': 'Landen',
  'municipalities.openListings': '{count, plural, =0 {Geen openstaande advertenties} one {# openstaande advertentie} other {# openstaande advertenties}}',
  'municipality.population': 'Inwonertal',
  'municipality.website': 'Webadres',
  'municipality.country': 'Land',
  'municipality.languages': 'Talen',
  'municipality.about': 'Over de gemeente',
  'municipality.record': 'Activiteit op het platform',
  'municipality.openListingsHeading': 'Openstaande advertenties',
  'municipality.noOpenListings': 'Deze gemeente heeft momenteel geen openstaande advertenties.',
  'municipality.allListings': 'Alle advertenties van {municipality}',

  // Pages and news
  'news.title': 'Nieuws',
  'news.intro': 'Nieuws van de vereniging en van de gemeenten op het platform.',
  'news.none': 'Er is nog geen nieuws.',
  'news.publishedOn': 'Gepubliceerd op {date}',
  'news.backToNews': 'Terug naar al het nieuws',

  // Log in
  'login.title': 'Inloggen',
  'login.intro':
    'Leden van geverifieerde gemeenten loggen in om op advertenties te reageren, zelf advertenties te plaatsen en hun uitwisselingen te volgen.',
  'login.unavailable': 'Inloggen op het portaal is nog niet mogelijk. Kom binnenkort nog eens terug.',
  'login.back': 'Terug naar de advertentie',

  // Feed
  'feed.title': 'Nieuwe advertenties op Community Sharing',
  'feed.filtered': 'Nieuwe advertenties op Community Sharing: {filters}',

  // Errors
  'error.notFoundTitle': 'Pagina niet gevonden',
  'error.notFoundText': 'De pagina die u zoekt, bestaat niet of is niet langer openbaar.',
  'error.unavailableTitle': 'Tijdelijk niet beschikbaar',
  'error.unavailableText':
    'De advertenties zijn even niet bereikbaar, omdat de dienst waarin ze zijn opgeslagen niet reageert. Probeer het over enkele minuten opnieuw.',
  'error.tryAgain': 'Opnieuw proberen',
  'error.serverTitle': 'Er is iets misgegaan',
  'error.serverText': 'Door een fout aan onze kant kon deze pagina niet worden geladen. Probeer het later opnieuw.',
  'error.goHome': 'Naar de startpagina',
};

export default nl;
