// The portal's interface strings in Serbian (Cyrillic script, ekavian; the sr-Latn.ts text in Cyrillic). Keys and order follow en.ts; see README.md for the rules.
// Same as English on purpose (brand, pure placeholders; allowed by SAME_IN_EVERY_LOCALE):
// site.name, facet.valueWithCount, card.place. Units are written in Cyrillic (км, кг, м, м², м³), as in bg.ts.
import type { Catalog } from './en';

const srCyrl: Catalog = {
  'site.name': 'Community Sharing',
  'site.description':
    'Општине Европске уније и Западног Балкана бесплатно једна другој уступају оно што једна има, а другој је потребно.',

  // Page frame
  'frame.skipLink': 'Пређите на главни садржај',
  'frame.mainNav': 'Главни мени',
  'frame.listings': 'Огласи',
  'frame.municipalities': 'Општине',
  'frame.news': 'Вести',
  'frame.login': 'Пријава',
  'frame.language': 'Језик',
  'frame.languageChoose': 'Изаберите језик',
  'frame.footerNav': 'О платформи',
  'frame.footerText':
    'Платформа националних удружења општина, отворена за све општине Европске уније и Западног Балкана.',
  'frame.feed': 'Канал нових огласа',
  'frame.sitemap': 'Мапа сајта',

  // Home page
  'home.title': 'Општине деле оно што имају са онима којима је потребно',
  'home.intro':
    'Community Sharing је место на којем општине Европске уније и Западног Балкана бесплатно једна другој уступају оно што једна има, а другој је потребно: стручно знање, искусне менаџере, волонтере, опрему, робу, материјале и услуге. Помаже им и да пронађу инвеститоре за неискоришћене локалне ресурсе и партнере за локална предузећа.',
  'home.browseAll': 'Прегледајте све огласе',
  'home.figuresHeading': 'Платформа у бројкама',
  'home.latestOffers': 'Најновије понуде',
  'home.latestRequests': 'Најновији захтеви',
  'home.allOffers': 'Погледајте све понуде',
  'home.allRequests': 'Погледајте све захтеве',
  'home.nothingYet': 'Овде још ништа није објављено.',
  'home.kindsHeading': 'Шта општине деле',
  'home.kindCount':
    '{count, plural, =0 {Нема отворених огласа} one {# отворен оглас} few {# отворена огласа} other {# отворених огласа}}',

  // Live figures
  'stats.municipalities': '{count, plural, one {општина чланица} few {општине чланице} other {општина чланица}}',
  'stats.countries': '{count, plural, one {држава} few {државе} other {држава}}',
  'stats.openOffers': '{count, plural, one {отворена понуда} few {отворене понуде} other {отворених понуда}}',
  'stats.openRequests': '{count, plural, one {отворен захтев} few {отворена захтева} other {отворених захтева}}',
  'stats.completedExchanges':
    '{count, plural, one {завршена размена} few {завршене размене} other {завршених размена}}',

  // Listing types
  'type.offer': 'Понуда',
  'type.request': 'Захтев',
  'type.offers': 'Понуде',
  'type.requests': 'Захтеви',
  'listing.urgent': 'Хитно',

  // Search page
  'search.title': 'Огласи',
  'search.titleOffers': 'Понуде',
  'search.titleRequests': 'Захтеви',
  'search.intro': 'Претражите све што општине нуде и траже, на свим језицима платформе.',
  'search.label': 'Претрага огласа',
  'search.hint': 'На пример: ватрогасно возило, школски намештај, волонтери за акцију чишћења',
  'search.submit': 'Тражи',
  'search.filters': 'Филтери',
  'search.applyFilters': 'Примени филтере',
  'search.clearFilters': 'Уклони све филтере',
  'search.sort': 'Поређај по',
  'search.sortRelevance': 'Најбоље подударање',
  'search.sortNewest': 'Прво најновије',
  'search.resultsHeading': 'Резултати',
  'search.resultCount':
    '{count, plural, =0 {Није пронађен ниједан оглас} one {Пронађен је # оглас} few {Пронађена су # огласа} other {Пронађено је # огласа}}',
  'search.noResultsHint': 'Покушајте са другим или са мање речи или уклоните неке филтере.',
  'search.invalidParameters': 'Нека подешавања претраге нису препозната, па су изостављена.',
  'search.loading': 'Ажурирање резултата…',
  'search.sortNearest': 'Прво најближе',
  'distance.legend': 'Удаљеност',
  'distance.near': 'У близини општине',
  'distance.nearHint': 'Општина чланица, на било ком писму: на пример Ниш или Niš',
  'distance.radius': 'У кругу од',
  'distance.anyRadius': 'Било која удаљеност',
  'distance.radiusValue': '{km} км',
  'distance.found': 'Удаљености се мере од општине {place}.',
  'distance.notFound': 'Ниједна општина чланица се не зове „{name}“. Проверите да ли је назив исправно написан или изаберите општину са списка општина чланица.',
  'distance.ambiguous': 'Називу „{name}“ одговара више општина чланица. Изаберите једну:',
  'municipality.nearby': 'Огласи у кругу од 100 км',
  'frame.impact': 'Учинак',
  'impact.title': 'Учинак размена',
  'impact.intro':
    'Шта су општине досад дале једна другој: завршене размене, њихова вредност и емисије избегнуте поновном употребом уместо куповине новог.',
  'impact.totalsHeading': 'Укупно',
  'impact.totalEur': 'евра пренете вредности',
  'impact.totalCo2e': 'кг избегнутих емисија CO₂e',
  'impact.totalMass': 'кг поново употребљене робе и материјала',
  'impact.totalVolunteerHours': 'сати волонтерског рада',
  'impact.totalExpertDays': 'дана рада стручњака',
  'impact.co2eNote':
    'Избегнуте емисије CO₂e процењују се на основу масе поново употребљених предмета и фактора за сваку категорију; фактори и њихови извори објављују се заједно са отвореним подацима.',
  'impact.chartsHeading': 'Кроз време и по категоријама',
  'impact.chartCompletedByMonth': 'Завршене размене по месецима',
  'impact.chartCo2eByMonth': 'Избегнуте емисије CO₂e по месецима (кг)',
  'impact.chartEurByMonth': 'Пренета вредност по месецима (EUR)',
  'impact.chartByKind': 'Завршене размене по врстама',
  'impact.chartByCountry': 'Завршене размене по државама',
  'impact.whatCompleted': 'Завршене размене',
  'impact.whatCo2e': 'Избегнуте емисије CO₂e',
  'impact.whatEur': 'Пренета вредност',
  'impact.whatKinds': 'Завршене размене по врстама',
  'impact.whatCountries': 'Завршене размене по државама',
  'impact.summaryOverTime': '{what} у периоду {from} – {to}; највећа вредност: {top} ({topValue}).',
  'impact.summaryByCategory':
    '{what}: {count, plural, one {# категорија} few {# категорије} other {# категорија}}; на челу {first}.',
  'impact.summaryEmpty': '{what}: засад ништа није забележено.',
  'impact.month': 'Месец',
  'impact.completed': 'Завршене размене',
  'home.seeImpact': 'Погледајте учинак размена',
  'impact.showTable': 'Прикажи податке у табели',

  // Facets
  'facet.type': 'Врста огласа',
  'facet.kind': 'Врста',
  'facet.cpv': 'Категорија',
  'facet.country': 'Држава',
  'facet.municipality': 'Општина',
  'facet.delivery': 'Начин испоруке',
  'facet.language': 'Радни језик',
  'facet.anyType': 'Понуде и захтеви',
  'facet.showAll': 'Прикажи све ({count})',
  'facet.valueWithCount': '{label} ({count})',

  // Pagination
  'pagination.label': 'Стране са резултатима',
  'pagination.previous': 'Претходна страна',
  'pagination.next': 'Следећа страна',
  'pagination.page': 'Страна {page}',
  'pagination.status': 'Страна {page} од {pages}',

  // A listing in a list
  'card.publishedOn': 'Објављено {date}',
  'card.openUntil': 'Отворено до {date}',
  'card.distance': 'Удаљеност: {distance} км',
  'card.place': '{municipality}, {country}',

  // A listing's own page
  'listing.details': 'Детаљи',
  'listing.description': 'Опис',
  'listing.fieldKind': 'Врста',
  'listing.fieldCategories': 'Категорије (CPV)',
  'listing.fieldQuantity': 'Количина',
  'listing.fieldRemaining': 'Још доступно',
  'listing.fieldCondition': 'Стање',
  'listing.fieldAvailableFrom': 'Доступно од',
  'listing.fieldNeededBy': 'Потребно до',
  'listing.fieldOpenUntil': 'Отворено до',
  'listing.fieldDelivery': 'Начин испоруке',
  'listing.fieldWorkingLanguages': 'Радни језици',
  'listing.fieldPlace': 'Место',
  'listing.fieldPublished': 'Објављено',
  'listing.fieldStatus': 'Статус огласа',
  'listing.statusPublished': 'Отворен',
  'listing.statusClosed': 'Затворен',
  'listing.statusExpired': 'Истекао',
  'listing.closedNotice': 'Овај оглас је затворен и на њега више није могуће одговорити.',
  'listing.expiredNotice': 'Овај оглас је истекао и на њега више није могуће одговорити.',
  'listing.cpvFallback': 'Назив категорије приказан је на језику: {language}',
  'listing.photos': 'Фотографије',
  'listing.otherLanguages': 'Овај текст је доступан и на овим језицима:',
  'listing.postedBy': 'Објавила општина',
  'listing.location': 'Локација',
  'listing.answerOffer': 'Затражите ову понуду',
  'listing.answerRequest': 'Одговорите на овај захтев',
  'listing.answerNeedsLogin': 'Бићете упућени на пријаву као члан проверене општине.',
  'listing.matchingForOffer': 'Захтеви којима би ова понуда могла да одговори',
  'listing.matchingForRequest': 'Понуде које би могле да одговоре на овај захтев',
  'listing.similarOffers': 'Сличне понуде',
  'listing.similarRequests': 'Слични захтеви',
  'listing.noneRelated': 'Тренутно их нема.',
  'listing.backToListings': 'Назад на огласе',

  // Language of member-written text
  'language.original': 'Изворни текст ({language})',
  'language.notTranslated': 'Превод на изабрани језик још не постоји: текст је приказан онако како је написан.',
  'language.translatedFrom': 'Превод (изворник: {language})',
  'language.contentFallback': 'Овај текст још није доступан на изабраном језику.',

  // Values of a listing's fields
  'condition.new': 'Ново',
  'condition.like-new': 'Као ново',
  'condition.good': 'Добро',
  'condition.fair': 'Задовољавајуће',
  'condition.for-parts': 'За делове или рециклажу',
  'delivery.pickup': 'Преузима прималац',
  'delivery.delivery': 'Доставља давалац',
  'delivery.remote': 'На даљину',
  'delivery.on-site': 'На лицу места',
  'unit.piece': '{count, plural, one {# комад} few {# комада} other {# комада}}',
  'unit.kg': '{count} кг',
  'unit.tonne': '{count, plural, one {# тона} few {# тоне} other {# тона}}',
  'unit.litre': '{count, plural, one {# литар} few {# литра} other {# литара}}',
  'unit.m': '{count} м',
  'unit.m2': '{count} м²',
  'unit.m3': '{count} м³',
  'unit.hour': '{count, plural, one {# сат} few {# сата} other {# сати}}',
  'unit.day': '{count, plural, one {# дан} few {# дана} other {# дана}}',
  'unit.person': '{count, plural, one {# особа} few {# особе} other {# особа}}',
  'unit.set': '{count, plural, one {# комплет} few {# комплета} other {# комплета}}',
  'unit.pallet': '{count, plural, one {# палета} few {# палете} other {# палета}}',

  // Map
  'map.label': 'Мапа Европе са означеним положајем: {place}',
  'map.caption': '{place}, {country}: географска ширина {lat}, географска дужина {lng}',

  // Municipalities
  'municipalities.title': 'Општине чланице',
  'municipalities.intro': 'Сваку овде наведену општину проверило је њено национално удружење општина.',
  'municipalities.findLabel': 'Пронађите општину по називу',
  'municipalities.countryLabel': 'Држава',
  'municipalities.allCountries': 'Све државе',
  'municipalities.show': 'Прикажи',
  'municipalities.count':
    '{count, plural, =0 {Није пронађена ниједна општина} one {# општина} few {# општине} other {# општина}}',
  'municipalities.byCountry': 'Државе',
  'municipalities.openListings':
    '{count, plural, =0 {Нема отворених огласа} one {# отворен оглас} few {# отворена огласа} other {# отворених огласа}}',
  'municipality.population': 'Број становника',
  'municipality.website': 'Веб-сајт',
  'municipality.country': 'Држава',
  'municipality.languages': 'Језици',
  'municipality.about': 'О општини',
  'municipality.record': 'Активност на платформи',
  'municipality.openListingsHeading': 'Отворени огласи',
  'municipality.noOpenListings': 'Ова општина тренутно нема отворених огласа.',
  'municipality.allListings': 'Сви огласи – {municipality}',

  // Pages and news
  'news.title': 'Вести',
  'news.intro': 'Вести удружења и општина са платформе.',
  'news.none': 'Још нема вести.',
  'news.publishedOn': 'Објављено {date}',
  'news.backToNews': 'Назад на све вести',

  // Log in
  'login.title': 'Пријава',
  'login.intro':
    'Чланови проверених општина се пријављују како би одговарали на огласе, објављивали сопствене и пратили своје размене.',
  'login.unavailable': 'Пријава на портал још није отворена. Молимо Вас да навратите ускоро.',
  'login.back': 'Назад на оглас',

  // Feed
  'feed.title': 'Нови огласи на платформи Community Sharing',
  'feed.filtered': 'Нови огласи на платформи Community Sharing: {filters}',

  // Errors
  'error.notFoundTitle': 'Страница није пронађена',
  'error.notFoundText': 'Страница коју тражите не постоји или више није јавно доступна.',
  'error.unavailableTitle': 'Привремено недоступно',
  'error.unavailableText':
    'Огласи су тренутно недоступни јер сервис на којем се налазе не одговара. Покушајте поново за неколико минута.',
  'error.tryAgain': 'Покушајте поново',
  'error.serverTitle': 'Нешто није у реду',
  'error.serverText': 'Грешка на нашој страни спречила је учитавање ове странице. Покушајте поново касније.',
  'error.goHome': 'Повратак на почетну страницу',
};

export default srCyrl;
