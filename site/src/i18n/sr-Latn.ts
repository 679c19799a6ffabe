// The portal's interface strings in Serbian (Latin script, ekavian; sr-Cyrl.ts is the same text in Cyrillic). Keys and order follow en.ts; see README.md for the rules.
// Same as English on purpose (brand, pure placeholders, bare units; allowed by SAME_IN_EVERY_LOCALE):
// site.name, facet.valueWithCount, card.place, unit.kg, unit.m, unit.m2, unit.m3.
import type { Catalog } from './en';

const srLatn: Catalog = {
  'site.name': 'Community Sharing',
  'site.description':
    'Opštine Evropske unije i Zapadnog Balkana besplatno jedna drugoj ustupaju ono što jedna ima, a drugoj je potrebno.',

  // Page frame
  'frame.skipLink': 'Pređite na glavni sadržaj',
  'frame.mainNav': 'Glavni meni',
  'frame.listings': 'Oglasi',
  'frame.municipalities': 'Opštine',
  'frame.news': 'Vesti',
  'frame.login': 'Prijava',
  'frame.language': 'Jezik',
  'frame.languageChoose': 'Izaberite jezik',
  'frame.footerNav': 'O platformi',
  'frame.footerText':
    'Platforma nacionalnih udruženja opština, otvorena za sve opštine Evropske unije i Zapadnog Balkana.',
  'frame.feed': 'Kanal novih oglasa',
  'frame.sitemap': 'Mapa sajta',

  // Home page
  'home.title': 'Opštine dele ono što imaju sa onima kojima je potrebno',
  'home.intro':
    'Community Sharing je mesto na kojem opštine Evropske unije i Zapadnog Balkana besplatno jedna drugoj ustupaju ono što jedna ima, a drugoj je potrebno: stručno znanje, iskusne menadžere, volontere, opremu, robu, materijale i usluge. Pomaže im i da pronađu investitore za neiskorišćene lokalne resurse i partnere za lokalna preduzeća.',
  'home.browseAll': 'Pregledajte sve oglase',
  'home.figuresHeading': 'Platforma u brojkama',
  'home.latestOffers': 'Najnovije ponude',
  'home.latestRequests': 'Najnoviji zahtevi',
  'home.allOffers': 'Pogledajte sve ponude',
  'home.allRequests': 'Pogledajte sve zahteve',
  'home.nothingYet': 'Ovde još ništa nije objavljeno.',
  'home.kindsHeading': 'Šta opštine dele',
  'home.kindCount':
    '{count, plural, =0 {Nema otvorenih oglasa} one {# otvoren oglas} few {# otvorena oglasa} other {# otvorenih oglasa}}',

  // Live figures
  'stats.municipalities': '{count, plural, one {opština članica} few {opštine članice} other {opština članica}}',
  'stats.countries': '{count, plural, one {država} few {države} other {država}}',
  'stats.openOffers': '{count, plural, one {otvorena ponuda} few {otvorene ponude} other {otvorenih ponuda}}',
  'stats.openRequests': '{count, plural, one {otvoren zahtev} few {otvorena zahteva} other {otvorenih zahteva}}',
  'stats.completedExchanges':
    '{count, plural, one {završena razmena} few {završene razmene} other {završenih razmena}}',

  // Listing types
  'type.offer': 'Ponuda',
  'type.request': 'Zahtev',
  'type.offers': 'Ponude',
  'type.requests': 'Zahtevi',
  'listing.urgent': 'Hitno',

  // Search page
  'search.title': 'Oglasi',
  'search.titleOffers': 'Ponude',
  'search.titleRequests': 'Zahtevi',
  'search.intro': 'Pretražite sve što opštine nude i traže, na svim jezicima platforme.',
  'search.label': 'Pretraga oglasa',
  'search.hint': 'Na primer: vatrogasno vozilo, školski nameštaj, volonteri za akciju čišćenja',
  'search.submit': 'Traži',
  'search.filters': 'Filteri',
  'search.applyFilters': 'Primeni filtere',
  'search.clearFilters': 'Ukloni sve filtere',
  'search.sort': 'Poređaj po',
  'search.sortRelevance': 'Najbolje podudaranje',
  'search.sortNewest': 'Prvo najnovije',
  'search.resultsHeading': 'Rezultati',
  'search.resultCount':
    '{count, plural, =0 {Nije pronađen nijedan oglas} one {Pronađen je # oglas} few {Pronađena su # oglasa} other {Pronađeno je # oglasa}}',
  'search.noResultsHint': 'Pokušajte sa drugim ili sa manje reči ili uklonite neke filtere.',
  'search.invalidParameters': 'Neka podešavanja pretrage nisu prepoznata, pa su izostavljena.',
  'search.loading': 'Ažuriranje rezultata…',
  'search.sortNearest': 'Prvo najbliže',
  'distance.legend': 'Udaljenost',
  'distance.near': 'U blizini opštine',
  'distance.nearHint': 'Opština članica, na bilo kom pismu: na primer Niš',
  'distance.radius': 'U krugu od',
  'distance.anyRadius': 'Bilo koja udaljenost',
  'distance.radiusValue': '{km} km',
  'distance.found': 'Udaljenosti se mere od opštine {place}.',
  'distance.notFound': 'Nijedna opština članica se ne zove „{name}“. Proverite da li je naziv ispravno napisan ili izaberite opštinu sa spiska opština članica.',
  'distance.ambiguous': 'Nazivu „{name}“ odgovara više opština članica. Izaberite jednu:',
  'municipality.nearby': 'Oglasi u krugu od 100 km',
  'frame.impact': 'Učinak',
  'impact.title': 'Učinak razmena',
  'impact.intro':
    'Šta su opštine dosad dale jedna drugoj: završene razmene, njihova vrednost i emisije izbegnute ponovnom upotrebom umesto kupovine novog.',
  'impact.totalsHeading': 'Ukupno',
  'impact.totalEur': 'evra prenete vrednosti',
  'impact.totalCo2e': 'kg izbegnutih emisija CO₂e',
  'impact.totalMass': 'kg ponovo upotrebljene robe i materijala',
  'impact.totalVolunteerHours': 'sati volonterskog rada',
  'impact.totalExpertDays': 'dana rada stručnjaka',
  'impact.co2eNote':
    'Izbegnute emisije CO₂e procenjuju se na osnovu mase ponovo upotrebljenih predmeta i faktora za svaku kategoriju; faktori i njihovi izvori objavljuju se zajedno sa otvorenim podacima.',
  'impact.chartsHeading': 'Kroz vreme i po kategorijama',
  'impact.chartCompletedByMonth': 'Završene razmene po mesecima',
  'impact.chartCo2eByMonth': 'Izbegnute emisije CO₂e po mesecima (kg)',
  'impact.chartEurByMonth': 'Preneta vrednost po mesecima (EUR)',
  'impact.chartByKind': 'Završene razmene po vrstama',
  'impact.chartByCountry': 'Završene razmene po državama',
  'impact.whatCompleted': 'Završene razmene',
  'impact.whatCo2e': 'Izbegnute emisije CO₂e',
  'impact.whatEur': 'Preneta vrednost',
  'impact.whatKinds': 'Završene razmene po vrstama',
  'impact.whatCountries': 'Završene razmene po državama',
  'impact.summaryOverTime': '{what} u periodu {from} – {to}; najveća vrednost: {top} ({topValue}).',
  'impact.summaryByCategory':
    '{what}: {count, plural, one {# kategorija} few {# kategorije} other {# kategorija}}; na čelu {first}.',
  'impact.summaryEmpty': '{what}: zasad ništa nije zabeleženo.',
  'impact.month': 'Mesec',
  'impact.completed': 'Završene razmene',
  'home.seeImpact': 'Pogledajte učinak razmena',
  'impact.showTable': 'Prikaži podatke u tabeli',

  // Facets
  'facet.type': 'Vrsta oglasa',
  'facet.kind': 'Vrsta',
  'facet.cpv': 'Kategorija',
  'facet.country': 'Država',
  'facet.municipality': 'Opština',
  'facet.delivery': 'Način isporuke',
  'facet.language': 'Radni jezik',
  'facet.anyType': 'Ponude i zahtevi',
  'facet.showAll': 'Prikaži sve ({count})',
  'facet.valueWithCount': '{label} ({count})',

  // Pagination
  'pagination.label': 'Strane sa rezultatima',
  'pagination.previous': 'Prethodna strana',
  'pagination.next': 'Sledeća strana',
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
  'listing.fieldPlace': 'Mesto',
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
  'listing.answerRequest': 'Odgovorite na ovaj zahtev',
  'listing.answerNeedsLogin': 'Bićete upućeni na prijavu kao član proverene opštine.',
  'listing.matchingForOffer': 'Zahtevi kojima bi ova ponuda mogla da odgovori',
  'listing.matchingForRequest': 'Ponude koje bi mogle da odgovore na ovaj zahtev',
  'listing.similarOffers': 'Slične ponude',
  'listing.similarRequests': 'Slični zahtevi',
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
  'condition.for-parts': 'Za delove ili reciklažu',
  'delivery.pickup': 'Preuzima primalac',
  'delivery.delivery': 'Dostavlja davalac',
  'delivery.remote': 'Na daljinu',
  'delivery.on-site': 'Na licu mesta',
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
  'municipalities.intro': 'Svaku ovde navedenu opštinu proverilo je njeno nacionalno udruženje opština.',
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
  'news.title': 'Vesti',
  'news.intro': 'Vesti udruženja i opština sa platforme.',
  'news.none': 'Još nema vesti.',
  'news.publishedOn': 'Objavljeno {date}',
  'news.backToNews': 'Nazad na sve vesti',

  // Log in
  'login.title': 'Prijava',
  'login.intro':
    'Članovi proverenih opština se prijavljuju kako bi odgovarali na oglase, objavljivali sopstvene i pratili svoje razmene.',
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
  'error.serverText': 'Greška na našoj strani sprečila je učitavanje ove stranice. Pokušajte ponovo kasnije.',
  'error.goHome': 'Povratak na početnu stranicu',
};

export default srLatn;
