// The portal's interface strings in Polish. Keys and order follow en.ts; see README.md for the rules.
// Identical to English on purpose (as allowed by same-as-english.ts): site.name (brand), facet.valueWithCount,
// card.place, unit.kg, unit.m, unit.m2, unit.m3 (placeholders and bare units only).
import type { Catalog } from './en';

const pl: Catalog = {
  // The platform's name is a brand: it stays as it is in every language.
  'site.name': 'Community Sharing',
  'site.description':
    'Gminy z Unii Europejskiej i Bałkanów Zachodnich nieodpłatnie przekazują sobie nawzajem to, co jedna ma, a innej jest potrzebne.',

  // Page frame
  'frame.skipLink': 'Przejdź do treści głównej',
  'frame.mainNav': 'Menu główne',
  'frame.listings': 'Ogłoszenia',
  'frame.municipalities': 'Gminy',
  'frame.news': 'Aktualności',
  'frame.login': 'Zaloguj się',
  'frame.language': 'Język',
  'frame.languageChoose': 'Wybierz język',
  'frame.footerNav': 'O platformie',
  'frame.footerText':
    'Platforma krajowych związków gmin, otwarta dla każdej gminy z Unii Europejskiej i Bałkanów Zachodnich.',
  'frame.feed': 'Kanał nowych ogłoszeń',
  'frame.sitemap': 'Mapa serwisu',

  // Home page
  'home.title': 'Gminy dzielą się tym, co mają, z tymi, którzy tego potrzebują',
  'home.intro':
    'Community Sharing to miejsce, w którym gminy z Unii Europejskiej i Bałkanów Zachodnich nieodpłatnie przekazują sobie nawzajem to, co jedna ma, a innej jest potrzebne: wiedzę ekspercką, doświadczonych menedżerów, wolontariuszy, sprzęt, towary, materiały i usługi. Platforma pomaga im także znaleźć inwestorów dla niewykorzystanych lokalnych zasobów i partnerów dla lokalnych firm.',
  'home.browseAll': 'Przeglądaj wszystkie ogłoszenia',
  'home.figuresHeading': 'Platforma w liczbach',
  'home.latestOffers': 'Najnowsze oferty',
  'home.latestRequests': 'Najnowsze zapotrzebowania',
  'home.allOffers': 'Zobacz wszystkie oferty',
  'home.allRequests': 'Zobacz wszystkie zapotrzebowania',
  'home.nothingYet': 'Nic jeszcze tu nie opublikowano.',
  'home.kindsHeading': 'Czym dzielą się gminy',
  'home.kindCount':
    '{count, plural, =0 {Brak aktywnych ogłoszeń} one {# aktywne ogłoszenie} few {# aktywne ogłoszenia} many {# aktywnych ogłoszeń} other {# aktywnego ogłoszenia}}',

  // Live figures: the number is shown large above these words, so they carry no number themselves.
  'stats.municipalities':
    '{count, plural, one {gmina członkowska} few {gminy członkowskie} many {gmin członkowskich} other {gminy członkowskiej}}',
  'stats.countries': '{count, plural, one {kraj} few {kraje} many {krajów} other {kraju}}',
  'stats.openOffers':
    '{count, plural, one {aktywna oferta} few {aktywne oferty} many {aktywnych ofert} other {aktywnej oferty}}',
  'stats.openRequests':
    '{count, plural, one {aktywne zapotrzebowanie} few {aktywne zapotrzebowania} many {aktywnych zapotrzebowań} other {aktywnego zapotrzebowania}}',
  'stats.completedExchanges':
    '{count, plural, one {zrealizowana wymiana} few {zrealizowane wymiany} many {zrealizowanych wymian} other {zrealizowanej wymiany}}',

  // Listing types
  'type.offer': 'Oferta',
  'type.request': 'Zapotrzebowanie',
  'type.offers': 'Oferty',
  'type.requests': 'Zapotrzebowania',
  'listing.urgent': 'Pilne',

  // Search page
  'search.title': 'Ogłoszenia',
  'search.titleOffers': 'Oferty',
  'search.titleRequests': 'Zapotrzebowania',
  'search.intro': 'Tu można wyszukać wszystko, co gminy oferują i czego potrzebują, we wszystkich językach platformy.',
  'search.label': 'Szukaj w ogłoszeniach',
  'search.hint': 'Na przykład: wóz strażacki, meble szkolne, wolontariusze do sprzątania',
  'search.submit': 'Szukaj',
  'search.filters': 'Filtry',
  'search.applyFilters': 'Zastosuj filtry',
  'search.clearFilters': 'Wyczyść wszystkie filtry',
  'search.sort': 'Sortuj według',
  'search.sortRelevance': 'Najlepsze dopasowanie',
  'search.sortNewest': 'Od najnowszych',
  'search.resultsHeading': 'Wyniki',
  'search.resultCount':
    '{count, plural, =0 {Nie znaleziono ogłoszeń} one {Znaleziono # ogłoszenie} few {Znaleziono # ogłoszenia} many {Znaleziono # ogłoszeń} other {Znaleziono # ogłoszenia}}',
  'search.noResultsHint': 'Warto spróbować innych lub mniej licznych słów albo usunąć niektóre filtry.',
  'search.invalidParameters': 'Niektóre ustawienia wyszukiwania nie zostały rozpoznane i je pominięto.',
  'search.loading': 'Aktualizowanie wyników…',
  'search.sortNearest': 'Od najbliższych',
  'distance.legend': 'Odległość',
  'distance.near': 'W pobliżu gminy',
  'distance.nearHint': 'Gmina członkowska, w dowolnym alfabecie: na przykład Lublin',
  'distance.radius': 'W promieniu',
  'distance.anyRadius': 'Dowolna odległość',
  'distance.radiusValue': '{km} km',
  'distance.found': 'Odległości są mierzone od gminy {place}.',
  'distance.notFound': 'Żadna gmina członkowska nie nazywa się „{name}”. Prosimy sprawdzić pisownię lub wybrać gminę z wykazu gmin członkowskich.',
  'distance.ambiguous': 'Nazwie „{name}” odpowiada kilka gmin członkowskich. Prosimy wybrać jedną z nich:',
  'municipality.nearby': 'Ogłoszenia w promieniu 100 km',
  'frame.impact': 'Efekty',
  'impact.title': 'Efekty wymian',
  'impact.intro':
    'Co gminy dotąd sobie nawzajem przekazały: zrealizowane wymiany, ich wartość i emisje, których udało się uniknąć dzięki ponownemu użyciu zamiast kupowania nowych rzeczy.',
  'impact.totalsHeading': 'Łącznie',
  'impact.totalEur': 'euro przekazanej wartości',
  'impact.totalCo2e': 'kg uniknionych emisji CO₂e',
  'impact.totalMass': 'kg ponownie wykorzystanych towarów i materiałów',
  'impact.totalVolunteerHours': 'godzin wolontariatu',
  'impact.totalExpertDays': 'dni pracy ekspertów',
  'impact.co2eNote':
    'Uniknięte emisje CO₂e szacuje się na podstawie masy ponownie wykorzystanych rzeczy i współczynnika dla każdej kategorii; współczynniki i ich źródła są publikowane razem z otwartymi danymi.',
  'impact.chartsHeading': 'Według miesięcy i kategorii',
  'impact.chartCompletedByMonth': 'Zrealizowane wymiany według miesięcy',
  'impact.chartCo2eByMonth': 'Uniknięte emisje CO₂e według miesięcy (kg)',
  'impact.chartEurByMonth': 'Przekazana wartość według miesięcy (EUR)',
  'impact.chartByKind': 'Zrealizowane wymiany według rodzaju',
  'impact.chartByCountry': 'Zrealizowane wymiany według kraju',
  'impact.whatCompleted': 'Zrealizowane wymiany',
  'impact.whatCo2e': 'Uniknięte emisje CO₂e',
  'impact.whatEur': 'Przekazana wartość',
  'impact.whatKinds': 'Zrealizowane wymiany według rodzaju',
  'impact.whatCountries': 'Zrealizowane wymiany według kraju',
  'impact.summaryOverTime': '{what} w okresie {from} – {to}; najwyższa wartość: {top} ({topValue}).',
  'impact.summaryByCategory':
    '{what}: {count, plural, one {# kategoria} few {# kategorie} many {# kategorii} other {# kategorii}}; na czele {first}.',
  'impact.summaryEmpty': '{what}: na razie nic nie zarejestrowano.',
  'impact.month': 'Miesiąc',
  'impact.completed': 'Zrealizowane wymiany',
  'home.seeImpact': 'Zobacz efekty wymian',
  'impact.showTable': 'Pokaż dane w tabeli',

  // Facets
  'facet.type': 'Typ',
  'facet.kind': 'Rodzaj',
  'facet.cpv': 'Kategoria',
  'facet.country': 'Kraj',
  'facet.municipality': 'Gmina',
  'facet.delivery': 'Sposób przekazania',
  'facet.language': 'Język roboczy',
  'facet.anyType': 'Oferty i zapotrzebowania',
  'facet.showAll': 'Pokaż wszystkie ({count})',
  'facet.valueWithCount': '{label} ({count})',

  // Pagination
  'pagination.label': 'Strony wyników',
  'pagination.previous': 'Poprzednia strona',
  'pagination.next': 'Następna strona',
  'pagination.page': 'Strona {page}',
  'pagination.status': 'Strona {page} z {pages}',

  // A listing in a list
  'card.publishedOn': 'Opublikowano {date}',
  'card.openUntil': 'Aktualne do {date}',
  'card.distance': 'W odległości {distance} km',
  'card.place': '{municipality}, {country}',

  // A listing's own page
  'listing.details': 'Szczegóły',
  'listing.description': 'Opis',
  'listing.fieldKind': 'Rodzaj',
  'listing.fieldCategories': 'Kategorie (CPV)',
  'listing.fieldQuantity': 'Ilość',
  'listing.fieldRemaining': 'Nadal dostępne',
  'listing.fieldCondition': 'Stan',
  'listing.fieldAvailableFrom': 'Dostępne od',
  'listing.fieldNeededBy': 'Potrzebne do',
  'listing.fieldOpenUntil': 'Aktualne do',
  'listing.fieldDelivery': 'Sposób przekazania',
  'listing.fieldWorkingLanguages': 'Języki robocze',
  'listing.fieldPlace': 'Miejsce',
  'listing.fieldPublished': 'Opublikowano',
  'listing.fieldStatus': 'Status ogłoszenia',
  'listing.statusPublished': 'Aktywne',
  'listing.statusClosed': 'Zamknięte',
  'listing.statusExpired': 'Wygasłe',
  'listing.closedNotice': 'To ogłoszenie zostało zamknięte i nie można już na nie odpowiedzieć.',
  'listing.expiredNotice': 'To ogłoszenie wygasło i nie można już na nie odpowiedzieć.',
  'listing.cpvFallback': 'Język nazw kategorii: {language}',
  'listing.photos': 'Zdjęcia',
  'listing.otherLanguages': 'Ten tekst jest dostępny także w językach:',
  'listing.postedBy': 'Opublikowane przez',
  'listing.location': 'Lokalizacja',
  'listing.answerOffer': 'Zgłoś zainteresowanie ofertą',
  'listing.answerRequest': 'Odpowiedz na zapotrzebowanie',
  'listing.answerNeedsLogin': 'Konieczne będzie zalogowanie się jako członek zweryfikowanej gminy.',
  'listing.matchingForOffer': 'Zapotrzebowania, które ta oferta może zaspokoić',
  'listing.matchingForRequest': 'Oferty, które mogą zaspokoić to zapotrzebowanie',
  'listing.similarOffers': 'Podobne oferty',
  'listing.similarRequests': 'Podobne zapotrzebowania',
  'listing.noneRelated': 'Obecnie brak.',
  'listing.backToListings': 'Powrót do ogłoszeń',

  // Language of member-written text
  'language.original': 'Język oryginału: {language}',
  'language.notTranslated':
    'Tłumaczenie na wybrany język nie jest jeszcze dostępne: tekst jest wyświetlany w wersji oryginalnej.',
  'language.translatedFrom': 'Przetłumaczono, język oryginału: {language}',
  'language.contentFallback': 'Ten tekst nie jest jeszcze dostępny w wybranym języku.',

  // Values of a listing's fields
  'condition.new': 'Nowy',
  'condition.like-new': 'Jak nowy',
  'condition.good': 'Dobry',
  'condition.fair': 'Zadowalający',
  'condition.for-parts': 'Na części lub do recyklingu',
  'delivery.pickup': 'Odbiór własny przez odbiorcę',
  'delivery.delivery': 'Dostawa przez przekazującego',
  'delivery.remote': 'Zdalnie',
  'delivery.on-site': 'Na miejscu',
  'unit.piece': '{count, plural, one {# sztuka} few {# sztuki} many {# sztuk} other {# sztuki}}',
  'unit.kg': '{count} kg',
  'unit.tonne': '{count, plural, one {# tona} few {# tony} many {# ton} other {# tony}}',
  'unit.litre': '{count, plural, one {# litr} few {# litry} many {# litrów} other {# litra}}',
  'unit.m': '{count} m',
  'unit.m2': '{count} m²',
  'unit.m3': '{count} m³',
  'unit.hour': '{count, plural, one {# godzina} few {# godziny} many {# godzin} other {# godziny}}',
  'unit.day': '{count, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}}',
  'unit.person': '{count, plural, one {# osoba} few {# osoby} many {# osób} other {# osoby}}',
  'unit.set': '{count, plural, one {# zestaw} few {# zestawy} many {# zestawów} other {# zestawu}}',
  'unit.pallet': '{count, plural, one {# paleta} few {# palety} many {# palet} other {# palety}}',

  // Map
  'map.label': 'Mapa Europy z zaznaczonym położeniem: {place}',
  'map.caption': '{place}, {country}: szerokość geograficzna {lat}, długość geograficzna {lng}',

  // Municipalities
  'municipalities.title': 'Gminy członkowskie',
  'municipalities.intro': 'Każda wymieniona tu gmina została zweryfikowana przez krajowy związek gmin swojego kraju.',
  'municipalities.findLabel': 'Znajdź gminę po nazwie',
  'municipalities.countryLabel': 'Kraj',
  'municipalities.allCountries': 'Wszystkie kraje',
  'municipalities.show': 'Pokaż',
  'municipalities.count':
    '{count, plural, =0 {Nie znaleziono gmin} one {# gmina} few {# gminy} many {# gmin} other {# gminy}}',
  'municipalities.byCountry': 'Według krajów',
  'municipalities.openListings':
    '{count, plural, =0 {Brak aktywnych ogłoszeń} one {# aktywne ogłoszenie} few {# aktywne ogłoszenia} many {# aktywnych ogłoszeń} other {# aktywnego ogłoszenia}}',
  'municipality.population': 'Liczba ludności',
  'municipality.website': 'Strona internetowa',
  'municipality.country': 'Kraj',
  'municipality.languages': 'Języki',
  'municipality.about': 'O gminie',
  'municipality.record': 'Aktywność na platformie',
  'municipality.openListingsHeading': 'Aktywne ogłoszenia',
  'municipality.noOpenListings': 'Ta gmina nie ma obecnie aktywnych ogłoszeń.',
  'municipality.allListings': 'Wszystkie ogłoszenia gminy {municipality}',

  // Pages and news
  'news.title': 'Aktualności',
  'news.intro': 'Aktualności ze związku i z gmin uczestniczących w platformie.',
  'news.none': 'Nie ma jeszcze żadnych aktualności.',
  'news.publishedOn': 'Opublikowano {date}',
  'news.backToNews': 'Powrót do wszystkich aktualności',

  // Log in
  'login.title': 'Logowanie',
  'login.intro':
    'Członkowie zweryfikowanych gmin logują się, aby odpowiadać na ogłoszenia, publikować własne i śledzić swoje wymiany.',
  'login.unavailable': 'Logowanie do portalu nie jest jeszcze dostępne. Zapraszamy wkrótce.',
  'login.back': 'Powrót do ogłoszenia',

  // Feed
  'feed.title': 'Nowe ogłoszenia w Community Sharing',
  'feed.filtered': 'Nowe ogłoszenia w Community Sharing: {filters}',

  // Errors
  'error.notFoundTitle': 'Nie znaleziono strony',
  'error.notFoundText': 'Szukana strona nie istnieje lub nie jest już publicznie dostępna.',
  'error.unavailableTitle': 'Chwilowo niedostępne',
  'error.unavailableText':
    'Ogłoszenia są chwilowo niedostępne, ponieważ usługa, która je przechowuje, nie odpowiada. Prosimy spróbować ponownie za kilka minut.',
  'error.tryAgain': 'Spróbuj ponownie',
  'error.serverTitle': 'Coś poszło nie tak',
  'error.serverText': 'Błąd po naszej stronie uniemożliwił wczytanie tej strony. Prosimy spróbować ponownie później.',
  'error.goHome': 'Przejdź do strony głównej',
};

export default pl;
