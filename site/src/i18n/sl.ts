// The portal's interface strings in Slovenian. Keys and order follow en.ts; see README.md for the rules.
// Same as English on purpose (brand, pure placeholders, bare units; allowed by SAME_IN_EVERY_LOCALE):
// site.name, facet.valueWithCount, card.place, unit.kg, unit.m, unit.m2, unit.m3.
import type { Catalog } from './en';

const sl: Catalog = {
  'site.name': 'Community Sharing',
  'site.description':
    'Občine Evropske unije in Zahodnega Balkana si med seboj brezplačno dajejo, kar ena ima, druga pa potrebuje.',

  // Page frame
  'frame.skipLink': 'Preskoči na glavno vsebino',
  'frame.mainNav': 'Glavni meni',
  'frame.listings': 'Oglasi',
  'frame.municipalities': 'Občine',
  'frame.news': 'Novice',
  'frame.login': 'Prijava',
  'frame.language': 'Jezik',
  'frame.languageChoose': 'Izberite jezik',
  'frame.footerNav': 'O platformi',
  'frame.footerText': 'Platforma nacionalnih združenj občin, odprta za vse občine Evropske unije in Zahodnega Balkana.',
  'frame.feed': 'Vir novih oglasov',
  'frame.sitemap': 'Zemljevid strani',

  // Home page
  'home.title': 'Občine delijo, kar imajo, s tistimi, ki to potrebujejo',
  'home.intro':
    'Community Sharing je prostor, kjer si občine Evropske unije in Zahodnega Balkana med seboj brezplačno dajejo, kar ena ima, druga pa potrebuje: strokovno znanje, izkušene vodje, prostovoljce, opremo, blago, materiale in storitve. Pomaga jim tudi poiskati vlagatelje za neizkoriščene lokalne vire in partnerje za lokalna podjetja.',
  'home.browseAll': 'Prebrskajte vse oglase',
  'home.figuresHeading': 'Platforma v številkah',
  'home.latestOffers': 'Najnovejše ponudbe',
  'home.latestRequests': 'Najnovejša povpraševanja',
  'home.allOffers': 'Oglejte si vse ponudbe',
  'home.allRequests': 'Oglejte si vsa povpraševanja',
  'home.nothingYet': 'Tu še ni bilo nič objavljeno.',
  'home.kindsHeading': 'Kaj si občine delijo',
  'home.kindCount':
    '{count, plural, =0 {Ni odprtih oglasov} one {# odprt oglas} two {# odprta oglasa} few {# odprti oglasi} other {# odprtih oglasov}}',

  // Live figures
  'stats.municipalities':
    '{count, plural, one {občina članica} two {občini članici} few {občine članice} other {občin članic}}',
  'stats.countries': '{count, plural, one {država} two {državi} few {države} other {držav}}',
  'stats.openOffers':
    '{count, plural, one {odprta ponudba} two {odprti ponudbi} few {odprte ponudbe} other {odprtih ponudb}}',
  'stats.openRequests':
    '{count, plural, one {odprto povpraševanje} two {odprti povpraševanji} few {odprta povpraševanja} other {odprtih povpraševanj}}',
  'stats.completedExchanges':
    '{count, plural, one {zaključena izmenjava} two {zaključeni izmenjavi} few {zaključene izmenjave} other {zaključenih izmenjav}}',

  // Listing types
  'type.offer': 'Ponudba',
  'type.request': 'Povpraševanje',
  'type.offers': 'Ponudbe',
  'type.requests': 'Povpraševanja',
  'listing.urgent': 'Nujno',

  // Search page
  'search.title': 'Oglasi',
  'search.titleOffers': 'Ponudbe',
  'search.titleRequests': 'Povpraševanja',
  'search.intro': 'Preiščite vse, kar občine ponujajo in iščejo, v vseh jezikih platforme.',
  'search.label': 'Iskanje po oglasih',
  'search.hint': 'Na primer: gasilsko vozilo, šolsko pohištvo, prostovoljci za čistilno akcijo',
  'search.submit': 'Išči',
  'search.filters': 'Filtri',
  'search.applyFilters': 'Uporabi filtre',
  'search.clearFilters': 'Počisti vse filtre',
  'search.sort': 'Razvrsti po',
  'search.sortRelevance': 'Najboljše ujemanje',
  'search.sortNewest': 'Najprej najnovejši',
  'search.resultsHeading': 'Rezultati',
  'search.resultCount':
    '{count, plural, =0 {Ni najdenih oglasov} one {Najden je # oglas} two {Najdena sta # oglasa} few {Najdeni so # oglasi} other {Najdenih je # oglasov}}',
  'search.noResultsHint': 'Poskusite z drugimi ali manj besedami ali odstranite nekatere filtre.',
  'search.invalidParameters': 'Nekaterih nastavitev iskanja ni bilo mogoče razumeti, zato so bile izpuščene.',
  'search.loading': 'Posodabljanje rezultatov …',
  'search.sortNearest': 'Najprej najbližji',
  'distance.legend': 'Razdalja',
  'distance.near': 'V bližini občine',
  'distance.nearHint': 'Občina članica, v kateri koli pisavi: na primer Maribor',
  'distance.radius': 'V polmeru',
  'distance.anyRadius': 'Poljubna razdalja',
  'distance.radiusValue': '{km} km',
  'distance.found': 'Razdalje se merijo od občine {place}.',
  'distance.notFound': 'Nobena občina članica se ne imenuje „{name}“. Preverite črkovanje ali izberite občino s seznama občin članic.',
  'distance.ambiguous': 'Imenu „{name}“ ustreza več občin članic. Izberite eno:',
  'municipality.nearby': 'Oglasi v polmeru 100 km',
  'frame.impact': 'Učinki',
  'impact.title': 'Učinki izmenjav',
  'impact.intro':
    'Kaj so občine doslej dale druga drugi: zaključene izmenjave, njihova vrednost ter izpusti, ki so se jim izognile s ponovno uporabo namesto nakupa novih stvari.',
  'impact.totalsHeading': 'Skupaj',
  'impact.totalEur': 'evrov predane vrednosti',
  'impact.totalCo2e': 'kg preprečenih izpustov CO₂e',
  'impact.totalMass': 'kg ponovno uporabljenega blaga in materiala',
  'impact.totalVolunteerHours': 'ur prostovoljnega dela',
  'impact.totalExpertDays': 'dni dela strokovnjakov',
  'impact.co2eNote':
    'Preprečeni izpusti CO₂e so ocenjeni na podlagi mase ponovno uporabljenih stvari in faktorja za vsako kategorijo; faktorji in njihovi viri so objavljeni skupaj z odprtimi podatki.',
  'impact.chartsHeading': 'Skozi čas in po kategorijah',
  'impact.chartCompletedByMonth': 'Zaključene izmenjave po mesecih',
  'impact.chartCo2eByMonth': 'Preprečeni izpusti CO₂e po mesecih (kg)',
  'impact.chartEurByMonth': 'Predana vrednost po mesecih (EUR)',
  'impact.chartByKind': 'Zaključene izmenjave po vrstah',
  'impact.chartByCountry': 'Zaključene izmenjave po državah',
  'impact.whatCompleted': 'Zaključene izmenjave',
  'impact.whatCo2e': 'Preprečeni izpusti CO₂e',
  'impact.whatEur': 'Predana vrednost',
  'impact.whatKinds': 'Zaključene izmenjave po vrstah',
  'impact.whatCountries': 'Zaključene izmenjave po državah',
  'impact.summaryOverTime': '{what} v obdobju {from} – {to}; najvišja vrednost: {top} ({topValue}).',
  'impact.summaryByCategory':
    '{what}: {count, plural, one {# kategorija} two {# kategoriji} few {# kategorije} other {# kategorij}}; na čelu {first}.',
  'impact.summaryEmpty': '{what}: doslej ni bilo zabeleženo nič.',
  'impact.month': 'Mesec',
  'impact.completed': 'Zaključene izmenjave',
  'home.seeImpact': 'Oglejte si učinke izmenjav',
  'impact.showTable': 'Prikaži podatke v preglednici',

  // Facets
  'facet.type': 'Vrsta oglasa',
  'facet.kind': 'Vrsta',
  'facet.cpv': 'Kategorija',
  'facet.country': 'Država',
  'facet.municipality': 'Občina',
  'facet.delivery': 'Način predaje',
  'facet.language': 'Delovni jezik',
  'facet.anyType': 'Ponudbe in povpraševanja',
  'facet.showAll': 'Prikaži vse ({count})',
  'facet.valueWithCount': '{label} ({count})',

  // Pagination
  'pagination.label': 'Strani z rezultati',
  'pagination.previous': 'Prejšnja stran',
  'pagination.next': 'Naslednja stran',
  'pagination.page': 'Stran {page}',
  'pagination.status': 'Stran {page} od {pages}',

  // A listing in a list
  'card.publishedOn': 'Objavljeno {date}',
  'card.openUntil': 'Odprto do {date}',
  'card.distance': 'Oddaljenost: {distance} km',
  'card.place': '{municipality}, {country}',

  // A listing's own page
  'listing.details': 'Podrobnosti',
  'listing.description': 'Opis',
  'listing.fieldKind': 'Vrsta',
  'listing.fieldCategories': 'Kategorije (CPV)',
  'listing.fieldQuantity': 'Količina',
  'listing.fieldRemaining': 'Še na voljo',
  'listing.fieldCondition': 'Stanje',
  'listing.fieldAvailableFrom': 'Na voljo od',
  'listing.fieldNeededBy': 'Potrebno do',
  'listing.fieldOpenUntil': 'Odprto do',
  'listing.fieldDelivery': 'Način predaje',
  'listing.fieldWorkingLanguages': 'Delovni jeziki',
  'listing.fieldPlace': 'Kraj',
  'listing.fieldPublished': 'Objavljeno',
  'listing.fieldStatus': 'Status oglasa',
  'listing.statusPublished': 'Odprt',
  'listing.statusClosed': 'Zaprt',
  'listing.statusExpired': 'Potekel',
  'listing.closedNotice': 'Ta oglas je zaprt, zato nanj ni več mogoče odgovoriti.',
  'listing.expiredNotice': 'Ta oglas je potekel, zato nanj ni več mogoče odgovoriti.',
  'listing.cpvFallback': 'Ime kategorije je prikazano v jeziku: {language}',
  'listing.photos': 'Fotografije',
  'listing.otherLanguages': 'To besedilo je na voljo tudi v teh jezikih:',
  'listing.postedBy': 'Objavila občina',
  'listing.location': 'Lokacija',
  'listing.answerOffer': 'Zaprosite za to ponudbo',
  'listing.answerRequest': 'Odgovorite na to povpraševanje',
  'listing.answerNeedsLogin': 'Pozvani boste, da se prijavite kot član preverjene občine.',
  'listing.matchingForOffer': 'Povpraševanja, ki bi jim ta ponudba lahko ustrezala',
  'listing.matchingForRequest': 'Ponudbe, ki bi lahko ustrezale temu povpraševanju',
  'listing.similarOffers': 'Podobne ponudbe',
  'listing.similarRequests': 'Podobna povpraševanja',
  'listing.noneRelated': 'Trenutno jih ni.',
  'listing.backToListings': 'Nazaj na oglase',

  // Language of member-written text
  'language.original': 'Izvirno besedilo ({language})',
  'language.notTranslated': 'Prevoda v izbrani jezik še ni: besedilo je prikazano tako, kot je bilo napisano.',
  'language.translatedFrom': 'Prevod (izvirnik: {language})',
  'language.contentFallback': 'To besedilo v izbranem jeziku še ni na voljo.',

  // Values of a listing's fields
  'condition.new': 'Novo',
  'condition.like-new': 'Kot novo',
  'condition.good': 'Dobro',
  'condition.fair': 'Zadovoljivo',
  'condition.for-parts': 'Za dele ali recikliranje',
  'delivery.pickup': 'Prevzame prejemnik',
  'delivery.delivery': 'Dostavi ponudnik',
  'delivery.remote': 'Na daljavo',
  'delivery.on-site': 'Na kraju samem',
  'unit.piece': '{count, plural, one {# kos} two {# kosa} few {# kosi} other {# kosov}}',
  'unit.kg': '{count} kg',
  'unit.tonne': '{count, plural, one {# tona} two {# toni} few {# tone} other {# ton}}',
  'unit.litre': '{count, plural, one {# liter} two {# litra} few {# litri} other {# litrov}}',
  'unit.m': '{count} m',
  'unit.m2': '{count} m²',
  'unit.m3': '{count} m³',
  'unit.hour': '{count, plural, one {# ura} two {# uri} few {# ure} other {# ur}}',
  'unit.day': '{count, plural, one {# dan} two {# dneva} few {# dnevi} other {# dni}}',
  'unit.person': '{count, plural, one {# oseba} two {# osebi} few {# osebe} other {# oseb}}',
  'unit.set': '{count, plural, one {# komplet} two {# kompleta} few {# kompleti} other {# kompletov}}',
  'unit.pallet': '{count, plural, one {# paleta} two {# paleti} few {# palete} other {# palet}}',

  // Map
  'map.label': 'Zemljevid Evrope z označeno lego: {place}',
  'map.caption': '{place}, {country}: zemljepisna širina {lat}, zemljepisna dolžina {lng}',

  // Municipalities
  'municipalities.title': 'Občine članice',
  'municipalities.intro': 'Vsako tu navedeno občino je preverilo njeno nacionalno združenje občin.',
  'municipalities.findLabel': 'Poiščite občino po imenu',
  'municipalities.countryLabel': 'Država',
  'municipalities.allCountries': 'Vse države',
  'municipalities.show': 'Prikaži',
  'municipalities.count':
    '{count, plural, =0 {Ni najdenih občin} one {# občina} two {# občini} few {# občine} other {# občin}}',
  'municipalities.byCountry': 'Države',
  'municipalities.openListings':
    '{count, plural, =0 {Ni odprtih oglasov} one {# odprt oglas} two {# odprta oglasa} few {# odprti oglasi} other {# odprtih oglasov}}',
  'municipality.population': 'Število prebivalcev',
  'municipality.website': 'Spletna stran',
  'municipality.country': 'Država',
  'municipality.languages': 'Jeziki',
  'municipality.about': 'O občini',
  'municipality.record': 'Dejavnost na platformi',
  'municipality.openListingsHeading': 'Odprti oglasi',
  'municipality.noOpenListings': 'Ta občina trenutno nima odprtih oglasov.',
  'municipality.allListings': 'Vsi oglasi – {municipality}',

  // Pages and news
  'news.title': 'Novice',
  'news.intro': 'Novice združenja in občin s platforme.',
  'news.none': 'Novic še ni.',
  'news.publishedOn': 'Objavljeno {date}',
  'news.backToNews': 'Nazaj na vse novice',

  // Log in
  'login.title': 'Prijava',
  'login.intro':
    'Člani preverjenih občin se prijavijo, da lahko odgovarjajo na oglase, objavljajo lastne in spremljajo svoje izmenjave.',
  'login.unavailable': 'Prijava v portal še ni mogoča. Prosimo, vrnite se kmalu.',
  'login.back': 'Nazaj na oglas',

  // Feed
  'feed.title': 'Novi oglasi na platformi Community Sharing',
  'feed.filtered': 'Novi oglasi na platformi Community Sharing: {filters}',

  // Errors
  'error.notFoundTitle': 'Strani ni mogoče najti',
  'error.notFoundText': 'Stran, ki jo iščete, ne obstaja ali ni več javno dostopna.',
  'error.unavailableTitle': 'Začasno nedosegljivo',
  'error.unavailableText':
    'Oglasi so trenutno nedosegljivi, ker storitev, ki jih hrani, ne odgovarja. Poskusite znova čez nekaj minut.',
  'error.tryAgain': 'Poskusite znova',
  'error.serverTitle': 'Prišlo je do napake',
  'error.serverText': 'Zaradi napake na naši strani se ta stran ni naložila. Poskusite znova pozneje.',
  'error.goHome': 'Na domačo stran',
};

export default sl;
