import type { DemoPhrasebook } from '../phrasebook-types';

export const phrasebook: DemoPhrasebook = {
  locale: 'ro',
  subjects: {
    'digital-services': {
      offer: {
        title: 'Împărtășim experiența noastră cu ghișeul unic și serviciile online',
        description:
          'Din 2021, cetățenii noștri pot rezolva online peste 40 de servicii, iar la primărie funcționează un ghișeu unic. Echipa noastră de digitalizare pune gratuit la dispoziție caiete de sarcini, proceduri și lecțiile învățate, printr-o vizită de studiu sau un atelier de două zile.',
      },
      request: {
        title: 'Căutăm sprijin pentru lansarea serviciilor publice online',
        description:
          'Anul viitor vrem să deschidem un portal de servicii electronice și un ghișeu unic pentru cetățeni. Căutăm o primărie cu experiență care să ne sfătuiască la alegerea aplicației, organizarea fluxurilor de lucru și instruirea funcționarilor.',
      },
    },
    'energy-efficiency': {
      offer: {
        title: 'Experiența noastră în reabilitarea energetică a școlilor și grădinițelor',
        description:
          'În cinci ani am reabilitat șase școli, trei grădinițe și sediul primăriei: termoizolație, tâmplărie nouă și pompe de căldură. Consumul de energie a scăzut cu 40%. Specialiștii noștri vă prezintă cu plăcere auditurile, documentațiile de atribuire și lucrările.',
      },
      request: {
        title: 'Avem nevoie de ajutor la reabilitarea primăriei și a două grădinițe',
        description:
          'Pregătim reabilitarea energetică a sediului primăriei și a două grădinițe construite în anii ’70. Ne-ar fi de mare folos sprijin pentru auditul energetic, caietul de sarcini și planul de finanțare.',
      },
    },
    'eu-funding': {
      offer: {
        title: 'Consiliere pentru scrierea și gestionarea proiectelor europene',
        description:
          'Compartimentul nostru de proiecte europene, cu patru experți, a obținut finanțare pentru peste 25 de proiecte (Interreg, FEDR, IPA). Oferim gratuit verificarea cererilor de finanțare, instruire și mentorat primăriilor aflate la început de drum.',
      },
      request: {
        title: 'Sprijin căutat pentru prima noastră cerere de finanțare Interreg',
        description:
          'În toamnă depunem primul nostru proiect Interreg, fără experiență anterioară cu fonduri europene. Ar putea o primărie cu experiență să ne revizuiască cererea și să instruiască doi colegi în managementul proiectului?',
      },
    },
    'water-utility-manager': {
      offer: {
        title: 'Directorul operatorului nostru de apă, disponibil timp de șase luni',
        description:
          'Directorul societății noastre de apă și canalizare, cu 20 de ani de experiență, poate lucra două zile pe săptămână, timp de șase luni, la înființarea unui operator similar. Salariul său rămâne în sarcina noastră.',
      },
      request: {
        title: 'Căutăm un manager cu experiență pentru noul operator de apă-canal',
        description:
          'De la 1 ianuarie, primăria preia direct serviciul de alimentare cu apă și canalizare. Pentru 6–12 luni căutăm un manager experimentat care să ne ajute la organizarea serviciului, stabilirea tarifelor și recrutarea personalului.',
      },
    },
    'home-care-manager': {
      offer: {
        title: 'Coordonatoarea serviciului de îngrijire la domiciliu vă poate ajuta',
        description:
          'Coordonatoarea serviciului nostru de îngrijire la domiciliu, care se ocupă de 150 de vârstnici, vă poate sprijini timp de trei luni. Planificarea vizitelor, recrutarea îngrijitorilor și standardele de calitate: vă împărtășește toată experiența ei.',
      },
      request: {
        title: 'Căutăm un specialist pentru înființarea îngrijirii vârstnicilor la domiciliu',
        description:
          'În comuna noastră, aproximativ 60 de vârstnici singuri au nevoie de ajutor zilnic. Vrem să înființăm un serviciu de îngrijire la domiciliu și căutăm, pentru câteva luni, o persoană cu experiență care să-l pună pe picioare.',
      },
    },
    'tourist-office-manager': {
      offer: {
        title: 'Responsabila centrului nostru de informare turistică vă ajută înainte de sezon',
        description:
          'Responsabila centrului nostru de informare turistică poate veni la dumneavoastră o săptămână pe lună, din februarie până în mai. Vă ajută la amenajarea centrului, la materialele de promovare și la parteneriatele cu pensiunile.',
      },
      request: {
        title: 'Căutăm manager pentru deschiderea centrului de informare turistică',
        description:
          'În aprilie deschidem noul centru de informare turistică în vechea gară, renovată special. Căutăm un profesionist cu experiență, pentru 3–6 luni, care să organizeze activitatea, să instruiască doi angajați și să pornească promovarea.',
      },
    },
    'flood-response': {
      offer: {
        title: 'Echipă de 25 de voluntari pregătită pentru intervenții la inundații',
        description:
          'Cei 25 de voluntari ai noștri, instruiți de ISU, ajung în cel mult 24 de ore, cu microbuz și echipament propriu. Umplu saci cu nisip, ridică diguri provizorii și îi ajută pe localnici să-și evacueze casele.',
      },
      request: {
        title: 'Viitură: căutăm voluntari pentru umplerea sacilor cu nisip',
        description:
          'Nivelul râului crește de trei zile, iar mai multe cartiere sunt în pericol. Avem nevoie de 30–50 de voluntari care să umple saci cu nisip și să ajute locuitorii; primăria asigură masa și cazarea.',
      },
    },
    'wildfire-support': {
      offer: {
        title: 'Voluntari pentru aprovizionarea pompierilor la incendii de vegetație',
        description:
          'Din iunie până în septembrie, 15 voluntari cu două dube sunt gata să le ducă pompierilor apă, mâncare și materiale în timpul incendiilor de pădure. Putem rămâne pe teren până la o săptămână.',
      },
      request: {
        title: 'Căutăm sprijin logistic pentru pompierii noștri în această vară',
        description:
          'La incendiile de pădure, pompierii trebuie aprovizionați zi și noapte. Căutăm voluntari care să pregătească și să distribuie mâncare și apă, în ture de câte opt ore, în lunile iulie și august.',
      },
    },
    'earthquake-shelter': {
      offer: {
        title: 'Voluntari instruiți pentru un centru de cazare temporară după cutremur',
        description:
          'Douăzeci de voluntari pregătiți de Crucea Roșie pot administra un centru de cazare temporară: înregistrarea familiilor, mesele și grija față de copii. Sunt disponibili două săptămâni la rând.',
      },
      request: {
        title: 'După cutremur: avem nevoie de voluntari la centrul de cazare',
        description:
          'De la cutremur, circa patruzeci de familii locuiesc în sala de sport a orașului. Timp de cel puțin două săptămâni avem nevoie de voluntari pentru primire, masă și activități cu copiii.',
      },
    },
    'river-clean-up': {
      offer: {
        title: 'Tineri voluntari pentru ecologizarea malurilor râului',
        description:
          'Consiliul local al tinerilor mobilizează în jur de treizeci de voluntari între 16 și 25 de ani pentru o zi de curățenie pe malul râului. Vin într-o sâmbătă de primăvară, cu mănuși, saci și coordonatori.',
      },
      request: {
        title: 'Ecologizarea râului: căutăm tineri voluntari',
        description:
          'Într-o sâmbătă din aprilie vom curăța cinci kilometri de mal. Căutăm tineri dornici să ajute; primăria asigură mănuși, saci, transport și prânz.',
      },
    },
    'community-centre': {
      offer: {
        title: 'Voluntarii noștri organizează activități de după-amiază pentru seniori',
        description:
          'Profesori pensionari și studenți din asociația noastră organizează săptămânal jocuri de societate, cântece și cursuri de calculator pentru vârstnici. O dată pe lună pot veni la centrul dumneavoastră comunitar și vă pot împărtăși programul.',
      },
      request: {
        title: 'Căutăm voluntari pentru după-amiezile de la clubul pensionarilor',
        description:
          'În fiecare după-amiază, la centrul nostru comunitar vin vreo treizeci de vârstnici. Căutăm voluntari disponibili de două ori pe săptămână, între orele 15 și 18, pentru lectură, șah sau ateliere de creație.',
      },
    },
    'tree-planting': {
      offer: {
        title: 'Douăzeci de voluntari cu unelte pentru ziua dumneavoastră de plantare',
        description:
          'Asociația noastră de mediu poate trimite vreo douăzeci de voluntari, cu cazmale și stropitori, la acțiunea dumneavoastră de plantare a copacilor. Sunt disponibili în noiembrie sau în martie.',
      },
      request: {
        title: 'Plantăm 200 de copaci în parcul orașului: veniți să ne ajutați',
        description:
          'În ultima sâmbătă din noiembrie plantăm 200 de puieți în parcul orașului. Căutăm voluntari de toate vârstele; uneltele, puieții și o gustare sunt asigurate de noi.',
      },
    },
    'fire-engine': {
      offer: {
        title: 'Autospecială de stingere second-hand, funcțională, donată gratuit',
        description:
          'Donăm gratuit o autospecială de stingere din 2004, cu rezervor de 2.000 de litri și 95.000 km la bord, cu ITP și revizii la zi. Este destinată unui serviciu voluntar pentru situații de urgență; ridicarea se face de la remiza noastră.',
      },
      request: {
        title: 'Căutăm o autospecială de pompieri pentru serviciul voluntar',
        description:
          'Cei 30 de pompieri voluntari ai noștri au o singură autospecială, veche de peste treizeci de ani. O mașină de stingere second-hand, dar funcțională, ne-ar ajuta să protejăm mai bine satele comunei.',
      },
    },
    'school-computers': {
      offer: {
        title: 'Donăm 25 de calculatoare desktop cu monitoare unei școli',
        description:
          'După înlocuirea echipamentelor, donăm 25 de calculatoare desktop (Intel i5, 8 GB RAM, din 2019) cu monitor, tastatură și mouse. Hard-diskurile au fost șterse; pot fi ridicate de la primărie începând din iunie.',
      },
      request: {
        title: 'Căutăm calculatoare pentru laboratorul de informatică al școlii',
        description:
          'La școala noastră gimnazială, 180 de elevi își împart șase calculatoare depășite. Cu vreo douăzeci de unități funcționale am putea amenaja până în septembrie un laborator de informatică adevărat.',
      },
    },
    'power-generator': {
      offer: {
        title: 'Generator diesel de 60 kVA pe remorcă, gratuit',
        description:
          'Oferim un generator diesel de 60 kVA montat pe remorcă, în funcțiune din 2015, cu aproximativ 400 de ore de funcționare. Întreținerea este la zi; ridicarea se face gratuit din baza noastră tehnică.',
      },
      request: {
        title: 'Căutăm un generator diesel pentru situații de urgență',
        description:
          'La fiecare pană de curent, stația de pompare și centrul local de coordonare rămân fără energie. Căutăm un generator diesel de cel puțin 30 kVA, chiar și folosit, cu condiția să fie fiabil.',
      },
    },
    'school-furniture': {
      offer: {
        title: '120 de bănci și 240 de scaune școlare în stare bună',
        description:
          'După renovarea unei școli oferim 120 de bănci duble și 240 de scaune reglabile pe înălțime, toate în stare bună. Le puteți ridica în iulie, iar oamenii noștri vă ajută la încărcare.',
      },
      request: {
        title: 'Avem nevoie de bănci și scaune pentru patru săli de clasă noi',
        description:
          'Din septembrie deschidem patru clase noi, dar ne lipsesc încă 60 de bănci duble și 120 de scaune. Mobilierul școlar folosit, în stare bună, ne-ar fi de mare ajutor; transportul îl asigurăm noi.',
      },
    },
    'hospital-beds': {
      offer: {
        title: 'Treizeci de paturi medicale cu saltele, disponibile imediat',
        description:
          'În urma dotării noi a centrului nostru medical, rămân disponibile 30 de paturi reglabile pe înălțime, cu saltele, în stare bună de funcționare. Sunt potrivite pentru o unitate medicală sau un cămin de bătrâni; ridicarea se face de la fața locului.',
      },
      request: {
        title: 'Căutăm paturi pentru noua aripă a căminului de bătrâni',
        description:
          'În primăvară, căminul nostru pentru vârstnici deschide o aripă cu 20 de camere, însă bugetul nu acoperă mobilierul. Căutăm 20 de paturi, de preferință electrice și reglabile pe înălțime.',
      },
    },
    'emergency-tents': {
      offer: {
        title: 'Împrumutăm corturi de protecție civilă pentru situații de urgență',
        description:
          'În depozitul nostru de protecție civilă avem 15 corturi mari de câte zece locuri, cu paturi pliante. Le împrumutăm sau le donăm unei localități afectate de un dezastru; le putem livra în 48 de ore.',
      },
      request: {
        title: 'Căutăm corturi pentru rezerva locală de urgență',
        description:
          'În caz de inundație sau cutremur, în prezent nu avem niciun mijloc de a caza sinistrații. Căutăm corturi pentru aproximativ o sută de persoane, pe care le vom păstra în depozitul primăriei.',
      },
    },
    'construction-timber': {
      offer: {
        title: 'Aproximativ 12 m³ de cherestea uscată, de ridicat gratuit',
        description:
          'De la renovarea căminului cultural ne-au rămas circa 12 m³ de cherestea de brad uscată, grinzi și scânduri. Este depozitată sub acoperiș, la baza primăriei, și poate fi ridicată gratuit până la sfârșitul lui martie.',
      },
      request: {
        title: 'Avem nevoie de cherestea pentru repararea acoperișului școlii',
        description:
          'Acoperișul școlii noastre a fost avariat de o furtună. Pentru a-l repara înainte de iarnă, avem nevoie de aproximativ 8 m³ de grinzi și scânduri; transportul îl facem noi.',
      },
    },
    'road-salt': {
      offer: {
        title: '40 de tone de sare pentru drumuri, disponibile',
        description:
          'Fiindcă iarna a fost blândă, ne-au rămas 40 de tone de sare de deszăpezire, depozitate la uscat. Le cedăm gratuit unei primării care vine să le ridice cu propriile camioane.',
      },
      request: {
        title: 'Avem nevoie urgent de sare pentru drumurile locale',
        description:
          'După săptămâni de ninsori și polei, rezerva noastră este aproape epuizată. Ne-ar trebui aproximativ 30 de tone de sare ca să menținem drumurile comunale practicabile până la finalul iernii.',
      },
    },
    'paving-stones': {
      offer: {
        title: 'Pavele și borduri rămase de la reamenajarea pieței',
        description:
          'De la reamenajarea pieței centrale au rămas aproximativ 800 m² de pavele din beton, 50 de borduri și o grămadă de pietriș. Totul este pe paleți, în baza primăriei, și trebuie ridicat până la sfârșitul lunii.',
      },
      request: {
        title: 'Căutăm pavele pentru un trotuar într-unul din satele noastre',
        description:
          'Lângă școala dintr-un sat al comunei vrem să construim un trotuar sigur de 300 m². Cu pavele și borduri rămase de la alt șantier, echipa noastră l-ar putea realiza în regie proprie în această vară.',
      },
    },
    'snow-clearing': {
      offer: {
        title: 'Deszăpezim drumurile dumneavoastră locale cu utilajele noastre',
        description:
          'Cele două pluguri ale noastre, cu răspânditor de sare, pot curăța și drumurile din satele vecine, mai ales în zona de frontieră. Intervențiile se planifică împreună cu serviciul nostru de iarnă, fără costuri pentru dumneavoastră.',
      },
      request: {
        title: 'Cerem ajutor la deszăpezirea satelor noastre de munte',
        description:
          'Întreținem 35 km de drumuri comunale în zona de munte cu un singur plug. La ninsori abundente, unele sate rămân izolate; ne poate da o mână de ajutor o comună vecină?',
      },
    },
    'translation': {
      offer: {
        title: 'Traduceri gratuite pentru proiectele dumneavoastră transfrontaliere',
        description:
          'Cei doi traducători autorizați ai noștri lucrează în engleză, maghiară și bulgară. Traducem gratuit până la 50 de pagini pe lună din documentele proiectelor transfrontaliere: acorduri, cereri de finanțare și rapoarte.',
      },
      request: {
        title: 'Traducere de documente pentru un proiect transfrontalier',
        description:
          'Pentru proiectul nostru transfrontalier trebuie traduse în engleză circa patruzeci de pagini, cererea de finanțare și acordul de parteneriat. Termenul este peste trei săptămâni.',
      },
    },
    'waste-collection': {
      offer: {
        title: 'Colectarea deșeurilor voluminoase cu autospeciala noastră cu macara',
        description:
          'Camionul nostru cu macara și o echipă de trei muncitori pot colecta deșeurile voluminoase din satele dumneavoastră o zi pe lună. Transportul la depozitul autorizat rămâne în grija dumneavoastră.',
      },
      request: {
        title: 'Căutăm un camion pentru colectarea deșeurilor voluminoase în aprilie',
        description:
          'La campania de curățenie de primăvară, oamenii scot mobilă veche și electrocasnice stricate. Avem nevoie de un camion cu șofer timp de trei zile în aprilie pentru a colecta aceste deșeuri voluminoase.',
      },
    },
    'unused-school-building': {
      offer: {
        title: 'Fostă școală în concesiune pe termen lung, la redevență simbolică',
        description:
          'Fosta noastră școală generală, goală din 2015, are 1.200 m² pe un teren de jumătate de hectar. O oferim în concesiune pe termen lung, la o redevență simbolică, pentru un proiect turistic, educațional sau social.',
      },
      request: {
        title: 'Căutăm un investitor pentru clădirea fostei școli',
        description:
          'Clădirea fostei școli este solidă, dar se degradează fiindcă nu e folosită. Căutăm un investitor care s-o transforme în pensiune, ateliere sau locuințe pentru vârstnici; orice contact e binevenit.',
      },
    },
    'thermal-spring': {
      offer: {
        title: 'Izvor termal de valorificat pentru turismul balnear',
        description:
          'Izvorul nostru termal are 38 °C și un debit de 15 litri pe secundă, pe un teren al primăriei de 4 hectare. Studiul de fezabilitate și avizele sunt gata; primăria oferă o concesiune pe termen lung.',
      },
      request: {
        title: 'Căutăm investitor pentru o stațiune balneară',
        description:
          'Pe teritoriul comunei noastre există un izvor de apă caldă cunoscut pentru efectele sale benefice, încă nevalorificat. Căutăm un investitor sau un operator balnear interesat; studiul de fezabilitate vă stă la dispoziție.',
      },
    },
    'industrial-zone': {
      offer: {
        title: 'Loturi cu utilități în parcul industrial, în condiții avantajoase',
        description:
          'În parcul nostru industrial, la 2 km de autostradă, sunt disponibile douăsprezece loturi cu utilități, între 0,5 și 3 hectare. Firmele care creează locuri de muncă beneficiază de preț redus și de scutire de impozit pe teren timp de cinci ani.',
      },
      request: {
        title: 'Căutăm investitori pentru loturile din zona industrială',
        description:
          'În zona industrială a orașului mai sunt libere câteva loturi racordate la utilități. Le-am fi recunoscători primăriilor partenere dacă ar face cunoscută această oportunitate firmelor din zona lor.',
      },
    },
    'wine-producers': {
      offer: {
        title: 'Întâlniri cu importatori și distribuitori la târgul nostru de vinuri',
        description:
          'În fiecare toamnă, târgul nostru de vinuri reunește importatori, vinoteci și distribuitori din regiune. Producătorii de vin din localitățile partenere sunt invitați gratuit la întâlniri de afaceri cu cumpărătorii.',
      },
      request: {
        title: 'Viticultorii noștri caută importatori și distribuitori',
        description:
          'Optsprezece crame de familie din comuna noastră produc vinuri din soiuri autohtone, premiate la mai multe concursuri. Caută importatori și distribuitori; se pot trimite mostre și organiza vizite la cramă.',
      },
    },
    'wood-processing': {
      offer: {
        title: 'Clusterul nostru de prelucrare a lemnului caută parteneri noi',
        description:
          'Clusterul nostru de 15 tâmplării și fabrici de mobilă oferă subcontractare, achiziții comune și standuri comune la târguri. Micile firme de prelucrare a lemnului din localitățile partenere sunt binevenite.',
      },
      request: {
        title: 'Căutăm parteneri pentru gaterele și tâmplăriile noastre',
        description:
          'O duzină de gatere și tâmplării mici din comuna noastră produc mobilă din lemn masiv și șarpante. Caută parteneri comerciali și de producție pentru a ajunge pe piețe noi.',
      },
    },
    'organic-farming': {
      offer: {
        title: 'Piață de desfacere pentru produsele ecologice ale cooperativelor partenere',
        description:
          'Cantinele școlare și piața de producători din orașul nostru cumpără săptămânal legume și fructe ecologice. Punem cu plăcere cooperativele bio din localitățile partenere în legătură cu cumpărătorii noștri.',
      },
      request: {
        title: 'Cooperativă agricolă ecologică caută cumpărători și parteneri',
        description:
          'Cooperativa noastră reunește 35 de ferme certificate ecologic: legume, fructe, miere și brânză de capră. Caută cumpărători constanți, precum cantine, magazine și angrosiști, dar și parteneri pentru procesare.',
      },
    },
  },
  municipalityDescription:
    '{name} ({country}) crede în colaborarea dintre autoritățile locale: împărtășim cu plăcere echipamente și experiență și căutăm parteneri pentru proiectele noastre locale.',
  messages: {
    ask: 'Bună ziua, anunțul dumneavoastră corespunde exact nevoilor noastre. Putem discuta la telefon săptămâna aceasta?',
    accept: 'Cu plăcere, din partea noastră este în regulă. Vă trimitem încă de azi detaliile practice.',
    decline: 'Vă mulțumim pentru interes. Din păcate, ne-am angajat deja față de altă primărie, dar vă anunțăm dacă situația se schimbă.',
    handover: 'Vă propunem predarea pe 14 mai, la ora 10, la baza tehnică a primăriei; transportul îl asigurăm noi. Vă convine?',
    thanks: 'Totul a decurs foarte bine: vă mulțumim din suflet pentru generozitate și promptitudine. Sperăm să mai colaborăm!',
  },
  feedback: 'Colaborare exemplară: răspunsuri rapide, totul conform anunțului și o predare foarte bine organizată.',
};
