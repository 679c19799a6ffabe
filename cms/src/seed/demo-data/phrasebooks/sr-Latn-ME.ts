import type { DemoPhrasebook } from '../phrasebook-types';

export const phrasebook: DemoPhrasebook = {
  locale: 'sr-Latn-ME',
  subjects: {
    'digital-services': {
      offer: {
        title: 'Dijelimo iskustvo sa elektronskim uslugama i uslužnim centrom',
        description:
          'Od 2021. godine naši građani završavaju više od 40 usluga preko interneta, a u zgradi opštine radi jedinstveni uslužni centar. Naš tim za digitalizaciju besplatno dijeli tehničke specifikacije, procedure i stečena iskustva, kroz studijsku posjetu ili dvodnevnu radionicu.',
      },
      request: {
        title: 'Tražimo savjet za uvođenje elektronskih usluga za građane',
        description:
          'Naredne godine želimo da pokrenemo portal e-usluga i jedinstveni šalter za građane. Tražimo opštinu sa iskustvom koja bi mogla da nas savjetuje pri izboru softvera, organizaciji rada i obuci zaposlenih.',
      },
    },
    'energy-efficiency': {
      offer: {
        title: 'Naše iskustvo u energetskoj sanaciji škola i vrtića',
        description:
          'Za pet godina energetski smo sanirali šest škola, tri vrtića i zgradu opštine: termoizolacija, nova stolarija i toplotne pumpe. Potrošnja energije smanjena je za 40%. Naši inženjeri rado će vam pokazati energetske preglede, tendersku dokumentaciju i same objekte.',
      },
      request: {
        title: 'Potrebna nam je podrška za energetsku sanaciju opštine i dva vrtića',
        description:
          'Pripremamo energetsku sanaciju zgrade opštine i dva vrtića izgrađena sedamdesetih godina. Mnogo bi nam značila pomoć oko energetskog pregleda, tenderske dokumentacije i plana finansiranja.',
      },
    },
    'eu-funding': {
      offer: {
        title: 'Mentorstvo u pripremi i sprovođenju projekata iz EU fondova',
        description:
          'Naša kancelarija za evropske projekte, sa četiri službenika, obezbijedila je finansiranje za više od 25 projekata (IPA, Interreg). Opštinama koje tek počinju besplatno nudimo pregled prijava, obuke i mentorstvo.',
      },
      request: {
        title: 'Potrebna nam je pomoć oko prve prijave na Interreg',
        description:
          'Ove jeseni predajemo prvu prijavu na Interreg, bez ranijeg iskustva sa EU fondovima. Da li bi opština sa iskustvom mogla da pregleda našu prijavu i obuči dvoje kolega za upravljanje projektom?',
      },
    },
    'water-utility-manager': {
      offer: {
        title: 'Direktor našeg vodovoda dostupan na šest mjeseci',
        description:
          'Direktor našeg preduzeća za vodovod i kanalizaciju, sa 20 godina iskustva, može šest mjeseci, po dva dana nedjeljno, da pomaže pri osnivanju sličnog preduzeća. Njegovu zaradu i dalje isplaćujemo mi.',
      },
      request: {
        title: 'Tražimo iskusnog menadžera za osnivanje opštinskog vodovoda',
        description:
          'Od 1. januara opština direktno preuzima vodosnabdijevanje i kanalizaciju. Na period od 6 do 12 mjeseci tražimo iskusnog menadžera koji će pomoći u organizaciji službe, utvrđivanju cijena i zapošljavanju.',
      },
    },
    'home-care-manager': {
      offer: {
        title: 'Koordinatorka službe pomoći u kući dostupna na tri mjeseca',
        description:
          'Koordinatorka naše službe za pomoć i njegu u kući, koja brine o 150 starih lica, može tri mjeseca da radi sa vama. Raspored obilazaka, izbor gerontodomaćica i standardi kvaliteta: prenosi vam sve što zna.',
      },
      request: {
        title: 'Tražimo stručnjaka za pokretanje njege u kući za stara lica',
        description:
          'U našoj opštini oko 60 starih lica koja žive sama treba svakodnevnu pomoć. Želimo da osnujemo službu za njegu u kući i na nekoliko mjeseci tražimo iskusnu osobu koja će je pokrenuti sa nama.',
      },
    },
    'tourist-office-manager': {
      offer: {
        title: 'Direktorka naše turističke organizacije pomaže vam pred sezonu',
        description:
          'Direktorka naše turističke organizacije može od februara do maja da dolazi kod vas jednu nedjelju mjesečno. Pomaže pri uređenju info-centra, izradi promotivnog materijala i saradnji sa izdavaocima smještaja.',
      },
      request: {
        title: 'Tražimo menadžera za otvaranje turističkog info-centra',
        description:
          'U aprilu otvaramo novi turistički informativni centar u obnovljenoj staroj željezničkoj stanici. Na 3 do 6 mjeseci tražimo iskusnog stručnjaka koji će organizovati rad, obučiti dvoje zaposlenih i pokrenuti promociju.',
      },
    },
    'flood-response': {
      offer: {
        title: 'Tim od 25 volontera spreman za pomoć u poplavama',
        description:
          'Naših 25 volontera, obučenih za zaštitu i spašavanje, stiže u roku od 24 sata sa sopstvenim kombijem i opremom. Pune džakove pijeskom, podižu privremene nasipe i pomažu mještanima da isprazne kuće.',
      },
      request: {
        title: 'Poplave: tražimo volontere za punjenje džakova pijeskom',
        description:
          'Nivo rijeke raste već tri dana i nekoliko naselja je ugroženo. Potrebno nam je 30 do 50 volontera za punjenje džakova pijeskom i pomoć stanovništvu; opština obezbjeđuje hranu i smještaj.',
      },
    },
    'wildfire-support': {
      offer: {
        title: 'Volonteri za snabdijevanje vatrogasaca tokom šumskih požara',
        description:
          'Od juna do septembra 15 volontera sa dva kombija spremno je da vatrogascima na terenu doprema vodu, obroke i opremu. Na terenu možemo da ostanemo do sedam dana.',
      },
      request: {
        title: 'Tražimo logističku podršku za naše vatrogasce ovog ljeta',
        description:
          'Tokom šumskih požara vatrogasce treba snabdijevati danju i noću. Tražimo volontere koji će pripremati i dostavljati obroke i vodu, u smjenama od po osam sati, tokom jula i avgusta.',
      },
    },
    'earthquake-shelter': {
      offer: {
        title: 'Obučeni volonteri za vođenje privremenog smještaja nakon zemljotresa',
        description:
          'Dvadeset volontera koje je obučio Crveni krst može da vodi privremeni prihvatni centar: evidenciju porodica, obroke i brigu o djeci. Dostupni su dvije nedjelje zaredom.',
      },
      request: {
        title: 'Poslije zemljotresa: potrebni su nam volonteri za prihvatni centar',
        description:
          'Od zemljotresa je četrdesetak porodica smješteno u opštinskoj sportskoj sali. Najmanje dvije nedjelje potrebni su nam volonteri za prijem, podjelu obroka i aktivnosti sa djecom.',
      },
    },
    'river-clean-up': {
      offer: {
        title: 'Mladi volonteri za čišćenje obala vaše rijeke',
        description:
          'Naš savjet mladih okuplja tridesetak mladih od 16 do 25 godina za dan čišćenja riječnih obala. Dolaze jedne proljećne subote, sa rukavicama, vrećama i koordinatorima.',
      },
      request: {
        title: 'Akcija čišćenja rijeke: pozivamo mlade volontere',
        description:
          'Jedne subote u aprilu čistimo pet kilometara obale rijeke. Tražimo mlade koji žele da pomognu; opština obezbjeđuje rukavice, vreće, prevoz i ručak.',
      },
    },
    'community-centre': {
      offer: {
        title: 'Naši volonteri vode popodnevne aktivnosti za starije sugrađane',
        description:
          'Penzionisani nastavnici i studenti iz našeg udruženja svake nedjelje organizuju društvene igre, pjevanje i kurseve rada na računaru za starije. Jednom mjesečno mogu da dođu u vaš dnevni centar i podijele svoj program.',
      },
      request: {
        title: 'Tražimo volontere za popodneva u klubu penzionera',
        description:
          'Svakog popodneva u naš dnevni centar dolazi tridesetak penzionera. Tražimo volontere dva puta nedjeljno, od 16 do 19 časova, za čitanje, šah ili kreativne radionice.',
      },
    },
    'tree-planting': {
      offer: {
        title: 'Dvadeset volontera sa alatom za vašu akciju sadnje drveća',
        description:
          'Naše ekološko udruženje može da pošalje dvadesetak volontera sa lopatama i kantama za zalivanje na vašu akciju sadnje drveća. Slobodni su u novembru ili martu.',
      },
      request: {
        title: 'Sadimo 200 stabala u gradskom parku: pridružite nam se',
        description:
          'Posljednje subote u novembru sadimo 200 mladih stabala u gradskom parku. Dobrodošli su volonteri svih uzrasta; alat, sadnice i užinu obezbjeđujemo mi.',
      },
    },
    'fire-engine': {
      offer: {
        title: 'Polovno ispravno vatrogasno vozilo, bez naknade',
        description:
          'Bez naknade ustupamo vatrogasno vozilo iz 2004. godine sa cisternom od 2.000 litara i 95.000 km, redovno servisirano i registrovano. Namijenjeno je dobrovoljnom vatrogasnom društvu; preuzima se u našoj Službi zaštite i spašavanja.',
      },
      request: {
        title: 'Tražimo polovno vatrogasno vozilo za dobrovoljne vatrogasce',
        description:
          'Naših 30 dobrovoljnih vatrogasaca ima samo jedno vozilo starije od trideset godina. Polovno, ali ispravno vatrogasno vozilo pomoglo bi nam da bolje zaštitimo sela u opštini.',
      },
    },
    'school-computers': {
      offer: {
        title: 'Poklanjamo školi 25 desktop računara sa monitorima',
        description:
          'Nakon zamjene opreme poklanjamo 25 desktop računara (Intel i5, 8 GB RAM, iz 2019.) sa monitorom, tastaturom i mišem. Diskovi su obrisani; preuzimanje u opštini od juna.',
      },
      request: {
        title: 'Tražimo računare za informatički kabinet naše škole',
        description:
          'U našoj osnovnoj školi 180 učenika dijeli šest zastarjelih računara. Sa dvadesetak ispravnih računara do septembra bismo mogli da opremimo pravi informatički kabinet.',
      },
    },
    'power-generator': {
      offer: {
        title: 'Dizel agregat od 60 kVA na prikolici, bez naknade',
        description:
          'Ustupamo dizel agregat od 60 kVA montiran na prikolicu, u upotrebi od 2015., sa oko 400 radnih sati. Redovno je održavan; preuzima se besplatno u krugu našeg komunalnog preduzeća.',
      },
      request: {
        title: 'Tražimo dizel agregat za vanredne situacije',
        description:
          'Pri svakom nestanku struje pumpna stanica i opštinski tim za vanredne situacije ostaju bez napajanja. Tražimo dizel agregat od najmanje 30 kVA, može i polovan, samo da je pouzdan.',
      },
    },
    'school-furniture': {
      offer: {
        title: '120 školskih klupa i 240 stolica u dobrom stanju',
        description:
          'Poslije rekonstrukcije jedne škole poklanjamo 120 klupa za po dva učenika i 240 stolica podesive visine, sve u dobrom stanju. Preuzimanje je moguće u julu, a naši radnici pomoći će pri utovaru.',
      },
      request: {
        title: 'Potrebne su nam klupe i stolice za četiri nove učionice',
        description:
          'Od septembra otvaramo četiri nova odjeljenja, a nedostaje nam još 60 školskih klupa i 120 stolica. Polovan školski namještaj u dobrom stanju bio bi idealan; prevoz organizujemo sami.',
      },
    },
    'hospital-beds': {
      offer: {
        title: 'Trideset bolničkih kreveta sa dušecima, odmah dostupno',
        description:
          'Novom opremom u našem domu zdravlja oslobodilo se 30 kreveta podesive visine sa dušecima, u dobrom stanju. Pogodni su za zdravstvenu ustanovu ili dom za stare; preuzimanje na licu mjesta.',
      },
      request: {
        title: 'Tražimo krevete za novo krilo doma za stara lica',
        description:
          'Na proljeće naš dom za stara lica otvara novo krilo sa 20 soba, ali budžet nije dovoljan za opremu. Tražimo 20 kreveta, po mogućnosti električnih i podesive visine.',
      },
    },
    'emergency-tents': {
      offer: {
        title: 'Pozajmljujemo šatore za vanredne situacije',
        description:
          'U magacinu zaštite i spašavanja imamo 15 velikih šatora za po deset osoba, sa poljskim krevetima. Pozajmljujemo ih ili poklanjamo opštini pogođenoj katastrofom; dostava je moguća u roku od 48 sati.',
      },
      request: {
        title: 'Tražimo šatore za opštinsku rezervu za vanredne situacije',
        description:
          'Kada bi nas danas pogodila poplava ili zemljotres, ne bismo imali gdje da smjestimo nastradale. Tražimo šatore za stotinak osoba, koje bismo čuvali u opštinskom magacinu.',
      },
    },
    'construction-timber': {
      offer: {
        title: 'Oko 12 m³ suve građevinske građe za preuzimanje',
        description:
          'Poslije obnove doma kulture ostalo nam je oko 12 m³ suve jelove građe, greda i dasaka. Uskladištena je pod krovom u krugu komunalnog preduzeća i besplatno se ustupa do kraja marta.',
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
          'Pošto je zima bila blaga, ostalo nam je 40 tona soli za posipanje puteva, uskladištene na suvom. Besplatno je ustupamo opštini koja dođe po nju sopstvenim kamionima.',
      },
      request: {
        title: 'Hitno nam je potrebna so za zimsko održavanje puteva',
        description:
          'Poslije nekoliko nedjelja snijega i poledice zalihe su nam skoro potrošene. Treba nam oko 30 tona soli kako bismo lokalne puteve održali prohodnim do kraja zime.',
      },
    },
    'paving-stones': {
      offer: {
        title: 'Behaton ploče i ivičnjaci preostali od uređenja trga',
        description:
          'Nakon uređenja centralnog trga preostalo je oko 800 m² behaton ploča, 50 ivičnjaka i gomila šljunka. Sve je na paletama u krugu komunalnog preduzeća i treba da se preuzme do kraja mjeseca.',
      },
      request: {
        title: 'Tražimo behaton ploče za trotoar u jednom selu',
        description:
          'Pored škole u jednom našem selu želimo da izgradimo bezbjedan trotoar od 300 m². Sa behaton pločama i ivičnjacima preostalim sa drugog gradilišta, naša komunalna ekipa bi ga napravila ovog ljeta.',
      },
    },
    'snow-clearing': {
      offer: {
        title: 'Čišćenje snijega na vašim lokalnim putevima našim vozilima',
        description:
          'Naše dvije ralice sa posipačima soli mogu da čiste i puteve u susjednim selima, naročito uz granicu. Intervencije usklađujemo sa našom zimskom službom, bez troškova za vašu opštinu.',
      },
      request: {
        title: 'Tražimo pomoć pri čišćenju snijega u našim planinskim selima',
        description:
          'Održavamo 35 km lokalnih puteva u planinskom dijelu opštine sa samo jednom ralicom. Kad napada mnogo snijega, neka sela ostaju odsječena; da li bi susjedna opština mogla da nam pritekne u pomoć?',
      },
    },
    'translation': {
      offer: {
        title: 'Besplatni prevodi za vaše prekogranične projekte',
        description:
          'Naša dva ovlašćena prevodioca rade na engleskom, italijanskom i albanskom jeziku. Besplatno prevodimo do 50 stranica mjesečno za prekogranične projekte: sporazume, prijave i izvještaje.',
      },
      request: {
        title: 'Prevod dokumenata za prekogranični projekat',
        description:
          'Za naš prekogranični projekat na engleski treba prevesti četrdesetak stranica, prijavu i sporazum o partnerstvu. Rok ističe za tri nedjelje.',
      },
    },
    'waste-collection': {
      offer: {
        title: 'Odvoz kabastog otpada našim kamionom sa dizalicom',
        description:
          'Naš kamion sa dizalicom i ekipa od tri radnika mogu jednom mjesečno da odvoze kabasti otpad iz vaših mjesnih zajednica. Odvoz do deponije organizujete vi.',
      },
      request: {
        title: 'Tražimo kamion za odvoz kabastog otpada u aprilu',
        description:
          'U proljećnoj akciji čišćenja građani iznose stari namještaj i pokvarene aparate. Potreban nam je kamion sa vozačem na tri dana u aprilu kako bismo prikupili kabasti otpad.',
      },
    },
    'unused-school-building': {
      offer: {
        title: 'Bivša škola u dugoročni zakup uz simboličnu zakupninu',
        description:
          'Naša bivša područna škola, prazna od 2015., ima 1.200 m² na placu od pola hektara. Nudimo je u dugoročni zakup uz simboličnu zakupninu, za turistički, obrazovni ili socijalni projekat.',
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
          'Naš termalni izvor ima temperaturu od 38 °C i izdašnost od 15 litara u sekundi, na opštinskom zemljištu od 4 hektara. Studija izvodljivosti i dozvole su spremne; opština nudi dugoročnu koncesiju.',
      },
      request: {
        title: 'Tražimo investitora za izgradnju banje',
        description:
          'Na teritoriji naše opštine nalazi se topli izvor poznat po ljekovitim svojstvima, koji se još ne koristi. Tražimo investitora ili operatera banje; studija izvodljivosti vam je na raspolaganju.',
      },
    },
    'industrial-zone': {
      offer: {
        title: 'Komunalno opremljene parcele u biznis zoni pod povoljnim uslovima',
        description:
          'U našoj biznis zoni, 2 km od magistralnog puta, dostupno je dvanaest komunalno opremljenih parcela od 0,5 do 3 hektara. Firme koje otvaraju radna mjesta dobijaju nižu cijenu i petogodišnje oslobađanje od naknade za komunalno opremanje.',
      },
      request: {
        title: 'Tražimo investitore za parcele u industrijskoj zoni',
        description:
          'U opštinskoj industrijskoj zoni još je slobodno nekoliko parcela priključenih na svu infrastrukturu. Bili bismo zahvalni partnerskim opštinama kada bi ovu priliku predstavile firmama iz svog kraja.',
      },
    },
    'wine-producers': {
      offer: {
        title: 'Susreti sa uvoznicima i distributerima na našem sajmu vina',
        description:
          'Svake jeseni naš sajam vina okuplja uvoznike, vinoteke i distributere iz regiona. Vinari iz partnerskih opština besplatno su pozvani na poslovne susrete sa kupcima.',
      },
      request: {
        title: 'Naši vinari traže uvoznike i distributere',
        description:
          'Osamnaest porodičnih vinarija iz naše opštine proizvodi vina od autohtonih sorti, vranca i krstača, nagrađivana na više takmičenja. Traže uvoznike i distributere; moguće je poslati uzorke i organizovati posjete podrumima.',
      },
    },
    'wood-processing': {
      offer: {
        title: 'Naš drvni klaster traži nove partnere',
        description:
          'Naš klaster od 15 stolarija i fabrika namještaja nudi kooperaciju, zajedničku nabavku i zajedničke štandove na sajmovima. Mala drvoprerađivačka preduzeća iz partnerskih opština su dobrodošla.',
      },
      request: {
        title: 'Tražimo partnere za naše pilane i stolarske radionice',
        description:
          'Desetak malih pilana i stolarija iz naše opštine izrađuje namještaj od masivnog drveta i krovne konstrukcije. Traže poslovne i proizvodne partnere kako bi izašli na nova tržišta.',
      },
    },
    'organic-farming': {
      offer: {
        title: 'Plasman organskih proizvoda partnerskih zadruga',
        description:
          'Naše školske kuhinje i pijaca lokalnih proizvođača svake nedjelje kupuju organsko voće i povrće. Rado povezujemo organske zadruge iz partnerskih opština sa našim kupcima.',
      },
      request: {
        title: 'Zadruga za organsku proizvodnju traži kupce i partnere',
        description:
          'Naša zadruga okuplja 35 sertifikovanih organskih gazdinstava: povrće, voće, med i kozji sir. Traži stalne kupce, poput kuhinja, prodavnica i veletrgovaca, kao i partnere za preradu.',
      },
    },
  },
  municipalityDescription:
    'Opština {name} ({country}) vjeruje u saradnju među opštinama: rado dijelimo opremu i znanje i tražimo partnere za naše lokalne projekte.',
  messages: {
    ask: 'Poštovani, vaš oglas odgovara upravo onome što nam je potrebno. Možemo li da se čujemo telefonom ove nedjelje?',
    accept: 'Sa zadovoljstvom, sa naše strane je dogovoreno. Još danas vam šaljemo praktične detalje.',
    decline: 'Hvala na interesovanju. Nažalost, već smo to obećali drugoj opštini, ali javićemo vam se ako se nešto promijeni.',
    handover: 'Predlažemo primopredaju 14. maja u 10 časova u krugu našeg komunalnog preduzeća; prevoz obezbjeđujemo mi. Da li vam odgovara?',
    thanks: 'Sve je prošlo odlično: od srca hvala na velikodušnosti i brzini. Nadamo se novoj saradnji!',
  },
  feedback: 'Primjerna saradnja: brza komunikacija, sve kao u oglasu i odlično organizovana primopredaja.',
};
