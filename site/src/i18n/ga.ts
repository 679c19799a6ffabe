// The portal's interface strings in Irish. Keys and order follow en.ts; see README.md for the rules.
// "Municipality" is "údarás áitiúil", as in the listing kinds of @community-sharing/config. The reader is addressed
// in the singular, as Irish public services do. Plurals follow the numeral: one, two and few (1–6) lenite the
// singular noun, many (7–10) eclipses it, other (0, 11+) leaves it plain. Language names follow "as" ("as Béarla"),
// which does not mutate them. No value is identical to English.
import type { Catalog } from './en';

const ga: Catalog = {
  'site.name': 'Community Sharing',
  'site.description':
    'Tugann údaráis áitiúla an Aontais Eorpaigh agus na mBalcán Thiar saor in aisce dá chéile an rud atá ag údarás amháin agus a theastaíonn ó údarás eile.',

  // Page frame
  'frame.skipLink': 'Téigh chuig an bpríomhábhar',
  'frame.mainNav': 'Príomhnascleanúint',
  'frame.listings': 'Fógraí',
  'frame.municipalities': 'Údaráis áitiúla',
  'frame.news': 'Nuacht',
  'frame.login': 'Logáil isteach',
  'frame.language': 'Teanga',
  'frame.languageChoose': 'Roghnaigh teanga',
  'frame.footerNav': 'Faoin ardán',
  'frame.footerText':
    'Ardán a reáchtálann na cumainn náisiúnta údarás áitiúil, atá oscailte do gach údarás áitiúil san Aontas Eorpach agus sna Balcáin Thiar.',
  'frame.feed': 'Fotha na bhfógraí nua',
  'frame.sitemap': 'Léarscáil an tsuímh',

  // Home page
  'home.title': 'Údaráis áitiúla ag roinnt a bhfuil acu leo siúd a bhfuil gá acu leis',
  'home.intro':
    'Is é Community Sharing an áit a dtugann údaráis áitiúla an Aontais Eorpaigh agus na mBalcán Thiar saor in aisce dá chéile an rud atá ag údarás amháin agus a theastaíonn ó údarás eile: saineolas, bainisteoirí a bhfuil taithí acu, oibrithe deonacha, trealamh, earraí, ábhair agus seirbhísí. Cabhraíonn an t-ardán leo freisin infheisteoirí a aimsiú d’acmhainní áitiúla nach n-úsáidtear agus comhpháirtithe a aimsiú do chuideachtaí áitiúla.',
  'home.browseAll': 'Brabhsáil na fógraí go léir',
  'home.figuresHeading': 'An t-ardán i bhfigiúirí',
  'home.latestOffers': 'Na tairiscintí is déanaí',
  'home.latestRequests': 'Na hiarratais is déanaí',
  'home.allOffers': 'Féach ar na tairiscintí go léir',
  'home.allRequests': 'Féach ar na hiarratais go léir',
  'home.nothingYet': 'Níor foilsíodh aon rud anseo fós.',
  'home.kindsHeading': 'Cad a roinneann na húdaráis áitiúla',
  'home.kindCount':
    '{count, plural, =0 {Níl aon fhógra oscailte} one {# fhógra oscailte} two {# fhógra oscailte} few {# fhógra oscailte} many {# bhfógra oscailte} other {# fógra oscailte}}',

  // Live figures: the number is shown large above these words, so they carry no number themselves.
  'stats.municipalities':
    '{count, plural, one {údarás áitiúil rannpháirteach} two {údarás áitiúla rannpháirteacha} few {údarás áitiúla rannpháirteacha} many {n-údarás áitiúla rannpháirteacha} other {údarás áitiúil rannpháirteach}}',
  'stats.countries': '{count, plural, one {tír} two {thír} few {thír} many {dtír} other {tír}}',
  'stats.openOffers':
    '{count, plural, one {tairiscint oscailte} two {thairiscint oscailte} few {thairiscint oscailte} many {dtairiscint oscailte} other {tairiscint oscailte}}',
  'stats.openRequests':
    '{count, plural, one {iarratas oscailte} two {iarratas oscailte} few {iarratas oscailte} many {n-iarratas oscailte} other {iarratas oscailte}}',
  'stats.completedExchanges':
    '{count, plural, one {mhalartú a críochnaíodh} two {mhalartú a críochnaíodh} few {mhalartú a críochnaíodh} many {malartú a críochnaíodh} other {malartú a críochnaíodh}}',

  // Listing types
  'type.offer': 'Tairiscint',
  'type.request': 'Iarratas',
  'type.offers': 'Tairiscintí',
  'type.requests': 'Iarratais',
  'listing.urgent': 'Práinneach',

  // Search page
  'search.title': 'Fógraí',
  'search.titleOffers': 'Tairiscintí',
  'search.titleRequests': 'Iarratais',
  'search.intro': 'Cuardaigh gach rud a thairgeann agus a iarrann údaráis áitiúla, i ngach teanga den ardán.',
  'search.label': 'Cuardaigh na fógraí',
  'search.hint': 'Mar shampla: inneall dóiteáin, troscán scoile, oibrithe deonacha le haghaidh glantacháin',
  'search.submit': 'Cuardaigh',
  'search.filters': 'Scagairí',
  'search.applyFilters': 'Cuir na scagairí i bhfeidhm',
  'search.clearFilters': 'Glan na scagairí go léir',
  'search.sort': 'Sórtáil de réir',
  'search.sortRelevance': 'Ábharthacht',
  'search.sortNewest': 'Na cinn is nuaí ar dtús',
  'search.resultsHeading': 'Torthaí',
  'search.resultCount':
    '{count, plural, =0 {Níor aimsíodh aon fhógra} one {Aimsíodh # fhógra} two {Aimsíodh # fhógra} few {Aimsíodh # fhógra} many {Aimsíodh # bhfógra} other {Aimsíodh # fógra}}',
  'search.noResultsHint': 'Bain triail as focail eile nó as níos lú focal, nó bain roinnt scagairí.',
  'search.invalidParameters': 'Níor tuigeadh roinnt socruithe cuardaigh agus fágadh ar lár iad.',
  'search.loading': 'Na torthaí á nuashonrú…',
  'search.sortNearest': 'Na cinn is gaire ar dtús',
  'distance.legend': 'Achar',
  'distance.near': 'Gar don údarás áitiúil',
  'distance.nearHint': 'Údarás áitiúil rannpháirteach, in aon aibítir: mar shampla Galway',
  'distance.radius': 'Laistigh de',
  'distance.anyRadius': 'Achar ar bith',
  'distance.radiusValue': '{km} km',
  'distance.found': 'Déantar an t-achar a thomhas ó {place}.',
  'distance.notFound': 'Níl aon údarás áitiúil rannpháirteach darb ainm “{name}”. Seiceáil an litriú, nó roghnaigh ceann ón eolaire.',
  'distance.ambiguous': 'Freagraíonn roinnt údarás áitiúil rannpháirteach do “{name}”. Roghnaigh ceann acu:',
  'municipality.nearby': 'Fógraí laistigh de 100 km',
  'frame.impact': 'Tionchar',
  'impact.title': 'Tionchar na malartuithe',
  'impact.intro':
    'An méid atá tugtha ag na húdaráis áitiúla dá chéile go dtí seo: malartuithe a críochnaíodh, a luach, agus na hastaíochtaí a seachnaíodh trí athúsáid a bhaint as rudaí in ionad rudaí nua a cheannach.',
  'impact.totalsHeading': 'San iomlán',
  'impact.totalEur': 'euro de luach a tugadh ar aghaidh',
  'impact.totalCo2e': 'kg CO₂e a seachnaíodh',
  'impact.totalMass': 'kg d’earraí agus d’ábhair a athúsáideadh',
  'impact.totalVolunteerHours': 'uair an chloig d’obair dheonach',
  'impact.totalExpertDays': 'lá saineolais',
  'impact.co2eNote':
    'Meastar an CO₂e a seachnaíodh ón mais a athúsáideadh agus ó fhachtóir in aghaidh na catagóire; foilsítear na fachtóirí agus a bhfoinsí leis na sonraí oscailte.',
  'impact.chartsHeading': 'Thar am agus de réir catagóire',
  'impact.chartCompletedByMonth': 'Malartuithe a críochnaíodh, de réir míosa',
  'impact.chartCo2eByMonth': 'CO₂e a seachnaíodh, de réir míosa (kg)',
  'impact.chartEurByMonth': 'Luach a tugadh ar aghaidh, de réir míosa (EUR)',
  'impact.chartByKind': 'Malartuithe a críochnaíodh, de réir saghais',
  'impact.chartByCountry': 'Malartuithe a críochnaíodh, de réir tíre',
  'impact.whatCompleted': 'Malartuithe a críochnaíodh',
  'impact.whatCo2e': 'CO₂e a seachnaíodh',
  'impact.whatEur': 'Luach a tugadh ar aghaidh',
  'impact.whatKinds': 'Malartuithe a críochnaíodh, de réir saghais',
  'impact.whatCountries': 'Malartuithe a críochnaíodh, de réir tíre',
  'impact.summaryOverTime': '{what} idir {from} agus {to}; ba é {top} an mhí ab airde, le {topValue}.',
  'impact.summaryByCategory':
    '{what}: {count, plural, one {# chatagóir} two {# chatagóir} few {# chatagóir} many {# gcatagóir} other {# catagóir}}, agus {first} chun tosaigh.',
  'impact.summaryEmpty': '{what}: níl aon rud taifeadta fós.',
  'impact.month': 'Mí',
  'impact.completed': 'Malartuithe a críochnaíodh',
  'home.seeImpact': 'Féach ar thionchar na malartuithe',
  'impact.showTable': 'Taispeáin na figiúirí i dtábla',

  // Facets
  'facet.type': 'Cineál',
  'facet.kind': 'Saghas',
  'facet.cpv': 'Catagóir',
  'facet.country': 'Tír',
  'facet.municipality': 'Údarás áitiúil',
  'facet.delivery': 'Seachadadh',
  'facet.language': 'Teanga oibre',
  'facet.anyType': 'Tairiscintí agus iarratais',
  'facet.showAll': 'Taispeáin gach ceann ({count})',
  'facet.valueWithCount': '{label} ({count})',

  // Pagination
  'pagination.label': 'Leathanaigh torthaí',
  'pagination.previous': 'An leathanach roimhe seo',
  'pagination.next': 'An chéad leathanach eile',
  'pagination.page': 'Leathanach {page}',
  'pagination.status': 'Leathanach {page} as {pages}',

  // A listing in a list
  'card.publishedOn': 'Foilsithe: {date}',
  'card.openUntil': 'Oscailte go dtí {date}',
  'card.distance': '{distance} km ar shiúl',
  'card.place': '{municipality}, {country}',

  // A listing's own page
  'listing.details': 'Sonraí',
  'listing.description': 'Cur síos',
  'listing.fieldKind': 'Saghas',
  'listing.fieldCategories': 'Catagóirí (CPV)',
  'listing.fieldQuantity': 'Cainníocht',
  'listing.fieldRemaining': 'Fós ar fáil',
  'listing.fieldCondition': 'Riocht',
  'listing.fieldAvailableFrom': 'Ar fáil ó',
  'listing.fieldNeededBy': 'Ag teastáil faoi',
  'listing.fieldOpenUntil': 'Oscailte go dtí',
  'listing.fieldDelivery': 'Seachadadh',
  'listing.fieldWorkingLanguages': 'Teangacha oibre',
  'listing.fieldPlace': 'Áit',
  'listing.fieldPublished': 'Dáta foilsithe',
  'listing.fieldStatus': 'Stádas',
  'listing.statusPublished': 'Oscailte',
  'listing.statusClosed': 'Dúnta',
  'listing.statusExpired': 'Imithe in éag',
  'listing.closedNotice': 'Tá an fógra seo dúnta agus ní féidir freagra a thabhairt air a thuilleadh.',
  'listing.expiredNotice': 'Tá an fógra seo imithe in éag agus ní féidir freagra a thabhairt air a thuilleadh.',
  'listing.cpvFallback': 'Ainm na catagóire as {language}',
  'listing.photos': 'Grianghraif',
  'listing.otherLanguages': 'Tá an téacs seo ar fáil sna teangacha seo freisin:',
  'listing.postedBy': 'Foilsithe ag',
  'listing.location': 'Láthair',
  'listing.answerOffer': 'Iarr an tairiscint seo',
  'listing.answerRequest': 'Freagair an t-iarratas seo',
  'listing.answerNeedsLogin': 'Iarrfar ort logáil isteach mar bhall d’údarás áitiúil fíoraithe.',
  'listing.matchingForOffer': 'Iarratais a bhféadfadh an tairiscint seo freastal orthu',
  'listing.matchingForRequest': 'Tairiscintí a d’fhéadfadh freastal ar an iarratas seo',
  'listing.similarOffers': 'Tairiscintí cosúla',
  'listing.similarRequests': 'Iarratais chosúla',
  'listing.noneRelated': 'Níl aon cheann ann faoi láthair.',
  'listing.backToListings': 'Ar ais chuig na fógraí',

  // Language of member-written text
  'language.original': 'Téacs bunaidh as {language}',
  'language.notTranslated': 'Níl aistriúchán i do theanga ar fáil fós: taispeántar an téacs mar a scríobhadh é.',
  'language.translatedFrom': 'Aistrithe ón mbunteanga: {language}',
  'language.contentFallback': 'Níl an téacs seo ar fáil i do theanga fós.',

  // Values of a listing's fields
  'condition.new': 'Nua',
  'condition.like-new': 'Chomh maith le nua',
  'condition.good': 'I riocht maith',
  'condition.fair': 'I riocht measartha',
  'condition.for-parts': 'Le haghaidh páirteanna nó athchúrsála',
  'delivery.pickup': 'Bailíonn an faighteoir é',
  'delivery.delivery': 'Seachadann an soláthraí é',
  'delivery.remote': 'Go cianda',
  'delivery.on-site': 'Ar an láthair',
  'unit.piece': '{count, plural, one {# phíosa} two {# phíosa} few {# phíosa} many {# bpíosa} other {# píosa}}',
  'unit.kg': '{count} kg',
  'unit.tonne': '{count, plural, one {# tona} two {# thona} few {# thona} many {# dtona} other {# tona}}',
  'unit.litre': '{count, plural, one {# lítear} two {# lítear} few {# lítear} many {# lítear} other {# lítear}}',
  'unit.m': '{count} m',
  'unit.m2': '{count} m²',
  'unit.m3': '{count} m³',
  'unit.hour':
    '{count, plural, one {# uair an chloig} two {# uair an chloig} few {# huaire an chloig} many {# n-uaire an chloig} other {# uair an chloig}}',
  'unit.day': '{count, plural, one {# lá} two {# lá} few {# lá} many {# lá} other {# lá}}',
  'unit.person': '{count, plural, one {# duine} two {# dhuine} few {# dhuine} many {# nduine} other {# duine}}',
  'unit.set': '{count, plural, one {# tacar} two {# thacar} few {# thacar} many {# dtacar} other {# tacar}}',
  'unit.pallet': '{count, plural, one {# phailléad} two {# phailléad} few {# phailléad} many {# bpailléad} other {# pailléad}}',

  // Map
  'map.label': 'Léarscáil den Eoraip a thaispeánann cá bhfuil {place}',
  'map.caption': '{place}, {country}: domhanleithead {lat}, domhanfhad {lng}',

  // Municipalities
  'municipalities.title': 'Údaráis áitiúla rannpháirteacha',
  'municipalities.intro': 'Tá gach údarás áitiúil atá liostaithe anseo fíoraithe ag cumann náisiúnta údarás áitiúil a thíre féin.',
  'municipalities.findLabel': 'Aimsigh údarás áitiúil de réir ainm',
  'municipalities.countryLabel': 'Tír',
  'municipalities.allCountries': 'Gach tír',
  'municipalities.show': 'Taispeáin',
  'municipalities.count':
    '{count, plural, =0 {Níor aimsíodh aon údarás áitiúil} one {# údarás áitiúil} two {# údarás áitiúla} few {# údarás áitiúla} many {# n-údarás áitiúla} other {# údarás áitiúil}}',
  'municipalities.byCountry': 'Tíortha',
  'municipalities.openListings':
    '{count, plural, =0 {Níl aon fhógra oscailte} one {# fhógra oscailte} two {# fhógra oscailte} few {# fhógra oscailte} many {# bhfógra oscailte} other {# fógra oscailte}}',
  'municipality.population': 'Daonra',
  'municipality.website': 'Suíomh gréasáin',
  'municipality.country': 'Tír',
  'municipality.languages': 'Teangacha',
  'municipality.about': 'Faoin údarás áitiúil',
  'municipality.record': 'Gníomhaíocht ar an ardán',
  'municipality.openListingsHeading': 'Fógraí oscailte',
  'municipality.noOpenListings': 'Níl aon fhógra oscailte ag an údarás áitiúil seo faoi láthair.',
  'municipality.allListings': 'Gach fógra ó {municipality}',

  // Pages and news
  'news.title': 'Nuacht',
  'news.intro': 'Nuacht ón gcumann agus ó údaráis áitiúla an ardáin.',
  'news.none': 'Níl aon nuacht ann fós.',
  'news.publishedOn': 'Foilsithe: {date}',
  'news.backToNews': 'Ar ais chuig an nuacht go léir',

  // Log in
  'login.title': 'Logáil isteach',
  'login.intro':
    'Logálann baill d’údaráis áitiúla fhíoraithe isteach chun freagra a thabhairt ar fhógraí, chun a gcuid fógraí féin a fhoilsiú agus chun a malartuithe a leanúint.',
  'login.unavailable': 'Níl logáil isteach sa tairseach ar fáil fós. Fill ar ais go luath, le do thoil.',
  'login.back': 'Ar ais chuig an bhfógra',

  // Feed
  'feed.title': 'Fógraí nua ar Community Sharing',
  'feed.filtered': 'Fógraí nua ar Community Sharing: {filters}',

  // Errors
  'error.notFoundTitle': 'Níor aimsíodh an leathanach',
  'error.notFoundText': 'Níl an leathanach atá á lorg agat ann, nó níl sé poiblí a thuilleadh.',
  'error.unavailableTitle': 'Níl sé ar fáil faoi láthair',
  'error.unavailableText':
    'Níl teacht ar na fógraí faoi láthair, mar nach bhfuil an tseirbhís ina gcoimeádtar iad ag freagairt. Bain triail eile as i gceann cúpla nóiméad.',
  'error.tryAgain': 'Bain triail eile as',
  'error.serverTitle': 'Chuaigh rud éigin mícheart',
  'error.serverText': 'Chuir earráid ar ár dtaobh cosc ar an leathanach seo a lódáil. Bain triail eile as ar ball.',
  'error.goHome': 'Téigh chuig an leathanach baile',
};

export default ga;
