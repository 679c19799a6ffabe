// The portal's interface strings in Montenegrin (Crnogorski: Latin script, ijekavian). Keys and order follow en.ts; see README.md for the rules.
// Same as English on purpose (brand, pure placeholders, bare units; allowed by SAME_IN_EVERY_LOCALE):
// site.name, facet.valueWithCount, card.place, unit.kg, unit.m, unit.m2, unit.m3.
import type { Catalog } from './en';

const srLatnME: Catalog = {
  'site.name': 'Community Sharing',
  'site.description':
    'Opštine Evropske unije i Zapadnog Balkana besplatno jedna drugoj ustupaju ono što jedna ima, a drugoj je potrebno.',

  // Page frame
  'frame.skipLink': 'Pređite na glavni sadržaj',
  'frame.mainNav': 'Glavni meni',
  'frame.listings': 'Oglasi',
  'frame.municipalities': 'Opštine',
  'frame.news': 'Vijesti',
  'frame.login': 'Prijava',
  'frame.language': 'Jezik',
  'frame.languageChoose': 'Izaberite jezik',
  'frame.footerNav': 'O platformi',
  'frame.footerText':
    'Platforma nacionalnih udruženja opština, otvorena za sve opštine Evropske unije i Zapadnog Balkana.',
  'frame.feed': 'Kanal novih oglasa',
  'frame.sitemap': 'Mapa sajta',

  // Home page
  'home.title': 'Opštine dijele ono što imaju sa onima kojima je potrebno',
  'home.intro':
    'Community Sharing je mjesto na kojem opštine Evropske unije i Zapadnog Balkana besplatno jedna drugoj ustupaju ono što jedna ima, a drugoj je potrebno: stručno znanje, iskusne menadžere, volontere, opremu, robu, materijale i usluge. Pomaže im i da pronađu investitore za neiskorišćene lokalne resurse i partnere za lokalna preduzeća.',
  'home.browseAll': 'Pregledajte sve oglase',
  'home.figuresHeading': 'Platforma u brojkama',
  'home.latestOffers': 'Najnovije ponude',
  'home.latestRequests': 'Najnoviji zahtjevi',
  'home.allOffers': 'Pogledajte sve ponude',
  'home.allRequests': 'Pogledajte sve zahtjeve',
  'home.nothingYet': 'Ovdje još ništa nije objavljeno.',
  'home.kindsHeading': 'Šta opštine dijele',
  'home.kindCount':
    '{count, plural, =0 {Nema otvorenih oglasa} one {# otvoren oglas} few {# otvorena oglasa} other {# otvorenih oglasa}}',

  // Live figures
  'stats.municipalities': '{count, plural, one {opština članica} few {opštine članice} other {opština članica}}',
  'stats.countries': '{count, plural, one {država} few {države} other {država}}',
  'stats.openOffers': '{count, plural, one {otvorena ponuda} few {otvorene ponude} other {otvorenih ponuda}}',
  'stats.openRequests': '{count, plural, one {otvoren zahtjev} few {otvorena zahtjeva} other {otvorenih zahtjeva}}',
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
  'search.intro': 'Pretražite sve što opštine nude i traže, na svim jezicima platforme.',
  'search.label': 'Pretraga oglasa',
  'search.hint': 'Na primjer: vatrogasno vozilo, školski namještaj, volonteri za akciju čišćenja',
  'search.submit': 'Traži',
  'search.filters': 'Filteri',
  'search.applyFilters': 'Primijeni filtere',
  'search.clearFilters': 'Ukloni sve filtere',
  'search.sort': 'Poređaj po',
  'search.sortRelevance': 'Najbolje podudaranje',
  'search.sortNewest': 'Prvo najnovije',
  'search.resultsHeading': 'Rezultati',
  'search.resultCount':
    '{count, plural, =0 {Nije pronađen nijedan oglas} one {Pronađen je # oglas} few {Pronađena su # oglasa} other {Pronađeno je # oglasa}}',
  'search.noResultsHint': 'Pokušajte sa drugim ili sa manje riječi ili uklonite neke filtere.',
  'search.invalidParameters': 'Neka podešavanja pretrage nisu prepoznata, pa su izostavljena.',
  'search.loading': 'Ažuriranje rezultata…',
  'search.sortNearest': 'Prvo najbliže',
  'distance.legend': 'Udaljenost',
  'distance.near': 'U blizini opštine',
  'distance.nearHint': 'Opština članica, na bilo kom pismu: na primjer Nikšić',
  'distance.radius': 'U krugu od',
  'distance.anyRadius': 'Bilo koja udaljenost',
  'distance.radiusValue': '{km} km',
  'distance.found': 'Udaljenosti se mjere od opštine {place}.',
  'distance.notFound': 'Nijedna opština članica se ne zove „{name}“. Provjerite da li je naziv ispravno napisan ili izaberite opštinu sa spiska opština članica.',
  'distance.ambiguous': 'Nazivu „{name}“ odgovara više opština članica. Izaberite jednu:',
  'municipality.nearby': 'Oglasi u krugu od 100 km',
  'frame.impact': 'Učinak',
  'impact.title': 'Učinak razmjena',
  'impact.intro':
    'Šta su opštine dosad dale jedna drugoj: završene razmjene, njihova vrijednost i emisije izbjegnute ponovnom upotrebom umjesto kupovine novog.',
  'impact.totalsHeading': 'Ukupno',
  'impact.totalEur': 'eura prenijete vrijednosti',
  'impact.totalCo2e': 'kg izbjegnutih emisija CO₂e',
  'impact.totalMass': 'kg ponovo upotrijebljene robe i materijala',
  'impact.totalVolunteerHours': 'sati volonterskog rada',
  'impact.totalExpertDays': 'dana rada stručnjaka',
  'impact.co2eNote':
    'Izbjegnute emisije CO₂e procjenjuju se na osnovu mase ponovo upotrijebljenih predmeta i faktora za svaku kategoriju; faktori i njihovi izvori objavljuju se zajedno sa otvorenim podacima.',
  'impact.chartsHeading': 'Kroz vrijeme i po kategorijama',
  'impact.chartCompletedByMonth': 'Završene razmjene po mjesecima',
  'impact.chartCo2eByMonth': 'Izbjegnute emisije CO₂e po mjesecima (kg)',
  'impact.chartEurByMonth': 'Prenijeta vrijednost po mjesecima (EUR)',
  'impact.chartByKind': 'Završene razmjene po vrstama',
  'impact.chartByCountry': 'Završene razmjene po državama',
  'impact.whatCompleted': 'Završene razmjene',
  'impact.whatCo2e': 'Izbjegnute emisije CO₂e',
  'impact.whatEur': 'Prenijeta vrijednost',
  'impact.whatKinds': 'Završene razmjene po vrstama',
  'impact.whatCountries': 'Završene razmjene po državama',
  'impact.summaryOverTime': '{what} u periodu {from} – {to}; najveća vrijednost: {top} ({topValue}).',
  'impact.summaryByCategory':
    '{what}: {count, plural, one {# kategorija} few {# kategorije} other {# kategorija}}; na čelu {first}.',
  'impact.summaryEmpty': '{what}: zasad ništa nije zabilježeno.',
  'impact.month': 'Mjesec',
  'impact.completed': 'Završene razmjene',
  'home.seeImpact': 'Pogledajte učinak razmjena',
  'impact.showTable': 'Prikaži podatke u tabeli',

  // Facets
  'facet.type': 'Vrsta oglasa',
  'facet.kind': 'Vrsta',
  'facet.cpv': 'Kategorija',
  'facet.country': 'Država',
  'facet.municipality': 'Opština',
  'facet.delivery': 'Način isporuke',
  'facet.language': 'Radni jezik',
  'facet.anyType': 'Ponude i zahtjevi',
  'facet.showAll': 'Prikaži sve ({count})',
  'facet.valueWithCount': '{label} ({count})',

  // Pagination
  'pagination.label': 'Strane sa rezultatima',
  'pagination.previous': 'Prethodna strana',
  'pagination.next': 'Sljedeća strana',
  'pagination.page': 'Strana {page}',
  'pagination.status': 'Strana {page} od {pages}',

  // A listing in a list
  'card.publishedOn': 'Objavljeno {date}',
  'card.openUntil': 'Otvoreno do {date}',
  'card.distance': 'Udaljenost: {distance} km',
  'card.place': '{municipality}, {country}',

  // A listing's own page
  'listing.details': 'Detalji',
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
  'listing.closedNotice': 'Ovaj oglas je zatvoren i na njega više nije moguće odgovoriti.',
  'listing.expiredNotice': 'Ovaj oglas je istekao i na njega više nije moguće odgovoriti.',
  'listing.cpvFallback': 'Naziv kategorije prikazan je na jeziku: {language}',
  'listing.photos': 'Fotografije',
  'listing.otherLanguages': 'Ovaj tekst je dostupan i na ovim jezicima:',
  'listing.postedBy': 'Objavila opština',
  'listing.location': 'Lokacija',
  'listing.answerOffer': 'Zatražite ovu ponudu',
  'listing.answerRequest': 'Odgovorite na ovaj zahtjev',
  'listing.answerNeedsLogin': 'Bićete upućeni na prijavu kao član provjerene opštine.',
  'listing.matchingForOffer': 'Zahtjevi kojima bi ova ponuda mogla da odgovori',
  'listing.matchingForRequest': 'Ponude koje bi mogle da odgovore na ovaj zahtjev',
  'listing.similarOffers': 'Slične ponude',
  'listing.similarRequests': 'Slični zahtjevi',
  'listing.noneRelated': 'Trenutno ih nema.',
  'listing.backToListings': 'Nazad na oglase',

  // Language of member-written text
  'language.original': 'Izvorni tekst ({language})',
  'language.notTranslated': 'Prevod na izabrani jezik još ne postoji: tekst je prikazan onako kako je napisan.',
  'language.translatedFrom': 'Prevod (izvornik: {language})',
  'language.contentFallback': 'Ovaj tekst još nije dostupan na izabranom jeziku.',

  // Values of a listing's fields
  'condition.new': 'Novo',
  'condition.like-new': 'Kao novo',
  'condition.good': 'Dobro',
  'condition.fair': 'Zadovoljavajuće',
  'condition.for-parts': 'Za rastavljanje ili reciklažu',
  'delivery.pickup': 'Preuzima primalac',
  'delivery.delivery': 'Dostavlja davalac',
  'delivery.remote': 'Na daljinu',
  'delivery.on-site': 'Na licu mjesta',
  'unit.piece': '{count, plural, one {# komad} few {# komada} other {# komada}}',
  'unit.kg': '{count} kg',
  'unit.tonne': '{count, plural, one {# tona} few {# tone} other {# tona}}',
  'unit.litre': '{count, plural, one {# litar} few {# litra} other {# litara}}',
  'unit.m': '{count} m',
  'unit.m2': '{count} m²',
  'unit.m3': '{count} m³',
  'unit.hour': '{count, plural, one {# sat} few {# sata} other {# sati}}',
  'unit.day': '{count, plural, one {# dan} few {# dana} other {# dana}}',
  'unit.person': '{count, plural, one {# osoba} few {# osobe} other {# osoba}}',
  'unit.set': '{count, plural, one {# komplet} few {# kompleta} other {# kompleta}}',
  'unit.pallet': '{count, plural, one {# paleta} few {# palete} other {# paleta}}',

  // Map
  'map.label': 'Mapa Evrope sa označenim položajem: {place}',
  'map.caption': '{place}, {country}: geografska širina {lat}, geografska dužina {lng}',

  // Municipalities
  'municipalities.title': 'Opštine članice',
  'municipalities.intro': 'Svaku ovdje navedenu opštinu provjerilo je njeno nacionalno udruženje opština.',
  'municipalities.findLabel': 'Pronađite opštinu po nazivu',
  'municipalities.countryLabel': 'Država',
  'municipalities.allCountries': 'Sve države',
  'municipalities.show': 'Prikaži',
  'municipalities.count':
    '{count, plural, =0 {Nije pronađena nijedna opština} one {# opština} few {# opštine} other {# opština}}',
  'municipalities.byCountry': 'Države',
  'municipalities.openListings':
    '{count, plural, =0 {Nema otvorenih oglasa} one {# otvoren oglas} few {# otvorena oglasa} other {# otvorenih oglasa}}',
  'municipality.population': 'Broj stanovnika',
  'municipality.website': 'Veb-sajt',
  'municipality.country': 'Država',
  'municipality.languages': 'Jezici',
  'municipality.about': 'O opštini',
  'municipality.record': 'Aktivnost na platformi',
  'municipality.openListingsHeading': 'Otvoreni oglasi',
  'municipality.noOpenListings': 'Ova opština trenutno nema otvorenih oglasa.',
  'municipality.allListings': 'Svi oglasi – {municipality}',

  // Pages and news
  'news.title': 'Vijesti',
  'news.intro': 'Vijesti udruženja i opština sa platforme.',
  'news.none': 'Još nema vijesti.',
  'news.publishedOn': 'Objavljeno {date}',
  'news.backToNews': 'Nazad na sve vijesti',

  // Log in
  'login.title': 'Prijava',
  'login.intro':
    'Članovi provjerenih opština se prijavljuju kako bi odgovarali na oglase, objavljivali sopstvene i pratili svoje razmjene.',
  'login.unavailable': 'Prijava na portal još nije otvorena. Molimo Vas da navratite uskoro.',
  'login.back': 'Nazad na oglas',

  // Feed
  'feed.title': 'Novi oglasi na platformi Community Sharing',
  'feed.filtered': 'Novi oglasi na platformi Community Sharing: {filters}',

  // Errors
  'error.notFoundTitle': 'Stranica nije pronađena',
  'error.notFoundText': 'Stranica koju tražite ne postoji ili više nije javno dostupna.',
  'error.unavailableTitle': 'Privremeno nedostupno',
  'error.unavailableText':
    'Oglasi su trenutno nedostupni jer servis na kojem se nalaze ne odgovara. Pokušajte ponovo za nekoliko minuta.',
  'error.tryAgain': 'Pokušajte ponovo',
  'error.serverTitle': 'Nešto nije u redu',
  'error.serverText': 'Greška na našoj strani spriječila je učitavanje ove stranice. Pokušajte ponovo kasnije.',
  'error.goHome': 'Povratak na početnu stranicu',
};

export default srLatnME;
