// The portal's interface strings in English: the source of truth for every other catalog, which must have
// exactly these keys. Read README.md beside this file for the placeholder and plural rules.
// Names of kinds, countries, languages and CPV categories do not live here: they come from @community-sharing/config.

const en = {
  // The platform's name is a brand: it stays as it is in every language.
  'site.name': 'Community Sharing',
  'site.description':
    'Municipalities of the European Union and the Western Balkans give each other, free of charge, what one has and another needs.',

  // Page frame
  'frame.skipLink': 'Skip to main content',
  'frame.mainNav': 'Main',
  'frame.listings': 'Listings',
  'frame.municipalities': 'Municipalities',
  'frame.news': 'News',
  'frame.login': 'Log in',
  'frame.language': 'Language',
  'frame.languageChoose': 'Choose a language',
  'frame.footerNav': 'About the platform',
  'frame.footerText':
    'A platform of the national associations of municipalities, open to every municipality of the European Union and the Western Balkans.',
  'frame.feed': 'Feed of new listings',
  'frame.sitemap': 'Site map',

  // Home page
  'home.title': 'Municipalities sharing what they have with those who need it',
  'home.intro':
    'Community Sharing is where municipalities of the European Union and the Western Balkans give each other, free of charge, what one has and another needs: expertise, experienced managers, volunteers, equipment, goods, materials and services. It also helps them find investors for unused local resources and partners for local companies.',
  'home.browseAll': 'Browse all listings',
  'home.figuresHeading': 'The platform in figures',
  'home.latestOffers': 'Latest offers',
  'home.latestRequests': 'Latest requests',
  'home.allOffers': 'See all offers',
  'home.allRequests': 'See all requests',
  'home.nothingYet': 'Nothing has been posted here yet.',
  'home.kindsHeading': 'What municipalities share',
  'home.kindCount': '{count, plural, =0 {No open listings} one {# open listing} other {# open listings}}',

  // Live figures: the number is shown large above these words, so they carry no number themselves.
  'stats.municipalities': '{count, plural, one {member municipality} other {member municipalities}}',
  'stats.countries': '{count, plural, one {country} other {countries}}',
  'stats.openOffers': '{count, plural, one {open offer} other {open offers}}',
  'stats.openRequests': '{count, plural, one {open request} other {open requests}}',
  'stats.completedExchanges': '{count, plural, one {completed exchange} other {completed exchanges}}',

  // Listing types
  'type.offer': 'Offer',
  'type.request': 'Request',
  'type.offers': 'Offers',
  'type.requests': 'Requests',
  'listing.urgent': 'Urgent',

  // Search page
  'search.title': 'Listings',
  'search.titleOffers': 'Offers',
  'search.titleRequests': 'Requests',
  'search.intro': 'Search everything municipalities offer and ask for, in every language of the platform.',
  'search.label': 'Search listings',
  'search.hint': 'For example: fire engine, school furniture, volunteers for a clean-up',
  'search.submit': 'Search',
  'search.filters': 'Filters',
  'search.applyFilters': 'Apply filters',
  'search.clearFilters': 'Clear all filters',
  'search.sort': 'Sort by',
  'search.sortRelevance': 'Best match',
  'search.sortNewest': 'Newest first',
  'search.resultsHeading': 'Results',
  'search.resultCount': '{count, plural, =0 {No listings found} one {# listing found} other {# listings found}}',
  'search.noResultsHint': 'Try other or fewer words, or remove some filters.',
  'search.invalidParameters': 'Some search settings were not understood and have been left out.',
  'search.loading': 'Updating the results…',
  'search.sortNearest': 'Nearest first',
  'distance.legend': 'Distance',
  'distance.near': 'Near the municipality',
  'distance.nearHint': 'A member municipality, in any script: for example Burgas or Бургас',
  'distance.radius': 'Within',
  'distance.anyRadius': 'Any distance',
  'distance.radiusValue': '{km} km',
  'distance.found': 'Distances are measured from {place}.',
  'distance.notFound': 'No member municipality is called “{name}”. Check the spelling, or choose one from the directory.',
  'distance.ambiguous': 'Several member municipalities match “{name}”. Choose one:',
  'municipality.nearby': 'Listings within 100 km',
  'frame.impact': 'Impact',
  'impact.title': 'Impact of the exchanges',
  'impact.intro': 'What municipalities have given each other so far: completed exchanges, their value, and the emissions avoided by reusing instead of buying new.',
  'impact.totalsHeading': 'In total',
  'impact.totalEur': 'euros of value passed on',
  'impact.totalCo2e': 'kg CO₂e avoided',
  'impact.totalMass': 'kg of goods and materials reused',
  'impact.totalVolunteerHours': 'volunteer hours',
  'impact.totalExpertDays': 'expert days',
  'impact.co2eNote': 'CO₂e avoided is estimated from the mass reused and a factor per category; the factors and their sources are published with the open data.',
  'impact.chartsHeading': 'Over time and by category',
  'impact.chartCompletedByMonth': 'Completed exchanges by month',
  'impact.chartCo2eByMonth': 'CO₂e avoided by month (kg)',
  'impact.chartEurByMonth': 'Value passed on by month (EUR)',
  'impact.chartByKind': 'Completed exchanges by kind',
  'impact.chartByCountry': 'Completed exchanges by country',
  'impact.whatCompleted': 'Completed exchanges',
  'impact.whatCo2e': 'CO₂e avoided',
  'impact.whatEur': 'Value passed on',
  'impact.whatKinds': 'Completed exchanges by kind',
  'impact.whatCountries': 'Completed exchanges by country',
  'impact.summaryOverTime': '{what} from {from} to {to}; the highest month was {top} with {topValue}.',
  'impact.summaryByCategory': '{what}: {count, plural, one {# category} other {# categories}}, led by {first}.',
  'impact.summaryEmpty': '{what}: nothing recorded yet.',
  'impact.month': 'Month',
  'impact.completed': 'Completed exchanges',
  'home.seeImpact': 'See the impact of the exchanges',
  'impact.showTable': 'Show the figures as a table',

  // Facets
  'facet.type': 'Type',
  'facet.kind': 'Kind',
  'facet.cpv': 'Category',
  'facet.country': 'Country',
  'facet.municipality': 'Municipality',
  'facet.delivery': 'Delivery',
  'facet.language': 'Working language',
  'facet.anyType': 'Offers and requests',
  'facet.showAll': 'Show all {count}',
  'facet.valueWithCount': '{label} ({count})',

  // Pagination
  'pagination.label': 'Pages of results',
  'pagination.previous': 'Previous page',
  'pagination.next': 'Next page',
  'pagination.page': 'Page {page}',
  'pagination.status': 'Page {page} of {pages}',

  // A listing in a list
  'card.publishedOn': 'Published on {date}',
  'card.openUntil': 'Open until {date}',
  'card.distance': '{distance} km away',
  'card.place': '{municipality}, {country}',

  // A listing's own page
  'listing.details': 'Details',
  'listing.description': 'Description',
  'listing.fieldKind': 'Kind',
  'listing.fieldCategories': 'Categories (CPV)',
  'listing.fieldQuantity': 'Quantity',
  'listing.fieldRemaining': 'Still available',
  'listing.fieldCondition': 'Condition',
  'listing.fieldAvailableFrom': 'Available from',
  'listing.fieldNeededBy': 'Needed by',
  'listing.fieldOpenUntil': 'Open until',
  'listing.fieldDelivery': 'Delivery',
  'listing.fieldWorkingLanguages': 'Working languages',
  'listing.fieldPlace': 'Place',
  'listing.fieldPublished': 'Published',
  'listing.fieldStatus': 'Status',
  'listing.statusPublished': 'Open',
  'listing.statusClosed': 'Closed',
  'listing.statusExpired': 'Expired',
  'listing.closedNotice': 'This listing is closed and can no longer be answered.',
  'listing.expiredNotice': 'This listing has expired and can no longer be answered.',
  'listing.cpvFallback': 'Category name shown in {language}',
  'listing.photos': 'Photos',
  'listing.otherLanguages': 'This text is also available in:',
  'listing.postedBy': 'Posted by',
  'listing.location': 'Location',
  'listing.answerOffer': 'Ask for this offer',
  'listing.answerRequest': 'Answer this request',
  'listing.answerNeedsLogin': 'You will be asked to log in as a member of a verified municipality.',
  'listing.matchingForOffer': 'Requests this offer could meet',
  'listing.matchingForRequest': 'Offers that could meet this request',
  'listing.similarOffers': 'Similar offers',
  'listing.similarRequests': 'Similar requests',
  'listing.noneRelated': 'None at the moment.',
  'listing.backToListings': 'Back to the listings',

  // Language of member-written text
  'language.original': 'Original text in {language}',
  'language.notTranslated': 'There is no translation into your language yet: the text is shown as it was written.',
  'language.translatedFrom': 'Translated from {language}',
  'language.contentFallback': 'This text is not available in your language yet.',

  // Values of a listing's fields
  'condition.new': 'New',
  'condition.like-new': 'Like new',
  'condition.good': 'Good',
  'condition.fair': 'Fair',
  'condition.for-parts': 'For parts or recycling',
  'delivery.pickup': 'Pickup by the receiver',
  'delivery.delivery': 'Delivered by the provider',
  'delivery.remote': 'Remote',
  'delivery.on-site': 'On site',
  'unit.piece': '{count, plural, one {# piece} other {# pieces}}',
  'unit.kg': '{count} kg',
  'unit.tonne': '{count, plural, one {# tonne} other {# tonnes}}',
  'unit.litre': '{count, plural, one {# litre} other {# litres}}',
  'unit.m': '{count} m',
  'unit.m2': '{count} m²',
  'unit.m3': '{count} m³',
  'unit.hour': '{count, plural, one {# hour} other {# hours}}',
  'unit.day': '{count, plural, one {# day} other {# days}}',
  'unit.person': '{count, plural, one {# person} other {# people}}',
  'unit.set': '{count, plural, one {# set} other {# sets}}',
  'unit.pallet': '{count, plural, one {# pallet} other {# pallets}}',

  // Map
  'map.label': 'Map of Europe showing where {place} is',
  'map.caption': '{place}, {country}: latitude {lat}, longitude {lng}',

  // Municipalities
  'municipalities.title': 'Member municipalities',
  'municipalities.intro': 'Every municipality listed here has been verified by its national association of municipalities.',
  'municipalities.findLabel': 'Find a municipality by name',
  'municipalities.countryLabel': 'Country',
  'municipalities.allCountries': 'All countries',
  'municipalities.show': 'Show',
  'municipalities.count': '{count, plural, =0 {No municipalities found} one {# municipality} other {# municipalities}}',
  'municipalities.byCountry': 'Countries',
  'municipalities.openListings': '{count, plural, =0 {No open listings} one {# open listing} other {# open listings}}',
  'municipality.population': 'Population',
  'municipality.website': 'Website',
  'municipality.country': 'Country',
  'municipality.languages': 'Languages',
  'municipality.about': 'About the municipality',
  'municipality.record': 'Record on the platform',
  'municipality.openListingsHeading': 'Open listings',
  'municipality.noOpenListings': 'This municipality has no open listings at the moment.',
  'municipality.allListings': 'All listings of {municipality}',

  // Pages and news
  'news.title': 'News',
  'news.intro': 'News from the association and from the municipalities of the platform.',
  'news.none': 'There is no news yet.',
  'news.publishedOn': 'Published on {date}',
  'news.backToNews': 'Back to all news',

  // Log in
  'login.title': 'Log in',
  'login.intro':
    'Members of verified municipalities log in to answer listings, post their own and follow their exchanges.',
  'login.unavailable': 'Logging in to the portal is not open yet. Please come back soon.',
  'login.back': 'Back to the listing',

  // Feed
  'feed.title': 'New listings on Community Sharing',
  'feed.filtered': 'New listings on Community Sharing: {filters}',

  // Errors
  'error.notFoundTitle': 'Page not found',
  'error.notFoundText': 'The page you are looking for does not exist or is no longer public.',
  'error.unavailableTitle': 'Temporarily unavailable',
  'error.unavailableText':
    'The listings are out of reach for a moment, because the service that holds them is not answering. Please try again in a few minutes.',
  'error.tryAgain': 'Try again',
  'error.serverTitle': 'Something went wrong',
  'error.serverText': 'An error on our side stopped this page from loading. Please try again later.',
  'error.goHome': 'Go to the home page',
} as const;

export default en;

/** A key of the interface string catalogs. */
export type UiKey = keyof typeof en;

/** A complete catalog: every key of the English one, each with a string. */
export type Catalog = Record<UiKey, string>;
