// The portal's interface strings in Czech. Keys and order follow en.ts; see README.md for the rules.
// Identical to English on purpose (as allowed by same-as-english.ts): site.name (brand), facet.valueWithCount,
// card.place, unit.kg, unit.m, unit.m2, unit.m3 (placeholders and bare units only).
import type { Catalog } from './en';

const cs: Catalog = {
  // The platform's name is a brand: it stays as it is in every language.
  'site.name': 'Community Sharing',
  'site.description':
    'Obce z Evropské unie a západního Balkánu si navzájem bezplatně poskytují to, co jedna má a druhá potřebuje.',

  // Page frame
  'frame.skipLink': 'Přejít na hlavní obsah',
  'frame.mainNav': 'Hlavní navigace',
  'frame.listings': 'Inzeráty',
  'frame.municipalities': 'Obce',
  'frame.news': 'Aktuality',
  'frame.login': 'Přihlásit se',
  'frame.language': 'Jazyk',
  'frame.languageChoose': 'Vyberte jazyk',
  'frame.footerNav': 'O platformě',
  'frame.footerText': 'Platforma národních svazů obcí, otevřená všem obcím Evropské unie a západního Balkánu.',
  'frame.feed': 'Kanál nových inzerátů',
  'frame.sitemap': 'Mapa stránek',

  // Home page
  'home.title': 'Obce sdílejí to, co mají, s těmi, kdo to potřebují',
  'home.intro':
    'Community Sharing je místo, kde si obce z Evropské unie a západního Balkánu navzájem bezplatně poskytují to, co jedna má a druhá potřebuje: odborné znalosti, zkušené manažery, dobrovolníky, vybavení, zboží, materiál a služby. Pomáhá jim také najít investory pro nevyužité místní zdroje a partnery pro místní firmy.',
  'home.browseAll': 'Procházet všechny inzeráty',
  'home.figuresHeading': 'Platforma v číslech',
  'home.latestOffers': 'Nejnovější nabídky',
  'home.latestRequests': 'Nejnovější poptávky',
  'home.allOffers': 'Zobrazit všechny nabídky',
  'home.allRequests': 'Zobrazit všechny poptávky',
  'home.nothingYet': 'Zatím zde nebylo nic zveřejněno.',
  'home.kindsHeading': 'Co obce sdílejí',
  'home.kindCount':
    '{count, plural, =0 {Žádné otevřené inzeráty} one {# otevřený inzerát} few {# otevřené inzeráty} many {# otevřeného inzerátu} other {# otevřených inzerátů}}',

  // Live figures: the number is shown large above these words, so they carry no number themselves.
  'stats.municipalities':
    '{count, plural, one {členská obec} few {členské obce} many {členské obce} other {členských obcí}}',
  'stats.countries': '{count, plural, one {země} few {země} many {země} other {zemí}}',
  'stats.openOffers':
    '{count, plural, one {otevřená nabídka} few {otevřené nabídky} many {otevřené nabídky} other {otevřených nabídek}}',
  'stats.openRequests':
    '{count, plural, one {otevřená poptávka} few {otevřené poptávky} many {otevřené poptávky} other {otevřených poptávek}}',
  'stats.completedExchanges':
    '{count, plural, one {uskutečněná výměna} few {uskutečněné výměny} many {uskutečněné výměny} other {uskutečněných výměn}}',

  // Listing types
  'type.offer': 'Nabídka',
  'type.request': 'Poptávka',
  'type.offers': 'Nabídky',
  'type.requests': 'Poptávky',
  'listing.urgent': 'Naléhavé',

  // Search page
  'search.title': 'Inzeráty',
  'search.titleOffers': 'Nabídky',
  'search.titleRequests': 'Poptávky',
  'search.intro': 'Prohledávejte vše, co obce nabízejí a poptávají, ve všech jazycích platformy.',
  'search.label': 'Hledat v inzerátech',
  'search.hint': 'Například: hasičský vůz, školní nábytek, dobrovolníci na úklid',
  'search.submit': 'Hledat',
  'search.filters': 'Filtry',
  'search.applyFilters': 'Použít filtry',
  'search.clearFilters': 'Zrušit všechny filtry',
  'search.sort': 'Řadit podle',
  'search.sortRelevance': 'Nejlepší shoda',
  'search.sortNewest': 'Od nejnovějších',
  'search.resultsHeading': 'Výsledky',
  'search.resultCount':
    '{count, plural, =0 {Nebyly nalezeny žádné inzeráty} one {Nalezen # inzerát} few {Nalezeny # inzeráty} many {Nalezeno # inzerátu} other {Nalezeno # inzerátů}}',
  'search.noResultsHint': 'Zkuste jiná nebo méně slov, případně odeberte některé filtry.',
  'search.invalidParameters': 'Některým nastavením vyhledávání jsme neporozuměli, a proto byla vynechána.',
  'search.loading': 'Aktualizace výsledků…',
  'search.sortNearest': 'Od nejbližších',
  'distance.legend': 'Vzdálenost',
  'distance.near': 'V blízkosti obce',
  'distance.nearHint': 'Členská obec, v jakémkoli písmu: například Olomouc',
  'distance.radius': 'V okruhu',
  'distance.anyRadius': 'Libovolná vzdálenost',
  'distance.radiusValue': '{km} km',
  'distance.found': 'Vzdálenosti se měří od obce {place}.',
  'distance.notFound': 'Žádná členská obec se nejmenuje „{name}“. Zkontrolujte pravopis, nebo obec vyberte ze seznamu členských obcí.',
  'distance.ambiguous': 'Zadání „{name}“ odpovídá několik členských obcí. Vyberte jednu z nich:',
  'municipality.nearby': 'Inzeráty v okruhu 100 km',
  'frame.impact': 'Dopady',
  'impact.title': 'Dopady výměn',
  'impact.intro':
    'Co si obce dosud navzájem předaly: uskutečněné výměny, jejich hodnota a emise, kterým se podařilo zabránit díky opětovnému použití místo nákupu nových věcí.',
  'impact.totalsHeading': 'Celkem',
  'impact.totalEur': 'eur předané hodnoty',
  'impact.totalCo2e': 'kg ušetřených emisí CO₂e',
  'impact.totalMass': 'kg znovu použitého zboží a materiálu',
  'impact.totalVolunteerHours': 'hodin dobrovolnické práce',
  'impact.totalExpertDays': 'dní práce odborníků',
  'impact.co2eNote':
    'Ušetřené emise CO₂e se odhadují z hmotnosti znovu použitých věcí a koeficientu pro každou kategorii; koeficienty a jejich zdroje se zveřejňují spolu s otevřenými daty.',
  'impact.chartsHeading': 'V čase a podle kategorií',
  'impact.chartCompletedByMonth': 'Uskutečněné výměny podle měsíců',
  'impact.chartCo2eByMonth': 'Ušetřené emise CO₂e podle měsíců (kg)',
  'impact.chartEurByMonth': 'Předaná hodnota podle měsíců (EUR)',
  'impact.chartByKind': 'Uskutečněné výměny podle druhu',
  'impact.chartByCountry': 'Uskutečněné výměny podle země',
  'impact.whatCompleted': 'Uskutečněné výměny',
  'impact.whatCo2e': 'Ušetřené emise CO₂e',
  'impact.whatEur': 'Předaná hodnota',
  'impact.whatKinds': 'Uskutečněné výměny podle druhu',
  'impact.whatCountries': 'Uskutečněné výměny podle země',
  'impact.summaryOverTime': '{what} v období {from} – {to}; nejvyšší hodnota: {top} ({topValue}).',
  'impact.summaryByCategory':
    '{what}: {count, plural, one {# kategorie} few {# kategorie} many {# kategorie} other {# kategorií}}; v čele {first}.',
  'impact.summaryEmpty': '{what}: zatím nic nezaznamenáno.',
  'impact.month': 'Měsíc',
  'impact.completed': 'Uskutečněné výměny',
  'home.seeImpact': 'Zobrazit dopady výměn',
  'impact.showTable': 'Zobrazit údaje v tabulce',

  // Facets
  'facet.type': 'Typ',
  'facet.kind': 'Druh',
  'facet.cpv': 'Kategorie',
  'facet.country': 'Země',
  'facet.municipality': 'Obec',
  'facet.delivery': 'Způsob předání',
  'facet.language': 'Pracovní jazyk',
  'facet.anyType': 'Nabídky i poptávky',
  'facet.showAll': 'Zobrazit vše ({count})',
  'facet.valueWithCount': '{label} ({count})',

  // Pagination
  'pagination.label': 'Stránky výsledků',
  'pagination.previous': 'Předchozí stránka',
  'pagination.next': 'Další stránka',
  'pagination.page': 'Stránka {page}',
  'pagination.status': 'Stránka {page} z {pages}',

  // A listing in a list
  'card.publishedOn': 'Zveřejněno {date}',
  'card.openUntil': 'Platí do {date}',
  'card.distance': 'Vzdálenost {distance} km',
  'card.place': '{municipality}, {country}',

  // A listing's own page
  'listing.details': 'Podrobnosti',
  'listing.description': 'Popis',
  'listing.fieldKind': 'Druh',
  'listing.fieldCategories': 'Kategorie (CPV)',
  'listing.fieldQuantity': 'Množství',
  'listing.fieldRemaining': 'Ještě k dispozici',
  'listing.fieldCondition': 'Stav',
  'listing.fieldAvailableFrom': 'K dispozici od',
  'listing.fieldNeededBy': 'Potřeba do',
  'listing.fieldOpenUntil': 'Platí do',
  'listing.fieldDelivery': 'Způsob předání',
  'listing.fieldWorkingLanguages': 'Pracovní jazyky',
  'listing.fieldPlace': 'Místo',
  'listing.fieldPublished': 'Zveřejněno',
  'listing.fieldStatus': 'Stav inzerátu',
  'listing.statusPublished': 'Otevřený',
  'listing.statusClosed': 'Uzavřený',
  'listing.statusExpired': 'Platnost vypršela',
  'listing.closedNotice': 'Tento inzerát je uzavřen a již na něj nelze odpovědět.',
  'listing.expiredNotice': 'Platnost tohoto inzerátu vypršela a již na něj nelze odpovědět.',
  'listing.cpvFallback': 'Jazyk názvů kategorií: {language}',
  'listing.photos': 'Fotografie',
  'listing.otherLanguages': 'Tento text je k dispozici také v jazycích:',
  'listing.postedBy': 'Inzerent',
  'listing.location': 'Poloha',
  'listing.answerOffer': 'Požádat o tuto nabídku',
  'listing.answerRequest': 'Odpovědět na tuto poptávku',
  'listing.answerNeedsLogin': 'Budete požádáni, abyste se přihlásili jako člen ověřené obce.',
  'listing.matchingForOffer': 'Poptávky, které by tato nabídka mohla uspokojit',
  'listing.matchingForRequest': 'Nabídky, které by mohly uspokojit tuto poptávku',
  'listing.similarOffers': 'Podobné nabídky',
  'listing.similarRequests': 'Podobné poptávky',
  'listing.noneRelated': 'Momentálně žádné.',
  'listing.backToListings': 'Zpět na inzeráty',

  // Language of member-written text
  'language.original': 'Jazyk originálu: {language}',
  'language.notTranslated': 'Překlad do vašeho jazyka zatím není k dispozici: text se zobrazuje tak, jak byl napsán.',
  'language.translatedFrom': 'Přeloženo, jazyk originálu: {language}',
  'language.contentFallback': 'Tento text zatím není ve vašem jazyce k dispozici.',

  // Values of a listing's fields
  'condition.new': 'Nové',
  'condition.like-new': 'Jako nové',
  'condition.good': 'Dobrý stav',
  'condition.fair': 'Uspokojivý stav',
  'condition.for-parts': 'Na náhradní díly nebo k recyklaci',
  'delivery.pickup': 'Vyzvedne si příjemce',
  'delivery.delivery': 'Doručí poskytovatel',
  'delivery.remote': 'Na dálku',
  'delivery.on-site': 'Na místě',
  'unit.piece': '{count, plural, one {# kus} few {# kusy} many {# kusu} other {# kusů}}',
  'unit.kg': '{count} kg',
  'unit.tonne': '{count, plural, one {# tuna} few {# tuny} many {# tuny} other {# tun}}',
  'unit.litre': '{count, plural, one {# litr} few {# litry} many {# litru} other {# litrů}}',
  'unit.m': '{count} m',
  'unit.m2': '{count} m²',
  'unit.m3': '{count} m³',
  'unit.hour': '{count, plural, one {# hodina} few {# hodiny} many {# hodiny} other {# hodin}}',
  'unit.day': '{count, plural, one {# den} few {# dny} many {# dne} other {# dní}}',
  'unit.person': '{count, plural, one {# osoba} few {# osoby} many {# osoby} other {# osob}}',
  'unit.set': '{count, plural, one {# sada} few {# sady} many {# sady} other {# sad}}',
  'unit.pallet': '{count, plural, one {# paleta} few {# palety} many {# palety} other {# palet}}',

  // Map
  'map.label': 'Mapa Evropy s vyznačenou polohou: {place}',
  'map.caption': '{place}, {country}: zeměpisná šířka {lat}, zeměpisná délka {lng}',

  // Municipalities
  'municipalities.title': 'Členské obce',
  'municipalities.intro': 'Každou obec uvedenou v tomto seznamu ověřil národní svaz obcí její země.',
  'municipalities.findLabel': 'Vyhledat obec podle názvu',
  'municipalities.countryLabel': 'Země',
  'municipalities.allCountries': 'Všechny země',
  'municipalities.show': 'Zobrazit',
  'municipalities.count':
    '{count, plural, =0 {Nebyly nalezeny žádné obce} one {# obec} few {# obce} many {# obce} other {# obcí}}',
  'municipalities.byCountry': 'Podle zemí',
  'municipalities.openListings':
    '{count, plural, =0 {Žádné otevřené inzeráty} one {# otevřený inzerát} few {# otevřené inzeráty} many {# otevřeného inzerátu} other {# otevřených inzerátů}}',
  'municipality.population': 'Počet obyvatel',
  'municipality.website': 'Webové stránky',
  'municipality.country': 'Země',
  'municipality.languages': 'Jazyky',
  'municipality.about': 'O obci',
  'municipality.record': 'Činnost na platformě',
  'municipality.openListingsHeading': 'Otevřené inzeráty',
  'municipality.noOpenListings': 'Tato obec momentálně nemá žádné otevřené inzeráty.',
  'municipality.allListings': 'Všechny inzeráty obce {municipality}',

  // Pages and news
  'news.title': 'Aktuality',
  'news.intro': 'Aktuality ze svazu a z obcí zapojených do platformy.',
  'news.none': 'Zatím zde nejsou žádné aktuality.',
  'news.publishedOn': 'Zveřejněno {date}',
  'news.backToNews': 'Zpět na všechny aktuality',

  // Log in
  'login.title': 'Přihlášení',
  'login.intro':
    'Členové ověřených obcí se přihlašují, aby mohli odpovídat na inzeráty, zveřejňovat vlastní a sledovat své výměny.',
  'login.unavailable': 'Přihlašování do portálu zatím není spuštěno. Vraťte se prosím brzy.',
  'login.back': 'Zpět na inzerát',

  // Feed
  'feed.title': 'Nové inzeráty na Community Sharing',
  'feed.filtered': 'Nové inzeráty na Community Sharing: {filters}',

  // Errors
  'error.notFoundTitle': 'Stránka nenalezena',
  'error.notFoundText': 'Stránka, kterou hledáte, neexistuje nebo již není veřejná.',
  'error.unavailableTitle': 'Dočasně nedostupné',
  'error.unavailableText':
    'Inzeráty jsou na chvíli nedostupné, protože služba, která je uchovává, neodpovídá. Zkuste to prosím znovu za několik minut.',
  'error.tryAgain': 'Zkusit znovu',
  'error.serverTitle': 'Něco se pokazilo',
  'error.serverText': 'Chyba na naší straně zabránila načtení této stránky. Zkuste to prosím později.',
  'error.goHome': 'Přejít na úvodní stránku',
};

export default cs;
