import type { DemoPhrasebook } from '../phrasebook-types';

export const phrasebook: DemoPhrasebook = {
  locale: 'hu',
  subjects: {
    'digital-services': {
      offer: {
        title: 'E-ügyintézés és egyablakos ügyfélszolgálat bevezetése – átadjuk tapasztalatainkat',
        description: 'Lakosaink három éve több mint 40 ügyet intézhetnek el online, a hivatalban pedig egyablakos ügyfélszolgálat működik. Informatikusaink díjmentesen kétnapos műhelymunkát tartanak, és átadják eljárásrendjeinket, dokumentummintáinkat.',
      },
      request: {
        title: 'Segítséget keresünk az online ügyintézés elindításához',
        description: 'Szeretnénk, ha lakosaink interneten nyújthatnák be kérelmeiket és fizethetnék be a helyi adókat, a hivatalban pedig egyablakos ügyfélszolgálat jönne létre. Olyan önkormányzat tanácsait várjuk, amely már túl van egy hasonló fejlesztésen, lehetőleg a következő fél évben.',
      },
    },
    'energy-efficiency': {
      offer: {
        title: 'Iskolák és óvodák energetikai korszerűsítése – öt beruházás tapasztalatai',
        description: 'Az elmúlt években három iskolát és két óvodát szigeteltünk le, nyílászárókat cseréltünk és hőszivattyúkat szereltünk be, így az energiafogyasztás mintegy 40%-kal csökkent. Szívesen átadjuk a közbeszerzési dokumentációt, és tanulmányútra is várjuk kollégáikat.',
      },
      request: {
        title: 'Tanácsot kérünk a hivatali épület és az óvoda energetikai felújításához',
        description: 'A polgármesteri hivatal épülete és az óvoda a hetvenes években épült, energiafogyasztásuk nagyon magas. Olyan önkormányzatot keresünk, amely segít elkészíteni az energetikai auditot és a munkák ütemezését a pályázat benyújtása előtt.',
      },
    },
    'eu-funding': {
      offer: {
        title: 'Képzés és tanácsadás uniós pályázatok előkészítéséhez',
        description: 'Pályázati irodánk eddig több mint 20 uniós projektet valósított meg, többek között Interreg- és Erasmus+-forrásokból. Díjmentes képzést tartunk munkatársaiknak, és segítünk a pályázat megírásában, majd az elszámolásban is.',
      },
      request: {
        title: 'Mentort keresünk első uniós pályázatunkhoz',
        description: 'Kis önkormányzat vagyunk saját pályázati referens nélkül, és első Interreg-pályázatunkat készítjük elő. Tapasztalt szakembert keresünk, aki segít összeállítani a költségvetést és végigkísér a projekt megvalósításán.',
      },
    },
    'water-utility-manager': {
      offer: {
        title: 'Tapasztalt vezető segít önkormányzati víziközmű-cég alapításában',
        description: 'Víziközmű-társaságunk korábbi igazgatója 25 év szakmai tapasztalattal fél évig a helyszínen támogathatja Önöket. Segít a cég megszervezésében, a díjak kalkulálásában és a munkatársak kiválasztásában.',
      },
      request: {
        title: 'Vezetőt keresünk víz- és csatornaszolgáltató cégünk felállításához',
        description: 'Egy magáncégtől vesszük át az ivóvíz- és szennyvízhálózatot, és saját önkormányzati társaságot hozunk létre. Hat–tizenkét hónapra tapasztalt vezetőt keresünk, aki kialakítja a működési rendet, a díjakat és a szervezeti felépítést.',
      },
    },
    'home-care-manager': {
      offer: {
        title: 'Gondozási szolgálatunk vezetője segít a házi segítségnyújtás elindításában',
        description: 'Házi gondozó szolgálatunk vezetője tíz éve szervezi több mint 120 idős ember otthoni ellátását. Három hónapon át díjmentesen segít a gondozók felvételében, a szakmai szabályok kialakításában és a látogatások beosztásában.',
      },
      request: {
        title: 'Vezetőt keresünk idősek házi gondozó szolgálatának megszervezéséhez',
        description: 'Településünkön egyre több az egyedül élő idős ember, de házi segítségnyújtás még nem működik. Olyan tapasztalt szakembert keresünk, aki segít elindítani a szolgáltatást mintegy 50 ellátott számára.',
      },
    },
    'tourist-office-manager': {
      offer: {
        title: 'Segítünk turisztikai információs iroda kialakításában',
        description: 'Turisztikai irodánk vezetője két-három hónapig segítheti az új iroda felállítását. Megosztja tapasztalatait a vendégfogadásról, a honlap működtetéséről és a helyi vállalkozókkal való együttműködésről.',
      },
      request: {
        title: 'Tapasztalt vezetőt keresünk új turisztikai irodánkhoz',
        description: 'Tavasszal nyitjuk meg turisztikai információs irodánkat a felújított állomásépületben. Olyan tapasztalt szakembert keresünk, aki betanítja a munkatársakat, összeállítja a kínálatot, és kapcsolatot épít a szállásadókkal.',
      },
    },
    'flood-response': {
      offer: {
        title: 'Önkéntesek árvízi védekezéshez – 24 órán belül indulnak',
        description: 'Huszonöt fős csapatunk önkéntes tűzoltókból és helyi egyesületi tagokból áll, tavaly már részt vettek árvízi védekezésben. Szükség esetén egy napon belül saját felszereléssel érkeznek homokzsákok töltéséhez és a lakosok kimenekítéséhez.',
      },
      request: {
        title: 'Sürgősen keresünk önkénteseket homokzsákok töltéséhez',
        description: 'A folyó vízszintje tovább emelkedik, két mélyen fekvő városrészt közvetlen veszély fenyeget. Önkénteseket várunk homokzsák-töltésre és a házak védelmére; szállást és étkezést biztosítunk.',
      },
    },
    'wildfire-support': {
      offer: {
        title: 'Önkéntesek a tűzoltók ellátására erdőtüzek idején',
        description: 'Tizenöt önkéntesünk két kisbusszal vizet, élelmet és felszerelést szállít a tűzoltók gyülekezési pontjaira. Az egész nyári szezonban rendelkezésre állnak, hétvégén is.',
      },
      request: {
        title: 'Önkénteseket keresünk a tűzoltók logisztikai és élelmezési támogatására',
        description: 'Júliusban és augusztusban erdeinket fokozottan fenyegeti a tűz, az oltás néha napokig tart. Olyan segítőket keresünk, akik részt vesznek az ételkészítésben, a vízszállításban és az ellátmányraktár kezelésében.',
      },
    },
    'earthquake-shelter': {
      offer: {
        title: 'Képzett önkéntesek ideiglenes szálláshely működtetéséhez',
        description: 'A Vöröskereszt által kiképzett húsz önkéntesünk segít ideiglenes szálláshelyet működtetni a földrengés után otthonukat vesztett családoknak. Legalább két hétig vállalják a regisztrációt, az ételosztást és a gyerekek felügyeletét.',
      },
      request: {
        title: 'Önkénteseket keresünk a földrengés károsultjainak szálláshelyére',
        description: 'A sportcsarnokban ideiglenes szállást alakítottunk ki 80 család számára, akik elvesztették otthonukat. Nappali és éjszakai műszakra is keresünk önkénteseket ételosztáshoz, nyilvántartáshoz és gyerekprogramokhoz.',
      },
    },
    'river-clean-up': {
      offer: {
        title: 'Fiatal önkéntesek a folyópart megtisztításához',
        description: 'Középiskoláink harminc diákja szívesen részt vesz a szomszéd település folyópart-takarításán. Tanáraikkal, saját kesztyűvel és zsákokkal érkeznek – csak az időpontot és a szakaszt kell megadni.',
      },
      request: {
        title: 'Fiatal önkénteseket várunk tavaszi folyóparti szemétszedésre',
        description: 'Áprilisban öt kilométernyi folyópartot tisztítunk meg a télen felgyűlt hulladéktól. Fiatalokat és iskolai osztályokat hívunk; kesztyűt, zsákot, elszállítást és meleg ebédet biztosítunk.',
      },
    },
    'community-centre': {
      offer: {
        title: 'Önkéntesek délutáni foglalkozásokat tartanak időseknek',
        description: 'Nyugdíjas pedagógusokból és közművelődési szakemberekből álló csoportunk hetente kétszer tarthat foglalkozást közösségi házukban vagy idősek klubjában. Memóriatréninget, kézműves délutánt és közös éneklést ajánlunk.',
      },
      request: {
        title: 'Önkénteseket keresünk a közösségi ház idősklubjának délutánjaihoz',
        description: 'Idősek klubunk hétköznaponként 14 és 18 óra között tart nyitva, mintegy 40 rendszeres látogatóval. Olyan önkénteseket keresünk, akik társasjátékot, felolvasást vezetnek, vagy segítenek az időseknek a mobiltelefon és a számítógép használatában.',
      },
    },
    'tree-planting': {
      offer: {
        title: 'Negyven önkéntes segít a faültetési napon',
        description: 'Cserkészeink és környezetvédő egyesületünk tagjai szívesen segítenek a városi park fásításában. A kért szombaton saját ásóval és locsolókannával érkeznek.',
      },
      request: {
        title: 'Várjuk az önkénteseket a szombati faültetésre a parkban',
        description: 'Októberben 200 fiatal hársat és juharfát ültetünk a városi parkban. Egy szombati napra keresünk önkénteseket; a csemetéket, a szerszámokat és az uzsonnát az önkormányzat biztosítja.',
      },
    },
    'fire-engine': {
      offer: {
        title: 'Működőképes, használt tűzoltóautót adunk önkéntes tűzoltóknak',
        description: 'A 2004-es gyártású gépjárműfecskendő 2500 literes tartállyal rendelkezik, 95 000 km-t futott, és érvényes műszaki vizsgája van. Díjmentesen átadjuk egy önkéntes tűzoltó egyesületnek, a tűzoltószertárunkból kell elszállítani.',
      },
      request: {
        title: 'Önkéntes tűzoltó egyesületünk működő tűzoltóautót keres',
        description: 'Egyesületünk egyetlen vonulós járműve több mint 30 éves, és nem ment át a legutóbbi műszaki vizsgán. Szívesen átvennénk egy használt, de működőképes autót, az elszállításról magunk gondoskodunk.',
      },
    },
    'school-computers': {
      offer: {
        title: '25 asztali számítógép monitorral iskolai gépterembe',
        description: 'A gépek négyévesek (Intel i5, 8 GB RAM, SSD), a merevlemezeket biztonságosan töröltük. Díjmentesen átadjuk egy partnertelepülés iskolájának, munkanapokon a hivatalban átvehetők.',
      },
      request: {
        title: 'Iskolánk számítógépeket keres az informatikaterembe',
        description: 'Iskolai géptermünk számítógépei több mint tízévesek, a mai szoftvereket már nem futtatják. Mintegy 20 működő asztali gépre lenne szükségünk a felső tagozatos diákok számára.',
      },
    },
    'power-generator': {
      offer: {
        title: '60 kVA-es dízel áramfejlesztő utánfutón, ingyen elvihető',
        description: 'Átadunk egy 60 kVA teljesítményű dízelaggregátort, amely 1200 üzemórát futott és érvényes felülvizsgálattal rendelkezik. Utánfutóra szerelték, így könnyen szállítható.',
      },
      request: {
        title: 'Áramfejlesztőre van szükségünk vészhelyzetekre',
        description: 'A legutóbbi viharban vízműtelepünk két napig áram nélkül maradt. Legalább 30 kVA-es dízel áramfejlesztőt keresünk, amely áramkimaradás esetén biztosítja az ellátást.',
      },
    },
    'school-furniture': {
      offer: {
        title: 'Jó állapotú iskolapadok és székek – 60 pad, 120 szék',
        description: 'Általános iskolánk bútorcseréje után kétszemélyes padok és állítható magasságú székek maradtak. A bútorok tiszták és stabilak; ingyen adjuk őket, saját elszállítással augusztus végéig.',
      },
      request: {
        title: 'Padokat és székeket keresünk két új tanterembe',
        description: 'Szeptembertől két új osztályt indítunk, mert nő a tanulók száma. Hiányzik 15 kétszemélyes pad és 30 szék; a szállítást mi intézzük.',
      },
    },
    'hospital-beds': {
      offer: {
        title: '20 ápolási ágy matraccal idősotthonnak vagy egészségháznak',
        description: 'Idősek otthonunk új berendezést kapott, ezért átadunk 20 elektromosan állítható ápolási ágyat matraccal együtt. Mindegyik működik, fertőtlenítettük őket, és azonnal elvihetők.',
      },
      request: {
        title: 'Ágyakat keresünk egészségházunk és idősotthonunk számára',
        description: 'Idősek otthonunk tíz férőhellyel bővül fekvőbetegek számára. Állítható magasságú ágyakra van szükségünk, lehetőleg felfekvés elleni matraccal.',
      },
    },
    'emergency-tents': {
      offer: {
        title: 'Sátrak ideiglenes elhelyezéshez – 12 darab a katasztrófavédelmi raktárból',
        description: 'Tizenkét nagy, egyenként nyolcszemélyes sátrat adunk át padlóval és világítással. Csak egyszer, egy polgári védelmi gyakorlaton használták őket, hiánytalanok.',
      },
      request: {
        title: 'Sátrakat keresünk a katasztrófavédelmi raktárba kitelepítés esetére',
        description: 'Katasztrófavédelmi raktárunkban nincs sátor, pedig árvíz esetén mintegy 50 embert kellene elhelyeznünk. Jó állapotú, lehetőleg padlós és fűthető sátrakat kérünk.',
      },
    },
    'construction-timber': {
      offer: {
        title: 'Mintegy 15 m³ száraz építési faanyag elvihető',
        description: 'A sportcsarnok felújítása után fedett helyen tárolt fenyőgerendák és deszkák maradtak. Díjmentesen átadjuk középületek javításához, a rakodásban segítünk.',
      },
      request: {
        title: 'Építési faanyag kell a művelődési ház tetőjavításához',
        description: 'A vihar megrongálta a művelődési ház tetejét, a tetőszerkezet egy részét cserélni kell. Körülbelül 8 m³ gerendára és lécre van szükségünk; a munkát az önkormányzat karbantartói végzik.',
      },
    },
    'road-salt': {
      offer: {
        title: '40 tonna útsó maradt az enyhe tél után',
        description: 'Az idei enyhe télnek köszönhetően 40 tonna útsó maradt száraz raktárunkban. Átadjuk egy szomszédos településnek, és homlokrakodóval fel is rakjuk a teherautójukra.',
      },
      request: {
        title: 'Elfogyott az útsónk a téli útüzemeltetéshez',
        description: 'Több nagy havazás után kifogytunk az útsóból, pedig a télből még hetek vannak hátra. Mintegy 30 tonnára lenne szükségünk a helyi utak síkosságmentesítéséhez.',
      },
    },
    'paving-stones': {
      offer: {
        title: 'Térkő és szegélykő maradt a főtér felújításából',
        description: 'Körülbelül 300 m² beton térkő és 150 szegélykő maradt, raklapokon tároljuk a városüzemeltetés telephelyén. Az anyag új, bontatlan; egyben vagy részletekben is átadjuk.',
      },
      request: {
        title: 'Térkövet keresünk a falu járdáinak javításához',
        description: 'Az iskolához vezető út melletti járdák rossz állapotban vannak, idei költségvetésünkből azonban nem jut pénz anyagra. Mintegy 200 m² térkő és szegélykő kellene; a lerakást településüzemeltetési csoportunk végzi.',
      },
    },
    'snow-clearing': {
      offer: {
        title: 'Saját gépeinkkel vállaljuk helyi utak hóeltakarítását',
        description: 'Két tehergépkocsink van hóekével és sószóróval. Erős havazáskor – az útvonalakat előre egyeztetve – a szomszédos települések önkormányzati útjait is megtisztítjuk.',
      },
      request: {
        title: 'Segítséget kérünk a külterületi utak hóeltakarításához',
        description: 'Csak egy hóekénk van, miközben 15 km utat kell járhatóvá tennünk a hegyi tanyákig. Olyan önkormányzatot keresünk, amely nagy havazáskor sofőrrel együtt kölcsönadna egy járművet.',
      },
    },
    'translation': {
      offer: {
        title: 'Dokumentumfordítás határon átnyúló projektekhez',
        description: 'Hivatalunk két fordítója magyarról angolra, németre és szlovákra fordítja le a projektdokumentációt. Havonta legfeljebb 30 oldalt díjmentesen vállalunk.',
      },
      request: {
        title: 'Fordítót keresünk határon átnyúló projektünk dokumentációjához',
        description: 'Közös projektet készítünk elő egy szomszédos országbeli partnerrel, és mintegy 40 oldalnyi dokumentációt kell angolra fordítanunk. A határidő a jövő hónap vége.',
      },
    },
    'waste-collection': {
      offer: {
        title: 'Lomtalanítás önkormányzati hulladékszállító autónkkal',
        description: 'Havonta egyszer hulladékszállító autónk sofőrrel együtt elszállíthatja a szomszéd település bútorait, matracait és egyéb lomjait. A szállítás ingyenes, a lerakási díjat a fogadó önkormányzat fizeti.',
      },
      request: {
        title: 'Segítséget keresünk a tavaszi lomtalanításhoz',
        description: 'Tavasszal lomtalanítást szervezünk, de nincs saját hulladékszállító járművünk. Olyan partnert keresünk, aki három napra sofőrrel együtt rendelkezésünkre bocsát egy autót.',
      },
    },
    'unused-school-building': {
      offer: {
        title: 'Egykori iskolaépület 1,2 hektáros telekkel bérbe vagy eladásra',
        description: 'A volt általános iskola épülete 1800 m² alapterületű, és öt éve üresen áll. Befektetőnek kedvezményes hosszú távú bérletet vagy megvásárlást kínálunk.',
      },
      request: {
        title: 'Befektetőt keresünk egykori iskolaépületünkhöz',
        description: 'Szeretnénk, ha az üresen álló iskola ismét a közösséget szolgálná – idősotthonként, szállóként vagy képzési központként. Olyan befektetőt várunk, aki új munkahelyeket teremt.',
      },
    },
    'thermal-spring': {
      offer: {
        title: 'Termálforrás és telek fürdőfejlesztési beruházáshoz',
        description: 'A kútból 42 °C-os víz tör fel, az önkormányzat rendelkezik a vízföldtani vizsgálatokkal és egy öthektáros telekkel a forrás mellett. Segítünk az engedélyeztetésben, a közműveket pedig a telekhatárig kiépítjük.',
      },
      request: {
        title: 'Befektetőt keresünk termálforrásunk hasznosítására',
        description: 'Gyógyturizmust szeretnénk fejleszteni termálforrásunk körül, ezért olyan befektetőt keresünk, aki strandot vagy wellnessközpontot épít. Az önkormányzat megépíti a bekötőutat és a közműcsatlakozásokat.',
      },
    },
    'industrial-zone': {
      offer: {
        title: 'Közművesített telkek az önkormányzati ipari parkban',
        description: 'Gyorsforgalmi út melletti ipari parkunkban 0,5 és 5 hektár közötti szabad telkek várják a vállalkozásokat, áram-, víz- és csatornabekötéssel. Új befektetőknek három évre iparűzésiadó-kedvezményt adunk.',
      },
      request: {
        title: 'Befektetőket keresünk ipari parkunkba',
        description: 'Olyan cégeket várunk, amelyek munkahelyet teremtenek a helyieknek – a parkban még nyolc telek szabad. Az engedélyezési ügyintézésben mindenben segítünk.',
      },
    },
    'wine-producers': {
      offer: {
        title: 'Helyi pincészetek borai importőröknek és forgalmazóknak',
        description: 'Településünkön 12 családi pincészet működik, évente összesen mintegy 80 000 palack bort készítenek. Az érdeklődő kereskedelmi partnereknek borkóstolót és pincelátogatást szervezünk.',
      },
      request: {
        title: 'Importőröket és forgalmazókat keresünk helyi borászainknak',
        description: 'Borászaink díjnyertes borokat készítenek, de főként helyben, a pincéknél értékesítenek. Olyan importőröket, forgalmazókat és étteremláncokat keresünk, akik saját piacukon is bevezetnék a borokat.',
      },
    },
    'wood-processing': {
      offer: {
        title: 'Helyi asztalosüzemek együttműködést kínálnak',
        description: 'Településünk tucatnyi kisvállalkozása tömörfa bútorokat, nyílászárókat és belsőépítészeti elemeket gyárt. Segítünk a kapcsolatfelvételben, és üzemlátogatást szervezünk.',
      },
      request: {
        title: 'Partnereket keresünk kis faipari és bútorgyártó cégeinknek',
        description: 'Vállalkozóink egyedi bútorok vevőit, valamint korszerű famegmunkáló gépek beszállítóit keresik. Közös formatervezési projektekben is szívesen együttműködnének.',
      },
    },
    'organic-farming': {
      offer: {
        title: 'Bio zöldség, gyümölcs és méz helyi szövetkezettől',
        description: 'A 40 minősített ökogazdaságot tömörítő szövetkezet rendszeresen tud szállítani iskolai konyháknak, üzleteknek és éttermeknek. Szívesen látjuk vendégül a partnereket a gazdaságokban.',
      },
      request: {
        title: 'Vevőket keresünk ökológiai gazdálkodó szövetkezetünknek',
        description: 'Bioszövetkezetünk egyre több zöldséget és gyümölcsöt termel, de kevés az állandó vevője. Kereskedelmi láncokat, feldolgozókat és közös marketingben gondolkodó partnereket keresünk.',
      },
    },
  },
  municipalityDescription: '{name} ({country}) – nyitott önkormányzat, amely szívesen működik együtt az Európai Unió és a Nyugat-Balkán településeivel. Megosztjuk tapasztalatainkat és eszközeinket, és mi is támogatást keresünk a lakóink számára fontos ügyekben.',
  messages: {
    ask: 'Jó napot kívánunk, érdeklődéssel olvastuk hirdetésüket, és szívesen élnénk a lehetőséggel, illetve segítenénk. Egyeztethetnénk a részleteket?',
    accept: 'Örömmel elfogadjuk, és az Önök települése számára foglaljuk le. Hamarosan jelentkezünk az átadás részleteivel.',
    decline: 'Köszönjük az érdeklődést, sajnos már egy másik településnek ígértük. Ha bármi változik, azonnal jelezzük.',
    handover: 'Az átadást jövő kedden 10 órára javasoljuk a városüzemeltetési telephelyünkön. A szállítást az átvevő fél intézi, a rakodásban mi segítünk.',
    thanks: 'Szívből köszönjük a gördülékeny együttműködést és a segítséget. Bízunk benne, hogy a jövőben is lesznek közös ügyeink.',
  },
  feedback: 'Minden gördülékenyen és a megállapodás szerint zajlott, az együttműködést bátran ajánljuk.',
};
