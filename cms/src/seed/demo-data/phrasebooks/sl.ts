import type { DemoPhrasebook } from '../phrasebook-types';

export const phrasebook: DemoPhrasebook = {
  locale: 'sl',
  subjects: {
    'digital-services': {
      offer: {
        title: 'Delimo izkušnje z e-storitvami in enotno vstopno točko za občane',
        description:
          'Od leta 2021 naši občani več kot 40 postopkov opravijo prek spleta, v občinski stavbi pa deluje enotna vstopna točka. Naša ekipa za digitalizacijo brezplačno deli tehnične specifikacije, postopke in izkušnje, na študijskem obisku ali dvodnevni delavnici.',
      },
      request: {
        title: 'Iščemo nasvet pri uvajanju elektronskih storitev za občane',
        description:
          'Prihodnje leto želimo vzpostaviti portal e-storitev in enotno vstopno točko za občane. Iščemo izkušeno občino, ki bi nam svetovala pri izbiri programske opreme, organizaciji dela in usposabljanju zaposlenih.',
      },
    },
    'energy-efficiency': {
      offer: {
        title: 'Naše izkušnje z energetsko prenovo šol in vrtcev',
        description:
          'V petih letih smo energetsko prenovili šest šol, tri vrtce in občinsko stavbo: toplotna izolacija, novo stavbno pohištvo in toplotne črpalke. Poraba energije se je zmanjšala za 40 %. Naši inženirji vam bodo z veseljem pokazali energetske preglede, razpisno dokumentacijo in objekte.',
      },
      request: {
        title: 'Potrebujemo pomoč pri energetski prenovi občinske stavbe in dveh vrtcev',
        description:
          'Pripravljamo energetsko prenovo občinske stavbe in dveh vrtcev iz sedemdesetih let. Zelo bi nam pomagala podpora pri energetskem pregledu, razpisni dokumentaciji in finančni konstrukciji.',
      },
    },
    'eu-funding': {
      offer: {
        title: 'Mentorstvo pri pripravi in vodenju projektov z evropskimi sredstvi',
        description:
          'Naša pisarna za evropske projekte s štirimi sodelavci je pridobila sredstva za več kot 25 projektov (Interreg, ESRR, IPA). Občinam, ki šele začenjajo, brezplačno ponujamo pregled prijav, usposabljanja in mentorstvo.',
      },
      request: {
        title: 'Iščemo pomoč pri naši prvi prijavi na program Interreg',
        description:
          'To jesen oddajamo prvo prijavo na Interreg, brez predhodnih izkušenj z evropskimi sredstvi. Bi lahko izkušena občina pregledala našo prijavo in usposobila dva sodelavca za vodenje projekta?',
      },
    },
    'water-utility-manager': {
      offer: {
        title: 'Direktor našega komunalnega podjetja na voljo šest mesecev',
        description:
          'Direktor našega podjetja za oskrbo s pitno vodo in odvajanje odpadnih voda, ki ima 20 let izkušenj, lahko šest mesecev po dva dni na teden pomaga pri ustanovitvi podobnega podjetja. Njegovo plačo še naprej krijemo mi.',
      },
      request: {
        title: 'Iščemo izkušenega direktorja za ustanovitev občinskega vodovoda',
        description:
          'S 1. januarjem občina neposredno prevzema oskrbo s pitno vodo in kanalizacijo. Za 6 do 12 mesecev iščemo izkušenega vodjo, ki bo pomagal pri organizaciji službe, določanju cen in zaposlovanju.',
      },
    },
    'home-care-manager': {
      offer: {
        title: 'Vodja službe pomoči na domu na voljo za tri mesece',
        description:
          'Vodja naše službe pomoči na domu, ki skrbi za 150 starejših, lahko tri mesece dela z vami. Razpored obiskov, izbor socialnih oskrbovalk in standardi kakovosti: z vami deli vse svoje znanje.',
      },
      request: {
        title: 'Iščemo strokovnjaka za vzpostavitev pomoči na domu za starejše',
        description:
          'V naši občini približno 60 starejših, ki živijo sami, potrebuje vsakodnevno pomoč. Želimo ustanoviti službo pomoči na domu in za nekaj mesecev iščemo izkušeno osebo, ki jo bo postavila na noge skupaj z nami.',
      },
    },
    'tourist-office-manager': {
      offer: {
        title: 'Vodja našega turističnoinformacijskega centra vam pomaga pred sezono',
        description:
          'Vodja našega TIC-a lahko od februarja do maja k vam prihaja en teden na mesec. Pomaga pri ureditvi informacijske točke, pripravi promocijskega gradiva in sodelovanju s ponudniki nastanitev.',
      },
      request: {
        title: 'Iščemo vodjo za odprtje turističnoinformacijskega centra',
        description:
          'Aprila odpiramo nov turističnoinformacijski center v prenovljeni stari železniški postaji. Za 3 do 6 mesecev iščemo izkušenega strokovnjaka, ki bo organiziral delo, usposobil dva zaposlena in zagnal promocijo.',
      },
    },
    'flood-response': {
      offer: {
        title: 'Ekipa 25 prostovoljcev pripravljena za pomoč ob poplavah',
        description:
          'Naših 25 prostovoljcev, usposobljenih za zaščito in reševanje, pride v 24 urah z lastnim kombijem in opremo. Polnijo protipoplavne vreče, postavljajo začasne nasipe in pomagajo prebivalcem izprazniti hiše.',
      },
      request: {
        title: 'Poplave: iščemo prostovoljce za polnjenje protipoplavnih vreč',
        description:
          'Reka narašča že tri dni, ogroženih je več naselij. Potrebujemo 30 do 50 prostovoljcev za polnjenje vreč s peskom in pomoč prebivalcem; občina zagotovi hrano in prenočišče.',
      },
    },
    'wildfire-support': {
      offer: {
        title: 'Prostovoljci za oskrbo gasilcev ob gozdnih požarih',
        description:
          'Od junija do septembra je 15 prostovoljcev z dvema kombijema pripravljenih gasilcem na terenu dostavljati vodo, obroke in opremo. Na terenu lahko ostanemo do en teden.',
      },
      request: {
        title: 'Iščemo logistično pomoč za naše gasilce to poletje',
        description:
          'Med gozdnimi požari je treba gasilce oskrbovati podnevi in ponoči. Iščemo prostovoljce, ki bodo pripravljali in razvažali obroke in vodo, v osemurnih izmenah, julija in avgusta.',
      },
    },
    'earthquake-shelter': {
      offer: {
        title: 'Usposobljeni prostovoljci za vodenje začasne nastanitve po potresu',
        description:
          'Dvajset prostovoljcev, ki jih je usposobil Rdeči križ, lahko vodi začasni nastanitveni center: evidenco družin, obroke in varstvo otrok. Na voljo so dva tedna zapored.',
      },
      request: {
        title: 'Po potresu: iščemo prostovoljce za začasno nastanitev',
        description:
          'Od potresa je v občinski športni dvorani nastanjenih okoli štirideset družin. Vsaj dva tedna potrebujemo prostovoljce za sprejem, delitev obrokov in dejavnosti z otroki.',
      },
    },
    'river-clean-up': {
      offer: {
        title: 'Mladi prostovoljci za čiščenje bregov vaše reke',
        description:
          'Naš mladinski svet zbere okoli trideset mladih od 16 do 25 let za dan čiščenja rečnih bregov. Pridejo na pomladansko soboto, z rokavicami, vrečami in koordinatorji.',
      },
      request: {
        title: 'Čistilna akcija ob reki: vabimo mlade prostovoljce',
        description:
          'Neko aprilsko soboto bomo očistili pet kilometrov rečnega brega. Iščemo mlade, ki želijo pomagati; občina zagotovi rokavice, vreče, prevoz in kosilo.',
      },
    },
    'community-centre': {
      offer: {
        title: 'Naši prostovoljci vodijo popoldanske dejavnosti za starejše',
        description:
          'Upokojeni učitelji in študenti iz našega društva vsak teden organizirajo družabne igre, petje in računalniške tečaje za starejše. Enkrat na mesec lahko pridejo v vaš medgeneracijski center in z vami delijo svoj program.',
      },
      request: {
        title: 'Iščemo prostovoljce za popoldneve v dnevnem centru za starejše',
        description:
          'Vsako popoldne pride v naš dnevni center okoli trideset upokojencev. Iščemo prostovoljce, ki bi dvakrat na teden, od 16. do 19. ure, vodili bralni krožek, šahovske urice ali ustvarjalne delavnice.',
      },
    },
    'tree-planting': {
      offer: {
        title: 'Dvajset prostovoljcev z orodjem za vaš dan sajenja dreves',
        description:
          'Naše okoljsko društvo lahko na vašo akcijo sajenja dreves pošlje okoli dvajset prostovoljcev z lopatami in zalivalkami. Na voljo so novembra ali marca.',
      },
      request: {
        title: 'V mestnem parku sadimo 200 dreves: pridružite se nam',
        description:
          'Zadnjo soboto v novembru bomo v mestnem parku posadili 200 mladih dreves. Dobrodošli so prostovoljci vseh starosti; orodje, sadike in malico zagotovimo mi.',
      },
    },
    'fire-engine': {
      offer: {
        title: 'Rabljeno delujoče gasilsko vozilo, brezplačno',
        description:
          'Brezplačno odstopamo gasilsko vozilo letnik 2004 s cisterno za 2000 litrov in 95.000 prevoženimi kilometri, redno servisirano in tehnično pregledano. Namenjeno je prostovoljnemu gasilskemu društvu; prevzem v našem gasilskem domu.',
      },
      request: {
        title: 'Iščemo rabljeno gasilsko vozilo za naše prostovoljno gasilsko društvo',
        description:
          'Naših 30 prostovoljnih gasilcev ima na voljo le eno vozilo, staro več kot trideset let. Rabljeno, a brezhibno gasilsko vozilo bi nam pomagalo bolje zaščititi vasi v občini.',
      },
    },
    'school-computers': {
      offer: {
        title: 'Šoli podarimo 25 namiznih računalnikov z monitorji',
        description:
          'Po zamenjavi opreme podarimo 25 namiznih računalnikov (Intel i5, 8 GB RAM, letnik 2019) z monitorjem, tipkovnico in miško. Diski so izbrisani; prevzem na občini od junija dalje.',
      },
      request: {
        title: 'Iščemo računalnike za računalniško učilnico naše šole',
        description:
          'Na naši osnovni šoli si 180 učencev deli šest zastarelih računalnikov. Z okoli dvajsetimi delujočimi računalniki bi do septembra lahko opremili pravo računalniško učilnico.',
      },
    },
    'power-generator': {
      offer: {
        title: 'Dizelski agregat 60 kVA na prikolici, brezplačno',
        description:
          'Odstopamo dizelski agregat moči 60 kVA, nameščen na prikolico, v uporabi od leta 2015, z okoli 400 obratovalnimi urami. Redno je vzdrževan; brezplačen prevzem na našem komunalnem dvorišču.',
      },
      request: {
        title: 'Iščemo dizelski agregat za izredne razmere',
        description:
          'Ob vsakem izpadu elektrike ostaneta črpališče in štab civilne zaščite brez napajanja. Iščemo dizelski agregat z močjo vsaj 30 kVA, lahko tudi rabljen, le da je zanesljiv.',
      },
    },
    'school-furniture': {
      offer: {
        title: '120 šolskih miz in 240 stolov v dobrem stanju',
        description:
          'Po prenovi ene od šol podarimo 120 dvosedežnih šolskih miz in 240 višinsko nastavljivih stolov, vse v dobrem stanju. Prevzem je mogoč julija, naši delavci pa pomagajo pri nakladanju.',
      },
      request: {
        title: 'Potrebujemo mize in stole za štiri nove učilnice',
        description:
          'Septembra odpiramo štiri nove oddelke, manjka pa nam še 60 šolskih miz in 120 stolov. Rabljeno šolsko pohištvo v dobrem stanju bi bilo idealno; prevoz uredimo sami.',
      },
    },
    'hospital-beds': {
      offer: {
        title: 'Trideset bolniških postelj z vzmetnicami, takoj na voljo',
        description:
          'Z novo opremo v našem zdravstvenem domu se je sprostilo 30 višinsko nastavljivih postelj z vzmetnicami, v dobrem stanju. Primerne so za zdravstveno ustanovo ali dom za starejše; prevzem na lokaciji.',
      },
      request: {
        title: 'Iščemo postelje za novo krilo doma za starejše',
        description:
          'Spomladi naš dom za starejše odpira novo krilo z 20 sobami, proračun pa ne zadošča za opremo. Iščemo 20 postelj, po možnosti električnih in višinsko nastavljivih.',
      },
    },
    'emergency-tents': {
      offer: {
        title: 'Posojamo šotore civilne zaščite za izredne razmere',
        description:
          'V skladišču civilne zaščite imamo 15 velikih šotorov za po deset oseb, s poljskimi posteljami. Posodimo ali podarimo jih občini, ki jo prizadene nesreča; dostava je mogoča v 48 urah.',
      },
      request: {
        title: 'Iščemo šotore za občinsko rezervo za izredne razmere',
        description:
          'Če bi nas danes prizadela poplava ali potres, prizadetih ne bi imeli kam nastaniti. Iščemo šotore za približno sto oseb, ki bi jih hranili v občinskem skladišču.',
      },
    },
    'construction-timber': {
      offer: {
        title: 'Približno 12 m³ suhega gradbenega lesa za prevzem',
        description:
          'Po prenovi kulturnega doma nam je ostalo približno 12 m³ suhega smrekovega lesa, tramov in desk. Shranjen je pod streho na komunalnem dvorišču in ga brezplačno odstopamo do konca marca.',
      },
      request: {
        title: 'Potrebujemo gradbeni les za popravilo strehe šole',
        description:
          'Neurje je poškodovalo streho naše šole. Da bi jo popravili pred zimo, potrebujemo približno 8 m³ tramov in desk; prevoz uredimo sami.',
      },
    },
    'road-salt': {
      offer: {
        title: '40 ton soli za posipanje cest na voljo',
        description:
          'Ker je bila zima mila, nam je ostalo 40 ton soli za posipanje cest, shranjene na suhem. Brezplačno jo odstopimo občini, ki jo pride iskat s svojimi tovornjaki.',
      },
      request: {
        title: 'Nujno potrebujemo sol za zimsko službo na lokalnih cestah',
        description:
          'Po več tednih snega in poledice so naše zaloge skoraj porabljene. Potrebujemo približno 30 ton soli, da bi lokalne ceste ostale prevozne do konca zime.',
      },
    },
    'paving-stones': {
      offer: {
        title: 'Tlakovci in robniki, ki so ostali po ureditvi trga',
        description:
          'Po ureditvi osrednjega trga je ostalo približno 800 m² betonskih tlakovcev, 50 robnikov in kup gramoza. Vse je na paletah na komunalnem dvorišču in ga je treba prevzeti do konca meseca.',
      },
      request: {
        title: 'Iščemo tlakovce za pločnik v eni od naših vasi',
        description:
          'Ob šoli v eni od naših vasi želimo urediti varen pločnik v izmeri 300 m². S tlakovci in robniki, ki so ostali z drugega gradbišča, bi ga naša komunalna ekipa lahko zgradila še to poletje.',
      },
    },
    'snow-clearing': {
      offer: {
        title: 'Pluženje snega na vaših lokalnih cestah z našimi vozili',
        description:
          'Naša dva pluga s trosilnikoma soli lahko plužita tudi ceste v sosednjih vaseh, zlasti ob meji. Intervencije usklajujemo z našo zimsko službo, brez stroškov za vašo občino.',
      },
      request: {
        title: 'Iščemo pomoč pri pluženju snega v naših hribovskih vaseh',
        description:
          'Vzdržujemo 35 km lokalnih cest v hribovitem delu občine z enim samim plugom. Ob obilnem sneženju so nekatere vasi odrezane od sveta; bi nam lahko sosednja občina priskočila na pomoč?',
      },
    },
    'translation': {
      offer: {
        title: 'Brezplačni prevodi za vaše čezmejne projekte',
        description:
          'Naša sodna tolmača prevajata v angleščino, nemščino in italijanščino. Brezplačno prevedemo do 50 strani na mesec za čezmejne projekte: sporazume, prijave in poročila.',
      },
      request: {
        title: 'Prevod dokumentov za čezmejni projekt',
        description:
          'Za naš čezmejni projekt moramo v angleščino prevesti okoli štirideset strani, prijavo in partnerski sporazum. Rok se izteče čez tri tedne.',
      },
    },
    'waste-collection': {
      offer: {
        title: 'Odvoz kosovnih odpadkov z našim tovornjakom z dvigalom',
        description:
          'Naš tovornjak z dvigalom in tričlanska ekipa lahko enkrat na mesec odvažata kosovne odpadke iz vaših vasi. Prevoz do zbirnega centra uredite sami.',
      },
      request: {
        title: 'Iščemo tovornjak za odvoz kosovnih odpadkov aprila',
        description:
          'Med spomladansko čistilno akcijo občani odnesejo na ulico staro pohištvo in pokvarjene aparate. Za tri dni aprila potrebujemo tovornjak z voznikom, da kosovne odpadke zberemo.',
      },
    },
    'unused-school-building': {
      offer: {
        title: 'Nekdanja šola v dolgoročni najem za simbolično najemnino',
        description:
          'Naša nekdanja podružnična šola, prazna od leta 2015, ima 1200 m² na zemljišču velikosti pol hektarja. Ponujamo jo v dolgoročni najem za simbolično najemnino, za turistični, izobraževalni ali socialni projekt.',
      },
      request: {
        title: 'Iščemo investitorja za stavbo stare šole',
        description:
          'Stavba stare šole je trdna, a ker je ne uporabljamo, propada. Iščemo investitorja, ki bi jo preuredil v nastanitve, delavnice ali stanovanja za starejše; dobrodošel je vsak stik.',
      },
    },
    'thermal-spring': {
      offer: {
        title: 'Termalni izvir za razvoj zdraviliškega turizma',
        description:
          'Naš termalni izvir ima 38 °C in izdatnost 15 litrov na sekundo, na občinskem zemljišču velikosti 4 hektarje. Študija izvedljivosti in dovoljenja so pripravljeni; občina ponuja dolgoročno koncesijo.',
      },
      request: {
        title: 'Iščemo investitorja za razvoj term',
        description:
          'Na območju naše občine je topel izvir, znan po zdravilnih učinkih, ki še ni izkoriščen. Iščemo investitorja ali upravljavca term; študija izvedljivosti vam je na voljo.',
      },
    },
    'industrial-zone': {
      offer: {
        title: 'Komunalno opremljene parcele v poslovni coni pod ugodnimi pogoji',
        description:
          'V naši poslovni coni, 2 km od avtoceste, je na voljo dvanajst komunalno opremljenih parcel velikosti od 0,5 do 3 hektarje. Podjetja, ki odpirajo delovna mesta, so upravičena do nižje cene in petletne oprostitve nadomestila za uporabo stavbnega zemljišča.',
      },
      request: {
        title: 'Iščemo investitorje za parcele v industrijski coni',
        description:
          'V občinski industrijski coni je še nekaj prostih parcel, priključenih na vso infrastrukturo. Hvaležni bi bili partnerskim občinam, če bi to priložnost predstavile podjetjem iz svojega okolja.',
      },
    },
    'wine-producers': {
      offer: {
        title: 'Srečanja z uvozniki in distributerji na našem vinskem sejmu',
        description:
          'Vsako jesen naš vinski sejem zbere uvoznike, vinoteke in distributerje iz regije. Vinarje iz partnerskih občin brezplačno vabimo na poslovna srečanja s kupci.',
      },
      request: {
        title: 'Naši vinarji iščejo uvoznike in distributerje',
        description:
          'Osemnajst družinskih vinskih kleti iz naše občine prideluje vina iz avtohtonih sort, nagrajena na več ocenjevanjih. Iščejo uvoznike in distributerje; možno je poslati vzorce in organizirati obiske kleti.',
      },
    },
    'wood-processing': {
      offer: {
        title: 'Naš lesarski grozd išče nove partnerje',
        description:
          'Naš grozd 15 mizarstev in tovarn pohištva ponuja kooperacijo, skupne nabave in skupne stojnice na sejmih. Dobrodošla so mala lesnopredelovalna podjetja iz partnerskih občin.',
      },
      request: {
        title: 'Iščemo partnerje za naše žage in mizarske delavnice',
        description:
          'Približno deset majhnih žag in mizarstev iz naše občine izdeluje pohištvo iz masivnega lesa in ostrešja. Iščejo poslovne in proizvodne partnerje za prodor na nove trge.',
      },
    },
    'organic-farming': {
      offer: {
        title: 'Prodajne poti za ekološke pridelke partnerskih zadrug',
        description:
          'Naše šolske kuhinje in tržnica lokalnih pridelovalcev vsak teden kupujejo ekološko sadje in zelenjavo. Z veseljem povežemo ekološke zadruge iz partnerskih občin z našimi kupci.',
      },
      request: {
        title: 'Zadruga ekoloških kmetij išče kupce in partnerje',
        description:
          'Naša zadruga združuje 35 certificiranih ekoloških kmetij: zelenjava, sadje, med in kozji sir. Išče stalne kupce, na primer kuhinje, trgovine in veletrgovce, ter partnerje za predelavo.',
      },
    },
  },
  municipalityDescription:
    'Občina {name} ({country}) verjame v sodelovanje med občinami: z veseljem delimo opremo in znanje ter iščemo partnerje za naše lokalne projekte.',
  messages: {
    ask: 'Spoštovani, vaš oglas se povsem ujema z našimi potrebami. Bi se lahko ta teden slišali po telefonu?',
    accept: 'Z veseljem, z naše strane je dogovorjeno. Še danes vam pošljemo praktične podrobnosti.',
    decline: 'Hvala za zanimanje. Žal smo to že obljubili drugi občini, a vam bomo sporočili, če se kaj spremeni.',
    handover: 'Predlagamo predajo 14. maja ob 10. uri na našem komunalnem dvorišču; prevoz zagotovimo mi. Vam ustreza?',
    thanks: 'Vse je potekalo odlično: iskrena hvala za velikodušnost in hitrost. Veselimo se novega sodelovanja!',
  },
  feedback: 'Zgledno sodelovanje: hitra komunikacija, vse kot v oglasu in odlično organizirana predaja.',
};
