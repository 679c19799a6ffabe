// The portal's interface strings in Croatian. Keys and order follow en.ts; see README.md for the rules.
// Same as English on purpose (brand, pure placeholders, bare units; allowed by SAME_IN_EVERY_LOCALE):
// site.name, facet.valueWithCount, card.place, unit.kg, unit.m, unit.m2, unit.m3.
import type { Catalog } from './en';

const hr: Catalog = {
  'site.name': 'Community Sharing',
  'site.description':
    'Općine Europske unije i Zapadnog Balkana besplatno jedna drugoj ustupaju ono što jedna ima, a druga treba.',

  // Page frame
  'frame.skipLink': 'Prijeđite na glavni sadržaj',
  'frame.mainNav': 'Glavni izbornik',
  'frame.listings': 'Oglasi',
  'frame.municipalities': 'Općine',
  'frame.news': 'Novosti',
  'frame.login': 'Prijava',
  'frame.language': 'Jezik',
  'frame.languageChoose': 'Odaberite jezik',
  'frame.footerNav': 'O platformi',
  'frame.footerText': 'Platforma nacionalnih udruga općina, otvorena svim općinama Europske unije i Zapadnog Balkana.',
  'frame.feed': 'Kanal novih oglasa',
  'frame.sitemap': 'Karta stranica',

  // Home page
  'home.title': 'Općine dijele ono što imaju s onima kojima je potrebno',
  'home.intro':
    'Community Sharing mjesto je na kojem općine Europske unije i Zapadnog Balkana besplatno jedna drugoj ustupaju ono što jedna ima, a druga treba: stručno znanje, iskusne rukovoditelje, volontere, opremu, robu, materijale i usluge. Pomaže im i pronaći ulagače za neiskorištene lokalne resurse te partnere za lokalna poduzeća.',
  'home.browseAll': 'Pregledajte sve oglase',
  'home.figuresHeading': 'Platforma u brojkama',
  'home.latestOffers': 'Najnovije ponude',
  'home.latestRequests': 'Najnoviji zahtjevi',
  'home.allOffers': 'Pogledajte sve ponude',
  'home.allRequests': 'Pogledajte sve zahtjeve',
  'home.nothingYet': 'Ovdje još ništa nije objavljeno.',
  'home.kindsHeading': 'Što općine dijele',
  'home.kindCount':
    '{count, plural, =0 {Nema otvorenih oglasa} one {# otvoreni oglas} few {# otvorena oglasa} other {# otvorenih oglasa}}',

  // Live figures
  'stats.municipalities': '{count, plural, one {općina članica} few {općine članice} other {općina članica}}',
  'stats.countries': '{count, plural, one {država} few {države} other {država}}',
  'stats.openOffers': '{count, plural, one {otvorena ponuda} few {otvorene ponude} other {otvorenih ponuda}}',
  'stats.openRequests': '{count, plural, one {otvoreni zahtjev} few {otvorena zahtjeva} other {otvorenih zahtjeva}}',
  'stats.completedExchanges':
    '{count, plural, one {završena razmjena} few {završene razmjene} other {završenih razmjena}}',

  // Listing types
  'type.offer': 'Ponuda',
  'type.request': 'Zahtjev',
  'type.offers': 'Ponude',
  'type.requests': 'Zahtjevi',
  'listing.urgent': 'Hitno',

  // Search page
  'search.title': 'Oglasi',
  'search.titleOffers': 'Ponude',
  'search.titleRequests': 'Zahtjevi',
  'search.intro': 'Pretražite sve što općine nude i traže, na svim jezicima platforme.',
  'search.label': 'Pretraživanje oglasa',
  'search.hint': 'Na primjer: vatrogasno vozilo, školski namještaj, volonteri za akciju čišćenja',
  'search.submit': 'Traži',
  'search.filters': 'Filtri',
  'search.applyFilters': 'Primijeni filtre',
  'search.clearFilters': 'Ukloni sve filtre',
  'search.sort': 'Poredaj prema',
  'search.sortRelevance': 'Najbolje podudaranje',
  'search.sortNewest': 'Najprije najnovije',
  'search.resultsHeading': 'Rezultati',
  'search.resultCount':
    '{count, plural, =0 {Nije pronađen nijedan oglas} one {Pronađen je # oglas} few {Pronađena su # oglasa} other {Pronađeno je # oglasa}}',
  'search.noResultsHint': 'Pokušajte s drugim ili s manje riječi ili uklonite neke filtre.',
  'search.invalidParameters': 'Neke postavke pretraživanja nisu prepoznate pa su izostavljene.',
  'search.loading': 'Ažuriranje rezultata…',
  'search.sortNearest': 'Najprije najbliže',
  'distance.legend': 'Udaljenost',
  'distance.near': 'U blizini općine',
  'distance.nearHint': 'Općina članica, na bilo kojem pismu: na primjer Osijek',
  'distance.radius': 'U krugu od',
  'distance.anyRadius': 'Bilo koja udaljenost',
  'distance.radiusValue': '{km} km',
  'distance.found': 'Udaljenosti se mjere od općine {place}.',
  'distance.notFound': 'Nijedna se općina članica ne zove „{name}“. Provjerite je li naziv ispravno napisan ili odaberite općinu s popisa općina članica.',
  'distance.ambiguous': 'Nazivu „{name}“ odgovara više općina članica. Odaberite jednu:',
  'municipality.nearby': 'Oglasi u krugu od 100 km',
  'frame.impact': 'Učinak',
  'impact.title': 'Učinak razmjena',
  'impact.intro':
    'Što su općine dosad dale jedna drugoj: završene razmjene, njihova vrijednost i emisije izbjegnute ponovnom uporabom umjesto kupnje novoga.',
  'impact.totalsHeading': 'Ukupno',
  'impact.totalEur': 'eura prenesene vrijednosti',
  'impact.totalCo2e': 'kg izbjegnutih emisija CO₂e',
  'impact.totalMass': 'kg ponovno uporabljene robe i materijala',
  'impact.totalVolunteerHours': 'sati volonterskog rada',
  'impact.totalExpertDays': 'dana rada stručnjaka',
  'impact.co2eNote':
    'Izbjegnute emisije CO₂e procjenjuju se na temelju mase ponovno uporabljenih predmeta i faktora za svaku kategoriju; faktori i njihovi izvori objavljuju se zajedno s otvorenim podacima.',
  'impact.chartsHeading': 'Kroz vrijeme i po kategorijama',
  'impact.chartCompletedByMonth': 'Završene razmjene po mjesecima',
  'impact.chartCo2eByMonth': 'Izbjegnute emisije CO₂e po mjesecima (kg)',
  'impact.chartEurByMonth': 'Prenesena vrijednost po mjesecima (EUR)',
  'impact.chartByKind': 'Završene razmjene po vrstama',
  'impact.chartByCountry': 'Završene razmjene po državama',
  'impact.whatCompleted': 'Završene razmjene',
  'impact.whatCo2e': 'Izbjegnute emisije CO₂e',
  'impact.whatEur': 'Prenesena vrijednost',
  'impact.whatKinds': 'Završene razmjene po vrstama',
  'impact.whatCountries': 'Završene razmjene po državama',
  'impact.summaryOverTime': '{what} u razdoblju {from} – {to}; najveća vrijednost: {top} ({topValue}).',
  'impact.summaryByCategory':
    '{what}: {count, plural, one {# kategorija} few {# kategorije} other {# kategorija}}; na čelu {first}.',
  'impact.summaryEmpty': '{what}: zasad ništa nije zabilježeno.',
  'impact.month': 'Mjesec',
  'impact.completed': 'Završene razmjene',
  'home.seeImpact': 'Pogledajte učinak razmjena',
  'impact.showTable': 'Prikaži podatke u tablici',

  // Facets
  'facet.type': 'Vrsta oglasa',
  'facet.kind': 'Vrsta',
  'facet.cpv': 'Kategorija',
  'facet.country': 'Država',
  'facet.municipality': 'Općina',
  'facet.delivery': 'Način isporuke',
  'facet.language': 'Radni jezik',
  'facet.anyType': 'Ponude i zahtjevi',
  'facet.showAll': 'Prikaži sve ({count})',
  'facet.valueWithCount': '{label} ({count})',

  // Pagination
  'pagination.label': 'Stranice rezultata',
  'pagination.previous': 'Prethodna stranica',
  'pagination.next': 'Sljedeća stranica',
  'pagination.page': 'Stranica {page}',
  'pagination.status': 'Stranica {page} od {pages}',

  // A listing in a list
  'card.publishedOn': 'Objavljeno {date}',
  'card.openUntil': 'Otvoreno do {date}',
  'card.distance': 'Udaljenost: {distance} km',
  'card.place': '{municipality}, {country}',

  // A listing's own page
  'listing.details': 'Pojedinosti',
  'listing.description': 'Opis',
  'listing.fieldKind': 'Vrsta',
  'listing.fieldCategories': 'Kategorije (CPV)',
  'listing.fieldQuantity': 'Količina',
  'listing.fieldRemaining': 'Još dostupno',
  'listing.fieldCondition': 'Stanje',
  'listing.fieldAvailableFrom': 'Dostupno od',
  'listing.fieldNeededBy': 'Potrebno do',
  'listing.fieldOpenUntil': 'Otvoreno do',
  'listing.fieldDelivery': 'Način isporuke',
  'listing.fieldWorkingLanguages': 'Radni jezici',
  'listing.fieldPlace': 'Mjesto',
  'listing.fieldPublished': 'Objavljeno',
  'listing.fieldStatus': 'Status oglasa',
  'listing.statusPublished': 'Otvoren',
  'listing.statusClosed': 'Zatvoren',
  'listing.statusExpired': 'Istekao',
  'listing.closedNotice': 'Ovaj je oglas zatvoren i na njega više nije moguće odgovoriti.',
  'listing.expiredNotice': 'Ovaj je oglas istekao i na njega više nije moguće odgovoriti.',
  'listing.cpvFallback': 'Naziv kategorije prikazan je na jeziku: {language}',
  'listing.photos': 'Fotografije',
  'listing.otherLanguages': 'Ovaj je tekst dostupan i na ovim jezicima:',
  'listing.postedBy': 'Objavila općina',
  'listing.location': 'Lokacija',
  'listing.answerOffer': 'Zatražite ovu ponudu',
  'listing.answerRequest': 'Odgovorite na ovaj zahtjev',
  'listing.answerNeedsLogin': 'Bit ćete upućeni na prijavu kao član provjerene općine.',
  'listing.matchingForOffer': 'Zahtjevi kojima bi ova ponuda mogla odgovoriti',
  'listing.matchingForRequest': 'Ponude koje bi mogle odgovoriti na ovaj zahtjev',
  'listing.similarOffers': 'Slične ponude',
  'listing.similarRequests': 'Slični zahtjevi',
  'listing.noneRelated': 'Trenutačno ih nema.',
  'listing.backToListings': 'Natrag na oglase',

  // Language of member-written text
  'language.original': 'Izvorni tekst ({language})',
  'language.notTranslated': 'Prijevod na odabrani jezik još ne postoji: tekst je prikazan onako kako je napisan.',
  'language.translatedFrom': 'Prijevod (izvornik: {language})',
  'language.contentFallback': 'Ovaj tekst još nije dostupan na odabranom jeziku.',

  // Values of a listing's fields
  'condition.new': 'Novo',
  'condition.like-new': 'Kao novo',
  'condition.good': 'Dobro',
  'condition.fair': 'Zadovoljavajuće',
  'condition.for-parts': 'Za dijelove ili recikliranje',
  'delivery.pickup': 'Preuzima primatelj',
  'delivery.delivery': 'Dostavlja davatelj',
  'delivery.remote': 'Na daljinu',
  'delivery.on-site': 'Na licu mjesta',
  'unit.piece': '{count, plural, one {# komad} few {# komada} other {# komada}}',
  'unit.kg': '{count} kg',
  'unit.tonne': '{count, plural, one {# tona} few {# tone} other {# tona}}',
  'unit.litre': '{count, plural, one {# litra} few {# litre} other {# litara}}',
  'unit.m': '{count} m',
  'unit.m2': '{count} m²',
  'unit.m3': '{count} m³',
  'unit.hour': '{count, plural, one {# sat} few {# sata} other {# sati}}',
  'unit.day': '{count, plural, one {# dan} few {# dana} other {# dana}}',
  'unit.person': '{count, plural, one {# osoba} few {# osobe} other {# osoba}}',
  'unit.set': '{count, plural, one {# komplet} few {# kompleta} other {# kompleta}}',
  'unit.pallet': '{count, plural, one {# paleta} few {# palete} other {# paleta}}',

  // Map
  'map.label': 'Karta Europe s označenim položajem: {place}',
  'map.caption': '{place}, {country}: zemljopisna širina {lat}, zemljopisna dužina {lng}',

  // Municipalities
  'municipalities.title': 'Općine članice',
  'municipalities.intro': 'Svaku ovdje navedenu općinu provjerila je njezina nacionalna udruga općina.',
  'municipalities.findLabel': 'Pronađite općinu po nazivu',
  'municipalities.countryLabel': 'Država',
  'municipalities.allCountries': 'Sve države',
  'municipalities.show': 'Prikaži',
  'municipalities.count':
    '{count, plural, =0 {Nije pronađena nijedna općina} one {# općina} few {# općine} other {# općina}}',
  'municipalities.byCountry': 'Države',
  'municipalities.openListings':
    '{count, plural, =0 {Nema otvorenih oglasa} one {# otvoreni oglas} few {# otvorena oglasa} other {# otvorenih oglasa}}',
  'municipality.population': 'Broj stanovnika',
  'municipality.website': 'Mrežna stranica',
  'municipality.country': 'Država',
  'municipality.languages': 'Jezici',
  'municipality.about': 'O općini',
  'municipality.record': 'Aktivnost na platformi',
  'municipality.openListingsHeading': 'Otvoreni oglasi',
  'municipality.noOpenListings': 'Ova općina trenutačno nema otvorenih oglasa.',
  'municipality.allListings': 'Svi oglasi – {municipality}',

  // Pages and news
  'news.title': 'Novosti',
  'news.intro': 'Novosti udruge i općina s platforme.',
  'news.none': 'Još nema novosti.',
  'news.publishedOn': 'Objavljeno {date}',
  'news.backToNews': 'Natrag na sve novosti',

  // Log in
  'login.title': 'Prijava',
  'login.intro':
    'Članovi provjerenih općina prijavljuju se kako bi odgovarali na oglase, objavljivali vlastite i pratili svoje razmjene.',
  'login.unavailable': 'Prijava na portal još nije otvorena. Molimo navratite uskoro.',
  'login.back': 'Natrag na oglas',

  // Feed
  'feed.title': 'Novi oglasi na platformi Community Sharing',
  'feed.filtered': 'Novi oglasi na platformi Community Sharing: {filters}',

  // Errors
  'error.notFoundTitle': 'Stranica nije pronađena',
  'error.notFoundText': 'Stranica koju tražite ne postoji ili više nije javno dostupna.',
  'error.unavailableTitle': 'Privremeno nedostupno',
  'error.unavailableText':
    'Oglasi su trenutačno nedostupni jer servis na kojem se nalaze ne odgovara. Pokušajte ponovno za nekoliko minuta.',
  'error.tryAgain': 'Pokušajte ponovno',
  'error.serverTitle': 'Nešto nije u redu',
  'error.serverText': 'Pogreška na našoj strani spriječila je učitavanje ove stranice. Pokušajte ponovno kasnije.',
  'error.goHome': 'Povratak na početnu stranicu',
};

export default hr;
