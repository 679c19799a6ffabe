// The portal's interface strings in European Portuguese. Keys and order follow en.ts; see README.md for the rules.
// The locale's plural rules ('pt') put 0 in "one", as Brazilian Portuguese does; European Portuguese uses the
// plural for zero, so every plural has an explicit =0 branch. No value is identical to English.
import type { Catalog } from './en';

const pt: Catalog = {
  'site.name': 'Community Sharing',
  'site.description':
    'Os municípios da União Europeia e dos Balcãs Ocidentais cedem uns aos outros, gratuitamente, aquilo que uns têm e de que outros precisam.',

  // Page frame
  'frame.skipLink': 'Saltar para o conteúdo principal',
  'frame.mainNav': 'Navegação principal',
  'frame.listings': 'Anúncios',
  'frame.municipalities': 'Municípios',
  'frame.news': 'Notícias',
  'frame.login': 'Iniciar sessão',
  'frame.language': 'Língua',
  'frame.languageChoose': 'Escolha uma língua',
  'frame.footerNav': 'Sobre a plataforma',
  'frame.footerText':
    'Uma plataforma das associações nacionais de municípios, aberta a todos os municípios da União Europeia e dos Balcãs Ocidentais.',
  'frame.feed': 'Feed de novos anúncios',
  'frame.sitemap': 'Mapa do sítio',

  // Home page
  'home.title': 'Municípios que partilham o que têm com quem precisa',
  'home.intro':
    'A Community Sharing é o espaço onde os municípios da União Europeia e dos Balcãs Ocidentais cedem uns aos outros, gratuitamente, aquilo que uns têm e de que outros precisam: conhecimento especializado, gestores experientes, voluntários, equipamento, bens, materiais e serviços. A plataforma ajuda-os também a encontrar investidores para recursos locais não aproveitados e parceiros para empresas locais.',
  'home.browseAll': 'Ver todos os anúncios',
  'home.figuresHeading': 'A plataforma em números',
  'home.latestOffers': 'Ofertas mais recentes',
  'home.latestRequests': 'Pedidos mais recentes',
  'home.allOffers': 'Ver todas as ofertas',
  'home.allRequests': 'Ver todos os pedidos',
  'home.nothingYet': 'Ainda não foi publicado nada aqui.',
  'home.kindsHeading': 'O que os municípios partilham',
  'home.kindCount': '{count, plural, =0 {Nenhum anúncio ativo} one {# anúncio ativo} other {# anúncios ativos}}',

  // Live figures: the number is shown large above these words, so they carry no number themselves.
  'stats.municipalities': '{count, plural, =0 {municípios membros} one {município membro} other {municípios membros}}',
  'stats.countries': '{count, plural, =0 {países} one {país} other {países}}',
  'stats.openOffers': '{count, plural, =0 {ofertas ativas} one {oferta ativa} other {ofertas ativas}}',
  'stats.openRequests': '{count, plural, =0 {pedidos ativos} one {pedido ativo} other {pedidos ativos}}',
  'stats.completedExchanges': '{count, plural, =0 {intercâmbios concluídos} one {intercâmbio concluído} other {intercâmbios concluídos}}',

  // Listing types
  'type.offer': 'Oferta',
  'type.request': 'Pedido',
  'type.offers': 'Ofertas',
  'type.requests': 'Pedidos',
  'listing.urgent': 'Urgente',

  // Search page
  'search.title': 'Anúncios',
  'search.titleOffers': 'Ofertas',
  'search.titleRequests': 'Pedidos',
  'search.intro': 'Pesquise tudo o que os municípios oferecem e pedem, em todas as línguas da plataforma.',
  'search.label': 'Pesquisar anúncios',
  'search.hint': 'Por exemplo: viatura de bombeiros, mobiliário escolar, voluntários para uma limpeza',
  'search.submit': 'Pesquisar',
  'search.filters': 'Filtros',
  'search.applyFilters': 'Aplicar filtros',
  'search.clearFilters': 'Limpar todos os filtros',
  'search.sort': 'Ordenar por',
  'search.sortRelevance': 'Relevância',
  'search.sortNewest': 'Mais recentes primeiro',
  'search.resultsHeading': 'Resultados',
  'search.resultCount': '{count, plural, =0 {Nenhum anúncio encontrado} one {# anúncio encontrado} other {# anúncios encontrados}}',
  'search.noResultsHint': 'Experimente outras palavras ou menos palavras, ou remova alguns filtros.',
  'search.invalidParameters': 'Algumas definições de pesquisa não foram reconhecidas e foram ignoradas.',
  'search.loading': 'A atualizar os resultados…',
  'search.sortNearest': 'Mais próximos primeiro',
  'distance.legend': 'Distância',
  'distance.near': 'Perto do município',
  'distance.nearHint': 'Um município membro, em qualquer alfabeto: por exemplo, Braga',
  'distance.radius': 'Num raio de',
  'distance.anyRadius': 'Qualquer distância',
  'distance.radiusValue': '{km} km',
  'distance.found': 'As distâncias são medidas a partir de {place}.',
  'distance.notFound': 'Nenhum município membro se chama «{name}». Verifique a ortografia ou escolha um município da lista de municípios membros.',
  'distance.ambiguous': 'Vários municípios membros correspondem a «{name}». Escolha um:',
  'municipality.nearby': 'Anúncios num raio de 100 km',

  // Facets
  'facet.type': 'Tipo',
  'facet.kind': 'Natureza',
  'facet.cpv': 'Categoria',
  'facet.country': 'País',
  'facet.municipality': 'Município',
  'facet.delivery': 'Entrega',
  'facet.language': 'Língua de trabalho',
  'facet.anyType': 'Ofertas e pedidos',
  'facet.showAll': 'Mostrar todos ({count})',
  'facet.valueWithCount': '{label} ({count})',

  // Pagination
  'pagination.label': 'Páginas de resultados',
  'pagination.previous': 'Página anterior',
  'pagination.next': 'Página seguinte',
  'pagination.page': 'Página {page}',
  'pagination.status': 'Página {page} de {pages}',

  // A listing in a list
  'card.publishedOn': 'Publicado em {date}',
  'card.openUntil': 'Ativo até {date}',
  'card.distance': 'A {distance} km',
  'card.place': '{municipality}, {country}',

  // A listing's own page
  'listing.details': 'Detalhes',
  'listing.description': 'Descrição',
  'listing.fieldKind': 'Natureza',
  'listing.fieldCategories': 'Categorias (CPV)',
  'listing.fieldQuantity': 'Quantidade',
  'listing.fieldRemaining': 'Ainda disponível',
  'listing.fieldCondition': 'Estado de conservação',
  'listing.fieldAvailableFrom': 'Disponível a partir de',
  'listing.fieldNeededBy': 'Necessário até',
  'listing.fieldOpenUntil': 'Ativo até',
  'listing.fieldDelivery': 'Entrega',
  'listing.fieldWorkingLanguages': 'Línguas de trabalho',
  'listing.fieldPlace': 'Local',
  'listing.fieldPublished': 'Data de publicação',
  'listing.fieldStatus': 'Estado',
  'listing.statusPublished': 'Ativo',
  'listing.statusClosed': 'Encerrado',
  'listing.statusExpired': 'Expirado',
  'listing.closedNotice': 'Este anúncio está encerrado e já não pode receber respostas.',
  'listing.expiredNotice': 'Este anúncio expirou e já não pode receber respostas.',
  'listing.cpvFallback': 'Língua do nome da categoria: {language}',
  'listing.photos': 'Fotografias',
  'listing.otherLanguages': 'Este texto está também disponível em:',
  'listing.postedBy': 'Publicado por',
  'listing.location': 'Localização',
  'listing.answerOffer': 'Pedir esta oferta',
  'listing.answerRequest': 'Responder a este pedido',
  'listing.answerNeedsLogin': 'Ser-lhe-á pedido que inicie sessão como membro de um município verificado.',
  'listing.matchingForOffer': 'Pedidos a que esta oferta pode responder',
  'listing.matchingForRequest': 'Ofertas que podem responder a este pedido',
  'listing.similarOffers': 'Ofertas semelhantes',
  'listing.similarRequests': 'Pedidos semelhantes',
  'listing.noneRelated': 'De momento, nenhum.',
  'listing.backToListings': 'Voltar aos anúncios',

  // Language of member-written text
  'language.original': 'Língua original: {language}',
  'language.notTranslated': 'Ainda não existe tradução para a sua língua: o texto é apresentado tal como foi escrito.',
  'language.translatedFrom': 'Texto traduzido (língua original: {language})',
  'language.contentFallback': 'Este texto ainda não está disponível na sua língua.',

  // Values of a listing's fields
  'condition.new': 'Novo',
  'condition.like-new': 'Como novo',
  'condition.good': 'Bom estado',
  'condition.fair': 'Estado razoável',
  'condition.for-parts': 'Para peças ou reciclagem',
  'delivery.pickup': 'Levantamento pelo destinatário',
  'delivery.delivery': 'Entrega pelo fornecedor',
  'delivery.remote': 'À distância',
  'delivery.on-site': 'No local',
  'unit.piece': '{count, plural, =0 {# unidades} one {# unidade} other {# unidades}}',
  'unit.kg': '{count} kg',
  'unit.tonne': '{count, plural, =0 {# toneladas} one {# tonelada} other {# toneladas}}',
  'unit.litre': '{count, plural, =0 {# litros} one {# litro} other {# litros}}',
  'unit.m': '{count} m',
  'unit.m2': '{count} m²',
  'unit.m3': '{count} m³',
  'unit.hour': '{count, plural, =0 {# horas} one {# hora} other {# horas}}',
  'unit.day': '{count, plural, =0 {# dias} one {# dia} other {# dias}}',
  'unit.person': '{count, plural, =0 {# pessoas} one {# pessoa} other {# pessoas}}',
  'unit.set': '{count, plural, =0 {# conjuntos} one {# conjunto} other {# conjuntos}}',
  'unit.pallet': '{count, plural, =0 {# paletes} one {# palete} other {# paletes}}',

  // Map
  'map.label': 'Mapa da Europa que mostra onde fica {place}',
  'map.caption': '{place} ({country}): latitude {lat}, longitude {lng}',

  // Municipalities
  'municipalities.title': 'Municípios membros',
  'municipalities.intro': 'Todos os municípios desta lista foram verificados pela respetiva associação nacional de municípios.',
  'municipalities.findLabel': 'Procurar um município pelo nome',
  'municipalities.countryLabel': 'País',
  'municipalities.allCountries': 'Todos os países',
  'municipalities.show': 'Mostrar',
  'municipalities.count': '{count, plural, =0 {Nenhum município encontrado} one {# município} other {# municípios}}',
  'municipalities.byCountry': 'Países',
  'municipalities.openListings': '{count, plural, =0 {Nenhum anúncio ativo} one {# anúncio ativo} other {# anúncios ativos}}',
  'municipality.population': 'População',
  'municipality.website': 'Sítio Web',
  'municipality.country': 'País',
  'municipality.languages': 'Línguas',
  'municipality.about': 'Sobre o município',
  'municipality.record': 'Atividade na plataforma',
  'municipality.openListingsHeading': 'Anúncios ativos',
  'municipality.noOpenListings': 'De momento, este município não tem anúncios ativos.',
  'municipality.allListings': 'Todos os anúncios de {municipality}',

  // Pages and news
  'news.title': 'Notícias',
  'news.intro': 'Notícias da associação e dos municípios da plataforma.',
  'news.none': 'Ainda não há notícias.',
  'news.publishedOn': 'Publicado em {date}',
  'news.backToNews': 'Voltar a todas as notícias',

  // Log in
  'login.title': 'Iniciar sessão',
  'login.intro':
    'Os membros dos municípios verificados iniciam sessão para responder a anúncios, publicar os seus e acompanhar os seus intercâmbios.',
  'login.unavailable': 'O início de sessão no portal ainda não está disponível. Volte em breve.',
  'login.back': 'Voltar ao anúncio',

  // Feed
  'feed.title': 'Novos anúncios na Community Sharing',
  'feed.filtered': 'Novos anúncios na Community Sharing: {filters}',

  // Errors
  'error.notFoundTitle': 'Página não encontrada',
  'error.notFoundText': 'A página que procura não existe ou já não é pública.',
  'error.unavailableTitle': 'Temporariamente indisponível',
  'error.unavailableText':
    'Os anúncios estão momentaneamente inacessíveis, porque o serviço que os disponibiliza não está a responder. Tente novamente dentro de alguns minutos.',
  'error.tryAgain': 'Tentar novamente',
  'error.serverTitle': 'Ocorreu um erro',
  'error.serverText': 'Um erro da nossa parte impediu o carregamento desta página. Tente novamente mais tarde.',
  'error.goHome': 'Ir para a página inicial',
};

export default pt;
