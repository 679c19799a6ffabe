// The portal's interface strings in Maltese. Keys and order follow en.ts; see README.md for the rules.
// "Municipality" is "kunsill lokali", as in the listing kinds of @community-sharing/config. The reader is addressed
// in the singular, as Maltese public services do. Plurals: "two" and "few" (0, 3–10) take the plural noun,
// "many" (11–19) and "other" (20+) the singular, as Maltese does after those numbers.
// No value is identical to English.
import type { Catalog } from './en';

const mt: Catalog = {
  'site.name': 'Community Sharing',
  'site.description':
    'Il-kunsilli lokali tal-Unjoni Ewropea u tal-Balkani tal-Punent jagħtu lil xulxin b’xejn dak li wieħed għandu u ieħor għandu bżonn.',

  // Page frame
  'frame.skipLink': 'Aqbeż għall-kontenut ewlieni',
  'frame.mainNav': 'Navigazzjoni ewlenija',
  'frame.listings': 'Avviżi',
  'frame.municipalities': 'Kunsilli lokali',
  'frame.news': 'Aħbarijiet',
  'frame.login': 'Idħol',
  'frame.language': 'Lingwa',
  'frame.languageChoose': 'Agħżel lingwa',
  'frame.footerNav': 'Dwar il-pjattaforma',
  'frame.footerText':
    'Pjattaforma tal-assoċjazzjonijiet nazzjonali tal-kunsilli lokali, miftuħa għal kull kunsill lokali tal-Unjoni Ewropea u tal-Balkani tal-Punent.',
  'frame.feed': 'Feed tal-avviżi l-ġodda',
  'frame.sitemap': 'Mappa tas-sit',

  // Home page
  'home.title': 'Kunsilli lokali li jaqsmu dak li għandhom ma’ min għandu bżonnu',
  'home.intro':
    'Community Sharing huwa l-post fejn il-kunsilli lokali tal-Unjoni Ewropea u tal-Balkani tal-Punent jagħtu lil xulxin b’xejn dak li wieħed għandu u ieħor għandu bżonn: għarfien espert, maniġers b’esperjenza, voluntiera, tagħmir, oġġetti, materjali u servizzi. Il-pjattaforma tgħinhom ukoll isibu investituri għal riżorsi lokali mhux użati u msieħba għal kumpaniji lokali.',
  'home.browseAll': 'Ara l-avviżi kollha',
  'home.figuresHeading': 'Il-pjattaforma f’ċifri',
  'home.latestOffers': 'L-aħħar offerti',
  'home.latestRequests': 'L-aħħar talbiet',
  'home.allOffers': 'Ara l-offerti kollha',
  'home.allRequests': 'Ara t-talbiet kollha',
  'home.nothingYet': 'Għadu ma ġie ppubblikat xejn hawn.',
  'home.kindsHeading': 'X’jaqsmu l-kunsilli lokali',
  'home.kindCount':
    '{count, plural, =0 {L-ebda avviż attiv} one {# avviż attiv} two {# avviżi attivi} few {# avviżi attivi} many {# avviż attiv} other {# avviż attiv}}',

  // Live figures: the number is shown large above these words, so they carry no number themselves.
  'stats.municipalities':
    '{count, plural, one {kunsill lokali membru} two {kunsilli lokali membri} few {kunsilli lokali membri} many {kunsill lokali membru} other {kunsill lokali membru}}',
  'stats.countries': '{count, plural, one {pajjiż} two {pajjiżi} few {pajjiżi} many {pajjiż} other {pajjiż}}',
  'stats.openOffers':
    '{count, plural, one {offerta attiva} two {offerti attivi} few {offerti attivi} many {offerta attiva} other {offerta attiva}}',
  'stats.openRequests':
    '{count, plural, one {talba attiva} two {talbiet attivi} few {talbiet attivi} many {talba attiva} other {talba attiva}}',
  'stats.completedExchanges':
    '{count, plural, one {skambju mwettaq} two {skambji mwettqa} few {skambji mwettqa} many {skambju mwettaq} other {skambju mwettaq}}',

  // Listing types
  'type.offer': 'Offerta',
  'type.request': 'Talba',
  'type.offers': 'Offerti',
  'type.requests': 'Talbiet',
  'listing.urgent': 'Urġenti',

  // Search page
  'search.title': 'Avviżi',
  'search.titleOffers': 'Offerti',
  'search.titleRequests': 'Talbiet',
  'search.intro': 'Fittex f’dak kollu li joffru u jitolbu l-kunsilli lokali, fil-lingwi kollha tal-pjattaforma.',
  'search.label': 'Fittex fl-avviżi',
  'search.hint': 'Pereżempju: trakk tat-tifi tan-nar, għamara tal-iskola, voluntiera għal tindif',
  'search.submit': 'Fittex',
  'search.filters': 'Filtri',
  'search.applyFilters': 'Applika l-filtri',
  'search.clearFilters': 'Neħħi l-filtri kollha',
  'search.sort': 'Issortja skont',
  'search.sortRelevance': 'L-aktar rilevanti',
  'search.sortNewest': 'L-aktar ġodda l-ewwel',
  'search.resultsHeading': 'Riżultati',
  'search.resultCount':
    '{count, plural, =0 {Ma nstab l-ebda avviż} one {Instab # avviż} two {Instabu # avviżi} few {Instabu # avviżi} many {Instabu # avviż} other {Instabu # avviż}}',
  'search.noResultsHint': 'Ipprova kliem ieħor jew inqas kliem, jew neħħi xi filtri.',
  'search.invalidParameters': 'Xi parametri tat-tfittxija ma ntgħarfux u tħallew barra.',
  'search.loading': 'Ir-riżultati qed jiġu aġġornati…',
  'search.sortNearest': 'L-eqreb l-ewwel',
  'distance.legend': 'Distanza',
  'distance.near': 'Qrib il-kunsill lokali',
  'distance.nearHint': 'Kunsill lokali membru, fi kwalunkwe alfabett: pereżempju Birkirkara',
  'distance.radius': 'F’raġġ ta’',
  'distance.anyRadius': 'Kwalunkwe distanza',
  'distance.radiusValue': '{km} km',
  'distance.found': 'Id-distanzi jitkejlu minn {place}.',
  'distance.notFound': 'L-ebda kunsill lokali membru ma jismu “{name}”. Iċċekkja l-ortografija, jew agħżel wieħed mid-direttorju.',
  'distance.ambiguous': 'Diversi kunsilli lokali membri jaqblu ma’ “{name}”. Agħżel wieħed:',
  'municipality.nearby': 'Avviżi f’raġġ ta’ 100 km',
  'frame.impact': 'Impatt',
  'impact.title': 'L-impatt tal-iskambji',
  'impact.intro':
    'Dak li taw lil xulxin il-kunsilli lokali s’issa: skambji mwettqa, il-valur tagħhom, u l-emissjonijiet li ġew evitati bl-użu mill-ġdid minflok ix-xiri ta’ oġġetti ġodda.',
  'impact.totalsHeading': 'B’kollox',
  'impact.totalEur': 'ewro ta’ valur ittrasferit',
  'impact.totalCo2e': 'kg ta’ CO₂e evitati',
  'impact.totalMass': 'kg ta’ oġġetti u materjali użati mill-ġdid',
  'impact.totalVolunteerHours': 'sigħat ta’ volontarjat',
  'impact.totalExpertDays': 'jiem ta’ xogħol ta’ esperti',
  'impact.co2eNote':
    'Is-CO₂e evitat huwa stmat mill-massa użata mill-ġdid u minn fattur għal kull kategorija; il-fatturi u s-sorsi tagħhom huma ppubblikati mad-data miftuħa.',
  'impact.chartsHeading': 'Maż-żmien u skont il-kategorija',
  'impact.chartCompletedByMonth': 'Skambji mwettqa skont ix-xahar',
  'impact.chartCo2eByMonth': 'CO₂e evitat skont ix-xahar (kg)',
  'impact.chartEurByMonth': 'Valur ittrasferit skont ix-xahar (EUR)',
  'impact.chartByKind': 'Skambji mwettqa skont ix-xorta',
  'impact.chartByCountry': 'Skambji mwettqa skont il-pajjiż',
  'impact.whatCompleted': 'Skambji mwettqa',
  'impact.whatCo2e': 'CO₂e evitat',
  'impact.whatEur': 'Valur ittrasferit',
  'impact.whatKinds': 'Skambji mwettqa skont ix-xorta',
  'impact.whatCountries': 'Skambji mwettqa skont il-pajjiż',
  'impact.summaryOverTime': '{what} minn {from} sa {to}; l-ogħla xahar kien {top} ({topValue}).',
  'impact.summaryByCategory':
    '{what}: {count, plural, one {# kategorija} two {# kategoriji} few {# kategoriji} many {# kategorija} other {# kategorija}}; fuq quddiem: {first}.',
  'impact.summaryEmpty': '{what}: għadu ma ġie rreġistrat xejn.',
  'impact.month': 'Xahar',
  'impact.completed': 'Skambji mwettqa',
  'home.seeImpact': 'Ara l-impatt tal-iskambji',
  'impact.showTable': 'Uri ċ-ċifri f’tabella',

  // Facets
  'facet.type': 'Tip',
  'facet.kind': 'Xorta',
  'facet.cpv': 'Kategorija',
  'facet.country': 'Pajjiż',
  'facet.municipality': 'Kunsill lokali',
  'facet.delivery': 'Twassil',
  'facet.language': 'Lingwa tax-xogħol',
  'facet.anyType': 'Offerti u talbiet',
  'facet.showAll': 'Uri kollha ({count})',
  'facet.valueWithCount': '{label} ({count})',

  // Pagination
  'pagination.label': 'Paġni tar-riżultati',
  'pagination.previous': 'Il-paġna ta’ qabel',
  'pagination.next': 'Il-paġna li jmiss',
  'pagination.page': 'Paġna {page}',
  'pagination.status': 'Paġna {page} minn {pages}',

  // A listing in a list
  'card.publishedOn': 'Ippubblikat: {date}',
  'card.openUntil': 'Attiv sa: {date}',
  'card.distance': '{distance} km ’il bogħod',
  'card.place': '{municipality}, {country}',

  // A listing's own page
  'listing.details': 'Dettalji',
  'listing.description': 'Deskrizzjoni',
  'listing.fieldKind': 'Xorta',
  'listing.fieldCategories': 'Kategoriji (CPV)',
  'listing.fieldQuantity': 'Kwantità',
  'listing.fieldRemaining': 'Għadu disponibbli',
  'listing.fieldCondition': 'Kundizzjoni',
  'listing.fieldAvailableFrom': 'Disponibbli minn',
  'listing.fieldNeededBy': 'Meħtieġ sa',
  'listing.fieldOpenUntil': 'Attiv sa',
  'listing.fieldDelivery': 'Twassil',
  'listing.fieldWorkingLanguages': 'Lingwi tax-xogħol',
  'listing.fieldPlace': 'Post',
  'listing.fieldPublished': 'Data tal-pubblikazzjoni',
  'listing.fieldStatus': 'Qagħda',
  'listing.statusPublished': 'Attiv',
  'listing.statusClosed': 'Magħluq',
  'listing.statusExpired': 'Skadut',
  'listing.closedNotice': 'Dan l-avviż huwa magħluq u ma għadux jista’ jitwieġeb.',
  'listing.expiredNotice': 'Dan l-avviż skada u ma għadux jista’ jitwieġeb.',
  'listing.cpvFallback': 'Lingwa tal-isem tal-kategorija: {language}',
  'listing.photos': 'Ritratti',
  'listing.otherLanguages': 'Dan it-test jinsab ukoll f’dawn il-lingwi:',
  'listing.postedBy': 'Ippubblikat minn',
  'listing.location': 'Lokalità',
  'listing.answerOffer': 'Itlob din l-offerta',
  'listing.answerRequest': 'Wieġeb għal din it-talba',
  'listing.answerNeedsLogin': 'Se jintalab li tidħol bħala membru ta’ kunsill lokali vverifikat.',
  'listing.matchingForOffer': 'Talbiet li din l-offerta tista’ tissodisfa',
  'listing.matchingForRequest': 'Offerti li jistgħu jissodisfaw din it-talba',
  'listing.similarOffers': 'Offerti simili',
  'listing.similarRequests': 'Talbiet simili',
  'listing.noneRelated': 'L-ebda għalissa.',
  'listing.backToListings': 'Lura għall-avviżi',

  // Language of member-written text
  'language.original': 'Lingwa oriġinali: {language}',
  'language.notTranslated': 'Għad m’hemmx traduzzjoni bil-lingwa tiegħek: it-test qed jintwera kif inkiteb.',
  'language.translatedFrom': 'Test tradott (lingwa oriġinali: {language})',
  'language.contentFallback': 'Dan it-test għadu mhux disponibbli bil-lingwa tiegħek.',

  // Values of a listing's fields
  'condition.new': 'Ġdid',
  'condition.like-new': 'Kważi ġdid',
  'condition.good': 'F’kundizzjoni tajba',
  'condition.fair': 'F’kundizzjoni aċċettabbli',
  'condition.for-parts': 'Għall-partijiet jew għar-riċiklaġġ',
  'delivery.pickup': 'Jinġabar mir-riċevitur',
  'delivery.delivery': 'Jitwassal mill-fornitur',
  'delivery.remote': 'Mill-bogħod',
  'delivery.on-site': 'Fuq il-post',
  'unit.piece': '{count, plural, one {# biċċa} two {# biċċiet} few {# biċċiet} many {# biċċa} other {# biċċa}}',
  'unit.kg': '{count} kg',
  'unit.tonne': '{count, plural, one {# tunnellata} two {# tunnellati} few {# tunnellati} many {# tunnellata} other {# tunnellata}}',
  'unit.litre': '{count, plural, one {# litru} two {# litri} few {# litri} many {# litru} other {# litru}}',
  'unit.m': '{count} m',
  'unit.m2': '{count} m²',
  'unit.m3': '{count} m³',
  'unit.hour': '{count, plural, one {# siegħa} two {# sigħat} few {# sigħat} many {# siegħa} other {# siegħa}}',
  'unit.day': '{count, plural, one {# jum} two {# ijiem} few {# ijiem} many {# jum} other {# jum}}',
  'unit.person': '{count, plural, one {# persuna} two {# persuni} few {# persuni} many {# persuna} other {# persuna}}',
  'unit.set': '{count, plural, one {# sett} two {# settijiet} few {# settijiet} many {# sett} other {# sett}}',
  'unit.pallet': '{count, plural, one {# paletta} two {# paletti} few {# paletti} many {# paletta} other {# paletta}}',

  // Map
  'map.label': 'Mappa tal-Ewropa li turi fejn jinsab {place}',
  'map.caption': '{place}, {country}: latitudni {lat}, lonġitudni {lng}',

  // Municipalities
  'municipalities.title': 'Kunsilli lokali membri',
  'municipalities.intro': 'Kull kunsill lokali elenkat hawn ġie vverifikat mill-assoċjazzjoni nazzjonali tal-kunsilli lokali ta’ pajjiżu.',
  'municipalities.findLabel': 'Fittex kunsill lokali bl-isem',
  'municipalities.countryLabel': 'Pajjiż',
  'municipalities.allCountries': 'Il-pajjiżi kollha',
  'municipalities.show': 'Uri',
  'municipalities.count':
    '{count, plural, =0 {Ma nstab l-ebda kunsill lokali} one {# kunsill lokali} two {# kunsilli lokali} few {# kunsilli lokali} many {# kunsill lokali} other {# kunsill lokali}}',
  'municipalities.byCountry': 'Pajjiżi',
  'municipalities.openListings':
    '{count, plural, =0 {L-ebda avviż attiv} one {# avviż attiv} two {# avviżi attivi} few {# avviżi attivi} many {# avviż attiv} other {# avviż attiv}}',
  'municipality.population': 'Popolazzjoni',
  'municipality.website': 'Sit web',
  'municipality.country': 'Pajjiż',
  'municipality.languages': 'Lingwi',
  'municipality.about': 'Dwar il-kunsill lokali',
  'municipality.record': 'Attività fuq il-pjattaforma',
  'municipality.openListingsHeading': 'Avviżi attivi',
  'municipality.noOpenListings': 'Bħalissa dan il-kunsill lokali m’għandu l-ebda avviż attiv.',
  'municipality.allListings': 'L-avviżi kollha ta’ {municipality}',

  // Pages and news
  'news.title': 'Aħbarijiet',
  'news.intro': 'Aħbarijiet mill-assoċjazzjoni u mill-kunsilli lokali tal-pjattaforma.',
  'news.none': 'Għad m’hemmx aħbarijiet.',
  'news.publishedOn': 'Ippubblikat: {date}',
  'news.backToNews': 'Lura għall-aħbarijiet kollha',

  // Log in
  'login.title': 'Idħol',
  'login.intro':
    'Il-membri tal-kunsilli lokali vverifikati jidħlu biex iwieġbu għall-avviżi, jippubblikaw l-avviżi tagħhom u jsegwu l-iskambji tagħhom.',
  'login.unavailable': 'Id-dħul fil-portal għadu mhux disponibbli. Jekk jogħġbok erġa’ żurna dalwaqt.',
  'login.back': 'Lura għall-avviż',

  // Feed
  'feed.title': 'Avviżi ġodda fuq Community Sharing',
  'feed.filtered': 'Avviżi ġodda fuq Community Sharing: {filters}',

  // Errors
  'error.notFoundTitle': 'Il-paġna ma nstabitx',
  'error.notFoundText': 'Il-paġna li qed tfittex ma teżistix jew m’għadhiex pubblika.',
  'error.unavailableTitle': 'Temporanjament mhux disponibbli',
  'error.unavailableText':
    'Bħalissa l-avviżi ma jistgħux jintlaħqu, għax is-servizz li jżommhom mhux qed iwieġeb. Jekk jogħġbok erġa’ pprova fi ftit minuti.',
  'error.tryAgain': 'Erġa’ pprova',
  'error.serverTitle': 'Xi ħaġa marret ħażin',
  'error.serverText': 'Żball min-naħa tagħna ma ħalliex din il-paġna tinfetaħ. Jekk jogħġbok erġa’ pprova aktar tard.',
  'error.goHome': 'Mur fil-paġna ewlenija',
};

export default mt;
