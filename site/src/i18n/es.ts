// The portal's interface strings in Spanish. Keys and order follow en.ts; see README.md for the rules.
// The reader is addressed as "usted". No value is identical to English.
import type { Catalog } from './en';

const es: Catalog = {
  'site.name': 'Community Sharing',
  'site.description':
    'Los municipios de la Unión Europea y de los Balcanes Occidentales se ceden gratuitamente lo que unos tienen y otros necesitan.',

  // Page frame
  'frame.skipLink': 'Saltar al contenido principal',
  'frame.mainNav': 'Navegación principal',
  'frame.listings': 'Anuncios',
  'frame.municipalities': 'Municipios',
  'frame.news': 'Noticias',
  'frame.login': 'Iniciar sesión',
  'frame.language': 'Idioma',
  'frame.languageChoose': 'Elija un idioma',
  'frame.footerNav': 'Acerca de la plataforma',
  'frame.footerText':
    'Una plataforma de las asociaciones nacionales de municipios, abierta a todos los municipios de la Unión Europea y de los Balcanes Occidentales.',
  'frame.feed': 'Canal de nuevos anuncios',
  'frame.sitemap': 'Mapa del sitio',

  // Home page
  'home.title': 'Municipios que comparten lo que tienen con quienes lo necesitan',
  'home.intro':
    'Community Sharing es el lugar donde los municipios de la Unión Europea y de los Balcanes Occidentales se ceden gratuitamente lo que unos tienen y otros necesitan: conocimientos, directivos con experiencia, voluntarios, equipamiento, bienes, materiales y servicios. También les ayuda a encontrar inversores para recursos locales sin aprovechar y socios para empresas locales.',
  'home.browseAll': 'Ver todos los anuncios',
  'home.figuresHeading': 'La plataforma en cifras',
  'home.latestOffers': 'Últimas ofertas',
  'home.latestRequests': 'Últimas solicitudes',
  'home.allOffers': 'Ver todas las ofertas',
  'home.allRequests': 'Ver todas las solicitudes',
  'home.nothingYet': 'Todavía no se ha publicado nada aquí.',
  'home.kindsHeading': 'Qué comparten los municipios',
  'home.kindCount': '{count, plural, =0 {Ningún anuncio activo} one {# anuncio activo} other {# anuncios activos}}',

  // Live figures: the number is shown large above these words, so they carry no number themselves.
  'stats.municipalities': '{count, plural, one {municipio miembro} other {municipios miembros}}',
  'stats.countries': '{count, plural, one {país} other {países}}',
  'stats.openOffers': '{count, plural, one {oferta activa} other {ofertas activas}}',
  'stats.openRequests': '{count, plural, one {solicitud activa} other {solicitudes activas}}',
  'stats.completedExchanges': '{count, plural, one {intercambio completado} other {intercambios completados}}',

  // Listing types
  'type.offer': 'Oferta',
  'type.request': 'Solicitud',
  'type.offers': 'Ofertas',
  'type.requests': 'Solicitudes',
  'listing.urgent': 'Urgente',

  // Search page
  'search.title': 'Anuncios',
  'search.titleOffers': 'Ofertas',
  'search.titleRequests': 'Solicitudes',
  'search.intro': 'Busque entre todo lo que los municipios ofrecen y solicitan, en todos los idiomas de la plataforma.',
  'search.label': 'Buscar anuncios',
  'search.hint': 'Por ejemplo: camión de bomberos, mobiliario escolar, voluntarios para una limpieza',
  'search.submit': 'Buscar',
  'search.filters': 'Filtros',
  'search.applyFilters': 'Aplicar filtros',
  'search.clearFilters': 'Borrar todos los filtros',
  'search.sort': 'Ordenar por',
  'search.sortRelevance': 'Relevancia',
  'search.sortNewest': 'Más recientes primero',
  'search.resultsHeading': 'Resultados',
  'search.resultCount': '{count, plural, =0 {No se han encontrado anuncios} one {# anuncio encontrado} other {# anuncios encontrados}}',
  'search.noResultsHint': 'Pruebe con otras palabras o con menos, o quite algunos filtros.',
  'search.invalidParameters': 'Algunos parámetros de búsqueda no se han reconocido y se han omitido.',
  'search.loading': 'Actualizando los resultados…',
  'search.sortNearest': 'Más cercanos primero',
  'distance.legend': 'Distancia',
  'distance.near': 'Cerca del municipio',
  'distance.nearHint': 'Un municipio miembro, en cualquier alfabeto: por ejemplo, Salamanca',
  'distance.radius': 'En un radio de',
  'distance.anyRadius': 'Cualquier distancia',
  'distance.radiusValue': '{km} km',
  'distance.found': 'Las distancias se miden desde {place}.',
  'distance.notFound': 'Ningún municipio miembro se llama «{name}». Compruebe la ortografía o elija uno del directorio de municipios miembros.',
  'distance.ambiguous': 'Varios municipios miembros coinciden con «{name}». Elija uno:',
  'municipality.nearby': 'Anuncios en un radio de 100 km',

  // Facets
  'facet.type': 'Tipo',
  'facet.kind': 'Clase',
  'facet.cpv': 'Categoría',
  'facet.country': 'País',
  'facet.municipality': 'Municipio',
  'facet.delivery': 'Entrega',
  'facet.language': 'Idioma de trabajo',
  'facet.anyType': 'Ofertas y solicitudes',
  'facet.showAll': 'Mostrar todos ({count})',
  'facet.valueWithCount': '{label} ({count})',

  // Pagination
  'pagination.label': 'Páginas de resultados',
  'pagination.previous': 'Página anterior',
  'pagination.next': 'Página siguiente',
  'pagination.page': 'Página {page}',
  'pagination.status': 'Página {page} de {pages}',

  // A listing in a list
  'card.publishedOn': 'Publicado el {date}',
  'card.openUntil': 'Activo hasta el {date}',
  'card.distance': 'A {distance} km',
  'card.place': '{municipality}, {country}',

  // A listing's own page
  'listing.details': 'Detalles',
  'listing.description': 'Descripción',
  'listing.fieldKind': 'Clase',
  'listing.fieldCategories': 'Categorías (CPV)',
  'listing.fieldQuantity': 'Cantidad',
  'listing.fieldRemaining': 'Todavía disponible',
  'listing.fieldCondition': 'Estado de conservación',
  'listing.fieldAvailableFrom': 'Disponible desde',
  'listing.fieldNeededBy': 'Se necesita antes del',
  'listing.fieldOpenUntil': 'Activo hasta el',
  'listing.fieldDelivery': 'Entrega',
  'listing.fieldWorkingLanguages': 'Idiomas de trabajo',
  'listing.fieldPlace': 'Lugar',
  'listing.fieldPublished': 'Fecha de publicación',
  'listing.fieldStatus': 'Estado',
  'listing.statusPublished': 'Activo',
  'listing.statusClosed': 'Cerrado',
  'listing.statusExpired': 'Caducado',
  'listing.closedNotice': 'Este anuncio está cerrado y ya no admite respuestas.',
  'listing.expiredNotice': 'Este anuncio ha caducado y ya no admite respuestas.',
  'listing.cpvFallback': 'Idioma del nombre de la categoría: {language}',
  'listing.photos': 'Fotos',
  'listing.otherLanguages': 'Este texto también está disponible en:',
  'listing.postedBy': 'Publicado por',
  'listing.location': 'Ubicación',
  'listing.answerOffer': 'Solicitar esta oferta',
  'listing.answerRequest': 'Responder a esta solicitud',
  'listing.answerNeedsLogin': 'Se le pedirá que inicie sesión como miembro de un municipio verificado.',
  'listing.matchingForOffer': 'Solicitudes que esta oferta podría atender',
  'listing.matchingForRequest': 'Ofertas que podrían atender esta solicitud',
  'listing.similarOffers': 'Ofertas similares',
  'listing.similarRequests': 'Solicitudes similares',
  'listing.noneRelated': 'Ninguna por el momento.',
  'listing.backToListings': 'Volver a los anuncios',

  // Language of member-written text
  'language.original': 'Idioma original: {language}',
  'language.notTranslated': 'Todavía no hay traducción a su idioma: el texto se muestra tal como se escribió.',
  'language.translatedFrom': 'Texto traducido (idioma original: {language})',
  'language.contentFallback': 'Este texto todavía no está disponible en su idioma.',

  // Values of a listing's fields
  'condition.new': 'Nuevo',
  'condition.like-new': 'Como nuevo',
  'condition.good': 'Buen estado',
  'condition.fair': 'Estado aceptable',
  'condition.for-parts': 'Para piezas o reciclaje',
  'delivery.pickup': 'Recogida por el destinatario',
  'delivery.delivery': 'Entrega por el proveedor',
  'delivery.remote': 'A distancia',
  'delivery.on-site': 'In situ',
  'unit.piece': '{count, plural, one {# unidad} other {# unidades}}',
  'unit.kg': '{count} kg',
  'unit.tonne': '{count, plural, one {# tonelada} other {# toneladas}}',
  'unit.litre': '{count, plural, one {# litro} other {# litros}}',
  'unit.m': '{count} m',
  'unit.m2': '{count} m²',
  'unit.m3': '{count} m³',
  'unit.hour': '{count, plural, one {# hora} other {# horas}}',
  'unit.day': '{count, plural, one {# día} other {# días}}',
  'unit.person': '{count, plural, one {# persona} other {# personas}}',
  'unit.set': '{count, plural, one {# juego} other {# juegos}}',
  'unit.pallet': '{count, plural, one {# palé} other {# palés}}',

  // Map
  'map.label': 'Mapa de Europa que muestra dónde se encuentra {place}',
  'map.caption': '{place}, {country}: latitud {lat}, longitud {lng}',

  // Municipalities
  'municipalities.title': 'Municipios miembros',
  'municipalities.intro': 'Todos los municipios de esta lista han sido verificados por su asociación nacional de municipios.',
  'municipalities.findLabel': 'Buscar un municipio por su nombre',
  'municipalities.countryLabel': 'País',
  'municipalities.allCountries': 'Todos los países',
  'municipalities.show': 'Mostrar',
  'municipalities.count': '{count, plural, =0 {No se han encontrado municipios} one {# municipio} other {# municipios}}',
  'municipalities.byCountry': 'Países',
  'municipalities.openListings': '{count, plural, =0 {Ningún anuncio activo} one {# anuncio activo} other {# anuncios activos}}',
  'municipality.population': 'Población',
  'municipality.website': 'Sitio web',
  'municipality.country': 'País',
  'municipality.languages': 'Idiomas',
  'municipality.about': 'Sobre el municipio',
  'municipality.record': 'Actividad en la plataforma',
  'municipality.openListingsHeading': 'Anuncios activos',
  'municipality.noOpenListings': 'Este municipio no tiene anuncios activos en este momento.',
  'municipality.allListings': 'Todos los anuncios de {municipality}',

  // Pages and news
  'news.title': 'Noticias',
  'news.intro': 'Noticias de la asociación y de los municipios de la plataforma.',
  'news.none': 'Todavía no hay noticias.',
  'news.publishedOn': 'Publicado el {date}',
  'news.backToNews': 'Volver a todas las noticias',

  // Log in
  'login.title': 'Iniciar sesión',
  'login.intro':
    'Los miembros de los municipios verificados inician sesión para responder a anuncios, publicar los suyos y hacer el seguimiento de sus intercambios.',
  'login.unavailable': 'El acceso al portal todavía no está disponible. Le rogamos que vuelva pronto.',
  'login.back': 'Volver al anuncio',

  // Feed
  'feed.title': 'Nuevos anuncios en Community Sharing',
  'feed.filtered': 'Nuevos anuncios en Community Sharing: {filters}',

  // Errors
  'error.notFoundTitle': 'Página no encontrada',
  'error.notFoundText': 'La página que busca no existe o ya no es pública.',
  'error.unavailableTitle': 'No disponible temporalmente',
  'error.unavailableText':
    'Los anuncios no están accesibles en este momento porque el servicio que los aloja no responde. Vuelva a intentarlo dentro de unos minutos.',
  'error.tryAgain': 'Volver a intentarlo',
  'error.serverTitle': 'Algo ha salido mal',
  'error.serverText': 'Un error por nuestra parte ha impedido cargar esta página. Vuelva a intentarlo más tarde.',
  'error.goHome': 'Ir a la página de inicio',
};

export default es;
