import type { DemoPhrasebook } from '../phrasebook-types';

export const phrasebook: DemoPhrasebook = {
  locale: 'fr',
  subjects: {
    'digital-services': {
      offer: {
        title: 'Retour d’expérience : guichet unique et démarches en ligne',
        description:
          'Depuis 2021, nos habitants effectuent plus de 40 démarches en ligne et un guichet unique les accueille en mairie. Notre service numérique partage gratuitement ses cahiers des charges, ses procédures et son expérience, lors d’une visite sur place ou d’un atelier de deux jours.',
      },
      request: {
        title: 'Conseils recherchés pour créer nos services administratifs en ligne',
        description:
          'Notre commune veut ouvrir un portail de démarches en ligne et un guichet unique pour les habitants d’ici la fin de l’année prochaine. Nous cherchons une collectivité expérimentée pour nous conseiller sur le choix du logiciel, l’organisation des services et la formation des agents.',
      },
    },
    'energy-efficiency': {
      offer: {
        title: 'Notre expérience de la rénovation énergétique des écoles et crèches',
        description:
          'En cinq ans, nous avons rénové six écoles, trois crèches et l’hôtel de ville : isolation, menuiseries, pompes à chaleur. La consommation a baissé de 40 %. Nos techniciens présentent volontiers les audits, les dossiers d’appel d’offres et les chantiers.',
      },
      request: {
        title: 'Besoin d’accompagnement pour rénover la mairie et deux crèches',
        description:
          'Nous préparons la rénovation énergétique de la mairie et de deux crèches construites dans les années 1970. Un appui serait précieux pour l’audit énergétique, la rédaction du cahier des charges et le montage financier.',
      },
    },
    'eu-funding': {
      offer: {
        title: 'Accompagnement au montage de projets européens',
        description:
          'Notre cellule Europe, forte de quatre personnes, a monté plus de 25 projets financés (Interreg, FEDER, IPA). Nous proposons gratuitement relecture de dossiers, formations et mentorat aux communes qui se lancent.',
      },
      request: {
        title: 'Aide demandée pour notre première candidature Interreg',
        description:
          'Nous déposons cet automne notre premier dossier Interreg, sans expérience préalable des fonds européens. Une commune habituée à ces programmes pourrait-elle relire notre candidature et former deux agents à la gestion du projet ?',
      },
    },
    'water-utility-manager': {
      offer: {
        title: 'Directeur de régie des eaux disponible pour une mission de 6 mois',
        description:
          'Le directeur de notre régie de l’eau et de l’assainissement, fort de 20 ans d’expérience, peut consacrer deux jours par semaine pendant six mois à la création d’un service similaire. Son salaire reste à notre charge.',
      },
      request: {
        title: 'Manager expérimenté recherché pour créer notre régie eau et assainissement',
        description:
          'La commune reprend en régie la distribution d’eau et l’assainissement au 1er janvier. Pour 6 à 12 mois, nous cherchons un cadre expérimenté qui nous aide à organiser le service, fixer les tarifs et recruter l’équipe.',
      },
    },
    'home-care-manager': {
      offer: {
        title: 'Responsable d’un service d’aide à domicile mis à disposition',
        description:
          'Notre responsable du maintien à domicile, qui coordonne l’accompagnement de 150 personnes âgées, peut vous épauler pendant trois mois. Organisation des tournées, recrutement des aides à domicile, procédures qualité : elle partage tout son savoir-faire.',
      },
      request: {
        title: 'Recherche cadre pour lancer un service d’aide à domicile aux aînés',
        description:
          'Environ 60 personnes âgées isolées de notre commune ont besoin d’aide au quotidien. Nous voulons créer un service d’aide à domicile et cherchons, pour quelques mois, une personne expérimentée pour le mettre sur pied.',
      },
    },
    'tourist-office-manager': {
      offer: {
        title: 'Directrice d’office de tourisme disponible avant la saison',
        description:
          'La directrice de notre office de tourisme peut venir sur place une semaine par mois, de février à mai, pour aider à ouvrir un point d’information touristique. Accueil, documentation, partenariats avec les hébergeurs : elle connaît le métier.',
      },
      request: {
        title: 'Manager recherché pour ouvrir notre office de tourisme au printemps',
        description:
          'Notre futur office de tourisme ouvrira en avril dans l’ancienne gare, rénovée à cet effet. Nous cherchons un professionnel expérimenté pour 3 à 6 mois afin d’organiser l’accueil, former deux agents et lancer la communication.',
      },
    },
    'flood-response': {
      offer: {
        title: 'Équipe de 25 bénévoles mobilisable en cas d’inondation',
        description:
          'Nos 25 bénévoles formés par la sécurité civile, avec leur minibus et leur matériel, peuvent intervenir sous 24 heures. Ils remplissent les sacs de sable, posent les barrages et aident les habitants à vider leurs maisons.',
      },
      request: {
        title: 'Crue en cours : bénévoles demandés pour les sacs de sable',
        description:
          'La rivière monte depuis trois jours et plusieurs quartiers sont menacés. Il nous faut 30 à 50 bénévoles pour remplir des sacs de sable et aider les habitants ; repas et hébergement sont pris en charge par la commune.',
      },
    },
    'wildfire-support': {
      offer: {
        title: 'Bénévoles pour le ravitaillement des pompiers lors des feux de forêt',
        description:
          'Quinze bénévoles et deux fourgons sont prêts, de juin à septembre, à organiser l’approvisionnement en eau, repas et matériel des pompiers engagés sur un incendie. Nous pouvons rester sur place jusqu’à une semaine.',
      },
      request: {
        title: 'Renfort logistique recherché pour soutenir nos pompiers cet été',
        description:
          'Pendant les feux de forêt, nos pompiers ont besoin d’être ravitaillés jour et nuit. Nous cherchons des bénévoles pour préparer et livrer repas et eau, par équipes de huit heures, en juillet et en août.',
      },
    },
    'earthquake-shelter': {
      offer: {
        title: 'Bénévoles formés pour gérer un hébergement d’urgence après un séisme',
        description:
          'Vingt bénévoles formés par la Croix-Rouge peuvent faire fonctionner un centre d’hébergement temporaire : accueil et enregistrement des familles, repas, prise en charge des enfants. Ils sont disponibles deux semaines d’affilée.',
      },
      request: {
        title: 'Après le séisme : bénévoles pour notre centre d’hébergement',
        description:
          'Une quarantaine de familles sont hébergées dans le gymnase municipal depuis le tremblement de terre. Nous avons besoin de bénévoles pour l’accueil, les repas et l’animation des enfants, pendant au moins deux semaines.',
      },
    },
    'river-clean-up': {
      offer: {
        title: 'Jeunes bénévoles pour nettoyer les berges de votre rivière',
        description:
          'Notre conseil municipal des jeunes mobilise une trentaine de volontaires de 16 à 25 ans pour une journée de nettoyage des berges. Ils viennent un samedi de printemps avec gants, sacs et encadrants.',
      },
      request: {
        title: 'Nettoyage des berges : jeunes volontaires recherchés',
        description:
          'Un samedi d’avril, nous nettoierons cinq kilomètres de berges le long de la rivière. Nous cherchons des jeunes volontaires ; la commune fournit gants, sacs, transport et déjeuner.',
      },
    },
    'community-centre': {
      offer: {
        title: 'Nos bénévoles animent des après-midi pour les seniors',
        description:
          'Enseignants retraités et étudiants de notre association animent chaque semaine jeux de société, chant et initiation à l’informatique pour les aînés. Ils peuvent venir une fois par mois dans votre centre social et partager leur programme.',
      },
      request: {
        title: 'Bénévoles recherchés pour animer le foyer des aînés',
        description:
          'Notre maison de quartier accueille chaque après-midi une trentaine de personnes âgées. Nous cherchons des bénévoles disponibles deux fois par semaine, de 15 h à 18 h, pour des ateliers de lecture, d’échecs ou de loisirs créatifs.',
      },
    },
    'tree-planting': {
      offer: {
        title: 'Vingt bénévoles et leurs outils pour votre journée de plantation',
        description:
          'Notre association de protection de la nature propose d’envoyer une vingtaine de bénévoles équipés de bêches et d’arrosoirs pour votre journée de plantation d’arbres. Disponibles en novembre ou en mars.',
      },
      request: {
        title: 'Plantation de 200 arbres au parc municipal : venez nous aider',
        description:
          'Le dernier samedi de novembre, nous plantons 200 jeunes arbres dans le parc de la ville. Nous cherchons des bénévoles de tous âges ; les outils, les plants et une collation sont fournis.',
      },
    },
    'fire-engine': {
      offer: {
        title: 'Camion de pompiers d’occasion en état de marche, cédé gratuitement',
        description:
          'Nous cédons gratuitement un fourgon-pompe de 2004, citerne de 2 000 litres, 95 000 km, entretenu et contrôlé chaque année. Il est destiné à un corps de sapeurs-pompiers volontaires ; enlèvement par vos soins à notre caserne.',
      },
      request: {
        title: 'Véhicule d’incendie d’occasion recherché pour nos pompiers volontaires',
        description:
          'Nos 30 pompiers volontaires ne disposent que d’un camion vieux de plus de trente ans. Un véhicule d’incendie d’occasion en état de marche, avec citerne, nous permettrait de mieux protéger les villages de la commune.',
      },
    },
    'school-computers': {
      offer: {
        title: '25 ordinateurs de bureau avec écrans à donner à une école',
        description:
          'Suite au renouvellement de notre parc, nous donnons 25 ordinateurs de bureau (Intel i5, 8 Go de RAM, 2019) avec écrans, claviers et souris. Les disques ont été effacés ; les postes sont à retirer à la mairie à partir de juin.',
      },
      request: {
        title: 'Ordinateurs de bureau recherchés pour la salle informatique de l’école',
        description:
          'Dans notre école primaire, 180 élèves se partagent six ordinateurs hors d’âge. Une vingtaine de postes de bureau en état de fonctionnement nous permettraient d’équiper une vraie salle informatique dès la rentrée.',
      },
    },
    'power-generator': {
      offer: {
        title: 'Groupe électrogène diesel 60 kVA sur remorque, à céder',
        description:
          'Nous cédons un groupe électrogène diesel de 60 kVA monté sur remorque, mis en service en 2015 et totalisant environ 400 heures de fonctionnement. Entretien à jour ; à retirer gratuitement à nos ateliers municipaux.',
      },
      request: {
        title: 'Groupe électrogène diesel recherché pour les situations d’urgence',
        description:
          'Lors des coupures de courant, notre station de pompage et la cellule de crise se retrouvent sans électricité. Nous cherchons un groupe électrogène diesel d’au moins 30 kVA, même d’occasion, pourvu qu’il fonctionne.',
      },
    },
    'school-furniture': {
      offer: {
        title: '120 tables et 240 chaises d’écoliers en bon état',
        description:
          'Après la rénovation d’une école, nous donnons 120 tables doubles et 240 chaises en bon état, réglables en hauteur. Le mobilier est à retirer en juillet ; notre équipe peut aider au chargement.',
      },
      request: {
        title: 'Tables et chaises d’école recherchées pour quatre classes',
        description:
          'Pour ouvrir quatre nouvelles classes en septembre, il nous manque 60 tables doubles et 120 chaises. Du mobilier scolaire d’occasion en bon état nous conviendrait parfaitement ; nous pouvons organiser le transport.',
      },
    },
    'hospital-beds': {
      offer: {
        title: 'Trente lits médicalisés avec matelas, libres de suite',
        description:
          'Le rééquipement de notre centre de santé libère 30 lits médicalisés à hauteur variable, avec matelas, en bon état de marche. Ils conviennent à un établissement de soins ou à une maison de retraite ; enlèvement sur place.',
      },
      request: {
        title: 'Lits médicalisés recherchés pour notre maison de retraite',
        description:
          'Notre maison de retraite ouvre une nouvelle aile de 20 chambres au printemps, mais le budget ne couvre pas le mobilier. Nous recherchons 20 lits, idéalement électriques et à hauteur variable.',
      },
    },
    'emergency-tents': {
      offer: {
        title: 'Tentes d’hébergement d’urgence de la protection civile à prêter',
        description:
          'Notre réserve de protection civile compte 15 grandes tentes de dix places, avec lits de camp. Nous les prêtons, voire les donnons, à une commune confrontée à une catastrophe ; livraison possible sous 48 heures.',
      },
      request: {
        title: 'Tentes recherchées pour constituer une réserve d’urgence',
        description:
          'Notre commune ne dispose d’aucun matériel pour héberger des sinistrés en cas de crue ou de séisme. Nous recherchons des tentes pouvant accueillir une centaine de personnes, à stocker dans notre centre technique.',
      },
    },
    'construction-timber': {
      offer: {
        title: 'Environ 12 m³ de bois de construction sec à récupérer',
        description:
          'Il nous reste environ 12 m³ de bois de charpente sec (poutres et planches de sapin) après la rénovation de la salle des fêtes. Le lot est stocké à l’abri au dépôt municipal et cédé gratuitement, à enlever d’ici fin mars.',
      },
      request: {
        title: 'Bois de charpente recherché pour réparer le toit de l’école',
        description:
          'La toiture de notre école a été endommagée par une tempête. Nous avons besoin d’environ 8 m³ de bois de construction, poutres et planches, pour la réparer avant l’hiver ; nous viendrons le chercher.',
      },
    },
    'road-salt': {
      offer: {
        title: '40 tonnes de sel de déneigement disponibles',
        description:
          'L’hiver ayant été doux, 40 tonnes de sel de déneigement restent stockées au sec dans notre hangar. Nous les cédons gratuitement à une commune qui vient les chercher avec ses propres camions.',
      },
      request: {
        title: 'Sel de déneigement demandé en urgence pour nos routes',
        description:
          'Après plusieurs semaines de neige et de verglas, nos réserves sont presque épuisées. Il nous faudrait environ 30 tonnes de sel pour assurer le salage des routes communales jusqu’à la fin de l’hiver.',
      },
    },
    'paving-stones': {
      offer: {
        title: 'Pavés et bordures restants du réaménagement de la place',
        description:
          'Le réaménagement de notre place centrale a laissé environ 800 m² de pavés en béton, 50 bordures et un tas de gravier. Tout est sur palettes au dépôt communal et doit être enlevé avant la fin du mois.',
      },
      request: {
        title: 'Pavés recherchés pour aménager un trottoir au village',
        description:
          'Nous voulons créer un trottoir sécurisé de 300 m² près de l’école d’un de nos villages. Des pavés et des bordures restant d’un chantier nous permettraient de réaliser les travaux en régie dès cet été.',
      },
    },
    'snow-clearing': {
      offer: {
        title: 'Déneigement de vos routes communales par nos engins',
        description:
          'Nos deux chasse-neige équipés de saleuses peuvent dégager les routes des villages voisins, surtout près de la frontière. Les interventions sont planifiées avec notre service hivernal, sans frais pour votre commune.',
      },
      request: {
        title: 'Aide au déneigement demandée pour nos villages de montagne',
        description:
          'Nous entretenons 35 km de routes communales en montagne avec un seul chasse-neige. Lors des fortes chutes de neige, certains hameaux restent coupés ; une commune voisine pourrait-elle nous prêter main-forte ?',
      },
    },
    'translation': {
      offer: {
        title: 'Traductions gratuites pour vos projets transfrontaliers',
        description:
          'Nos deux traducteurs assermentés travaillent en anglais, en allemand et en italien. Nous traduisons gratuitement jusqu’à 50 pages par mois de documents liés à des projets transfrontaliers : conventions, candidatures, rapports.',
      },
      request: {
        title: 'Traduction de documents pour un projet transfrontalier',
        description:
          'Pour notre projet transfrontalier, une quarantaine de pages (candidature et accord de partenariat) doivent être traduites en anglais. Le délai est de trois semaines ; une commune disposant de traducteurs pourrait-elle nous aider ?',
      },
    },
    'waste-collection': {
      offer: {
        title: 'Collecte des encombrants avec notre camion-grue',
        description:
          'Notre camion équipé d’une grue et son équipe de trois agents peuvent assurer la collecte des encombrants dans vos villages, une journée par mois. Le dépôt en déchèterie reste à organiser de votre côté.',
      },
      request: {
        title: 'Camion recherché pour la collecte des encombrants en avril',
        description:
          'Lors de notre opération de printemps, les habitants sortent meubles et appareils hors d’usage. Nous cherchons un camion municipal avec chauffeur pendant trois jours en avril pour collecter ces encombrants.',
      },
    },
    'unused-school-building': {
      offer: {
        title: 'Ancienne école à reconvertir, bail longue durée à loyer symbolique',
        description:
          'Vide depuis 2015, notre ancienne école primaire offre 1 200 m² sur un terrain d’un demi-hectare. Nous la proposons en bail de longue durée à loyer symbolique pour un projet touristique, éducatif ou social.',
      },
      request: {
        title: 'Investisseur recherché pour notre ancienne école',
        description:
          'Notre ancien groupe scolaire, solide mais inoccupé, se dégrade faute d’usage. Nous cherchons un investisseur pour le transformer en hébergement, ateliers ou résidence seniors ; merci de nous signaler tout contact intéressé.',
      },
    },
    'thermal-spring': {
      offer: {
        title: 'Source thermale à valoriser pour le tourisme de bien-être',
        description:
          'Notre source thermale jaillit à 38 °C avec un débit de 15 litres par seconde, sur un terrain communal de 4 hectares. L’étude de faisabilité et le permis d’aménager sont prêts ; la commune propose une concession de longue durée.',
      },
      request: {
        title: 'Recherche investisseur pour développer une station thermale',
        description:
          'Une source chaude reconnue pour ses vertus attend toujours d’être exploitée sur notre territoire. Nous cherchons un investisseur ou un exploitant de thermes intéressé ; l’étude de faisabilité est à sa disposition.',
      },
    },
    'industrial-zone': {
      offer: {
        title: 'Terrains viabilisés dans notre zone d’activités, conditions avantageuses',
        description:
          'Douze parcelles de 0,5 à 3 hectares, entièrement viabilisées et à 2 km de l’autoroute, sont disponibles dans notre zone d’activités. Prix réduit et exonération de taxe foncière pendant cinq ans pour les entreprises qui créent des emplois.',
      },
      request: {
        title: 'Investisseurs recherchés pour notre zone industrielle',
        description:
          'Notre zone industrielle communale dispose encore de plusieurs lots raccordés aux réseaux. Nous serions heureux que les communes partenaires fassent connaître cette opportunité aux entreprises de leur territoire.',
      },
    },
    'wine-producers': {
      offer: {
        title: 'Mise en relation avec importateurs et distributeurs de vin',
        description:
          'Chaque automne, notre salon des vins réunit importateurs, cavistes et distributeurs de la région. Nous invitons gratuitement les viticulteurs des communes partenaires à y rencontrer des acheteurs lors de rendez-vous d’affaires.',
      },
      request: {
        title: 'Nos vignerons cherchent importateurs et distributeurs',
        description:
          'Dix-huit domaines familiaux de notre commune produisent des vins de cépages autochtones, primés dans plusieurs concours. Ils recherchent importateurs et distributeurs ; échantillons et visites de caves sont possibles.',
      },
    },
    'wood-processing': {
      offer: {
        title: 'Notre filière bois ouvre ses portes à de nouveaux partenaires',
        description:
          'Notre groupement de 15 entreprises de menuiserie et d’ameublement propose sous-traitance, achats groupés et stands communs sur les salons. Les petites entreprises du bois des communes partenaires sont les bienvenues.',
      },
      request: {
        title: 'Partenaires recherchés pour nos scieries et menuiseries',
        description:
          'Une douzaine de petites scieries et menuiseries de notre commune fabriquent meubles en bois massif et charpentes. Elles cherchent des partenaires commerciaux et industriels pour élargir leurs débouchés.',
      },
    },
    'organic-farming': {
      offer: {
        title: 'Débouchés pour les produits bio de coopératives partenaires',
        description:
          'Nos cantines scolaires et notre marché de producteurs achètent chaque semaine des légumes et fruits bio. Nous mettons volontiers en relation les coopératives bio des communes partenaires avec nos acheteurs.',
      },
      request: {
        title: 'Coopérative bio cherche acheteurs et partenaires',
        description:
          'Notre coopérative regroupe 35 exploitations certifiées bio : légumes, fruits, miel et fromages de chèvre. Elle recherche des acheteurs réguliers — cantines, épiceries, grossistes — et des partenaires pour la transformation.',
      },
    },
  },
  municipalityDescription:
    '{name} ({country}) est une commune attachée à l’entraide entre collectivités : nous partageons volontiers notre matériel et notre savoir-faire, et nous cherchons des partenaires pour nos projets locaux.',
  messages: {
    ask: 'Bonjour, votre annonce correspond exactement à nos besoins. Pourrions-nous convenir d’un appel cette semaine pour en parler ?',
    accept: 'Avec plaisir, c’est d’accord de notre côté. Nous vous envoyons les détails pratiques dans la journée.',
    decline: 'Merci de votre intérêt. Malheureusement, c’est déjà promis à une autre commune, mais nous vous recontacterons si la situation change.',
    handover: 'Nous proposons la remise le 14 mai à 10 h au dépôt municipal ; le transport est assuré par nos soins. Cela vous convient-il ?',
    thanks: 'Tout s’est parfaitement déroulé : un grand merci pour votre générosité et votre réactivité. Au plaisir de collaborer à nouveau !',
  },
  feedback: 'Échange exemplaire : réponses rapides, conforme à l’annonce et remise parfaitement organisée.',
};
