import type { DemoPhrasebook } from '../phrasebook-types';

export const phrasebook: DemoPhrasebook = {
  locale: 'hr',
  subjects: {
    'digital-services': {
      offer: {
        title: 'Dijelimo iskustvo uvođenja e-usluga i jedinstvenog upravnog mjesta',
        description:
          'Od 2021. naši građani više od 40 usluga obavljaju online, a u zgradi općine radi jedinstveno upravno mjesto. Naš tim za digitalizaciju besplatno dijeli specifikacije, procedure i stečena iskustva, kroz studijski posjet ili dvodnevnu radionicu.',
      },
      request: {
        title: 'Tražimo savjet za uvođenje elektroničkih usluga za građane',
        description:
          'Iduće godine želimo pokrenuti portal e-usluga i jedinstveno upravno mjesto za građane. Tražimo iskusnu jedinicu lokalne samouprave koja bi nas savjetovala oko odabira softvera, organizacije rada i edukacije djelatnika.',
      },
    },
    'energy-efficiency': {
      offer: {
        title: 'Naše iskustvo s energetskom obnovom škola i vrtića',
        description:
          'U pet godina energetski smo obnovili šest škola, tri vrtića i zgradu općine: toplinska izolacija, nova stolarija i dizalice topline. Potrošnja energije pala je za 40 %. Naši inženjeri rado će vam pokazati energetske preglede, natječajnu dokumentaciju i same objekte.',
      },
      request: {
        title: 'Trebamo podršku za energetsku obnovu općinske zgrade i dvaju vrtića',
        description:
          'Pripremamo energetsku obnovu općinske zgrade i dvaju vrtića izgrađenih sedamdesetih godina. Puno bi nam značila pomoć oko energetskog pregleda, izrade troškovnika i financijske konstrukcije.',
      },
    },
    'eu-funding': {
      offer: {
        title: 'Mentorstvo u pripremi i provedbi EU projekata',
        description:
          'Naš odsjek za EU fondove, s četiri djelatnika, osigurao je financiranje za više od 25 projekata (Interreg, EFRR, IPA). Općinama koje tek počinju besplatno nudimo pregled prijava, edukacije i mentorstvo.',
      },
      request: {
        title: 'Trebamo pomoć oko naše prve prijave na Interreg',
        description:
          'Ove jeseni predajemo svoju prvu prijavu na Interreg, bez prethodnog iskustva s EU fondovima. Može li nam općina s iskustvom pregledati prijavu i educirati dvoje kolega za upravljanje projektom?',
      },
    },
    'water-utility-manager': {
      offer: {
        title: 'Direktor našeg vodovoda na raspolaganju šest mjeseci',
        description:
          'Direktor našeg komunalnog poduzeća za vodoopskrbu i odvodnju, s 20 godina iskustva, može šest mjeseci dva dana tjedno pomagati pri osnivanju sličnog poduzeća. Njegovu plaću i dalje snosimo mi.',
      },
      request: {
        title: 'Tražimo iskusnog upravitelja za osnivanje komunalnog vodovoda',
        description:
          'Od 1. siječnja općina izravno preuzima vodoopskrbu i odvodnju. Na 6 do 12 mjeseci tražimo iskusnog rukovoditelja koji će nam pomoći organizirati službu, odrediti cijene i zaposliti djelatnike.',
      },
    },
    'home-care-manager': {
      offer: {
        title: 'Voditeljica službe pomoći u kući na raspolaganju tri mjeseca',
        description:
          'Voditeljica naše službe pomoći u kući, koja skrbi o 150 starijih osoba, može vam tri mjeseca biti na raspolaganju. Raspored obilazaka, zapošljavanje gerontodomaćica i standardi kvalitete: prenosi sve svoje znanje.',
      },
      request: {
        title: 'Tražimo stručnjaka za pokretanje pomoći u kući za starije',
        description:
          'U našoj općini oko 60 starijih osoba koje žive same treba svakodnevnu pomoć. Želimo pokrenuti službu pomoći u kući i na nekoliko mjeseci tražimo iskusnu osobu koja će je s nama postaviti na noge.',
      },
    },
    'tourist-office-manager': {
      offer: {
        title: 'Direktorica naše turističke zajednice pomaže vam prije sezone',
        description:
          'Direktorica naše turističke zajednice može od veljače do svibnja dolaziti k vama jedan tjedan mjesečno. Pomaže pri uređenju turističkog info-centra, izradi promotivnih materijala i suradnji s iznajmljivačima.',
      },
      request: {
        title: 'Tražimo voditelja za otvaranje turističkog informativnog centra',
        description:
          'U travnju otvaramo novi turistički informativni centar u obnovljenoj staroj željezničkoj postaji. Na 3 do 6 mjeseci tražimo iskusnog stručnjaka koji će organizirati rad, educirati dvoje djelatnika i pokrenuti promociju.',
      },
    },
    'flood-response': {
      offer: {
        title: 'Tim od 25 volontera spreman za pomoć u poplavama',
        description:
          'Naših 25 volontera, osposobljenih za civilnu zaštitu, stiže u roku od 24 sata s vlastitim kombijem i opremom. Pune vreće pijeskom, slažu privremene nasipe i pomažu mještanima isprazniti kuće.',
      },
      request: {
        title: 'Poplava: trebaju nam volonteri za punjenje vreća pijeskom',
        description:
          'Vodostaj rijeke raste već tri dana i nekoliko je naselja ugroženo. Trebamo 30 do 50 volontera za punjenje vreća pijeskom i pomoć mještanima; općina osigurava hranu i smještaj.',
      },
    },
    'wildfire-support': {
      offer: {
        title: 'Volonteri za opskrbu vatrogasaca tijekom šumskih požara',
        description:
          'Od lipnja do rujna 15 volontera s dva kombija spremno je vatrogascima na terenu dostavljati vodu, obroke i opremu. Na terenu možemo ostati do tjedan dana.',
      },
      request: {
        title: 'Tražimo logističku pomoć za naše vatrogasce ovog ljeta',
        description:
          'Tijekom šumskih požara vatrogasce treba opskrbljivati danju i noću. Tražimo volontere koji će pripremati i dostavljati obroke i vodu, u smjenama od osam sati, tijekom srpnja i kolovoza.',
      },
    },
    'earthquake-shelter': {
      offer: {
        title: 'Educirani volonteri za vođenje privremenog smještaja nakon potresa',
        description:
          'Dvadeset volontera koje je osposobio Crveni križ može voditi privremeni prihvatni centar: evidenciju obitelji, obroke i brigu o djeci. Dostupni su dva tjedna zaredom.',
      },
      request: {
        title: 'Nakon potresa: tražimo volontere za prihvatni centar',
        description:
          'Od potresa je četrdesetak obitelji smješteno u općinskoj sportskoj dvorani. Najmanje dva tjedna trebaju nam volonteri za prihvat, podjelu obroka i aktivnosti s djecom.',
      },
    },
    'river-clean-up': {
      offer: {
        title: 'Mladi volonteri za čišćenje obala vaše rijeke',
        description:
          'Naš savjet mladih okuplja tridesetak mladih od 16 do 25 godina za dan čišćenja riječnih obala. Dolaze jedne proljetne subote, s rukavicama, vrećama i voditeljima.',
      },
      request: {
        title: 'Akcija čišćenja rijeke: tražimo mlade volontere',
        description:
          'Jedne subote u travnju očistit ćemo pet kilometara riječne obale. Pozivamo mlade koji žele pomoći; općina osigurava rukavice, vreće, prijevoz i ručak.',
      },
    },
    'community-centre': {
      offer: {
        title: 'Naši volonteri vode popodnevne aktivnosti za starije sugrađane',
        description:
          'Umirovljeni učitelji i studenti iz naše udruge svaki tjedan organiziraju društvene igre, pjevanje i tečajeve rada na računalu za starije. Jednom mjesečno mogu doći u vaš društveni dom i podijeliti svoj program.',
      },
      request: {
        title: 'Tražimo volontere za popodneva u klubu za starije osobe',
        description:
          'Svako popodne u naš klub za starije dolazi tridesetak umirovljenika. Tražimo volontere dvaput tjedno, od 16 do 19 sati, za čitanje, šah ili kreativne radionice.',
      },
    },
    'tree-planting': {
      offer: {
        title: 'Dvadeset volontera s alatom za vašu akciju sadnje drveća',
        description:
          'Naša ekološka udruga može poslati dvadesetak volontera s lopatama i kantama za zalijevanje na vašu akciju sadnje drveća. Slobodni su u studenom ili ožujku.',
      },
      request: {
        title: 'Sadimo 200 stabala u gradskom parku: pridružite nam se',
        description:
          'Posljednje subote u studenom posadit ćemo 200 mladih stabala u gradskom parku. Dobrodošli su volonteri svih dobi; alat, sadnice i okrjepu osiguravamo mi.',
      },
    },
    'fire-engine': {
      offer: {
        title: 'Rabljeno ispravno vatrogasno vozilo, besplatno',
        description:
          'Besplatno ustupamo navalno vatrogasno vozilo iz 2004. s cisternom od 2000 litara i 95 000 km, redovito servisirano i tehnički pregledano. Namijenjeno je dobrovoljnom vatrogasnom društvu; preuzimanje u našem vatrogasnom domu.',
      },
      request: {
        title: 'Tražimo rabljeno vatrogasno vozilo za naš DVD',
        description:
          'Naših 30 dobrovoljnih vatrogasaca ima samo jedno vozilo starije od trideset godina. Rabljeno, ali ispravno vatrogasno vozilo pomoglo bi nam da bolje zaštitimo sela u općini.',
      },
    },
    'school-computers': {
      offer: {
        title: 'Poklanjamo školi 25 stolnih računala s monitorima',
        description:
          'Nakon zamjene opreme poklanjamo 25 stolnih računala (Intel i5, 8 GB RAM-a, iz 2019.) s monitorom, tipkovnicom i mišem. Diskovi su obrisani; preuzimanje u općini od lipnja.',
      },
      request: {
        title: 'Tražimo računala za informatičku učionicu naše škole',
        description:
          'U našoj osnovnoj školi 180 učenika dijeli šest zastarjelih računala. S dvadesetak ispravnih stolnih računala do rujna bismo mogli opremiti pravu informatičku učionicu.',
      },
    },
    'power-generator': {
      offer: {
        title: 'Dizelski agregat od 60 kVA na prikolici, besplatno',
        description:
          'Ustupamo dizelski agregat od 60 kVA montiran na prikolicu, u uporabi od 2015., s oko 400 radnih sati. Redovito je održavan; besplatno se preuzima u našem komunalnom dvorištu.',
      },
      request: {
        title: 'Tražimo dizelski agregat za izvanredne situacije',
        description:
          'Pri svakom nestanku struje crpna stanica i stožer civilne zaštite ostaju bez napajanja. Tražimo dizelski agregat od najmanje 30 kVA, može i rabljen, samo da je pouzdan.',
      },
    },
    'school-furniture': {
      offer: {
        title: '120 školskih klupa i 240 stolica u dobrom stanju',
        description:
          'Nakon obnove jedne škole poklanjamo 120 klupa za po dva učenika i 240 stolica podesive visine, sve u dobrom stanju. Preuzimanje je moguće u srpnju, a naši djelatnici pomoći će pri utovaru.',
      },
      request: {
        title: 'Trebamo klupe i stolice za četiri nove učionice',
        description:
          'Od rujna otvaramo četiri nova razredna odjela, a nedostaje nam još 60 školskih klupa i 120 stolica. Rabljeni školski namještaj u dobrom stanju bio bi idealan; prijevoz organiziramo sami.',
      },
    },
    'hospital-beds': {
      offer: {
        title: 'Trideset bolničkih kreveta s madracima, odmah dostupno',
        description:
          'Opremanjem našeg doma zdravlja oslobodilo se 30 kreveta podesive visine s madracima, u dobrom stanju. Prikladni su za zdravstvenu ustanovu ili dom za starije; preuzimanje na licu mjesta.',
      },
      request: {
        title: 'Tražimo krevete za novo krilo doma za starije',
        description:
          'Na proljeće naš dom za starije otvara novo krilo s 20 soba, ali proračun nije dovoljan za opremu. Tražimo 20 kreveta, po mogućnosti električnih i podesive visine.',
      },
    },
    'emergency-tents': {
      offer: {
        title: 'Posuđujemo šatore civilne zaštite za izvanredne situacije',
        description:
          'U skladištu civilne zaštite imamo 15 velikih šatora za po deset osoba, s poljskim krevetima. Posuđujemo ih ili poklanjamo općini pogođenoj katastrofom; dostava je moguća u roku od 48 sati.',
      },
      request: {
        title: 'Tražimo šatore za pričuvu za izvanredne situacije',
        description:
          'Kad bi nas danas pogodila poplava ili potres, ne bismo imali gdje smjestiti stradale. Tražimo šatore za stotinjak osoba, koje bismo čuvali u općinskom skladištu.',
      },
    },
    'construction-timber': {
      offer: {
        title: 'Oko 12 m³ suhe građevinske građe za preuzimanje',
        description:
          'Nakon obnove doma kulture ostalo nam je oko 12 m³ suhe jelove građe, greda i dasaka. Uskladištena je pod krovom u komunalnom dvorištu i besplatno se ustupa do kraja ožujka.',
      },
      request: {
        title: 'Trebamo građu za popravak krovišta škole',
        description:
          'Krovište naše škole oštećeno je u nevremenu. Da bismo ga popravili prije zime, trebamo oko 8 m³ greda i dasaka; prijevoz organiziramo sami.',
      },
    },
    'road-salt': {
      offer: {
        title: '40 tona soli za ceste na raspolaganju',
        description:
          'Budući da je zima bila blaga, ostalo nam je 40 tona soli za posipanje cesta, uskladištene na suhom. Besplatno je ustupamo općini koja je dođe preuzeti vlastitim kamionima.',
      },
      request: {
        title: 'Hitno trebamo sol za zimsku službu na lokalnim cestama',
        description:
          'Nakon nekoliko tjedana snijega i poledice zalihe su nam gotovo potrošene. Trebamo oko 30 tona soli kako bismo lokalne ceste održali prohodnima do kraja zime.',
      },
    },
    'paving-stones': {
      offer: {
        title: 'Betonski opločnici i rubnjaci preostali nakon uređenja trga',
        description:
          'Nakon uređenja središnjeg trga preostalo je oko 800 m² betonskih opločnika, 50 rubnjaka i hrpa šljunka. Sve je na paletama u komunalnom dvorištu i treba se preuzeti do kraja mjeseca.',
      },
      request: {
        title: 'Tražimo opločnike za nogostup u jednom od naših sela',
        description:
          'Uz školu u jednom našem selu želimo izgraditi siguran nogostup od 300 m². S opločnicima i rubnjacima preostalima s drugog gradilišta naša bi ga komunalna ekipa mogla napraviti ovog ljeta.',
      },
    },
    'snow-clearing': {
      offer: {
        title: 'Čišćenje snijega na vašim lokalnim cestama našim vozilima',
        description:
          'Naše dvije ralice s posipačima soli mogu čistiti i ceste u susjednim selima, osobito uz granicu. Intervencije usklađujemo s našom zimskom službom, bez troškova za vašu općinu.',
      },
      request: {
        title: 'Tražimo pomoć pri čišćenju snijega u našim planinskim selima',
        description:
          'Održavamo 35 km lokalnih cesta u planinskom kraju sa samo jednom ralicom. Kod obilnog snijega neka sela ostaju odsječena; može li nam susjedna općina priskočiti u pomoć?',
      },
    },
    'translation': {
      offer: {
        title: 'Besplatni prijevodi za vaše prekogranične projekte',
        description:
          'Naša dva ovlaštena prevoditelja rade na engleskom, njemačkom i talijanskom. Besplatno prevodimo do 50 stranica mjesečno za prekogranične projekte: sporazume, prijave i izvješća.',
      },
      request: {
        title: 'Prijevod dokumenata za prekogranični projekt',
        description:
          'Za naš prekogranični projekt na engleski treba prevesti četrdesetak stranica, prijavu i sporazum o partnerstvu. Rok istječe za tri tjedna.',
      },
    },
    'waste-collection': {
      offer: {
        title: 'Odvoz glomaznog otpada našim kamionom s dizalicom',
        description:
          'Naš kamion s dizalicom i ekipa od tri radnika mogu jednom mjesečno odvoziti glomazni otpad iz vaših sela. Odvoz do reciklažnog dvorišta organizirate vi.',
      },
      request: {
        title: 'Tražimo kamion za odvoz glomaznog otpada u travnju',
        description:
          'Tijekom proljetne akcije čišćenja mještani iznose stari namještaj i pokvarene uređaje. Trebamo kamion s vozačem na tri dana u travnju kako bismo prikupili glomazni otpad.',
      },
    },
    'unused-school-building': {
      offer: {
        title: 'Bivša škola u dugoročni zakup uz simboličnu najamninu',
        description:
          'Naša bivša područna škola, prazna od 2015., ima 1200 m² na čestici od pola hektara. Nudimo je u dugoročni zakup uz simboličnu najamninu, za turistički, obrazovni ili socijalni projekt.',
      },
      request: {
        title: 'Tražimo investitora za zgradu stare škole',
        description:
          'Zgrada stare škole čvrsta je, ali propada jer se ne koristi. Tražimo investitora koji bi je pretvorio u smještaj, radionice ili stanove za starije; dobrodošao je svaki kontakt.',
      },
    },
    'thermal-spring': {
      offer: {
        title: 'Termalni izvor za razvoj lječilišnog turizma',
        description:
          'Naš termalni izvor ima temperaturu od 38 °C i izdašnost od 15 litara u sekundi, na općinskom zemljištu od 4 hektara. Studija izvodljivosti i dozvole su spremne; općina nudi dugoročnu koncesiju.',
      },
      request: {
        title: 'Tražimo investitora za razvoj toplica',
        description:
          'Na području naše općine nalazi se topli izvor poznat po ljekovitim svojstvima, koji se još ne koristi. Tražimo investitora ili operatera toplica; studija izvodljivosti vam je na raspolaganju.',
      },
    },
    'industrial-zone': {
      offer: {
        title: 'Komunalno opremljene parcele u poduzetničkoj zoni uz povoljne uvjete',
        description:
          'U našoj poduzetničkoj zoni, 2 km od autoceste, dostupno je dvanaest komunalno opremljenih parcela od 0,5 do 3 hektara. Tvrtke koje otvaraju radna mjesta dobivaju nižu cijenu i petogodišnje oslobođenje od komunalnog doprinosa.',
      },
      request: {
        title: 'Tražimo investitore za parcele u industrijskoj zoni',
        description:
          'U općinskoj industrijskoj zoni još je slobodno nekoliko parcela priključenih na svu infrastrukturu. Bili bismo zahvalni partnerskim općinama kad bi ovu priliku predstavile tvrtkama iz svog kraja.',
      },
    },
    'wine-producers': {
      offer: {
        title: 'Susreti s uvoznicima i distributerima na našem sajmu vina',
        description:
          'Svake jeseni naš sajam vina okuplja uvoznike, vinoteke i distributere iz regije. Vinari iz partnerskih općina besplatno su pozvani na poslovne susrete s kupcima.',
      },
      request: {
        title: 'Naši vinari traže uvoznike i distributere',
        description:
          'Osamnaest obiteljskih vinarija iz naše općine proizvodi vina od autohtonih sorti, nagrađivana na više natjecanja. Traže uvoznike i distributere; moguće je poslati uzorke i organizirati posjet podrumima.',
      },
    },
    'wood-processing': {
      offer: {
        title: 'Naš drvni klaster traži nove partnere',
        description:
          'Naš klaster od 15 stolarija i tvornica namještaja nudi kooperaciju, zajedničku nabavu i zajedničke štandove na sajmovima. Male drvoprerađivačke tvrtke iz partnerskih općina dobrodošle su.',
      },
      request: {
        title: 'Tražimo partnere za naše pilane i stolarske radionice',
        description:
          'Desetak malih pilana i stolarija iz naše općine izrađuje namještaj od masivnog drva i krovišta. Traže poslovne i proizvodne partnere za izlazak na nova tržišta.',
      },
    },
    'organic-farming': {
      offer: {
        title: 'Plasman ekoloških proizvoda partnerskih zadruga',
        description:
          'Naše školske kuhinje i tržnica lokalnih proizvođača svaki tjedan kupuju ekološko voće i povrće. Rado povezujemo ekološke zadruge iz partnerskih općina s našim kupcima.',
      },
      request: {
        title: 'Ekološka poljoprivredna zadruga traži kupce i partnere',
        description:
          'Naša zadruga okuplja 35 certificiranih ekoloških gospodarstava: povrće, voće, med i kozji sir. Traži stalne kupce, poput kuhinja, trgovina i veletrgovaca, te partnere za preradu.',
      },
    },
  },
  municipalityDescription:
    'Općina {name} ({country}) vjeruje u suradnju među općinama: rado dijelimo opremu i znanje te tražimo partnere za naše lokalne projekte.',
  messages: {
    ask: 'Poštovani, vaš oglas odgovara upravo onome što trebamo. Možemo li se ovaj tjedan čuti telefonom?',
    accept: 'Sa zadovoljstvom, s naše strane je dogovoreno. Još danas šaljemo vam praktične pojedinosti.',
    decline: 'Hvala na interesu. Nažalost, već smo to obećali drugoj općini, ali javit ćemo vam se ako se nešto promijeni.',
    handover: 'Predlažemo primopredaju 14. svibnja u 10 sati u našem komunalnom dvorištu; prijevoz osiguravamo mi. Odgovara li vam?',
    thanks: 'Sve je prošlo odlično: od srca hvala na velikodušnosti i brzini. Nadamo se novoj suradnji!',
  },
  feedback: 'Uzorna suradnja: brza komunikacija, sve kao u oglasu i odlično organizirana primopredaja.',
};
