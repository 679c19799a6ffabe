import type { DemoPhrasebook } from '../phrasebook-types';

export const phrasebook: DemoPhrasebook = {
  locale: 'it',
  subjects: {
    'digital-services': {
      offer: {
        title: 'Condividiamo la nostra esperienza su sportello unico e servizi online',
        description:
          'Dal 2021 i nostri cittadini svolgono oltre 40 pratiche online e trovano in municipio uno sportello unico. Il nostro ufficio per la transizione digitale mette a disposizione gratuitamente capitolati, procedure ed esperienza, con una visita di studio o un laboratorio di due giorni.',
      },
      request: {
        title: 'Cerchiamo supporto per attivare i servizi comunali online',
        description:
          'Entro il prossimo anno vogliamo aprire un portale dei servizi online e uno sportello unico per i cittadini. Cerchiamo un ente con esperienza che ci consigli sulla scelta del software, sull’organizzazione degli uffici e sulla formazione del personale.',
      },
    },
    'energy-efficiency': {
      offer: {
        title: 'Efficientamento energetico di scuole e asili: la nostra esperienza',
        description:
          'In cinque anni abbiamo riqualificato sei scuole, tre asili nido e il municipio: cappotto termico, nuovi infissi e pompe di calore. I consumi sono calati del 40%. I nostri tecnici illustrano volentieri diagnosi energetiche, bandi di gara e cantieri.',
      },
      request: {
        title: 'Supporto cercasi per riqualificare municipio e due asili nido',
        description:
          'Stiamo preparando la riqualificazione energetica del municipio e di due asili costruiti negli anni Settanta. Ci servirebbe un aiuto per la diagnosi energetica, il capitolato d’appalto e il piano di finanziamento.',
      },
    },
    'eu-funding': {
      offer: {
        title: 'Affiancamento nella progettazione europea per altri Comuni',
        description:
          'Il nostro ufficio Europa, composto da quattro persone, ha ottenuto finanziamenti per oltre 25 progetti (Interreg, FESR, IPA). Offriamo gratuitamente revisione delle candidature, formazione e tutoraggio ai Comuni alle prime armi.',
      },
      request: {
        title: 'Aiuto per la nostra prima candidatura Interreg',
        description:
          'Questo autunno presentiamo la nostra prima proposta Interreg, senza esperienza pregressa di fondi europei. Un Comune esperto potrebbe rileggere la candidatura e formare due colleghi sulla gestione del progetto?',
      },
    },
    'water-utility-manager': {
      offer: {
        title: 'Direttore di azienda idrica disponibile per sei mesi',
        description:
          'Il direttore della nostra azienda municipale per acquedotto e fognature, con vent’anni di esperienza, può dedicare due giorni a settimana per sei mesi all’avvio di una società analoga. Lo stipendio resta a carico nostro.',
      },
      request: {
        title: 'Cercasi manager esperto per avviare la società idrica comunale',
        description:
          'Dal 1° gennaio il Comune gestirà direttamente acquedotto e fognatura. Per un periodo di 6–12 mesi cerchiamo un dirigente esperto che ci aiuti a organizzare il servizio, definire le tariffe e selezionare il personale.',
      },
    },
    'home-care-manager': {
      offer: {
        title: 'Coordinatrice dell’assistenza domiciliare a disposizione per tre mesi',
        description:
          'La responsabile del nostro servizio di assistenza domiciliare, che segue 150 anziani, può affiancarvi per tre mesi. Organizzazione dei turni, selezione degli operatori e standard di qualità: mette a disposizione tutta la sua esperienza.',
      },
      request: {
        title: 'Cerchiamo un esperto per avviare l’assistenza domiciliare agli anziani',
        description:
          'Nel nostro Comune circa 60 anziani soli hanno bisogno di aiuto quotidiano. Vogliamo creare un servizio di assistenza domiciliare e cerchiamo, per alcuni mesi, una figura esperta che ci aiuti a metterlo in piedi.',
      },
    },
    'tourist-office-manager': {
      offer: {
        title: 'Responsabile IAT disponibile prima della stagione turistica',
        description:
          'La responsabile del nostro ufficio IAT può venire da voi una settimana al mese, da febbraio a maggio, per aiutarvi ad aprire un punto informazioni turistiche. Accoglienza, materiale informativo, rapporti con le strutture ricettive: conosce il mestiere.',
      },
      request: {
        title: 'Cercasi manager per aprire il nostro ufficio informazioni turistiche',
        description:
          'Ad aprile aprirà il nuovo ufficio turistico nella vecchia stazione ristrutturata. Cerchiamo un professionista esperto per 3–6 mesi che organizzi l’accoglienza, formi due addetti e avvii la promozione.',
      },
    },
    'flood-response': {
      offer: {
        title: 'Squadra di 25 volontari pronta a intervenire in caso di alluvione',
        description:
          'I nostri 25 volontari di protezione civile, con pulmino e attrezzatura propri, possono arrivare entro 24 ore. Riempiono sacchi di sabbia, montano argini provvisori e aiutano i residenti a sgomberare le case.',
      },
      request: {
        title: 'Piena del fiume: servono volontari per i sacchi di sabbia',
        description:
          'Il fiume cresce da tre giorni e diversi quartieri sono a rischio. Ci servono da 30 a 50 volontari per riempire sacchi di sabbia e aiutare la popolazione; vitto e alloggio sono a carico del Comune.',
      },
    },
    'wildfire-support': {
      offer: {
        title: 'Volontari per la logistica e il vitto ai vigili del fuoco negli incendi',
        description:
          'Da giugno a settembre 15 volontari con due furgoni sono pronti a rifornire di acqua, pasti e materiali i vigili del fuoco impegnati negli incendi boschivi. Possiamo restare sul posto fino a una settimana.',
      },
      request: {
        title: 'Supporto logistico cercasi per i nostri vigili del fuoco',
        description:
          'Durante gli incendi boschivi le squadre antincendio vanno rifornite giorno e notte. Cerchiamo volontari che preparino e consegnino pasti e acqua, in turni di otto ore, nei mesi di luglio e agosto.',
      },
    },
    'earthquake-shelter': {
      offer: {
        title: 'Volontari formati per gestire un centro di accoglienza post-sisma',
        description:
          'Venti volontari formati dalla Croce Rossa possono gestire una struttura di accoglienza temporanea: registrazione delle famiglie, pasti e assistenza ai bambini. Sono disponibili per due settimane consecutive.',
      },
      request: {
        title: 'Dopo il terremoto: volontari per il nostro centro di accoglienza',
        description:
          'Dal giorno del sisma una quarantina di famiglie alloggia nel palazzetto dello sport comunale. Per almeno due settimane ci servono volontari per l’accoglienza, la distribuzione dei pasti e le attività con i bambini.',
      },
    },
    'river-clean-up': {
      offer: {
        title: 'Giovani volontari per ripulire le sponde del vostro fiume',
        description:
          'La nostra consulta giovanile coinvolge una trentina di ragazzi tra i 16 e i 25 anni in una giornata di pulizia delle sponde. Vengono un sabato di primavera con guanti, sacchi e accompagnatori.',
      },
      request: {
        title: 'Pulizia del fiume: cerchiamo giovani volontari',
        description:
          'Un sabato di aprile ripuliremo cinque chilometri di sponde lungo il fiume. Cerchiamo ragazze e ragazzi volenterosi; il Comune fornisce guanti, sacchi, trasporto e pranzo.',
      },
    },
    'community-centre': {
      offer: {
        title: 'I nostri volontari animano i pomeriggi degli anziani',
        description:
          'Insegnanti in pensione e studenti della nostra associazione organizzano ogni settimana giochi da tavolo, canto e corsi di informatica per anziani. Una volta al mese possono venire nel vostro centro sociale e condividere il programma.',
      },
      request: {
        title: 'Volontari cercasi per le attività pomeridiane del centro anziani',
        description:
          'Ogni pomeriggio il nostro centro di aggregazione accoglie una trentina di anziani. Cerchiamo volontari disponibili due volte a settimana, dalle 15 alle 18, per lettura, scacchi o laboratori creativi.',
      },
    },
    'tree-planting': {
      offer: {
        title: 'Venti volontari con attrezzi per la vostra giornata del verde',
        description:
          'La nostra associazione ambientalista può mandare una ventina di volontari con vanghe e annaffiatoi alla vostra giornata di piantumazione. Sono disponibili a novembre o a marzo.',
      },
      request: {
        title: 'Piantiamo 200 alberi nel parco comunale: unitevi a noi',
        description:
          'L’ultimo sabato di novembre metteremo a dimora 200 giovani alberi nel parco cittadino. Cerchiamo volontari di tutte le età; attrezzi, piantine e merenda sono offerti.',
      },
    },
    'fire-engine': {
      offer: {
        title: 'Autopompa usata e funzionante ceduta gratuitamente',
        description:
          'Cediamo a titolo gratuito un’autopompa serbatoio del 2004, con cisterna da 2.000 litri e 95.000 km, revisionata ogni anno. È destinata a un corpo di vigili del fuoco volontari; ritiro presso la nostra caserma.',
      },
      request: {
        title: 'Cercasi autopompa usata per i vigili del fuoco volontari',
        description:
          'I nostri 30 vigili del fuoco volontari dispongono di un solo mezzo con più di trent’anni. Un’autopompa usata ma funzionante ci permetterebbe di proteggere meglio le frazioni del Comune.',
      },
    },
    'school-computers': {
      offer: {
        title: '25 computer desktop con monitor da donare a una scuola',
        description:
          'Dopo il rinnovo delle postazioni doniamo 25 computer desktop (Intel i5, 8 GB di RAM, anno 2019) completi di monitor, tastiera e mouse. I dischi sono stati formattati; ritiro in municipio da giugno.',
      },
      request: {
        title: 'Cerchiamo computer fissi per il laboratorio informatico della scuola',
        description:
          'Nella nostra scuola primaria 180 alunni si dividono sei computer obsoleti. Una ventina di postazioni funzionanti ci permetterebbe di allestire un vero laboratorio di informatica per settembre.',
      },
    },
    'power-generator': {
      offer: {
        title: 'Gruppo elettrogeno diesel da 60 kVA su carrello',
        description:
          'Cediamo un gruppo elettrogeno diesel da 60 kVA montato su carrello, in servizio dal 2015 e con circa 400 ore di funzionamento. Manutenzione regolare; ritiro gratuito presso il nostro magazzino comunale.',
      },
      request: {
        title: 'Cercasi gruppo elettrogeno diesel per le emergenze',
        description:
          'Durante i blackout la stazione di pompaggio e il centro operativo comunale restano senza corrente. Cerchiamo un generatore diesel di almeno 30 kVA, anche usato, purché affidabile.',
      },
    },
    'school-furniture': {
      offer: {
        title: '120 banchi e 240 sedie scolastiche in buono stato',
        description:
          'Dopo la ristrutturazione di una scuola regaliamo 120 banchi biposto e 240 sedie regolabili in altezza, tutti in buono stato. Il ritiro è possibile a luglio; il nostro personale aiuta nel carico.',
      },
      request: {
        title: 'Servono banchi e sedie per quattro nuove aule',
        description:
          'A settembre apriamo quattro nuove classi ma mancano ancora 60 banchi biposto e 120 sedie. Arredi scolastici usati in buone condizioni andrebbero benissimo; al trasporto pensiamo noi.',
      },
    },
    'hospital-beds': {
      offer: {
        title: 'Trenta letti ospedalieri con materasso subito disponibili',
        description:
          'Con il rinnovo degli arredi del nostro poliambulatorio si liberano 30 letti ad altezza regolabile, con materasso, perfettamente funzionanti. Adatti a una struttura sanitaria o a una RSA; ritiro in loco.',
      },
      request: {
        title: 'Cerchiamo letti per la nuova ala della casa di riposo',
        description:
          'In primavera la nostra casa di riposo apre un’ala con 20 camere, ma il budget non copre gli arredi. Cerchiamo 20 letti, preferibilmente elettrici e regolabili in altezza.',
      },
    },
    'emergency-tents': {
      offer: {
        title: 'Tende di protezione civile in prestito per le emergenze',
        description:
          'Il nostro magazzino di protezione civile dispone di 15 grandi tende da dieci posti con brandine. Le prestiamo, o le doniamo, a un Comune colpito da una calamità; consegna possibile entro 48 ore.',
      },
      request: {
        title: 'Tende cercasi per la scorta comunale di emergenza',
        description:
          'In caso di alluvione o terremoto oggi non abbiamo alcun materiale per accogliere gli sfollati. Cerchiamo tende per circa cento persone, da custodire nel nostro magazzino comunale.',
      },
    },
    'construction-timber': {
      offer: {
        title: 'Circa 12 m³ di legname da costruzione stagionato',
        description:
          'Dalla ristrutturazione del centro civico ci sono avanzati circa 12 m³ di legname di abete stagionato, tra travi e tavole. È stoccato al coperto nel magazzino comunale e va ritirato gratuitamente entro fine marzo.',
      },
      request: {
        title: 'Cerchiamo legname per riparare il tetto della scuola',
        description:
          'Il tetto della nostra scuola è stato danneggiato da una tempesta. Per ripararlo prima dell’inverno servono circa 8 m³ di travi e tavole; il ritiro è a cura nostra.',
      },
    },
    'road-salt': {
      offer: {
        title: '40 tonnellate di sale antighiaccio disponibili',
        description:
          'Grazie a un inverno mite ci restano 40 tonnellate di sale stradale, conservate all’asciutto nel nostro deposito. Le cediamo gratuitamente a un Comune che venga a ritirarle con i propri camion.',
      },
      request: {
        title: 'Sale stradale urgente per la manutenzione invernale',
        description:
          'Dopo settimane di neve e ghiaccio le nostre scorte sono quasi esaurite. Ci servirebbero circa 30 tonnellate di sale per garantire lo spargimento sulle strade comunali fino a fine inverno.',
      },
    },
    'paving-stones': {
      offer: {
        title: 'Masselli e cordoli avanzati dal rifacimento della piazza',
        description:
          'Dai lavori in piazza sono avanzati circa 800 m² di masselli autobloccanti, 50 cordoli e un cumulo di ghiaia. Tutto è su pallet nel magazzino comunale e va ritirato entro fine mese.',
      },
      request: {
        title: 'Cerchiamo masselli per un marciapiede in una frazione',
        description:
          'Vicino alla scuola di una nostra frazione vogliamo realizzare un marciapiede sicuro di 300 m². Masselli e cordoli avanzati da altri cantieri ci permetterebbero di eseguire i lavori in economia quest’estate.',
      },
    },
    'snow-clearing': {
      offer: {
        title: 'Sgombero neve delle vostre strade locali con i nostri mezzi',
        description:
          'I nostri due spazzaneve con spargisale possono liberare anche le strade delle frazioni vicine, soprattutto lungo il confine. Gli interventi vengono pianificati con il nostro servizio invernale, senza costi per il vostro Comune.',
      },
      request: {
        title: 'Aiuto per lo sgombero neve nelle nostre frazioni di montagna',
        description:
          'Gestiamo 35 km di strade comunali in montagna con un solo spazzaneve. Con le nevicate abbondanti alcune frazioni restano isolate: un Comune vicino potrebbe darci una mano?',
      },
    },
    'translation': {
      offer: {
        title: 'Traduzioni gratuite per i vostri progetti transfrontalieri',
        description:
          'I nostri due traduttori giurati lavorano in inglese, tedesco e sloveno. Traduciamo gratuitamente fino a 50 pagine al mese di documenti per progetti transfrontalieri: accordi, candidature, relazioni.',
      },
      request: {
        title: 'Traduzione di documenti per un progetto transfrontaliero',
        description:
          'Per il nostro progetto transfrontaliero dobbiamo tradurre in inglese circa quaranta pagine, tra candidatura e accordo di partenariato. La scadenza è tra tre settimane.',
      },
    },
    'waste-collection': {
      offer: {
        title: 'Raccolta di rifiuti ingombranti con il nostro camion con gru',
        description:
          'Il nostro camion con gru e una squadra di tre operatori possono effettuare la raccolta degli ingombranti nelle vostre frazioni un giorno al mese. Il conferimento all’isola ecologica resta a vostro carico.',
      },
      request: {
        title: 'Cercasi camion per la raccolta degli ingombranti ad aprile',
        description:
          'Con la pulizia di primavera i cittadini portano fuori mobili vecchi ed elettrodomestici rotti. Ci serve un camion comunale con autista per tre giorni ad aprile per raccogliere gli ingombranti.',
      },
    },
    'unused-school-building': {
      offer: {
        title: 'Ex scuola in concessione a lungo termine a canone simbolico',
        description:
          'La nostra ex scuola elementare, vuota dal 2015, offre 1.200 m² su un terreno di mezzo ettaro. La proponiamo in concessione pluriennale a canone simbolico per un progetto turistico, formativo o sociale.',
      },
      request: {
        title: 'Cerchiamo un investitore per l’ex edificio scolastico',
        description:
          'Il vecchio plesso scolastico è solido ma, inutilizzato, si sta deteriorando. Cerchiamo un investitore che lo trasformi in struttura ricettiva, laboratori o residenza per anziani; segnalateci eventuali interessati.',
      },
    },
    'thermal-spring': {
      offer: {
        title: 'Sorgente termale da valorizzare per il turismo del benessere',
        description:
          'La nostra sorgente termale sgorga a 38 °C con una portata di 15 litri al secondo, su un terreno comunale di 4 ettari. Studio di fattibilità e autorizzazioni sono pronti; il Comune offre una concessione di lunga durata.',
      },
      request: {
        title: 'Cercasi investitore per realizzare un centro termale',
        description:
          'Sul nostro territorio c’è una sorgente calda dalle note proprietà benefiche, ancora non sfruttata. Cerchiamo un investitore o un gestore di terme interessato; lo studio di fattibilità è a disposizione.',
      },
    },
    'industrial-zone': {
      offer: {
        title: 'Lotti urbanizzati nella zona artigianale a condizioni vantaggiose',
        description:
          'Nella nostra zona produttiva, a 2 km dall’autostrada, sono disponibili dodici lotti urbanizzati da 0,5 a 3 ettari. Prezzo ridotto ed esenzione IMU per cinque anni alle imprese che creano posti di lavoro.',
      },
      request: {
        title: 'Investitori cercasi per i lotti della zona industriale',
        description:
          'Nella zona industriale comunale restano liberi diversi lotti già allacciati alle reti. Saremmo grati ai Comuni partner se volessero segnalare questa opportunità alle imprese del loro territorio.',
      },
    },
    'wine-producers': {
      offer: {
        title: 'Incontri con importatori e distributori alla nostra fiera del vino',
        description:
          'Ogni autunno la nostra fiera del vino riunisce importatori, enoteche e distributori della regione. I viticoltori dei Comuni partner sono invitati gratuitamente a incontrare gli acquirenti in sessioni B2B.',
      },
      request: {
        title: 'I nostri viticoltori cercano importatori e distributori',
        description:
          'Diciotto cantine familiari del nostro Comune producono vini da vitigni autoctoni, premiati in diversi concorsi. Cercano importatori e distributori; campioni e visite in cantina sono possibili.',
      },
    },
    'wood-processing': {
      offer: {
        title: 'Il nostro distretto del legno cerca nuove collaborazioni',
        description:
          'La nostra rete di 15 falegnamerie e mobilifici offre subfornitura, acquisti congiunti e stand comuni in fiera. Le piccole imprese del legno dei Comuni partner sono le benvenute.',
      },
      request: {
        title: 'Partner cercasi per le nostre segherie e falegnamerie',
        description:
          'Una dozzina di piccole segherie e falegnamerie del nostro Comune realizza mobili in legno massello e strutture per tetti. Cercano partner commerciali e produttivi per raggiungere nuovi mercati.',
      },
    },
    'organic-farming': {
      offer: {
        title: 'Sbocchi commerciali per i prodotti biologici delle cooperative partner',
        description:
          'Le nostre mense scolastiche e il mercato contadino acquistano ogni settimana frutta e verdura biologica. Mettiamo volentieri in contatto le cooperative bio dei Comuni partner con i nostri acquirenti.',
      },
      request: {
        title: 'Cooperativa biologica cerca acquirenti e partner',
        description:
          'La nostra cooperativa riunisce 35 aziende agricole certificate bio: ortaggi, frutta, miele e formaggi di capra. Cerca acquirenti stabili, come mense, negozi e grossisti, e partner per la trasformazione.',
      },
    },
  },
  municipalityDescription:
    '{name} ({country}) crede nella collaborazione tra enti locali: mettiamo volentieri a disposizione mezzi e competenze e cerchiamo partner per i nostri progetti sul territorio.',
  messages: {
    ask: 'Buongiorno, il vostro annuncio risponde esattamente alle nostre esigenze. Possiamo sentirci al telefono questa settimana per parlarne?',
    accept: 'Con piacere, per noi va benissimo. Vi inviamo oggi stesso i dettagli pratici.',
    decline: 'Grazie per l’interesse. Purtroppo lo abbiamo già promesso a un altro Comune, ma vi ricontatteremo se la situazione dovesse cambiare.',
    handover: 'Proponiamo la consegna il 14 maggio alle 10 presso il magazzino comunale; il trasporto è a carico nostro. Vi va bene?',
    thanks: 'È andato tutto benissimo: grazie di cuore per la generosità e la disponibilità. Speriamo di collaborare ancora!',
  },
  feedback: 'Collaborazione esemplare: risposte rapide, tutto come descritto e consegna organizzata alla perfezione.',
};
