// The portal's interface strings in Macedonian. Keys and order follow en.ts; see README.md for the rules.
// Same as English on purpose (brand, pure placeholders; allowed by SAME_IN_EVERY_LOCALE):
// site.name, facet.valueWithCount, card.place. Units are written in Cyrillic (кг, м, м², м³), as in bg.ts.
import type { Catalog } from './en';

const mk: Catalog = {
  'site.name': 'Community Sharing',
  'site.description':
    'Општините од Европската унија и Западен Балкан бесплатно си даваат една на друга она што едната го има, а на другата ѝ е потребно.',

  // Page frame
  'frame.skipLink': 'Прескокни до главната содржина',
  'frame.mainNav': 'Главно мени',
  'frame.listings': 'Огласи',
  'frame.municipalities': 'Општини',
  'frame.news': 'Вести',
  'frame.login': 'Најава',
  'frame.language': 'Јазик',
  'frame.languageChoose': 'Изберете јазик',
  'frame.footerNav': 'За платформата',
  'frame.footerText':
    'Платформа на националните здруженија на општините, отворена за секоја општина од Европската унија и Западен Балкан.',
  'frame.feed': 'Канал со нови огласи',
  'frame.sitemap': 'Мапа на сајтот',

  // Home page
  'home.title': 'Општините споделуваат што имаат со оние на кои им е потребно',
  'home.intro':
    'Community Sharing е местото каде што општините од Европската унија и Западен Балкан бесплатно си даваат една на друга она што едната го има, а на другата ѝ е потребно: експертиза, искусни менаџери, волонтери, опрема, стоки, материјали и услуги. Платформата им помага и да најдат инвеститори за неискористени локални ресурси и партнери за локалните компании.',
  'home.browseAll': 'Прегледајте ги сите огласи',
  'home.figuresHeading': 'Платформата во бројки',
  'home.latestOffers': 'Најнови понуди',
  'home.latestRequests': 'Најнови барања',
  'home.allOffers': 'Погледнете ги сите понуди',
  'home.allRequests': 'Погледнете ги сите барања',
  'home.nothingYet': 'Тука сѐ уште ништо не е објавено.',
  'home.kindsHeading': 'Што споделуваат општините',
  'home.kindCount': '{count, plural, =0 {Нема отворени огласи} one {# отворен оглас} other {# отворени огласи}}',

  // Live figures
  'stats.municipalities': '{count, plural, one {општина членка} other {општини членки}}',
  'stats.countries': '{count, plural, one {држава} other {држави}}',
  'stats.openOffers': '{count, plural, one {отворена понуда} other {отворени понуди}}',
  'stats.openRequests': '{count, plural, one {отворено барање} other {отворени барања}}',
  'stats.completedExchanges': '{count, plural, one {завршена размена} other {завршени размени}}',

  // Listing types
  'type.offer': 'Понуда',
  'type.request': 'Барање',
  'type.offers': 'Понуди',
  'type.requests': 'Барања',
  'listing.urgent': 'Итно',

  // Search page
  'search.title': 'Огласи',
  'search.titleOffers': 'Понуди',
  'search.titleRequests': 'Барања',
  'search.intro': 'Пребарувајте сѐ што општините нудат и бараат, на сите јазици на платформата.',
  'search.label': 'Пребарување огласи',
  'search.hint': 'На пример: противпожарно возило, школски мебел, волонтери за акција за чистење',
  'search.submit': 'Пребарај',
  'search.filters': 'Филтри',
  'search.applyFilters': 'Примени ги филтрите',
  'search.clearFilters': 'Исчисти ги сите филтри',
  'search.sort': 'Подреди според',
  'search.sortRelevance': 'Најдобро совпаѓање',
  'search.sortNewest': 'Прво најновите',
  'search.resultsHeading': 'Резултати',
  'search.resultCount':
    '{count, plural, =0 {Не се пронајдени огласи} one {Пронајден е # оглас} other {Пронајдени се # огласи}}',
  'search.noResultsHint': 'Обидете се со други или со помалку зборови или отстранете некои филтри.',
  'search.invalidParameters': 'Некои поставки за пребарувањето не беа препознаени, па се изоставени.',
  'search.loading': 'Резултатите се ажурираат…',
  'search.sortNearest': 'Прво најблиските',
  'distance.legend': 'Оддалеченост',
  'distance.near': 'Во близина на општина',
  'distance.nearHint': 'Општина членка, на кое било писмо: на пример Битола или Bitola',
  'distance.radius': 'Во радиус од',
  'distance.anyRadius': 'Без ограничување',
  'distance.radiusValue': '{km} км',
  'distance.found': 'Оддалеченоста се мери од {place}.',
  'distance.notFound': 'Нема општина членка со име „{name}“. Проверете како е напишано името или изберете општина од списокот на општини членки.',
  'distance.ambiguous': 'На „{name}“ одговараат повеќе општини членки. Изберете една:',
  'municipality.nearby': 'Огласи во радиус од 100 км',
  'frame.impact': 'Влијание',
  'impact.title': 'Влијанието на размените',
  'impact.intro':
    'Што си дадоа општините една на друга досега: завршени размени, нивната вредност и емисиите избегнати со повторна употреба наместо купување нови предмети.',
  'impact.totalsHeading': 'Вкупно',
  'impact.totalEur': 'евра пренесена вредност',
  'impact.totalCo2e': 'кг избегнати емисии CO₂e',
  'impact.totalMass': 'кг повторно употребени стоки и материјали',
  'impact.totalVolunteerHours': 'часа волонтерска работа',
  'impact.totalExpertDays': 'дена експертска работа',
  'impact.co2eNote':
    'Избегнатите емисии CO₂e се проценуваат врз основа на масата на повторно употребените предмети и фактор за секоја категорија; факторите и нивните извори се објавуваат заедно со отворените податоци.',
  'impact.chartsHeading': 'Низ времето и по категории',
  'impact.chartCompletedByMonth': 'Завршени размени по месеци',
  'impact.chartCo2eByMonth': 'Избегнати емисии CO₂e по месеци (кг)',
  'impact.chartEurByMonth': 'Пренесена вредност по месеци (во евра)',
  'impact.chartByKind': 'Завршени размени по вид',
  'impact.chartByCountry': 'Завршени размени по држава',
  'impact.whatCompleted': 'Завршени размени',
  'impact.whatCo2e': 'Избегнати емисии CO₂e',
  'impact.whatEur': 'Пренесена вредност',
  'impact.whatKinds': 'Завршени размени по вид',
  'impact.whatCountries': 'Завршени размени по држава',
  'impact.summaryOverTime': '{what} во периодот {from} – {to}; највисока вредност: {top} ({topValue}).',
  'impact.summaryByCategory': '{what}: {count, plural, one {# категорија} other {# категории}}; на врвот: {first}.',
  'impact.summaryEmpty': '{what}: засега нема ништо евидентирано.',
  'impact.month': 'Месец',
  'impact.completed': 'Завршени размени',
  'home.seeImpact': 'Погледнете го влијанието на размените',
  'impact.showTable': 'Прикажи ги податоците во табела',

  // Facets
  'facet.type': 'Вид оглас',
  'facet.kind': 'Вид',
  'facet.cpv': 'Категорија',
  'facet.country': 'Држава',
  'facet.municipality': 'Општина',
  'facet.delivery': 'Начин на испорака',
  'facet.language': 'Работен јазик',
  'facet.anyType': 'Понуди и барања',
  'facet.showAll': 'Прикажи ги сите ({count})',
  'facet.valueWithCount': '{label} ({count})',

  // Pagination
  'pagination.label': 'Страници со резултати',
  'pagination.previous': 'Претходна страница',
  'pagination.next': 'Следна страница',
  'pagination.page': 'Страница {page}',
  'pagination.status': 'Страница {page} од {pages}',

  // A listing in a list
  'card.publishedOn': 'Објавено на {date}',
  'card.openUntil': 'Отворено до {date}',
  'card.distance': 'Оддалеченост: {distance} км',
  'card.place': '{municipality}, {country}',

  // A listing's own page
  'listing.details': 'Детали',
  'listing.description': 'Опис',
  'listing.fieldKind': 'Вид',
  'listing.fieldCategories': 'Категории (CPV)',
  'listing.fieldQuantity': 'Количина',
  'listing.fieldRemaining': 'Сѐ уште достапно',
  'listing.fieldCondition': 'Состојба',
  'listing.fieldAvailableFrom': 'Достапно од',
  'listing.fieldNeededBy': 'Потребно до',
  'listing.fieldOpenUntil': 'Отворено до',
  'listing.fieldDelivery': 'Начин на испорака',
  'listing.fieldWorkingLanguages': 'Работни јазици',
  'listing.fieldPlace': 'Место',
  'listing.fieldPublished': 'Објавено',
  'listing.fieldStatus': 'Статус',
  'listing.statusPublished': 'Отворен',
  'listing.statusClosed': 'Затворен',
  'listing.statusExpired': 'Истечен',
  'listing.closedNotice': 'Овој оглас е затворен и на него повеќе не може да се одговори.',
  'listing.expiredNotice': 'Овој оглас е истечен и на него повеќе не може да се одговори.',
  'listing.cpvFallback': 'Називот на категоријата е прикажан на јазикот: {language}',
  'listing.photos': 'Фотографии',
  'listing.otherLanguages': 'Овој текст е достапен и на следниве јазици:',
  'listing.postedBy': 'Објавено од',
  'listing.location': 'Локација',
  'listing.answerOffer': 'Побарајте ја оваа понуда',
  'listing.answerRequest': 'Одговорете на ова барање',
  'listing.answerNeedsLogin': 'Ќе треба да се најавите како член на верификувана општина.',
  'listing.matchingForOffer': 'Барања на кои оваа понуда би можела да одговори',
  'listing.matchingForRequest': 'Понуди што би можеле да одговорат на ова барање',
  'listing.similarOffers': 'Слични понуди',
  'listing.similarRequests': 'Слични барања',
  'listing.noneRelated': 'Засега нема.',
  'listing.backToListings': 'Назад кон огласите',

  // Language of member-written text
  'language.original': 'Оригинален текст ({language})',
  'language.notTranslated': 'Сѐ уште нема превод на избраниот јазик: текстот е прикажан онака како што е напишан.',
  'language.translatedFrom': 'Превод (оригинал: {language})',
  'language.contentFallback': 'Овој текст сѐ уште не е достапен на избраниот јазик.',

  // Values of a listing's fields
  'condition.new': 'Ново',
  'condition.like-new': 'Како ново',
  'condition.good': 'Добро',
  'condition.fair': 'Задоволително',
  'condition.for-parts': 'За делови или рециклирање',
  'delivery.pickup': 'Подигнува примачот',
  'delivery.delivery': 'Доставува давателот',
  'delivery.remote': 'Од далечина',
  'delivery.on-site': 'На лице место',
  'unit.piece': '{count, plural, one {# парче} other {# парчиња}}',
  'unit.kg': '{count} кг',
  'unit.tonne': '{count, plural, one {# тон} other {# тони}}',
  'unit.litre': '{count, plural, one {# литар} other {# литри}}',
  'unit.m': '{count} м',
  'unit.m2': '{count} м²',
  'unit.m3': '{count} м³',
  'unit.hour': '{count, plural, one {# час} other {# часа}}',
  'unit.day': '{count, plural, one {# ден} other {# дена}}',
  'unit.person': '{count, plural, one {# лице} other {# лица}}',
  'unit.set': '{count, plural, one {# комплет} other {# комплети}}',
  'unit.pallet': '{count, plural, one {# палета} other {# палети}}',

  // Map
  'map.label': 'Карта на Европа со означена локација: {place}',
  'map.caption': '{place}, {country}: географска ширина {lat}, географска должина {lng}',

  // Municipalities
  'municipalities.title': 'Општини членки',
  'municipalities.intro': 'Секоја општина наведена тука е верификувана од нејзиното национално здружение на општини.',
  'municipalities.findLabel': 'Пронајдете општина по име',
  'municipalities.countryLabel': 'Држава',
  'municipalities.allCountries': 'Сите држави',
  'municipalities.show': 'Прикажи',
  'municipalities.count': '{count, plural, =0 {Не се пронајдени општини} one {# општина} other {# општини}}',
  'municipalities.byCountry': 'Држави',
  'municipalities.openListings':
    '{count, plural, =0 {Нема отворени огласи} one {# отворен оглас} other {# отворени огласи}}',
  'municipality.population': 'Население',
  'municipality.website': 'Веб-страница',
  'municipality.country': 'Држава',
  'municipality.languages': 'Јазици',
  'municipality.about': 'За општината',
  'municipality.record': 'Активност на платформата',
  'municipality.openListingsHeading': 'Отворени огласи',
  'municipality.noOpenListings': 'Оваа општина моментално нема отворени огласи.',
  'municipality.allListings': 'Сите огласи – {municipality}',

  // Pages and news
  'news.title': 'Вести',
  'news.intro': 'Вести од здружението и од општините на платформата.',
  'news.none': 'Сѐ уште нема вести.',
  'news.publishedOn': 'Објавено на {date}',
  'news.backToNews': 'Назад кон сите вести',

  // Log in
  'login.title': 'Најава',
  'login.intro':
    'Членовите на верификуваните општини се најавуваат за да одговараат на огласи, да објавуваат свои и да ги следат своите размени.',
  'login.unavailable': 'Најавата на порталот сѐ уште не е овозможена. Ве молиме, навратете наскоро.',
  'login.back': 'Назад кон огласот',

  // Feed
  'feed.title': 'Нови огласи на Community Sharing',
  'feed.filtered': 'Нови огласи на Community Sharing: {filters}',

  // Errors
  'error.notFoundTitle': 'Страницата не е пронајдена',
  'error.notFoundText': 'Страницата што ја барате не постои или повеќе не е јавно достапна.',
  'error.unavailableTitle': 'Привремено недостапно',
  'error.unavailableText':
    'Огласите моментално се недостапни бидејќи услугата во која се чуваат не одговара. Ве молиме, обидете се повторно за неколку минути.',
  'error.tryAgain': 'Обидете се повторно',
  'error.serverTitle': 'Нешто тргна наопаку',
  'error.serverText':
    'Грешка од наша страна го спречи вчитувањето на оваа страница. Ве молиме, обидете се повторно подоцна.',
  'error.goHome': 'Кон почетната страница',
};

export default mk;
