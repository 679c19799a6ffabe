// The portal's interface strings in Lithuanian. Keys and order follow en.ts; see README.md for the rules.
// Identical to English on purpose (as allowed by same-as-english.ts): site.name (brand), facet.valueWithCount,
// card.place, unit.kg, unit.m, unit.m2, unit.m3 (placeholders and bare units only).
import type { Catalog } from './en';

const lt: Catalog = {
  // The platform's name is a brand: it stays as it is in every language.
  'site.name': 'Community Sharing',
  'site.description':
    'Europos Sąjungos ir Vakarų Balkanų savivaldybės nemokamai perduoda viena kitai tai, ką viena turi, o kitai reikia.',

  // Page frame
  'frame.skipLink': 'Pereiti prie pagrindinio turinio',
  'frame.mainNav': 'Pagrindinis meniu',
  'frame.listings': 'Skelbimai',
  'frame.municipalities': 'Savivaldybės',
  'frame.news': 'Naujienos',
  'frame.login': 'Prisijungti',
  'frame.language': 'Kalba',
  'frame.languageChoose': 'Pasirinkite kalbą',
  'frame.footerNav': 'Apie platformą',
  'frame.footerText':
    'Nacionalinių savivaldybių asociacijų platforma, atvira kiekvienai Europos Sąjungos ir Vakarų Balkanų savivaldybei.',
  'frame.feed': 'Naujų skelbimų srautas',
  'frame.sitemap': 'Svetainės medis',

  // Home page
  'home.title': 'Savivaldybės dalijasi tuo, ką turi, su tais, kuriems to reikia',
  'home.intro':
    'Community Sharing – tai vieta, kur Europos Sąjungos ir Vakarų Balkanų savivaldybės nemokamai perduoda viena kitai tai, ką viena turi, o kitai reikia: ekspertines žinias, patyrusius vadovus, savanorius, įrangą, prekes, medžiagas ir paslaugas. Platforma taip pat padeda joms rasti investuotojų nenaudojamiems vietos ištekliams ir partnerių vietos įmonėms.',
  'home.browseAll': 'Naršyti visus skelbimus',
  'home.figuresHeading': 'Platforma skaičiais',
  'home.latestOffers': 'Naujausi pasiūlymai',
  'home.latestRequests': 'Naujausi prašymai',
  'home.allOffers': 'Žiūrėti visus pasiūlymus',
  'home.allRequests': 'Žiūrėti visus prašymus',
  'home.nothingYet': 'Čia dar nieko nepaskelbta.',
  'home.kindsHeading': 'Kuo dalijasi savivaldybės',
  'home.kindCount':
    '{count, plural, =0 {Aktyvių skelbimų nėra} one {# aktyvus skelbimas} few {# aktyvūs skelbimai} many {# aktyvaus skelbimo} other {# aktyvių skelbimų}}',

  // Live figures: the number is shown large above these words, so they carry no number themselves.
  'stats.municipalities':
    '{count, plural, one {savivaldybė narė} few {savivaldybės narės} many {savivaldybės narės} other {savivaldybių narių}}',
  'stats.countries': '{count, plural, one {šalis} few {šalys} many {šalies} other {šalių}}',
  'stats.openOffers':
    '{count, plural, one {aktyvus pasiūlymas} few {aktyvūs pasiūlymai} many {aktyvaus pasiūlymo} other {aktyvių pasiūlymų}}',
  'stats.openRequests':
    '{count, plural, one {aktyvus prašymas} few {aktyvūs prašymai} many {aktyvaus prašymo} other {aktyvių prašymų}}',
  'stats.completedExchanges':
    '{count, plural, one {įvykdytas perdavimas} few {įvykdyti perdavimai} many {įvykdyto perdavimo} other {įvykdytų perdavimų}}',

  // Listing types
  'type.offer': 'Pasiūlymas',
  'type.request': 'Prašymas',
  'type.offers': 'Pasiūlymai',
  'type.requests': 'Prašymai',
  'listing.urgent': 'Skubu',

  // Search page
  'search.title': 'Skelbimai',
  'search.titleOffers': 'Pasiūlymai',
  'search.titleRequests': 'Prašymai',
  'search.intro': 'Ieškokite visko, ką savivaldybės siūlo ir ko prašo, visomis platformos kalbomis.',
  'search.label': 'Ieškoti skelbimų',
  'search.hint': 'Pavyzdžiui: gaisrinis automobilis, mokyklos baldai, savanoriai talkai',
  'search.submit': 'Ieškoti',
  'search.filters': 'Filtrai',
  'search.applyFilters': 'Taikyti filtrus',
  'search.clearFilters': 'Išvalyti visus filtrus',
  'search.sort': 'Rikiuoti pagal',
  'search.sortRelevance': 'Geriausiai atitinkantys',
  'search.sortNewest': 'Naujausi pirmiau',
  'search.resultsHeading': 'Rezultatai',
  'search.resultCount':
    '{count, plural, =0 {Skelbimų nerasta} one {Rastas # skelbimas} few {Rasti # skelbimai} many {Rasta # skelbimo} other {Rasta # skelbimų}}',
  'search.noResultsHint': 'Pabandykite kitus arba mažiau žodžių arba pašalinkite kai kuriuos filtrus.',
  'search.invalidParameters': 'Kai kurie paieškos nustatymai nebuvo atpažinti, todėl buvo praleisti.',
  'search.loading': 'Rezultatai atnaujinami…',
  'search.sortNearest': 'Artimiausi pirmiau',
  'distance.legend': 'Atstumas',
  'distance.near': 'Netoli savivaldybės',
  'distance.nearHint': 'Savivaldybė narė, bet kokiu raštu: pavyzdžiui, Kaunas',
  'distance.radius': 'Spindulys',
  'distance.anyRadius': 'Bet koks atstumas',
  'distance.radiusValue': '{km} km',
  'distance.found': 'Atstumo atskaitos taškas: {place}.',
  'distance.notFound': 'Savivaldybės narės, pavadintos „{name}“, nėra. Patikrinkite rašybą arba pasirinkite savivaldybę iš savivaldybių narių sąrašo.',
  'distance.ambiguous': 'Užklausą „{name}“ atitinka kelios savivaldybės narės. Pasirinkite vieną:',
  'municipality.nearby': 'Skelbimai 100 km spinduliu',
  'frame.impact': 'Poveikis',
  'impact.title': 'Perdavimų poveikis',
  'impact.intro':
    'Ką savivaldybės iki šiol perdavė viena kitai: įvykdyti perdavimai, jų vertė ir išmetamųjų teršalų kiekis, kurio išvengta daiktus naudojant pakartotinai, o ne perkant naujus.',
  'impact.totalsHeading': 'Iš viso',
  'impact.totalEur': 'Eur perduotos vertės',
  'impact.totalCo2e': 'kg išvengtų CO₂e emisijų',
  'impact.totalMass': 'kg pakartotinai panaudotų prekių ir medžiagų',
  'impact.totalVolunteerHours': 'savanoriško darbo valandos',
  'impact.totalExpertDays': 'ekspertų darbo dienos',
  'impact.co2eNote':
    'Išvengtas CO₂e kiekis apskaičiuojamas pagal pakartotinai panaudotų daiktų masę ir kiekvienai kategorijai taikomą koeficientą; koeficientai ir jų šaltiniai skelbiami kartu su atviraisiais duomenimis.',
  'impact.chartsHeading': 'Pagal mėnesius ir kategorijas',
  'impact.chartCompletedByMonth': 'Įvykdyti perdavimai pagal mėnesius',
  'impact.chartCo2eByMonth': 'Išvengtos CO₂e emisijos pagal mėnesius (kg)',
  'impact.chartEurByMonth': 'Perduota vertė pagal mėnesius (EUR)',
  'impact.chartByKind': 'Įvykdyti perdavimai pagal rūšį',
  'impact.chartByCountry': 'Įvykdyti perdavimai pagal šalį',
  'impact.whatCompleted': 'Įvykdyti perdavimai',
  'impact.whatCo2e': 'Išvengtos CO₂e emisijos',
  'impact.whatEur': 'Perduota vertė',
  'impact.whatKinds': 'Įvykdyti perdavimai pagal rūšį',
  'impact.whatCountries': 'Įvykdyti perdavimai pagal šalį',
  'impact.summaryOverTime': '{what} laikotarpiu {from} – {to}; didžiausia reikšmė – {top} ({topValue}).',
  'impact.summaryByCategory':
    '{what}: {count, plural, one {# kategorija} few {# kategorijos} many {# kategorijos} other {# kategorijų}}; pirmauja {first}.',
  'impact.summaryEmpty': '{what}: kol kas nieko neužregistruota.',
  'impact.month': 'Mėnuo',
  'impact.completed': 'Įvykdyti perdavimai',
  'home.seeImpact': 'Žiūrėti perdavimų poveikį',
  'impact.showTable': 'Rodyti duomenis lentele',

  // Facets
  'facet.type': 'Tipas',
  'facet.kind': 'Rūšis',
  'facet.cpv': 'Kategorija',
  'facet.country': 'Šalis',
  'facet.municipality': 'Savivaldybė',
  'facet.delivery': 'Perdavimo būdas',
  'facet.language': 'Darbo kalba',
  'facet.anyType': 'Pasiūlymai ir prašymai',
  'facet.showAll': 'Rodyti visus ({count})',
  'facet.valueWithCount': '{label} ({count})',

  // Pagination
  'pagination.label': 'Rezultatų puslapiai',
  'pagination.previous': 'Ankstesnis puslapis',
  'pagination.next': 'Kitas puslapis',
  'pagination.page': 'Puslapis {page}',
  'pagination.status': 'Puslapis {page} iš {pages}',

  // A listing in a list
  'card.publishedOn': 'Paskelbta {date}',
  'card.openUntil': 'Galioja iki {date}',
  'card.distance': 'Už {distance} km',
  'card.place': '{municipality}, {country}',

  // A listing's own page
  'listing.details': 'Išsami informacija',
  'listing.description': 'Aprašymas',
  'listing.fieldKind': 'Rūšis',
  'listing.fieldCategories': 'Kategorijos (BVPŽ)',
  'listing.fieldQuantity': 'Kiekis',
  'listing.fieldRemaining': 'Dar turima',
  'listing.fieldCondition': 'Būklė',
  'listing.fieldAvailableFrom': 'Turima nuo',
  'listing.fieldNeededBy': 'Reikia iki',
  'listing.fieldOpenUntil': 'Galioja iki',
  'listing.fieldDelivery': 'Perdavimo būdas',
  'listing.fieldWorkingLanguages': 'Darbo kalbos',
  'listing.fieldPlace': 'Vieta',
  'listing.fieldPublished': 'Paskelbta',
  'listing.fieldStatus': 'Būsena',
  'listing.statusPublished': 'Aktyvus',
  'listing.statusClosed': 'Uždarytas',
  'listing.statusExpired': 'Nebegalioja',
  'listing.closedNotice': 'Šis skelbimas uždarytas, į jį nebegalima atsakyti.',
  'listing.expiredNotice': 'Šio skelbimo galiojimas baigėsi, į jį nebegalima atsakyti.',
  'listing.cpvFallback': 'Kategorijų pavadinimų kalba: {language}',
  'listing.photos': 'Nuotraukos',
  'listing.otherLanguages': 'Šis tekstas taip pat pateikiamas šiomis kalbomis:',
  'listing.postedBy': 'Paskelbė',
  'listing.location': 'Buvimo vieta',
  'listing.answerOffer': 'Prašyti šio pasiūlymo',
  'listing.answerRequest': 'Atsakyti į šį prašymą',
  'listing.answerNeedsLogin': 'Jūsų bus paprašyta prisijungti kaip patvirtintos savivaldybės atstovui.',
  'listing.matchingForOffer': 'Prašymai, kuriuos šis pasiūlymas galėtų patenkinti',
  'listing.matchingForRequest': 'Pasiūlymai, kurie galėtų patenkinti šį prašymą',
  'listing.similarOffers': 'Panašūs pasiūlymai',
  'listing.similarRequests': 'Panašūs prašymai',
  'listing.noneRelated': 'Šiuo metu nėra.',
  'listing.backToListings': 'Atgal į skelbimus',

  // Language of member-written text
  'language.original': 'Originalo kalba: {language}',
  'language.notTranslated': 'Vertimo į jūsų kalbą dar nėra: tekstas rodomas toks, koks buvo parašytas.',
  'language.translatedFrom': 'Išversta, originalo kalba: {language}',
  'language.contentFallback': 'Šis tekstas jūsų kalba dar nepateikiamas.',

  // Values of a listing's fields
  'condition.new': 'Naujas',
  'condition.like-new': 'Kaip naujas',
  'condition.good': 'Geras',
  'condition.fair': 'Patenkinamas',
  'condition.for-parts': 'Dalims arba perdirbti',
  'delivery.pickup': 'Gavėjas pasiima pats',
  'delivery.delivery': 'Pristato teikėjas',
  'delivery.remote': 'Nuotoliniu būdu',
  'delivery.on-site': 'Vietoje',
  'unit.piece': '{count, plural, one {# vienetas} few {# vienetai} many {# vieneto} other {# vienetų}}',
  'unit.kg': '{count} kg',
  'unit.tonne': '{count, plural, one {# tona} few {# tonos} many {# tonos} other {# tonų}}',
  'unit.litre': '{count, plural, one {# litras} few {# litrai} many {# litro} other {# litrų}}',
  'unit.m': '{count} m',
  'unit.m2': '{count} m²',
  'unit.m3': '{count} m³',
  'unit.hour': '{count, plural, one {# valanda} few {# valandos} many {# valandos} other {# valandų}}',
  'unit.day': '{count, plural, one {# diena} few {# dienos} many {# dienos} other {# dienų}}',
  'unit.person': '{count, plural, one {# asmuo} few {# asmenys} many {# asmens} other {# asmenų}}',
  'unit.set': '{count, plural, one {# komplektas} few {# komplektai} many {# komplekto} other {# komplektų}}',
  'unit.pallet': '{count, plural, one {# padėklas} few {# padėklai} many {# padėklo} other {# padėklų}}',

  // Map
  'map.label': 'Europos žemėlapis, kuriame pažymėta vieta: {place}',
  'map.caption': '{place}, {country}: platuma {lat}, ilguma {lng}',

  // Municipalities
  'municipalities.title': 'Savivaldybės narės',
  'municipalities.intro':
    'Kiekvieną čia nurodytą savivaldybę patvirtino jos šalies nacionalinė savivaldybių asociacija.',
  'municipalities.findLabel': 'Ieškoti savivaldybės pagal pavadinimą',
  'municipalities.countryLabel': 'Šalis',
  'municipalities.allCountries': 'Visos šalys',
  'municipalities.show': 'Rodyti',
  'municipalities.count':
    '{count, plural, =0 {Savivaldybių nerasta} one {# savivaldybė} few {# savivaldybės} many {# savivaldybės} other {# savivaldybių}}',
  'municipalities.byCountry': 'Pagal šalis',
  'municipalities.openListings':
    '{count, plural, =0 {Aktyvių skelbimų nėra} one {# aktyvus skelbimas} few {# aktyvūs skelbimai} many {# aktyvaus skelbimo} other {# aktyvių skelbimų}}',
  'municipality.population': 'Gyventojų skaičius',
  'municipality.website': 'Interneto svetainė',
  'municipality.country': 'Šalis',
  'municipality.languages': 'Kalbos',
  'municipality.about': 'Apie savivaldybę',
  'municipality.record': 'Veikla platformoje',
  'municipality.openListingsHeading': 'Aktyvūs skelbimai',
  'municipality.noOpenListings': 'Ši savivaldybė šiuo metu neturi aktyvių skelbimų.',
  'municipality.allListings': 'Visi skelbimai: {municipality}',

  // Pages and news
  'news.title': 'Naujienos',
  'news.intro': 'Asociacijos ir platformos savivaldybių naujienos.',
  'news.none': 'Naujienų dar nėra.',
  'news.publishedOn': 'Paskelbta {date}',
  'news.backToNews': 'Atgal į visas naujienas',

  // Log in
  'login.title': 'Prisijungimas',
  'login.intro':
    'Patvirtintų savivaldybių atstovai prisijungia, kad galėtų atsakyti į skelbimus, skelbti savo skelbimus ir stebėti savo perdavimus.',
  'login.unavailable': 'Prisijungti prie portalo dar negalima. Prašome netrukus apsilankyti vėl.',
  'login.back': 'Atgal į skelbimą',

  // Feed
  'feed.title': 'Nauji skelbimai platformoje Community Sharing',
  'feed.filtered': 'Nauji skelbimai platformoje Community Sharing: {filters}',

  // Errors
  'error.notFoundTitle': 'Puslapis nerastas',
  'error.notFoundText': 'Ieškomas puslapis neegzistuoja arba nebėra viešas.',
  'error.unavailableTitle': 'Laikinai nepasiekiama',
  'error.unavailableText':
    'Skelbimai trumpam nepasiekiami, nes juos sauganti paslauga neatsako. Bandykite dar kartą po kelių minučių.',
  'error.tryAgain': 'Bandyti dar kartą',
  'error.serverTitle': 'Įvyko klaida',
  'error.serverText': 'Dėl klaidos mūsų pusėje šio puslapio nepavyko įkelti. Bandykite dar kartą vėliau.',
  'error.goHome': 'Į pradžios puslapį',
};

export default lt;
