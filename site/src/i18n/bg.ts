// The portal's interface strings in Bulgarian. Keys and order follow en.ts; see README.md for the rules.
import type { Catalog } from './en';

const bg: Catalog = {
  'site.name': 'Community Sharing',
  'site.description':
    'Общините от Европейския съюз и Западните Балкани си предоставят безвъзмездно това, което едната има, а на другата ѝ липсва.',

  // Page frame
  'frame.skipLink': 'Към основното съдържание',
  'frame.mainNav': 'Основно меню',
  'frame.listings': 'Обяви',
  'frame.municipalities': 'Общини',
  'frame.news': 'Новини',
  'frame.login': 'Вход',
  'frame.language': 'Език',
  'frame.languageChoose': 'Изберете език',
  'frame.footerNav': 'За платформата',
  'frame.footerText':
    'Платформа на националните сдружения на общините, отворена за всяка община от Европейския съюз и Западните Балкани.',
  'frame.feed': 'Емисия с новите обяви',
  'frame.sitemap': 'Карта на сайта',

  // Home page
  'home.title': 'Общините споделят това, което имат, с онези, които се нуждаят от него',
  'home.intro':
    'Community Sharing е мястото, където общините от Европейския съюз и Западните Балкани си предоставят безвъзмездно това, което едната има, а на другата ѝ липсва: експертиза, опитни ръководители, доброволци, оборудване, стоки, материали и услуги. Платформата им помага също да намерят инвеститори за неизползвани местни ресурси и партньори за местни фирми.',
  'home.browseAll': 'Разгледайте всички обяви',
  'home.figuresHeading': 'Платформата в цифри',
  'home.latestOffers': 'Най-нови предложения',
  'home.latestRequests': 'Най-нови заявки',
  'home.allOffers': 'Всички предложения',
  'home.allRequests': 'Всички заявки',
  'home.nothingYet': 'Тук все още няма публикувани обяви.',
  'home.kindsHeading': 'Какво споделят общините',
  'home.kindCount': '{count, plural, =0 {Няма активни обяви} one {# активна обява} other {# активни обяви}}',

  // Live figures
  'stats.municipalities': '{count, plural, one {община членка} other {общини членки}}',
  'stats.countries': '{count, plural, one {държава} other {държави}}',
  'stats.openOffers': '{count, plural, one {активно предложение} other {активни предложения}}',
  'stats.openRequests': '{count, plural, one {активна заявка} other {активни заявки}}',
  'stats.completedExchanges': '{count, plural, one {осъществен обмен} other {осъществени обмена}}',

  // Listing types
  'type.offer': 'Предложение',
  'type.request': 'Заявка',
  'type.offers': 'Предложения',
  'type.requests': 'Заявки',
  'listing.urgent': 'Спешно',

  // Search page
  'search.title': 'Обяви',
  'search.titleOffers': 'Предложения',
  'search.titleRequests': 'Заявки',
  'search.intro': 'Търсете сред всичко, което общините предлагат и търсят, на всеки от езиците на платформата.',
  'search.label': 'Търсене в обявите',
  'search.hint': 'Например: пожарен автомобил, училищни мебели, доброволци за почистване',
  'search.submit': 'Търсене',
  'search.filters': 'Филтри',
  'search.applyFilters': 'Приложи филтрите',
  'search.clearFilters': 'Изчисти всички филтри',
  'search.sort': 'Подреждане',
  'search.sortRelevance': 'Най-подходящи',
  'search.sortNewest': 'Първо най-новите',
  'search.resultsHeading': 'Резултати',
  'search.resultCount': '{count, plural, =0 {Няма намерени обяви} one {Намерена е # обява} other {Намерени са # обяви}}',
  'search.noResultsHint': 'Опитайте с други или с по-малко думи или премахнете някои от филтрите.',
  'search.invalidParameters': 'Някои настройки на търсенето не бяха разпознати и са пропуснати.',
  'search.loading': 'Резултатите се обновяват…',
  'search.sortNearest': 'Първо най-близките',
  'distance.legend': 'Разстояние',
  'distance.near': 'Близо до община',
  'distance.nearHint': 'Община членка, на която и да е азбука: например Пловдив или Plovdiv',
  'distance.radius': 'В радиус от',
  'distance.anyRadius': 'Без ограничение',
  'distance.radiusValue': '{km} км',
  'distance.found': 'Разстоянията се измерват от {place}.',
  'distance.notFound': 'Няма община членка с име „{name}“. Проверете изписването или изберете община от списъка на общините членки.',
  'distance.ambiguous': 'На „{name}“ отговарят няколко общини членки. Изберете една от тях:',
  'municipality.nearby': 'Обяви в радиус от 100 км',

  // Facets
  'facet.type': 'Тип',
  'facet.kind': 'Вид',
  'facet.cpv': 'Категория',
  'facet.country': 'Държава',
  'facet.municipality': 'Община',
  'facet.delivery': 'Начин на предоставяне',
  'facet.language': 'Работен език',
  'facet.anyType': 'Предложения и заявки',
  'facet.showAll': 'Покажи всички {count}',
  'facet.valueWithCount': '{label} ({count})',

  // Pagination
  'pagination.label': 'Страници с резултати',
  'pagination.previous': 'Предишна страница',
  'pagination.next': 'Следваща страница',
  'pagination.page': 'Страница {page}',
  'pagination.status': 'Страница {page} от {pages}',

  // A listing in a list
  'card.publishedOn': 'Публикувана на {date}',
  'card.openUntil': 'Активна до {date}',
  'card.distance': 'На {distance} км',
  'card.place': '{municipality}, {country}',

  // A listing's own page
  'listing.details': 'Подробности',
  'listing.description': 'Описание',
  'listing.fieldKind': 'Вид',
  'listing.fieldCategories': 'Категории (CPV)',
  'listing.fieldQuantity': 'Количество',
  'listing.fieldRemaining': 'Все още налично',
  'listing.fieldCondition': 'Състояние',
  'listing.fieldAvailableFrom': 'Налично от',
  'listing.fieldNeededBy': 'Необходимо до',
  'listing.fieldOpenUntil': 'Активна до',
  'listing.fieldDelivery': 'Начин на предоставяне',
  'listing.fieldWorkingLanguages': 'Работни езици',
  'listing.fieldPlace': 'Място',
  'listing.fieldPublished': 'Публикувана',
  'listing.fieldStatus': 'Статус',
  'listing.statusPublished': 'Активна',
  'listing.statusClosed': 'Затворена',
  'listing.statusExpired': 'Изтекла',
  'listing.closedNotice': 'Тази обява е затворена и вече не може да получава отговори.',
  'listing.expiredNotice': 'Срокът на тази обява е изтекъл и тя вече не може да получава отговори.',
  'listing.cpvFallback': 'Език на наименованието на категорията: {language}',
  'listing.photos': 'Снимки',
  'listing.otherLanguages': 'Текстът е наличен и на:',
  'listing.postedBy': 'Публикувана от',
  'listing.location': 'Местоположение',
  'listing.answerOffer': 'Заявете това предложение',
  'listing.answerRequest': 'Отговорете на тази заявка',
  'listing.answerNeedsLogin': 'Ще бъдете помолени да влезете като член на потвърдена община.',
  'listing.matchingForOffer': 'Заявки, на които това предложение може да отговори',
  'listing.matchingForRequest': 'Предложения, които могат да отговорят на тази заявка',
  'listing.similarOffers': 'Подобни предложения',
  'listing.similarRequests': 'Подобни заявки',
  'listing.noneRelated': 'Засега няма.',
  'listing.backToListings': 'Обратно към обявите',

  // Language of member-written text
  'language.original': 'Оригинал: {language}',
  'language.notTranslated': 'Все още няма превод на вашия език: текстът е показан така, както е написан.',
  'language.translatedFrom': 'Преведено, оригинал: {language}',
  'language.contentFallback': 'Този текст все още не е наличен на вашия език.',

  // Values of a listing's fields
  'condition.new': 'Ново',
  'condition.like-new': 'Като ново',
  'condition.good': 'Добро',
  'condition.fair': 'Задоволително',
  'condition.for-parts': 'За части или рециклиране',
  'delivery.pickup': 'Взимане от получателя',
  'delivery.delivery': 'Доставка от предоставящия',
  'delivery.remote': 'Дистанционно',
  'delivery.on-site': 'На място',
  'unit.piece': '{count, plural, one {# брой} other {# броя}}',
  'unit.kg': '{count} кг',
  'unit.tonne': '{count, plural, one {# тон} other {# тона}}',
  'unit.litre': '{count, plural, one {# литър} other {# литра}}',
  'unit.m': '{count} м',
  'unit.m2': '{count} м²',
  'unit.m3': '{count} м³',
  'unit.hour': '{count, plural, one {# час} other {# часа}}',
  'unit.day': '{count, plural, one {# ден} other {# дни}}',
  'unit.person': '{count, plural, one {# човек} other {# души}}',
  'unit.set': '{count, plural, one {# комплект} other {# комплекта}}',
  'unit.pallet': '{count, plural, one {# палет} other {# палета}}',

  // Map
  'map.label': 'Карта на Европа с местоположението на {place}',
  'map.caption': '{place}, {country}: географска ширина {lat}, географска дължина {lng}',

  // Municipalities
  'municipalities.title': 'Общини членки',
  'municipalities.intro': 'Всяка община в този списък е потвърдена от националното сдружение на общините в своята държава.',
  'municipalities.findLabel': 'Търсене на община по име',
  'municipalities.countryLabel': 'Държава',
  'municipalities.allCountries': 'Всички държави',
  'municipalities.show': 'Покажи',
  'municipalities.count': '{count, plural, =0 {Няма намерени общини} one {# община} other {# общини}}',
  'municipalities.byCountry': 'Държави',
  'municipalities.openListings': '{count, plural, =0 {Няма активни обяви} one {# активна обява} other {# активни обяви}}',
  'municipality.population': 'Население',
  'municipality.website': 'Уебсайт',
  'municipality.country': 'Държава',
  'municipality.languages': 'Езици',
  'municipality.about': 'За общината',
  'municipality.record': 'Дейност в платформата',
  'municipality.openListingsHeading': 'Активни обяви',
  'municipality.noOpenListings': 'В момента общината няма активни обяви.',
  'municipality.allListings': 'Всички обяви на {municipality}',

  // Pages and news
  'news.title': 'Новини',
  'news.intro': 'Новини от сдружението и от общините в платформата.',
  'news.none': 'Все още няма новини.',
  'news.publishedOn': 'Публикувано на {date}',
  'news.backToNews': 'Обратно към всички новини',

  // Log in
  'login.title': 'Вход',
  'login.intro':
    'Членовете от потвърдени общини влизат в профила си, за да отговарят на обяви, да публикуват свои и да следят обмена, в който участват.',
  'login.unavailable': 'Входът в портала все още не е отворен. Моля, опитайте отново скоро.',
  'login.back': 'Обратно към обявата',

  // Feed
  'feed.title': 'Нови обяви в Community Sharing',
  'feed.filtered': 'Нови обяви в Community Sharing: {filters}',

  // Errors
  'error.notFoundTitle': 'Страницата не е намерена',
  'error.notFoundText': 'Страницата, която търсите, не съществува или вече не е публична.',
  'error.unavailableTitle': 'Временно недостъпно',
  'error.unavailableText':
    'Обявите са временно недостъпни, защото услугата, която ги съхранява, не отговаря. Моля, опитайте отново след няколко минути.',
  'error.tryAgain': 'Опитайте отново',
  'error.serverTitle': 'Нещо се обърка',
  'error.serverText': 'Грешка от наша страна попречи на страницата да се зареди. Моля, опитайте отново по-късно.',
  'error.goHome': 'Към началната страница',
};

export default bg;
