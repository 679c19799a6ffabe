import type { DemoPhrasebook } from '../phrasebook-types';

export const phrasebook: DemoPhrasebook = {
  locale: 'sk',
  subjects: {
    'digital-services': {
      offer: {
        title: 'Zavádzanie elektronických služieb a klientskeho centra – podelíme sa o skúsenosti',
        description: 'Naši obyvatelia už tri roky vybavujú cez internet vyše 40 úkonov a na úrade funguje jednotné klientske centrum. Naši informatici bezplatne povedú dvojdňový workshop a poskytnú postupy aj vzory dokumentov.',
      },
      request: {
        title: 'Hľadáme pomoc so zavedením elektronických služieb pre občanov',
        description: 'Chceme, aby obyvatelia mohli podávať žiadosti a platiť miestne dane online a aby na úrade vzniklo jedno klientske centrum. Privítame konzultácie s obcou, ktorá má podobný projekt za sebou, ideálne počas najbližšieho polroka.',
      },
    },
    'energy-efficiency': {
      offer: {
        title: 'Zatepľovanie škôl a škôlok – skúsenosti z piatich projektov',
        description: 'V posledných rokoch sme zateplili tri školy a dve materské školy, vymenili okná a nainštalovali tepelné čerpadlá, vďaka čomu klesla spotreba energie zhruba o 40 %. Radi poskytneme súťažné podklady a pozveme vás na exkurziu.',
      },
      request: {
        title: 'Potrebujeme radu pri zateplení obecného úradu a škôlky',
        description: 'Budova obecného úradu aj škôlka pochádzajú zo sedemdesiatych rokov a majú vysokú spotrebu energie. Hľadáme obec, ktorá nám pomôže pripraviť energetický audit a rozsah prác pred podaním žiadosti o dotáciu.',
      },
    },
    'eu-funding': {
      offer: {
        title: 'Školenia a poradenstvo pri príprave projektov z eurofondov',
        description: 'Naše oddelenie projektov pripravilo a riadilo viac ako 20 projektov z fondov EÚ, okrem iného z programov Interreg a Erasmus+. Ponúkame bezplatné školenie pre vašich zamestnancov a konzultácie pri písaní žiadosti aj pri zúčtovaní.',
      },
      request: {
        title: 'Hľadáme mentora pre našu prvú žiadosť o eurofondy',
        description: 'Sme malá obec bez vlastného projektového manažéra a pripravujeme prvú žiadosť do programu Interreg. Potrebujeme skúseného človeka, ktorý nám pomôže zostaviť rozpočet a prevedie nás realizáciou projektu.',
      },
    },
    'water-utility-manager': {
      offer: {
        title: 'Skúsený manažér pomôže založiť obecnú vodárenskú spoločnosť',
        description: 'Bývalý riaditeľ našej vodárenskej spoločnosti s 25-ročnou praxou môže pol roka pôsobiť priamo u vás. Pomôže s organizáciou firmy, výpočtom vodného a stočného aj s náborom zamestnancov.',
      },
      request: {
        title: 'Hľadáme manažéra na založenie vodárenskej a kanalizačnej spoločnosti',
        description: 'Preberáme vodovod a kanalizáciu od súkromného prevádzkovateľa a zakladáme vlastnú obecnú spoločnosť. Na 6 až 12 mesiacov potrebujeme skúseného manažéra, ktorý nastaví prevádzku, ceny a personálnu štruktúru.',
      },
    },
    'home-care-manager': {
      offer: {
        title: 'Vedúca opatrovateľskej služby pomôže rozbehnúť domácu starostlivosť',
        description: 'Naša vedúca opatrovateľskej služby už desať rokov organizuje starostlivosť o viac ako 120 seniorov v ich domácnostiach. Tri mesiace môže bezplatne radiť pri nábore opatrovateliek, štandardoch kvality a plánovaní návštev.',
      },
      request: {
        title: 'Hľadáme manažéra na zriadenie opatrovateľskej služby pre seniorov',
        description: 'V obci žije čoraz viac osamelých starších ľudí, no terénnu opatrovateľskú službu zatiaľ nemáme. Potrebujeme skúseného človeka, ktorý pomôže službu rozbehnúť pre približne 50 klientov.',
      },
    },
    'tourist-office-manager': {
      offer: {
        title: 'Pomôžeme vybudovať turistické informačné centrum',
        description: 'Vedúci nášho turistického informačného centra môže dva až tri mesiace pomáhať pri zakladaní nového. Odovzdá skúsenosti s obsluhou návštevníkov, správou webu a spoluprácou s miestnymi podnikateľmi.',
      },
      request: {
        title: 'Hľadáme skúseného manažéra pre nové informačné centrum',
        description: 'Na jar otvárame turistické informačné centrum v zrekonštruovanej budove stanice. Hľadáme človeka so skúsenosťami, ktorý pomôže zaškoliť personál, pripraviť ponuku a nadviazať spoluprácu s ubytovateľmi.',
      },
    },
    'flood-response': {
      offer: {
        title: 'Dobrovoľníci na pomoc pri povodniach – výjazd do 24 hodín',
        description: 'Skupina 25 dobrovoľných hasičov a členov miestnych spolkov má skúsenosti z vlaňajších povodní. V prípade potreby prídu do 24 hodín s vlastným vybavením a pomôžu s plnením vriec s pieskom aj s evakuáciou obyvateľov.',
      },
      request: {
        title: 'Naliehavo hľadáme dobrovoľníkov na plnenie vriec s pieskom',
        description: 'Hladina rieky stále stúpa a ohrozené sú dve nižšie položené časti obce. Potrebujeme dobrovoľníkov na plnenie vriec a pomoc obyvateľom pri zabezpečení domov; ubytovanie a stravu zabezpečíme.',
      },
    },
    'wildfire-support': {
      offer: {
        title: 'Dobrovoľníci na zásobovanie hasičov pri lesných požiaroch',
        description: 'Tím 15 dobrovoľníkov s dvoma dodávkami môže rozvážať vodu, jedlo a materiál na miesta zásahu. Sme k dispozícii počas celej letnej sezóny, aj cez víkendy.',
      },
      request: {
        title: 'Hľadáme dobrovoľníkov na logistiku a stravovanie hasičov',
        description: 'V júli a auguste hrozia v našich lesoch požiare a zásahy niekedy trvajú niekoľko dní. Potrebujeme ľudí, ktorí pomôžu s prípravou jedla, rozvozom vody a vedením skladu.',
      },
    },
    'earthquake-shelter': {
      offer: {
        title: 'Vyškolení dobrovoľníci na prevádzku núdzového ubytovania',
        description: 'Dvadsať dobrovoľníkov vyškolených Slovenským Červeným krížom pomôže prevádzkovať núdzové ubytovanie pre rodiny po zemetrasení. Zabezpečia registráciu, výdaj jedla a starostlivosť o deti najmenej dva týždne.',
      },
      request: {
        title: 'Potrebujeme dobrovoľníkov do núdzového ubytovania po zemetrasení',
        description: 'V športovej hale sme zriadili provizórne ubytovanie pre 80 rodín, ktoré prišli o domov. Hľadáme dobrovoľníkov na denné aj nočné zmeny – na výdaj jedla, evidenciu a program pre deti.',
      },
    },
    'river-clean-up': {
      offer: {
        title: 'Mladí dobrovoľníci na čistenie brehov rieky',
        description: 'Tridsať študentov našich stredných škôl sa rado zapojí do čistenia brehov rieky v susednej obci. Prídu s pedagógmi, vlastnými rukavicami aj vrecami – stačí určiť termín a úsek.',
      },
      request: {
        title: 'Hľadáme mladých dobrovoľníkov na jarné čistenie rieky',
        description: 'V apríli čistíme päť kilometrov brehov, kde po zime zostalo množstvo odpadu. Pozývame mládež aj školské triedy; rukavice, vrecia, odvoz odpadu a teplé jedlo zabezpečíme.',
      },
    },
    'community-centre': {
      offer: {
        title: 'Dobrovoľníci povedú popoludňajší program pre seniorov',
        description: 'Skupina učiteľov na dôchodku a kultúrnych pracovníkov môže dvakrát týždenne viesť program vo vašom komunitnom centre alebo klube dôchodcov. Ponúkame tréning pamäti, ručné práce a spoločný spev.',
      },
      request: {
        title: 'Dobrovoľníci na popoludňajšie aktivity pre seniorov v komunitnom centre',
        description: 'Náš klub dôchodcov je otvorený v pracovné dni od 14:00 do 18:00 a chodí doň asi 40 ľudí. Hľadáme dobrovoľníkov, ktorí budú viesť hry a predčítanie alebo pomôžu starším ľuďom s mobilom a počítačom.',
      },
    },
    'tree-planting': {
      offer: {
        title: 'Štyridsať dobrovoľníkov na deň sadenia stromov',
        description: 'Skauti a členovia nášho environmentálneho združenia radi pomôžu so sadením stromov vo vašom mestskom parku. Prídu v sobotu, ktorú si určíte, s vlastnými rýľmi a krhlami.',
      },
      request: {
        title: 'Pozývame dobrovoľníkov na sobotné sadenie stromov v parku',
        description: 'V októbri vysadíme v mestskom parku 200 mladých líp a javorov. Hľadáme dobrovoľníkov na jednu sobotu; sadenice, náradie aj občerstvenie zabezpečí obec.',
      },
    },
    'fire-engine': {
      offer: {
        title: 'Darujeme funkčné použité hasičské auto pre dobrovoľný hasičský zbor',
        description: 'Cisternová automobilová striekačka z roku 2004, nádrž 2 500 l, najazdených 95 000 km, platná technická kontrola. Bezplatne ju odovzdáme dobrovoľnému hasičskému zboru; vyzdvihnutie v našej hasičskej zbrojnici.',
      },
      request: {
        title: 'Dobrovoľný hasičský zbor potrebuje funkčné hasičské auto',
        description: 'Jediné zásahové vozidlo nášho zboru má vyše 30 rokov a neprešlo poslednou technickou kontrolou. Radi prevezmeme použité, funkčné auto a odvoz si zabezpečíme sami.',
      },
    },
    'school-computers': {
      offer: {
        title: '25 stolových počítačov s monitormi pre školskú učebňu',
        description: 'Počítače sú štyri roky staré (Intel i5, 8 GB RAM, SSD) a disky boli bezpečne vymazané. Bezplatne ich odovzdáme škole z partnerskej obce – na vyzdvihnutie na úrade v pracovné dni.',
      },
      request: {
        title: 'Škola potrebuje počítače do učebne informatiky',
        description: 'Počítače v našej školskej učebni sú staršie ako desať rokov a nezvládajú aktuálny softvér. Potrebujeme približne 20 funkčných stolových zostáv pre žiakov druhého stupňa.',
      },
    },
    'power-generator': {
      offer: {
        title: 'Dieselová elektrocentrála 60 kVA na prívese zadarmo',
        description: 'Ponúkame dieselový generátor s výkonom 60 kVA, 1 200 motohodinami a platnou revíziou. Je namontovaný na prívese, takže sa dá ľahko prepraviť.',
      },
      request: {
        title: 'Potrebujeme elektrocentrálu pre krízové situácie',
        description: 'Počas poslednej víchrice bola naša úpravňa vody dva dni bez prúdu. Zháňame dieselovú elektrocentrálu s výkonom aspoň 30 kVA, ktorá zabezpečí napájanie pri výpadku.',
      },
    },
    'school-furniture': {
      offer: {
        title: 'Školské lavice a stoličky v dobrom stave – 60 lavíc, 120 stoličiek',
        description: 'Po výmene vybavenia v našej základnej škole zostali dvojmiestne lavice a výškovo nastaviteľné stoličky. Nábytok je čistý a pevný; darujeme ho bezplatne, odvoz vlastný do konca augusta.',
      },
      request: {
        title: 'Potrebujeme lavice a stoličky do dvoch nových tried',
        description: 'Od septembra otvárame dve ďalšie triedy, pretože pribúda žiakov. Chýba nám 15 dvojmiestnych lavíc a 30 stoličiek; dopravu si zabezpečíme sami.',
      },
    },
    'hospital-beds': {
      offer: {
        title: '20 polohovateľných postelí s matracmi pre zariadenie pre seniorov',
        description: 'Naše zariadenie pre seniorov dostalo nové vybavenie, preto ponúkame 20 elektricky polohovateľných postelí s matracmi. Všetky sú funkčné, vydezinfikované a pripravené na odvoz.',
      },
      request: {
        title: 'Zháňame postele pre zdravotné stredisko a zariadenie pre seniorov',
        description: 'Naše zariadenie pre seniorov rozširuje kapacitu o desať miest pre ležiacich klientov. Potrebujeme výškovo nastaviteľné postele, najlepšie s antidekubitnými matracmi.',
      },
    },
    'emergency-tents': {
      offer: {
        title: 'Stany na núdzové ubytovanie – 12 kusov zo skladu civilnej ochrany',
        description: 'Darujeme 12 veľkých stanov, každý pre osem osôb, s podlahou a osvetlením. Použili sme ich iba raz pri cvičení civilnej ochrany a sú kompletné.',
      },
      request: {
        title: 'Stany do krízového skladu pre prípad evakuácie',
        description: 'Náš krízový sklad nemá žiadne stany, pritom pri povodni by sme museli ubytovať asi 50 ľudí. Prosíme o stany v dobrom stave, ideálne s podlahou a možnosťou vykurovania.',
      },
    },
    'construction-timber': {
      offer: {
        title: 'Asi 15 m³ suchého stavebného reziva na odvoz',
        description: 'Po rekonštrukcii športovej haly nám zostali smrekové hranoly a dosky uskladnené pod strechou. Bezplatne ich odovzdáme na opravy verejných budov a pomôžeme s nakládkou.',
      },
      request: {
        title: 'Potrebujeme stavebné drevo na opravu strechy kultúrneho domu',
        description: 'Búrka poškodila strechu nášho kultúrneho domu a časť krovu treba vymeniť. Potrebujeme asi 8 m³ hranolov a latí; práce vykonajú zamestnanci obce.',
      },
    },
    'road-salt': {
      offer: {
        title: '40 ton posypovej soli po miernej zime',
        description: 'Tohtoročná zima bola mierna, a tak nám v sklade zostalo 40 ton posypovej soli uskladnenej v suchu. Prenecháme ju susednej obci a naložíme ju nakladačom na vaše auto.',
      },
      request: {
        title: 'Minula sa nám soľ na zimnú údržbu ciest',
        description: 'Po niekoľkých výdatných snehových nádielkach sa nám minuli zásoby soli, pritom do konca zimy zostáva ešte niekoľko týždňov. Potrebujeme približne 30 ton na údržbu miestnych komunikácií.',
      },
    },
    'paving-stones': {
      offer: {
        title: 'Zámková dlažba a obrubníky, ktoré zostali po rekonštrukcii námestia',
        description: 'Máme asi 300 m² betónovej zámkovej dlažby a 150 obrubníkov na paletách v areáli technických služieb. Materiál je nový a nepoužitý; odovzdáme ho celý alebo po častiach.',
      },
      request: {
        title: 'Zháňame dlažbu na opravu chodníkov v obci',
        description: 'Chodníky pozdĺž cesty ku škole sú v zlom stave a v tohtoročnom rozpočte nezostali peniaze na materiál. Zišlo by sa asi 200 m² dlažby a obrubníky; pokládku zabezpečia naše technické služby.',
      },
    },
    'snow-clearing': {
      offer: {
        title: 'Odhrnieme sneh na miestnych cestách vlastnou technikou',
        description: 'Máme dve nákladné autá s pluhom a sypačom. Pri silnom snežení môžeme po dohode trás s vaším správcom ciest udržiavať miestne komunikácie v susedných obciach.',
      },
      request: {
        title: 'Potrebujeme pomoc s odhŕňaním snehu k odľahlým osadám',
        description: 'Máme iba jeden pluh, no udržiavať musíme 15 km ciest k horským osadám. Hľadáme obec, ktorá by nám pri výdatnom snežení zapožičala vozidlo aj s vodičom.',
      },
    },
    'translation': {
      offer: {
        title: 'Preklady dokumentov pre cezhraničné projekty',
        description: 'Dve prekladateľky zamestnané na našom úrade preložia projektovú dokumentáciu zo slovenčiny do angličtiny, nemčiny a maďarčiny. Bezplatne zvládneme až 30 strán mesačne.',
      },
      request: {
        title: 'Potrebujeme preložiť dokumentáciu cezhraničného projektu',
        description: 'Pripravujeme spoločný projekt s partnerom zo susednej krajiny a potrebujeme do angličtiny preložiť asi 40 strán dokumentácie. Termín je koniec budúceho mesiaca.',
      },
    },
    'waste-collection': {
      offer: {
        title: 'Zvoz objemného odpadu naším obecným vozidlom',
        description: 'Raz mesačne môže naše zberové vozidlo s vodičom vyzbierať nábytok, matrace a ďalší objemný odpad v susednej obci. Doprava je bezplatná, poplatky za uloženie odpadu hradí prijímajúca obec.',
      },
      request: {
        title: 'Hľadáme pomoc s jarným zvozom objemného odpadu',
        description: 'Na jar organizujeme zber starého nábytku a vybavenia domácností, ale vlastné zberové auto nemáme. Hľadáme partnera, ktorý nám na tri dni zapožičia vozidlo s vodičom.',
      },
    },
    'unused-school-building': {
      offer: {
        title: 'Bývalá škola s pozemkom 1,2 ha na prenájom alebo predaj',
        description: 'Budova bývalej základnej školy má 1 800 m² úžitkovej plochy a už päť rokov je prázdna. Investorovi ponúkame dlhodobý prenájom za výhodných podmienok alebo predaj.',
      },
      request: {
        title: 'Hľadáme investora pre budovu bývalej školy',
        description: 'Chceme, aby opustená škola opäť slúžila ľuďom – ako domov pre seniorov, hostel alebo vzdelávacie centrum. Hľadáme investora s dobrým zámerom, ktorý tu vytvorí nové pracovné miesta.',
      },
    },
    'thermal-spring': {
      offer: {
        title: 'Termálny prameň a pozemok pre kúpeľnú investíciu',
        description: 'Voda z vrtu má teplotu 42 °C a obec má k dispozícii hydrogeologický prieskum aj päťhektárový pozemok pri prameni. Pomôžeme s povoleniami a inžinierske siete privedieme až k hranici pozemku.',
      },
      request: {
        title: 'Hľadáme investora na využitie termálneho prameňa',
        description: 'Okolo nášho termálneho prameňa chceme rozvíjať kúpeľný cestovný ruch a hľadáme investora, ktorý postaví bazény alebo wellness areál. Obec vybuduje prístupovú cestu a prípojky inžinierskych sietí.',
      },
    },
    'industrial-zone': {
      offer: {
        title: 'Pozemky s inžinierskymi sieťami v obecnom priemyselnom parku',
        description: 'V priemyselnom parku pri privádzači na diaľnicu ponúkame voľné pozemky s rozlohou od 0,5 do 5 ha s prípojkou elektriny, vody a kanalizácie. Novým investorom ich predáme za zvýhodnenú cenu.',
      },
      request: {
        title: 'Hľadáme investorov do nášho priemyselného parku',
        description: 'Stojíme o firmy, ktoré vytvoria pracovné miesta pre miestnych obyvateľov – v parku zostáva ešte osem voľných parciel. So všetkými úradnými krokmi ochotne pomôžeme.',
      },
    },
    'wine-producers': {
      offer: {
        title: 'Víno od miestnych vinárov pre dovozcov a distribútorov',
        description: 'V našej obci hospodári 12 rodinných vinárstiev, ktoré spolu ročne vyrobia asi 80 000 fliaš. Záujemcom o obchodnú spoluprácu zorganizujeme degustáciu a stretnutie s vinármi.',
      },
      request: {
        title: 'Hľadáme dovozcov a distribútorov pre miestnych vinárov',
        description: 'Naši vinári majú ocenené vína, ale predávajú ich najmä zo svojich pivníc a na miestnych slávnostiach. Hľadáme dovozcov, distribútorov a reštauračné siete, ktoré ich chcú uviesť na svoj trh.',
      },
    },
    'wood-processing': {
      offer: {
        title: 'Miestne stolárske firmy ponúkajú spoluprácu',
        description: 'Desiatka malých firiem z našej obce vyrába nábytok z masívu, okná a interiérové prvky. Sprostredkujeme kontakt a zorganizujeme návštevu dielní.',
      },
      request: {
        title: 'Partneri pre malé drevospracujúce a nábytkárske firmy',
        description: 'Naši podnikatelia hľadajú odberateľov nábytku na zákazku aj dodávateľov moderných drevoobrábacích strojov. Zaujíma nás aj spolupráca na spoločných dizajnérskych projektoch.',
      },
    },
    'organic-farming': {
      offer: {
        title: 'Biozelenina, ovocie a med od miestneho družstva',
        description: 'Družstvo združujúce 40 certifikovaných ekofariem môže pravidelne zásobovať školské jedálne, obchody a reštaurácie. Radi vás po farmách prevedieme.',
      },
      request: {
        title: 'Hľadáme odberateľov pre družstvo ekologických farmárov',
        description: 'Naše ekologické družstvo zbiera čoraz viac zeleniny a ovocia, ale chýbajú mu stáli odberatelia. Hľadáme obchodné reťazce, spracovateľov a partnerov na spoločnú propagáciu.',
      },
    },
  },
  municipalityDescription: '{name} ({country}) – obec otvorená spolupráci s obcami a mestami z Európskej únie a západného Balkánu. Radi sa delíme o skúsenosti aj vybavenie a sami hľadáme podporu v tom, čo potrebujú naši obyvatelia.',
  messages: {
    ask: 'Dobrý deň, váš inzerát nás zaujal a radi sa zapojíme. Môžeme sa dohodnúť na podrobnostiach?',
    accept: 'Radi súhlasíme a rezervujeme to pre vašu obec. Čoskoro sa ozveme ohľadom odovzdania.',
    decline: 'Ďakujeme za záujem, žiaľ, už sme to sľúbili inej obci. Ak by sa niečo zmenilo, hneď vám dáme vedieť.',
    handover: 'Navrhujeme odovzdanie budúci utorok o 10:00 v areáli našich technických služieb. Dopravu zabezpečí preberajúca strana, s nakládkou pomôžeme.',
    thanks: 'Srdečne ďakujeme za ústretovosť a bezproblémovú spoluprácu. Tešíme sa na ďalšie spoločné projekty.',
  },
  feedback: 'Všetko prebehlo hladko a podľa dohody, spoluprácu s touto obcou môžeme len odporučiť.',
};
