import type { DemoPhrasebook } from '../phrasebook-types';

export const phrasebook: DemoPhrasebook = {
  locale: 'bs',
  subjects: {
    'digital-services': {
      offer: {
        title: 'Dijelimo iskustvo s e-uslugama i šalter-salom za građane',
        description:
          'Od 2021. godine naši građani više od 40 usluga završavaju online, a u zgradi općine radi jedinstvena šalter-sala. Naš tim za digitalizaciju besplatno dijeli tehničke specifikacije, procedure i naučene lekcije, kroz studijsku posjetu ili dvodnevnu radionicu.',
      },
      request: {
        title: 'Tražimo savjet za uvođenje elektronskih usluga u općini',
        description:
          'Naredne godine želimo pokrenuti portal e-usluga i jedinstveni šalter za građane. Tražimo općinu s iskustvom koja bi nas savjetovala pri izboru softvera, organizaciji rada i obuci uposlenika.',
      },
    },
    'energy-efficiency': {
      offer: {
        title: 'Naše iskustvo s energetskom obnovom škola i vrtića',
        description:
          'Za pet godina energetski smo obnovili šest škola, tri vrtića i zgradu općine: termoizolacija, nova stolarija i toplotne pumpe. Potrošnja energije smanjena je za 40%. Naši inženjeri rado će vam pokazati energetske audite, tendersku dokumentaciju i same objekte.',
      },
      request: {
        title: 'Potrebna nam je podrška za energetsku obnovu općine i dva vrtića',
        description:
          'Pripremamo energetsku obnovu zgrade općine i dva vrtića izgrađena sedamdesetih godina. Mnogo bi nam značila pomoć oko energetskog audita, tenderske dokumentacije i plana finansiranja.',
      },
    },
    'eu-funding': {
      offer: {
        title: 'Mentorstvo u pripremi i vođenju projekata finansiranih iz EU fondova',
        description:
          'Naša služba za EU projekte, s četiri uposlenika, osigurala je sredstva za više od 25 projekata (IPA, Interreg). Općinama koje tek počinju besplatno nudimo pregled aplikacija, obuke i mentorstvo.',
      },
      request: {
        title: 'Trebamo pomoć s našom prvom aplikacijom za Interreg',
        description:
          'Ove jeseni predajemo našu prvu aplikaciju za Interreg, bez ranijeg iskustva s EU fondovima. Može li općina s iskustvom pregledati aplikaciju i obučiti dvoje naših kolega za upravljanje projektom?',
      },
    },
    'water-utility-manager': {
      offer: {
        title: 'Direktor našeg vodovoda na raspolaganju šest mjeseci',
        description:
          'Direktor našeg javnog preduzeća za vodovod i kanalizaciju, s 20 godina iskustva, može šest mjeseci po dva dana sedmično pomagati pri osnivanju sličnog preduzeća. Njegovu platu i dalje isplaćujemo mi.',
      },
      request: {
        title: 'Tražimo iskusnog menadžera za osnivanje općinskog vodovoda',
        description:
          'Od 1. januara općina direktno preuzima vodosnabdijevanje i kanalizaciju. Na period od 6 do 12 mjeseci tražimo iskusnog menadžera koji će pomoći u organizaciji službe, utvrđivanju cijena i zapošljavanju.',
      },
    },
    'home-care-manager': {
      offer: {
        title: 'Voditeljica službe za njegu u kući na raspolaganju tri mjeseca',
        description:
          'Voditeljica naše službe za pomoć i njegu u kući, koja brine o 150 starijih osoba, može tri mjeseca raditi s vama. Raspored posjeta, izbor njegovatelja i standardi kvaliteta: prenosi vam sve svoje iskustvo.',
      },
      request: {
        title: 'Tražimo stručnjaka za pokretanje njege u kući za starije osobe',
        description:
          'U našoj općini oko 60 starijih osoba koje žive same treba svakodnevnu pomoć. Želimo osnovati službu za njegu u kući i na nekoliko mjeseci tražimo iskusnu osobu koja će je s nama pokrenuti.',
      },
    },
    'tourist-office-manager': {
      offer: {
        title: 'Direktorica naše turističke zajednice pomaže vam pred sezonu',
        description:
          'Direktorica naše turističke zajednice može od februara do maja dolaziti kod vas jednu sedmicu mjesečno. Pomaže pri uređenju turističkog info-centra, izradi promotivnog materijala i saradnji s pružaocima smještaja.',
      },
      request: {
        title: 'Tražimo menadžera za otvaranje turističkog info-centra',
        description:
          'U aprilu otvaramo novi turistički informativni centar u obnovljenoj staroj željezničkoj stanici. Na 3 do 6 mjeseci tražimo iskusnog stručnjaka koji će organizovati rad, obučiti dvoje uposlenika i pokrenuti promociju.',
      },
    },
    'flood-response': {
      offer: {
        title: 'Tim od 25 volontera spreman za pomoć u poplavama',
        description:
          'Naših 25 volontera, obučenih u civilnoj zaštiti, dolazi u roku od 24 sata s vlastitim kombijem i opremom. Pune vreće pijeskom, podižu privremene nasipe i pomažu mještanima da isprazne kuće.',
      },
      request: {
        title: 'Poplave: tražimo volontere za punjenje vreća pijeskom',
        description:
          'Nivo rijeke raste već tri dana i nekoliko naselja je ugroženo. Potrebno nam je 30 do 50 volontera za punjenje vreća pijeskom i pomoć stanovništvu; općina osigurava hranu i smještaj.',
      },
    },
    'wildfire-support': {
      offer: {
        title: 'Volonteri za snabdijevanje vatrogasaca tokom šumskih požara',
        description:
          'Od juna do septembra 15 volontera s dva kombija spremno je vatrogascima na terenu dostavljati vodu, obroke i opremu. Na terenu možemo ostati do sedam dana.',
      },
      request: {
        title: 'Tražimo logističku podršku za naše vatrogasce ovog ljeta',
        description:
          'Tokom šumskih požara vatrogasce treba snabdijevati danju i noću. Tražimo volontere koji će pripremati i dostavljati obroke i vodu, u smjenama od osam sati, tokom jula i augusta.',
      },
    },
    'earthquake-shelter': {
      offer: {
        title: 'Obučeni volonteri za vođenje privremenog smještaja nakon zemljotresa',
        description:
          'Dvadeset volontera koje je obučio Crveni križ može voditi privremeni prihvatni centar: evidenciju porodica, obroke i brigu o djeci. Dostupni su dvije sedmice zaredom.',
      },
      request: {
        title: 'Nakon zemljotresa: tražimo volontere za prihvatni centar',
        description:
          'Od zemljotresa je četrdesetak porodica smješteno u općinskoj sportskoj dvorani. Najmanje dvije sedmice potrebni su nam volonteri za prijem, podjelu obroka i aktivnosti s djecom.',
      },
    },
    'river-clean-up': {
      offer: {
        title: 'Mladi volonteri za čišćenje obala vaše rijeke',
        description:
          'Naše omladinsko vijeće okuplja tridesetak mladih od 16 do 25 godina za dan čišćenja riječnih obala. Dolaze jedne proljetne subote, s rukavicama, vrećama i koordinatorima.',
      },
      request: {
        title: 'Akcija čišćenja rijeke: pozivamo mlade volontere',
        description:
          'Jedne subote u aprilu čistimo pet kilometara riječne obale. Tražimo mlade koji žele pomoći; općina osigurava rukavice, vreće, prevoz i ručak.',
      },
    },
    'community-centre': {
      offer: {
        title: 'Naši volonteri vode popodnevne aktivnosti za starije',
        description:
          'Penzionisani nastavnici i studenti iz našeg udruženja svake sedmice organizuju društvene igre, pjevanje i kurseve rada na računaru za starije. Jednom mjesečno mogu doći u vaš društveni centar i podijeliti svoj program.',
      },
      request: {
        title: 'Tražimo volontere za popodneva u klubu penzionera',
        description:
          'Svako popodne u naš dnevni centar dolazi tridesetak penzionera. Tražimo volontere dva puta sedmično, od 16 do 19 sati, za čitanje, šah ili kreativne radionice.',
      },
    },
    'tree-planting': {
      offer: {
        title: 'Dvadeset volontera s alatom za vašu akciju sadnje drveća',
        description:
          'Naše ekološko udruženje može poslati dvadesetak volontera s lopatama i kantama za zalijevanje na vašu akciju sadnje drveća. Slobodni su u novembru ili martu.',
      },
      request: {
        title: 'Sadimo 200 stabala u gradskom parku: pridružite nam se',
        description:
          'Posljednje subote u novembru sadimo 200 mladih stabala u gradskom parku. Dobrodošli su volonteri svih uzrasta; alat, sadnice i užinu osiguravamo mi.',
      },
    },
    'fire-engine': {
      offer: {
        title: 'Polovno ispravno vatrogasno vozilo, besplatno',
        description:
          'Besplatno ustupamo vatrogasno vozilo iz 2004. godine s cisternom od 2.000 litara i 95.000 km, redovno servisirano i tehnički pregledano. Namijenjeno je dobrovoljnom vatrogasnom društvu; preuzima se u našem vatrogasnom domu.',
      },
      request: {
        title: 'Tražimo polovno vatrogasno vozilo za dobrovoljne vatrogasce',
        description:
          'Naših 30 dobrovoljnih vatrogasaca ima samo jedno vozilo starije od trideset godina. Polovno, ali ispravno vatrogasno vozilo pomoglo bi nam da bolje zaštitimo sela u općini.',
      },
    },
    'school-computers': {
      offer: {
        title: 'Poklanjamo školi 25 desktop računara s monitorima',
        description:
          'Nakon zamjene opreme poklanjamo 25 desktop računara (Intel i5, 8 GB RAM, iz 2019.) s monitorom, tastaturom i mišem. Diskovi su obrisani; preuzimanje u općini od juna.',
      },
      request: {
        title: 'Tražimo računare za informatički kabinet naše škole',
        description:
          'U našoj osnovnoj školi 180 učenika dijeli šest zastarjelih računara. S dvadesetak ispravnih računara do septembra bismo mogli opremiti pravi informatički kabinet.',
      },
    },
    'power-generator': {
      offer: {
        title: 'Dizel agregat od 60 kVA na prikolici, besplatno',
        description:
          'Ustupamo dizel agregat od 60 kVA montiran na prikolicu, u upotrebi od 2015., s oko 400 radnih sati. Redovno je održavan; besplatno se preuzima u krugu našeg komunalnog preduzeća.',
      },
      request: {
        title: 'Tražimo dizel agregat za vanredne situacije',
        description:
          'Pri svakom nestanku struje pumpna stanica i štab civilne zaštite ostaju bez napajanja. Tražimo dizel agregat od najmanje 30 kVA, može i polovan, samo da je pouzdan.',
      },
    },
    'school-furniture': {
      offer: {
        title: '120 školskih klupa i 240 stolica u dobrom stanju',
        description:
          'Nakon renoviranja jedne škole poklanjamo 120 klupa za po dva učenika i 240 stolica podesive visine, sve u dobrom stanju. Preuzimanje je moguće u julu, a naši radnici pomoći će pri utovaru.',
      },
      request: {
        title: 'Trebaju nam klupe i stolice za četiri nove učionice',
        description:
          'Od septembra otvaramo četiri nova odjeljenja, a nedostaje nam još 60 školskih klupa i 120 stolica. Polovan školski namještaj u dobrom stanju bio bi idealan; prevoz organizujemo sami.',
      },
    },
    'hospital-beds': {
      offer: {
        title: 'Trideset bolničkih kreveta s dušecima, odmah dostupno',
        description:
          'Novom opremom u našem domu zdravlja oslobodilo se 30 kreveta podesive visine s dušecima, u dobrom stanju. Pogodni su za zdravstvenu ustanovu ili dom za stare; preuzimanje na licu mjesta.',
      },
      request: {
        title: 'Tražimo krevete za novo krilo doma za stare',
        description:
          'Na proljeće naš dom za stare otvara novo krilo s 20 soba, ali budžet nije dovoljan za opremu. Tražimo 20 kreveta, po mogućnosti električnih i podesive visine.',
      },
    },
    'emergency-tents': {
      offer: {
        title: 'Posuđujemo šatore civilne zaštite za vanredne situacije',
        description:
          'U skladištu civilne zaštite imamo 15 velikih šatora za po deset osoba, s poljskim krevetima. Posuđujemo ih ili poklanjamo općini pogođenoj katastrofom; dostava je moguća u roku od 48 sati.',
      },
      request: {
        title: 'Tražimo šatore za rezervu za vanredne situacije',
        description:
          'Kad bi nas danas pogodila poplava ili zemljotres, ne bismo imali gdje smjestiti pogođene. Tražimo šatore za stotinjak osoba, koje bismo čuvali u općinskom skladištu.',
      },
    },
    'construction-timber': {
      offer: {
        title: 'Oko 12 m³ suhe građevinske građe za preuzimanje',
        description:
          'Nakon obnove doma kulture ostalo nam je oko 12 m³ suhe jelove građe, greda i dasaka. Uskladištena je pod krovom u krugu komunalnog preduzeća i besplatno se ustupa do kraja marta.',
      },
      request: {
        title: 'Potrebna nam je građa za popravku krova škole',
        description:
          'Krov naše škole oštećen je u nevremenu. Da bismo ga popravili prije zime, treba nam oko 8 m³ greda i dasaka; prevoz organizujemo sami.',
      },
    },
    'road-salt': {
      offer: {
        title: '40 tona soli za puteve na raspolaganju',
        description:
          'Pošto je zima bila blaga, ostalo nam je 40 tona soli za posipanje puteva, uskladištene na suhom. Besplatno je ustupamo općini koja dođe po nju svojim kamionima.',
      },
      request: {
        title: 'Hitno nam treba so za zimsko održavanje lokalnih puteva',
        description:
          'Nakon nekoliko sedmica snijega i poledice zalihe su nam gotovo potrošene. Treba nam oko 30 tona soli kako bismo lokalne puteve održali prohodnim do kraja zime.',
      },
    },
    'paving-stones': {
      offer: {
        title: 'Behaton kocke i ivičnjaci preostali nakon uređenja trga',
        description:
          'Nakon uređenja centralnog trga preostalo je oko 800 m² behaton kocke, 50 ivičnjaka i gomila šljunka. Sve je na paletama u krugu komunalnog preduzeća i treba se preuzeti do kraja mjeseca.',
      },
      request: {
        title: 'Tražimo behaton za trotoar u jednoj mjesnoj zajednici',
        description:
          'Pored škole u jednom našem selu želimo izgraditi siguran trotoar od 300 m². S behatonom i ivičnjacima preostalim s drugog gradilišta, naša bi ga komunalna ekipa mogla napraviti ovog ljeta.',
      },
    },
    'snow-clearing': {
      offer: {
        title: 'Čišćenje snijega na vašim lokalnim putevima našim vozilima',
        description:
          'Naše dvije ralice s posipačima soli mogu čistiti i puteve u susjednim selima, naročito uz granicu. Intervencije usklađujemo s našom zimskom službom, bez troškova za vašu općinu.',
      },
      request: {
        title: 'Tražimo pomoć pri čišćenju snijega u našim planinskim selima',
        description:
          'Održavamo 35 km lokalnih puteva u planinskom području sa samo jednom ralicom. Kad napada mnogo snijega, neka sela ostaju odsječena; može li nam susjedna općina priskočiti u pomoć?',
      },
    },
    'translation': {
      offer: {
        title: 'Besplatni prijevodi za vaše prekogranične projekte',
        description:
          'Naša dva ovlaštena prevodioca rade na engleskom, njemačkom i turskom jeziku. Besplatno prevodimo do 50 stranica mjesečno za prekogranične projekte: sporazume, aplikacije i izvještaje.',
      },
      request: {
        title: 'Prijevod dokumenata za prekogranični projekat',
        description:
          'Za naš prekogranični projekat na engleski treba prevesti četrdesetak stranica, aplikaciju i sporazum o partnerstvu. Rok ističe za tri sedmice.',
      },
    },
    'waste-collection': {
      offer: {
        title: 'Odvoz kabastog otpada našim kamionom s dizalicom',
        description:
          'Naš kamion s dizalicom i ekipa od tri radnika mogu jednom mjesečno odvoziti kabasti otpad iz vaših mjesnih zajednica. Odvoz do deponije organizujete vi.',
      },
      request: {
        title: 'Tražimo kamion za odvoz kabastog otpada u aprilu',
        description:
          'U proljetnoj akciji čišćenja građani iznose stari namještaj i pokvarene aparate. Treba nam kamion s vozačem na tri dana u aprilu kako bismo prikupili kabasti otpad.',
      },
    },
    'unused-school-building': {
      offer: {
        title: 'Bivša škola u dugoročni zakup uz simboličnu zakupninu',
        description:
          'Naša bivša područna škola, prazna od 2015., ima 1.200 m² na parceli od pola hektara. Nudimo je u dugoročni zakup uz simboličnu zakupninu, za turistički, obrazovni ili socijalni projekat.',
      },
      request: {
        title: 'Tražimo investitora za zgradu stare škole',
        description:
          'Zgrada stare škole je čvrsta, ali propada jer se ne koristi. Tražimo investitora koji bi je pretvorio u smještajni objekat, radionice ili stanove za starije; dobrodošao je svaki kontakt.',
      },
    },
    'thermal-spring': {
      offer: {
        title: 'Termalni izvor za razvoj banjskog turizma',
        description:
          'Naš termalni izvor ima temperaturu od 38 °C i izdašnost od 15 litara u sekundi, na općinskom zemljištu od 4 hektara. Studija izvodljivosti i dozvole su spremne; općina nudi dugoročnu koncesiju.',
      },
      request: {
        title: 'Tražimo investitora za izgradnju banje',
        description:
          'Na području naše općine nalazi se topli izvor poznat po ljekovitim svojstvima, koji se još ne koristi. Tražimo investitora ili operatera banje; studija izvodljivosti vam je na raspolaganju.',
      },
    },
    'industrial-zone': {
      offer: {
        title: 'Komunalno opremljene parcele u poslovnoj zoni pod povoljnim uslovima',
        description:
          'U našoj poslovnoj zoni, 2 km od autoputa, dostupno je dvanaest komunalno opremljenih parcela od 0,5 do 3 hektara. Firme koje otvaraju radna mjesta dobijaju nižu cijenu i petogodišnje oslobađanje od naknade za uređenje građevinskog zemljišta.',
      },
      request: {
        title: 'Tražimo investitore za parcele u industrijskoj zoni',
        description:
          'U općinskoj industrijskoj zoni još je slobodno nekoliko parcela priključenih na svu infrastrukturu. Bili bismo zahvalni partnerskim općinama kada bi ovu priliku predstavile firmama iz svog kraja.',
      },
    },
    'wine-producers': {
      offer: {
        title: 'Susreti s uvoznicima i distributerima na našem sajmu vina',
        description:
          'Svake jeseni naš sajam vina okuplja uvoznike, vinoteke i distributere iz regiona. Vinari iz partnerskih općina besplatno su pozvani na poslovne susrete s kupcima.',
      },
      request: {
        title: 'Naši vinari traže uvoznike i distributere',
        description:
          'Osamnaest porodičnih vinarija iz naše općine proizvodi vina od autohtonih sorti, žilavke i blatine, nagrađivana na više takmičenja. Traže uvoznike i distributere; moguće je poslati uzorke i organizovati posjete podrumima.',
      },
    },
    'wood-processing': {
      offer: {
        title: 'Naš drvni klaster traži nove partnere',
        description:
          'Naš klaster od 15 stolarija i fabrika namještaja nudi kooperaciju, zajedničku nabavku i zajedničke štandove na sajmovima. Male drvoprerađivačke firme iz partnerskih općina su dobrodošle.',
      },
      request: {
        title: 'Tražimo partnere za naše pilane i stolarske radionice',
        description:
          'Desetak malih pilana i stolarija iz naše općine izrađuje namještaj od masivnog drveta i krovne konstrukcije. Traže poslovne i proizvodne partnere za izlazak na nova tržišta.',
      },
    },
    'organic-farming': {
      offer: {
        title: 'Plasman organskih proizvoda partnerskih zadruga',
        description:
          'Naše školske kuhinje i pijaca lokalnih proizvođača svake sedmice kupuju organsko voće i povrće. Rado povezujemo organske zadruge iz partnerskih općina s našim kupcima.',
      },
      request: {
        title: 'Zadruga za organsku proizvodnju traži kupce i partnere',
        description:
          'Naša zadruga okuplja 35 certificiranih organskih gazdinstava: povrće, voće, med i kozji sir. Traži stalne kupce, poput kuhinja, prodavnica i veletrgovaca, te partnere za preradu.',
      },
    },
  },
  municipalityDescription:
    'Općina {name} ({country}) vjeruje u saradnju među općinama: rado dijelimo opremu i znanje i tražimo partnere za naše lokalne projekte.',
  messages: {
    ask: 'Poštovani, vaš oglas odgovara upravo onome što nam treba. Možemo li se ove sedmice čuti telefonom?',
    accept: 'Sa zadovoljstvom, s naše strane je dogovoreno. Još danas vam šaljemo praktične detalje.',
    decline: 'Hvala na interesovanju. Nažalost, već smo to obećali drugoj općini, ali javit ćemo vam se ako se nešto promijeni.',
    handover: 'Predlažemo primopredaju 14. maja u 10 sati u krugu našeg komunalnog preduzeća; prevoz osiguravamo mi. Da li vam odgovara?',
    thanks: 'Sve je prošlo odlično: od srca hvala na velikodušnosti i brzini. Nadamo se novoj saradnji!',
  },
  feedback: 'Primjerna saradnja: brza komunikacija, sve kao u oglasu i odlično organizovana primopredaja.',
};
