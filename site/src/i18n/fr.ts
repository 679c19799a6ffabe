// The portal's interface strings in French. Keys and order follow en.ts; see README.md for the rules.
// \u00a0 is the no-break space French typography puts before a colon.
// Identical to English on purpose (genuinely the French words; need `fr: [...]` in SAME_IN_LOCALE of
// same-as-english.ts): 'pagination.page' ("Page"), 'listing.photos' ("Photos"), 'unit.tonne' ("tonne(s)"),
// 'unit.litre' ("litre(s)").
import type { Catalog } from './en';

const fr: Catalog = {
  'site.name': 'Community Sharing',
  'site.description':
    'Les communes de l’Union européenne et des Balkans occidentaux se cèdent gratuitement ce que les unes ont et ce dont les autres ont besoin.',

  // Page frame
  'frame.skipLink': 'Aller au contenu principal',
  'frame.mainNav': 'Navigation principale',
  'frame.listings': 'Annonces',
  'frame.municipalities': 'Communes',
  'frame.news': 'Actualités',
  'frame.login': 'Se connecter',
  'frame.language': 'Langue',
  'frame.languageChoose': 'Choisissez une langue',
  'frame.footerNav': 'À propos de la plateforme',
  'frame.footerText':
    'Une plateforme des associations nationales de communes, ouverte à toutes les communes de l’Union européenne et des Balkans occidentaux.',
  'frame.feed': 'Flux des nouvelles annonces',
  'frame.sitemap': 'Plan du site',

  // Home page
  'home.title': 'Des communes partagent ce qu’elles ont avec celles qui en ont besoin',
  'home.intro':
    'Community Sharing est l’espace où les communes de l’Union européenne et des Balkans occidentaux se cèdent gratuitement ce que les unes ont et ce dont les autres ont besoin\u00a0: expertise, cadres expérimentés, bénévoles, équipements, biens, matériaux et services. La plateforme les aide aussi à trouver des investisseurs pour des ressources locales inexploitées et des partenaires pour des entreprises locales.',
  'home.browseAll': 'Parcourir toutes les annonces',
  'home.figuresHeading': 'La plateforme en chiffres',
  'home.latestOffers': 'Dernières offres',
  'home.latestRequests': 'Dernières demandes',
  'home.allOffers': 'Voir toutes les offres',
  'home.allRequests': 'Voir toutes les demandes',
  'home.nothingYet': 'Rien n’a encore été publié ici.',
  'home.kindsHeading': 'Ce que partagent les communes',
  'home.kindCount': '{count, plural, =0 {Aucune annonce en cours} one {# annonce en cours} other {# annonces en cours}}',

  // Live figures: the number is shown large above these words, so they carry no number themselves.
  'stats.municipalities': '{count, plural, one {commune membre} other {communes membres}}',
  'stats.countries': '{count, plural, one {pays} other {pays}}',
  'stats.openOffers': '{count, plural, one {offre en cours} other {offres en cours}}',
  'stats.openRequests': '{count, plural, one {demande en cours} other {demandes en cours}}',
  'stats.completedExchanges': '{count, plural, one {échange conclu} other {échanges conclus}}',

  // Listing types
  'type.offer': 'Offre',
  'type.request': 'Demande',
  'type.offers': 'Offres',
  'type.requests': 'Demandes',
  'listing.urgent': 'Urgente',

  // Search page
  'search.title': 'Annonces',
  'search.titleOffers': 'Offres',
  'search.titleRequests': 'Demandes',
  'search.intro': 'Recherchez parmi tout ce que les communes offrent et demandent, dans toutes les langues de la plateforme.',
  'search.label': 'Rechercher dans les annonces',
  'search.hint': 'Par exemple\u00a0: camion de pompiers, mobilier scolaire, bénévoles pour un nettoyage',
  'search.submit': 'Rechercher',
  'search.filters': 'Filtres',
  'search.applyFilters': 'Appliquer les filtres',
  'search.clearFilters': 'Effacer tous les filtres',
  'search.sort': 'Trier par',
  'search.sortRelevance': 'Pertinence',
  'search.sortNewest': 'Les plus récentes d’abord',
  'search.resultsHeading': 'Résultats',
  'search.resultCount': '{count, plural, =0 {Aucune annonce trouvée} one {# annonce trouvée} other {# annonces trouvées}}',
  'search.noResultsHint': 'Essayez d’autres mots ou moins de mots, ou retirez certains filtres.',
  'search.invalidParameters': 'Certains paramètres de recherche n’ont pas été compris et ont été ignorés.',
  'search.loading': 'Mise à jour des résultats…',
  'search.sortNearest': 'Les plus proches d’abord',
  'distance.legend': 'Proximité',
  'distance.near': 'Près de la commune',
  'distance.nearHint': 'Une commune membre, dans n’importe quel alphabet\u00a0: par exemple Besançon',
  'distance.radius': 'Dans un rayon de',
  'distance.anyRadius': 'Sans limite de distance',
  'distance.radiusValue': '{km} km',
  'distance.found': 'Les distances sont mesurées à partir de {place}.',
  'distance.notFound': 'Aucune commune membre ne s’appelle «\u00a0{name}\u00a0». Vérifiez l’orthographe ou choisissez une commune dans l’annuaire des communes membres.',
  'distance.ambiguous': 'Plusieurs communes membres correspondent à «\u00a0{name}\u00a0». Choisissez-en une\u00a0:',
  'municipality.nearby': 'Annonces dans un rayon de 100 km',
  'frame.impact': 'Bilan',
  'impact.title': 'Bilan des échanges',
  'impact.intro':
    'Ce que les communes se sont donné jusqu’ici\u00a0: échanges conclus, leur valeur et les émissions évitées grâce au réemploi plutôt qu’à l’achat de neuf.',
  'impact.totalsHeading': 'Au total',
  'impact.totalEur': 'euros de valeur transmise',
  'impact.totalCo2e': 'kg de CO₂e évités',
  'impact.totalMass': 'kg de biens et de matériaux réemployés',
  'impact.totalVolunteerHours': 'heures de bénévolat',
  'impact.totalExpertDays': 'jours d’expertise',
  'impact.co2eNote':
    'Le CO₂e évité est estimé à partir de la masse réemployée et d’un facteur par catégorie\u00a0; les facteurs et leurs sources sont publiés avec les données ouvertes.',
  'impact.chartsHeading': 'Évolution et répartition par catégorie',
  'impact.chartCompletedByMonth': 'Échanges conclus par mois',
  'impact.chartCo2eByMonth': 'CO₂e évité par mois (kg)',
  'impact.chartEurByMonth': 'Valeur transmise par mois (EUR)',
  'impact.chartByKind': 'Échanges conclus par rubrique',
  'impact.chartByCountry': 'Échanges conclus par pays',
  'impact.whatCompleted': 'Échanges conclus',
  'impact.whatCo2e': 'CO₂e évité',
  'impact.whatEur': 'Valeur transmise',
  'impact.whatKinds': 'Échanges conclus par rubrique',
  'impact.whatCountries': 'Échanges conclus par pays',
  'impact.summaryOverTime': '{what} entre {from} et {to}\u00a0; le mois le plus fort a été {top}, avec {topValue}.',
  'impact.summaryByCategory':
    '{what}\u00a0: {count, plural, one {# catégorie} other {# catégories}}, avec en tête {first}.',
  'impact.summaryEmpty': '{what}\u00a0: rien n’a encore été enregistré.',
  'impact.month': 'Mois',
  'impact.completed': 'Échanges conclus',
  'home.seeImpact': 'Voir le bilan des échanges',
  'impact.showTable': 'Afficher les chiffres sous forme de tableau',

  // Facets
  'facet.type': 'Type d’annonce',
  'facet.kind': 'Rubrique',
  'facet.cpv': 'Catégorie',
  'facet.country': 'Pays',
  'facet.municipality': 'Commune',
  'facet.delivery': 'Mise à disposition',
  'facet.language': 'Langue de travail',
  'facet.anyType': 'Offres et demandes',
  'facet.showAll': 'Afficher les {count}',
  'facet.valueWithCount': '{label} ({count})',

  // Pagination
  'pagination.label': 'Pages de résultats',
  'pagination.previous': 'Page précédente',
  'pagination.next': 'Page suivante',
  'pagination.page': 'Page {page}',
  'pagination.status': 'Page {page} sur {pages}',

  // A listing in a list
  'card.publishedOn': 'Publiée le {date}',
  'card.openUntil': 'En cours jusqu’au {date}',
  'card.distance': 'À {distance} km',
  'card.place': '{municipality}, {country}',

  // A listing's own page
  'listing.details': 'Détails',
  'listing.description': 'Descriptif',
  'listing.fieldKind': 'Rubrique',
  'listing.fieldCategories': 'Catégories (CPV)',
  'listing.fieldQuantity': 'Quantité',
  'listing.fieldRemaining': 'Encore disponible',
  'listing.fieldCondition': 'État',
  'listing.fieldAvailableFrom': 'Disponible à partir du',
  'listing.fieldNeededBy': 'Nécessaire d’ici le',
  'listing.fieldOpenUntil': 'En cours jusqu’au',
  'listing.fieldDelivery': 'Mise à disposition',
  'listing.fieldWorkingLanguages': 'Langues de travail',
  'listing.fieldPlace': 'Lieu',
  'listing.fieldPublished': 'Date de publication',
  'listing.fieldStatus': 'Statut',
  'listing.statusPublished': 'En cours',
  'listing.statusClosed': 'Clôturée',
  'listing.statusExpired': 'Expirée',
  'listing.closedNotice': 'Cette annonce est clôturée\u00a0: il n’est plus possible d’y répondre.',
  'listing.expiredNotice': 'Cette annonce a expiré\u00a0: il n’est plus possible d’y répondre.',
  'listing.cpvFallback': 'Langue du nom de la catégorie\u00a0: {language}',
  'listing.photos': 'Photos',
  'listing.otherLanguages': 'Ce texte est également disponible en\u00a0:',
  'listing.postedBy': 'Publiée par',
  'listing.location': 'Localisation',
  'listing.answerOffer': 'Demander cette offre',
  'listing.answerRequest': 'Répondre à cette demande',
  'listing.answerNeedsLogin': 'Il vous sera demandé de vous connecter en tant que membre d’une commune vérifiée.',
  'listing.matchingForOffer': 'Demandes auxquelles cette offre pourrait répondre',
  'listing.matchingForRequest': 'Offres qui pourraient répondre à cette demande',
  'listing.similarOffers': 'Offres similaires',
  'listing.similarRequests': 'Demandes similaires',
  'listing.noneRelated': 'Aucune pour le moment.',
  'listing.backToListings': 'Retour aux annonces',

  // Language of member-written text
  'language.original': 'Langue d’origine\u00a0: {language}',
  'language.notTranslated': 'Ce texte n’est pas encore traduit dans votre langue\u00a0: il est affiché tel qu’il a été rédigé.',
  'language.translatedFrom': 'Traduit (langue d’origine\u00a0: {language})',
  'language.contentFallback': 'Ce texte n’est pas encore disponible dans votre langue.',

  // Values of a listing's fields
  'condition.new': 'Neuf',
  'condition.like-new': 'Comme neuf',
  'condition.good': 'Bon état',
  'condition.fair': 'État correct',
  'condition.for-parts': 'Pour pièces ou recyclage',
  'delivery.pickup': 'Retrait par le bénéficiaire',
  'delivery.delivery': 'Livraison par le fournisseur',
  'delivery.remote': 'À distance',
  'delivery.on-site': 'Sur place',
  'unit.piece': '{count, plural, one {# pièce} other {# pièces}}',
  'unit.kg': '{count} kg',
  'unit.tonne': '{count, plural, one {# tonne} other {# tonnes}}',
  'unit.litre': '{count, plural, one {# litre} other {# litres}}',
  'unit.m': '{count} m',
  'unit.m2': '{count} m²',
  'unit.m3': '{count} m³',
  'unit.hour': '{count, plural, one {# heure} other {# heures}}',
  'unit.day': '{count, plural, one {# jour} other {# jours}}',
  'unit.person': '{count, plural, one {# personne} other {# personnes}}',
  'unit.set': '{count, plural, one {# lot} other {# lots}}',
  'unit.pallet': '{count, plural, one {# palette} other {# palettes}}',

  // Map
  'map.label': 'Carte de l’Europe indiquant l’emplacement de {place}',
  'map.caption': '{place}, {country}\u00a0: latitude {lat}, longitude {lng}',

  // Municipalities
  'municipalities.title': 'Communes membres',
  'municipalities.intro': 'Chaque commune figurant ici a été vérifiée par son association nationale de communes.',
  'municipalities.findLabel': 'Rechercher une commune par son nom',
  'municipalities.countryLabel': 'Pays',
  'municipalities.allCountries': 'Tous les pays',
  'municipalities.show': 'Afficher',
  'municipalities.count': '{count, plural, =0 {Aucune commune trouvée} one {# commune} other {# communes}}',
  'municipalities.byCountry': 'Pays',
  'municipalities.openListings': '{count, plural, =0 {Aucune annonce en cours} one {# annonce en cours} other {# annonces en cours}}',
  'municipality.population': 'Nombre d’habitants',
  'municipality.website': 'Site internet',
  'municipality.country': 'Pays',
  'municipality.languages': 'Langues',
  'municipality.about': 'À propos de la commune',
  'municipality.record': 'Activité sur la plateforme',
  'municipality.openListingsHeading': 'Annonces en cours',
  'municipality.noOpenListings': 'Cette commune n’a aucune annonce en cours pour le moment.',
  'municipality.allListings': 'Toutes les annonces de {municipality}',

  // Pages and news
  'news.title': 'Actualités',
  'news.intro': 'Les actualités de l’association et des communes de la plateforme.',
  'news.none': 'Aucune actualité pour le moment.',
  'news.publishedOn': 'Publié le {date}',
  'news.backToNews': 'Retour à toutes les actualités',

  // Log in
  'login.title': 'Connexion',
  'login.intro':
    'Les membres des communes vérifiées se connectent pour répondre aux annonces, publier les leurs et suivre leurs échanges.',
  'login.unavailable': 'La connexion au portail n’est pas encore ouverte. Merci de revenir prochainement.',
  'login.back': 'Retour à l’annonce',

  // Feed
  'feed.title': 'Nouvelles annonces sur Community Sharing',
  'feed.filtered': 'Nouvelles annonces sur Community Sharing\u00a0: {filters}',

  // Errors
  'error.notFoundTitle': 'Page introuvable',
  'error.notFoundText': 'La page que vous cherchez n’existe pas ou n’est plus publique.',
  'error.unavailableTitle': 'Temporairement indisponible',
  'error.unavailableText':
    'Les annonces sont momentanément inaccessibles, car le service qui les héberge ne répond pas. Veuillez réessayer dans quelques minutes.',
  'error.tryAgain': 'Réessayer',
  'error.serverTitle': 'Un problème est survenu',
  'error.serverText': 'Une erreur de notre côté a empêché le chargement de cette page. Veuillez réessayer plus tard.',
  'error.goHome': 'Aller à la page d’accueil',
};

export default fr;
