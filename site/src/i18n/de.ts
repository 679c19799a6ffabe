// The portal's interface strings in German. Keys and order follow en.ts; see README.md for the rules.
// Identical to English on purpose (genuinely the German word; needs `de: ['listing.fieldStatus']` in
// SAME_IN_LOCALE of same-as-english.ts): 'listing.fieldStatus' ("Status").
import type { Catalog } from './en';

const de: Catalog = {
  'site.name': 'Community Sharing',
  'site.description':
    'Gemeinden der Europäischen Union und des Westbalkans geben einander kostenlos, was die eine hat und die andere braucht.',

  // Page frame
  'frame.skipLink': 'Zum Hauptinhalt springen',
  'frame.mainNav': 'Hauptnavigation',
  'frame.listings': 'Anzeigen',
  'frame.municipalities': 'Gemeinden',
  'frame.news': 'Aktuelles',
  'frame.login': 'Anmelden',
  'frame.language': 'Sprache',
  'frame.languageChoose': 'Sprache wählen',
  'frame.footerNav': 'Über die Plattform',
  'frame.footerText':
    'Eine Plattform der nationalen Gemeindeverbände, offen für alle Gemeinden der Europäischen Union und des Westbalkans.',
  'frame.feed': 'Feed der neuen Anzeigen',
  'frame.sitemap': 'Sitemap',

  // Home page
  'home.title': 'Gemeinden teilen, was sie haben, mit denen, die es brauchen',
  'home.intro':
    'Auf Community Sharing geben Gemeinden der Europäischen Union und des Westbalkans einander kostenlos, was die eine hat und die andere braucht: Fachwissen, erfahrene Führungskräfte, Freiwillige, Ausrüstung, Waren, Materialien und Dienstleistungen. Die Plattform hilft ihnen außerdem, Investoren für ungenutzte lokale Ressourcen und Partner für örtliche Unternehmen zu finden.',
  'home.browseAll': 'Alle Anzeigen ansehen',
  'home.figuresHeading': 'Die Plattform in Zahlen',
  'home.latestOffers': 'Neueste Angebote',
  'home.latestRequests': 'Neueste Gesuche',
  'home.allOffers': 'Alle Angebote ansehen',
  'home.allRequests': 'Alle Gesuche ansehen',
  'home.nothingYet': 'Hier wurde noch nichts veröffentlicht.',
  'home.kindsHeading': 'Was Gemeinden teilen',
  'home.kindCount': '{count, plural, =0 {Keine offenen Anzeigen} one {# offene Anzeige} other {# offene Anzeigen}}',

  // Live figures: the number is shown large above these words, so they carry no number themselves.
  'stats.municipalities': '{count, plural, one {Mitgliedsgemeinde} other {Mitgliedsgemeinden}}',
  'stats.countries': '{count, plural, one {Land} other {Länder}}',
  'stats.openOffers': '{count, plural, one {offenes Angebot} other {offene Angebote}}',
  'stats.openRequests': '{count, plural, one {offenes Gesuch} other {offene Gesuche}}',
  'stats.completedExchanges': '{count, plural, one {erfolgreiche Vermittlung} other {erfolgreiche Vermittlungen}}',

  // Listing types
  'type.offer': 'Angebot',
  'type.request': 'Gesuch',
  'type.offers': 'Angebote',
  'type.requests': 'Gesuche',
  'listing.urgent': 'Dringend',

  // Search page
  'search.title': 'Anzeigen',
  'search.titleOffers': 'Angebote',
  'search.titleRequests': 'Gesuche',
  'search.intro': 'Durchsuchen Sie alles, was Gemeinden anbieten und suchen – in allen Sprachen der Plattform.',
  'search.label': 'Anzeigen durchsuchen',
  'search.hint': 'Zum Beispiel: Feuerwehrfahrzeug, Schulmöbel, Freiwillige für eine Aufräumaktion',
  'search.submit': 'Suchen',
  'search.filters': 'Filter',
  'search.applyFilters': 'Filter anwenden',
  'search.clearFilters': 'Alle Filter zurücksetzen',
  'search.sort': 'Sortieren nach',
  'search.sortRelevance': 'Relevanz',
  'search.sortNewest': 'Neueste zuerst',
  'search.resultsHeading': 'Ergebnisse',
  'search.resultCount': '{count, plural, =0 {Keine Anzeigen gefunden} one {# Anzeige gefunden} other {# Anzeigen gefunden}}',
  'search.noResultsHint': 'Versuchen Sie es mit anderen oder weniger Suchbegriffen oder entfernen Sie einige Filter.',
  'search.invalidParameters': 'Einige Sucheinstellungen wurden nicht erkannt und daher nicht berücksichtigt.',
  'search.loading': 'Die Ergebnisse werden aktualisiert …',
  'search.sortNearest': 'Nächstgelegene zuerst',
  'distance.legend': 'Entfernung',
  'distance.near': 'In der Nähe der Gemeinde',
  'distance.nearHint': 'Eine Mitgliedsgemeinde, in beliebiger Schrift: zum Beispiel Kassel',
  'distance.radius': 'Umkreis',
  'distance.anyRadius': 'Beliebige Entfernung',
  'distance.radiusValue': '{km} km',
  'distance.found': 'Die Entfernungen werden von {place} aus gemessen.',
  'distance.notFound': 'Keine Mitgliedsgemeinde heißt „{name}“. Bitte prüfen Sie die Schreibweise oder wählen Sie eine Gemeinde aus dem Verzeichnis.',
  'distance.ambiguous': 'Mehrere Mitgliedsgemeinden passen zu „{name}“. Bitte wählen Sie eine aus:',
  'municipality.nearby': 'Anzeigen im Umkreis von 100 km',

  // Facets
  'facet.type': 'Typ',
  'facet.kind': 'Art',
  'facet.cpv': 'Kategorie',
  'facet.country': 'Land',
  'facet.municipality': 'Gemeinde',
  'facet.delivery': 'Übergabe',
  'facet.language': 'Arbeitssprache',
  'facet.anyType': 'Angebote und Gesuche',
  'facet.showAll': 'Alle {count} anzeigen',
  'facet.valueWithCount': '{label} ({count})',

  // Pagination
  'pagination.label': 'Ergebnisseiten',
  'pagination.previous': 'Vorherige Seite',
  'pagination.next': 'Nächste Seite',
  'pagination.page': 'Seite {page}',
  'pagination.status': 'Seite {page} von {pages}',

  // A listing in a list
  'card.publishedOn': 'Veröffentlicht am {date}',
  'card.openUntil': 'Offen bis {date}',
  'card.distance': '{distance} km entfernt',
  'card.place': '{municipality}, {country}',

  // A listing's own page
  'listing.details': 'Angaben',
  'listing.description': 'Beschreibung',
  'listing.fieldKind': 'Art',
  'listing.fieldCategories': 'Kategorien (CPV)',
  'listing.fieldQuantity': 'Menge',
  'listing.fieldRemaining': 'Noch verfügbar',
  'listing.fieldCondition': 'Zustand',
  'listing.fieldAvailableFrom': 'Verfügbar ab',
  'listing.fieldNeededBy': 'Benötigt bis',
  'listing.fieldOpenUntil': 'Offen bis',
  'listing.fieldDelivery': 'Übergabe',
  'listing.fieldWorkingLanguages': 'Arbeitssprachen',
  'listing.fieldPlace': 'Ort',
  'listing.fieldPublished': 'Veröffentlicht',
  'listing.fieldStatus': 'Status',
  'listing.statusPublished': 'Offen',
  'listing.statusClosed': 'Geschlossen',
  'listing.statusExpired': 'Abgelaufen',
  'listing.closedNotice': 'Diese Anzeige ist geschlossen und kann nicht mehr beantwortet werden.',
  'listing.expiredNotice': 'Diese Anzeige ist abgelaufen und kann nicht mehr beantwortet werden.',
  'listing.cpvFallback': 'Kategoriebezeichnung auf {language}',
  'listing.photos': 'Fotos',
  'listing.otherLanguages': 'Dieser Text ist auch verfügbar auf:',
  'listing.postedBy': 'Veröffentlicht von',
  'listing.location': 'Standort',
  'listing.answerOffer': 'Dieses Angebot anfragen',
  'listing.answerRequest': 'Auf dieses Gesuch antworten',
  'listing.answerNeedsLogin': 'Sie werden gebeten, sich als Mitglied einer verifizierten Gemeinde anzumelden.',
  'listing.matchingForOffer': 'Gesuche, die dieses Angebot erfüllen könnte',
  'listing.matchingForRequest': 'Angebote, die dieses Gesuch erfüllen könnten',
  'listing.similarOffers': 'Ähnliche Angebote',
  'listing.similarRequests': 'Ähnliche Gesuche',
  'listing.noneRelated': 'Derzeit keine.',
  'listing.backToListings': 'Zurück zu den Anzeigen',

  // Language of member-written text
  'language.original': 'Originaltext auf {language}',
  'language.notTranslated': 'Für Ihre Sprache gibt es noch keine Übersetzung: Der Text wird so angezeigt, wie er verfasst wurde.',
  'language.translatedFrom': 'Übersetzt (Originalsprache: {language})',
  'language.contentFallback': 'Dieser Text ist in Ihrer Sprache noch nicht verfügbar.',

  // Values of a listing's fields
  'condition.new': 'Neu',
  'condition.like-new': 'Neuwertig',
  'condition.good': 'Gut',
  'condition.fair': 'Gebraucht, mit Gebrauchsspuren',
  'condition.for-parts': 'Für Ersatzteile oder Recycling',
  'delivery.pickup': 'Abholung durch den Empfänger',
  'delivery.delivery': 'Lieferung durch den Anbieter',
  'delivery.remote': 'Aus der Ferne',
  'delivery.on-site': 'Vor Ort',
  'unit.piece': '{count, plural, one {# Stück} other {# Stück}}',
  'unit.kg': '{count} kg',
  'unit.tonne': '{count, plural, one {# Tonne} other {# Tonnen}}',
  'unit.litre': '{count, plural, one {# Liter} other {# Liter}}',
  'unit.m': '{count} m',
  'unit.m2': '{count} m²',
  'unit.m3': '{count} m³',
  'unit.hour': '{count, plural, one {# Stunde} other {# Stunden}}',
  'unit.day': '{count, plural, one {# Tag} other {# Tage}}',
  'unit.person': '{count, plural, one {# Person} other {# Personen}}',
  'unit.set': '{count, plural, one {# Set} other {# Sets}}',
  'unit.pallet': '{count, plural, one {# Palette} other {# Paletten}}',

  // Map
  'map.label': 'Europakarte mit der Lage von {place}',
  'map.caption': '{place}, {country}: geografische Breite {lat}, geografische Länge {lng}',

  // Municipalities
  'municipalities.title': 'Mitgliedsgemeinden',
  'municipalities.intro': 'Jede hier aufgeführte Gemeinde wurde von ihrem nationalen Gemeindeverband verifiziert.',
  'municipalities.findLabel': 'Gemeinde nach Namen suchen',
  'municipalities.countryLabel': 'Land',
  'municipalities.allCountries': 'Alle Länder',
  'municipalities.show': 'Anzeigen',
  'municipalities.count': '{count, plural, =0 {Keine Gemeinden gefunden} one {# Gemeinde} other {# Gemeinden}}',
  'municipalities.byCountry': 'Länder',
  'municipalities.openListings': '{count, plural, =0 {Keine offenen Anzeigen} one {# offene Anzeige} other {# offene Anzeigen}}',
  'municipality.population': 'Einwohnerzahl',
  'municipality.website': 'Internetseite',
  'municipality.country': 'Land',
  'municipality.languages': 'Sprachen',
  'municipality.about': 'Über die Gemeinde',
  'municipality.record': 'Aktivität auf der Plattform',
  'municipality.openListingsHeading': 'Offene Anzeigen',
  'municipality.noOpenListings': 'Diese Gemeinde hat derzeit keine offenen Anzeigen.',
  'municipality.allListings': 'Alle Anzeigen von {municipality}',

  // Pages and news
  'news.title': 'Aktuelles',
  'news.intro': 'Neuigkeiten vom Verband und von den Gemeinden der Plattform.',
  'news.none': 'Es gibt noch keine Neuigkeiten.',
  'news.publishedOn': 'Veröffentlicht am {date}',
  'news.backToNews': 'Zurück zu allen Neuigkeiten',

  // Log in
  'login.title': 'Anmelden',
  'login.intro':
    'Mitglieder verifizierter Gemeinden melden sich an, um auf Anzeigen zu antworten, eigene Anzeigen zu veröffentlichen und ihren Austausch zu verfolgen.',
  'login.unavailable': 'Die Anmeldung im Portal ist noch nicht freigeschaltet. Bitte schauen Sie bald wieder vorbei.',
  'login.back': 'Zurück zur Anzeige',

  // Feed
  'feed.title': 'Neue Anzeigen auf Community Sharing',
  'feed.filtered': 'Neue Anzeigen auf Community Sharing: {filters}',

  // Errors
  'error.notFoundTitle': 'Seite nicht gefunden',
  'error.notFoundText': 'Die gesuchte Seite existiert nicht oder ist nicht mehr öffentlich.',
  'error.unavailableTitle': 'Vorübergehend nicht verfügbar',
  'error.unavailableText':
    'Die Anzeigen sind im Moment nicht erreichbar, weil der Dienst, der sie bereitstellt, nicht antwortet. Bitte versuchen Sie es in einigen Minuten erneut.',
  'error.tryAgain': 'Erneut versuchen',
  'error.serverTitle': 'Etwas ist schiefgelaufen',
  'error.serverText': 'Ein Fehler auf unserer Seite hat das Laden dieser Seite verhindert. Bitte versuchen Sie es später erneut.',
  'error.goHome': 'Zur Startseite',
};

export default de;
