import type { DemoPhrasebook } from '../phrasebook-types';

export const phrasebook: DemoPhrasebook = {
  locale: 'lv',
  subjects: {
    'digital-services': {
      offer: {
        title: 'E-pakalpojumu un vienotā klientu apkalpošanas centra ieviešana – dalāmies pieredzē',
        description: 'Mūsu iedzīvotāji jau trīs gadus tiešsaistē var nokārtot vairāk nekā 40 lietas, un pašvaldībā darbojas vienotais klientu apkalpošanas centrs. Mūsu IT speciālisti bez maksas vadīs divu dienu darbnīcu un dalīsies ar procesu aprakstiem un dokumentu paraugiem.',
      },
      request: {
        title: 'Meklējam atbalstu e-pakalpojumu ieviešanai iedzīvotājiem',
        description: 'Vēlamies, lai iedzīvotāji varētu iesniegt iesniegumus un maksāt vietējās nodevas tiešsaistē un lai pašvaldībā izveidotos viens klientu apkalpošanas centrs. Gaidām padomu no pašvaldības, kas jau īstenojusi līdzīgas pārmaiņas, vēlams tuvāko sešu mēnešu laikā.',
      },
    },
    'energy-efficiency': {
      offer: {
        title: 'Skolu un bērnudārzu energoefektivitātes uzlabošana – piecu objektu pieredze',
        description: 'Pēdējos gados esam siltinājuši trīs skolas un divus bērnudārzus, nomainījuši logus un uzstādījuši siltumsūkņus, tādējādi enerģijas patēriņš ir samazinājies par aptuveni 40 %. Labprāt dalīsimies ar iepirkuma dokumentāciju un uzņemsim jūs pieredzes apmaiņas vizītē.',
      },
      request: {
        title: 'Vajadzīgs padoms pašvaldības ēkas un bērnudārza siltināšanai',
        description: 'Pašvaldības administratīvā ēka un bērnudārzs celti pagājušā gadsimta septiņdesmitajos gados, un to enerģijas patēriņš ir ļoti liels. Meklējam pašvaldību, kas palīdzētu sagatavot energoauditu un darbu plānu pirms pieteikuma iesniegšanas atbalsta saņemšanai.',
      },
    },
    'eu-funding': {
      offer: {
        title: 'Apmācības un konsultācijas ES fondu projektu pieteikumiem',
        description: 'Mūsu projektu nodaļa ir īstenojusi vairāk nekā 20 ES projektu, tostarp Interreg un Erasmus+ programmās. Piedāvājam bezmaksas apmācības jūsu darbiniekiem un atbalstu gan pieteikuma rakstīšanā, gan atskaišu sagatavošanā.',
      },
      request: {
        title: 'Meklējam mentoru mūsu pirmajam ES projekta pieteikumam',
        description: 'Esam neliela pašvaldība bez sava projektu vadītāja un gatavojam pirmo Interreg pieteikumu. Vajadzīgs pieredzējis cilvēks, kas palīdzētu sastādīt budžetu un vadītu mūs cauri visam projektam.',
      },
    },
    'water-utility-manager': {
      offer: {
        title: 'Pieredzējis vadītājs palīdzēs izveidot pašvaldības ūdenssaimniecības uzņēmumu',
        description: 'Mūsu ūdenssaimniecības uzņēmuma bijušais valdes loceklis ar 25 gadu pieredzi var pusgadu strādāt uz vietas pie jums. Viņš palīdzēs ar uzņēmuma organizāciju, tarifu aprēķinu un darbinieku atlasi.',
      },
      request: {
        title: 'Meklējam vadītāju ūdensapgādes un kanalizācijas uzņēmuma izveidei',
        description: 'Pārņemam ūdensvada un kanalizācijas tīklu no privāta operatora un dibinām savu pašvaldības kapitālsabiedrību. Uz 6–12 mēnešiem vajadzīgs pieredzējis vadītājs, kas sakārtotu darba organizāciju, tarifus un struktūru.',
      },
    },
    'home-care-manager': {
      offer: {
        title: 'Aprūpes mājās vadītāja palīdzēs uzsākt pakalpojumu',
        description: 'Mūsu aprūpes mājās dienesta vadītāja jau desmit gadus organizē palīdzību vairāk nekā 120 senioriem viņu mājās. Trīs mēnešus viņa var bez maksas konsultēt par aprūpētāju atlasi, kvalitātes prasībām un vizīšu plānošanu.',
      },
      request: {
        title: 'Meklējam vadītāju senioru aprūpes mājās pakalpojuma izveidei',
        description: 'Mūsu novadā dzīvo arvien vairāk vientuļu senioru, bet organizētas aprūpes mājās vēl nav. Meklējam pieredzējušu cilvēku, kas palīdzētu uzsākt pakalpojumu aptuveni 50 klientiem.',
      },
    },
    'tourist-office-manager': {
      offer: {
        title: 'Palīdzēsim izveidot tūrisma informācijas centru',
        description: 'Mūsu tūrisma informācijas centra vadītāja divus līdz trīs mēnešus var palīdzēt jauna centra izveidē. Viņa dalīsies pieredzē par apmeklētāju apkalpošanu, mājaslapas uzturēšanu un sadarbību ar vietējiem uzņēmējiem.',
      },
      request: {
        title: 'Meklējam pieredzējušu vadītāju jaunajam tūrisma informācijas centram',
        description: 'Pavasarī atvērsim tūrisma informācijas centru atjaunotajā stacijas ēkā. Meklējam pieredzējušu cilvēku, kas apmācītu darbiniekus, sagatavotu piedāvājumu un izveidotu sadarbību ar naktsmītnēm.',
      },
    },
    'flood-response': {
      offer: {
        title: 'Brīvprātīgie plūdu gadījumiem – gatavi izbraukt 24 stundu laikā',
        description: 'Mūsu 25 cilvēku grupā ir brīvprātīgie ugunsdzēsēji un vietējo biedrību biedri ar pieredzi pagājušā gada plūdos. Vajadzības gadījumā viņi ieradīsies diennakts laikā ar savu aprīkojumu, lai pildītu smilšu maisus un palīdzētu evakuēt iedzīvotājus.',
      },
      request: {
        title: 'Steidzami vajadzīgi brīvprātīgie smilšu maisu pildīšanai',
        description: 'Ūdens līmenis upē joprojām ceļas, un apdraudētas ir divas zemu esošas apkaimes. Vajadzīgi brīvprātīgie, kas pildītu smilšu maisus un palīdzētu iedzīvotājiem aizsargāt mājas; naktsmītni un ēdināšanu nodrošināsim.',
      },
    },
    'wildfire-support': {
      offer: {
        title: 'Brīvprātīgie ugunsdzēsēju apgādei meža ugunsgrēku laikā',
        description: 'Piecpadsmit brīvprātīgo komanda ar diviem mikroautobusiem var piegādāt ūdeni, pārtiku un aprīkojumu uz ugunsdzēsēju pulcēšanās vietām. Esam pieejami visu vasaru, arī brīvdienās.',
      },
      request: {
        title: 'Meklējam brīvprātīgos ugunsdzēsēju loģistikai un ēdināšanai',
        description: 'Jūlijā un augustā mūsu mežos ir augsta ugunsbīstamība, un dzēšanas darbi var ilgt vairākas dienas. Meklējam cilvēkus, kas palīdzētu gatavot ēdienu, vest ūdeni un pārvaldīt krājumu noliktavu.',
      },
    },
    'earthquake-shelter': {
      offer: {
        title: 'Apmācīti brīvprātīgie pagaidu mītnes uzturēšanai',
        description: 'Divdesmit Sarkanā Krusta apmācīti brīvprātīgie var palīdzēt uzturēt pagaidu mītni ģimenēm pēc zemestrīces. Viņi vismaz divas nedēļas rūpēsies par reģistrāciju, ēdiena izdali un bērnu pieskatīšanu.',
      },
      request: {
        title: 'Vajadzīgi brīvprātīgie pagaidu mītnē pēc zemestrīces',
        description: 'Sporta zālē esam iekārtojuši pagaidu mītni 80 ģimenēm, kuras zaudējušas mājas. Meklējam brīvprātīgos dienas un nakts maiņām – ēdiena izdalei, reģistrācijai un nodarbībām ar bērniem.',
      },
    },
    'river-clean-up': {
      offer: {
        title: 'Jaunieši brīvprātīgie upes krastu sakopšanai',
        description: 'Trīsdesmit mūsu vidusskolu skolēnu labprāt piedalīsies kaimiņu novada upes krastu talkā. Viņi ieradīsies kopā ar skolotājiem, ar saviem cimdiem un maisiem – atliek tikai vienoties par datumu un posmu.',
      },
      request: {
        title: 'Aicinām jauniešus uz pavasara talku upes krastos',
        description: 'Aprīlī sakopsim piecus kilometrus upes krastu, kur ziemā sakrājies daudz atkritumu. Aicinām jauniešus un skolu klases; cimdus, maisus, atkritumu izvešanu un siltas pusdienas nodrošināsim mēs.',
      },
    },
    'community-centre': {
      offer: {
        title: 'Brīvprātīgie vadīs pēcpusdienas nodarbības senioriem',
        description: 'Pensionētu skolotāju un kultūras darbinieku grupa divreiz nedēļā var vadīt nodarbības jūsu kopienas centrā vai senioru klubā. Piedāvājam atmiņas treniņus, rokdarbu darbnīcas un kopīgu dziedāšanu.',
      },
      request: {
        title: 'Vajadzīgi brīvprātīgie senioru pēcpusdienām kopienas centrā',
        description: 'Mūsu senioru klubs darba dienās ir atvērts no 14 līdz 18, un to apmeklē ap 40 cilvēku. Meklējam brīvprātīgos, kas vadītu galda spēles un lasījumus vai palīdzētu senioriem apgūt viedtālruni un datoru.',
      },
    },
    'tree-planting': {
      offer: {
        title: 'Četrdesmit brīvprātīgo koku stādīšanas dienai',
        description: 'Mūsu skauti un dabas aizsardzības biedrības biedri labprāt palīdzēs stādīt kokus jūsu pilsētas parkā. Viņi ieradīsies norunātajā sestdienā ar savām lāpstām un lejkannām.',
      },
      request: {
        title: 'Nāc stādīt kokus pilsētas parkā – meklējam brīvprātīgos',
        description: 'Oktobrī pilsētas parkā iestādīsim 200 jaunu liepu un kļavu. Meklējam brīvprātīgos vienai sestdienai; stādus, darbarīkus un uzkodas nodrošinās pašvaldība.',
      },
    },
    'fire-engine': {
      offer: {
        title: 'Lietots, darba kārtībā esošs ugunsdzēsības auto brīvprātīgajiem',
        description: 'Autocisterna ražota 2004. gadā, tvertnes tilpums ir 2500 litru, nobraukums 95 000 km, tehniskā apskate derīga. Nododam to bez maksas brīvprātīgo ugunsdzēsēju vienībai; savākšana no mūsu ugunsdzēsēju depo.',
      },
      request: {
        title: 'Brīvprātīgo ugunsdzēsēju vienībai vajadzīgs darbspējīgs auto',
        description: 'Mūsu vienīgā autocisterna ir vecāka par 30 gadiem un neizturēja pēdējo tehnisko apskati. Labprāt pieņemsim lietotu, bet darbspējīgu auto un transportēšanu noorganizēsim paši.',
      },
    },
    'school-computers': {
      offer: {
        title: '25 galddatori ar monitoriem skolas datorklasei',
        description: 'Datori ir četrus gadus veci (Intel i5, 8 GB RAM, SSD), un cietie diski ir droši izdzēsti. Nododam tos bez maksas sadraudzības pašvaldības skolai, saņemt var pašvaldības ēkā darba dienās.',
      },
      request: {
        title: 'Skolai vajadzīgi datori datorklasei',
        description: 'Mūsu datorklases datori ir vecāki par desmit gadiem un vairs netiek galā ar mūsdienu programmatūru. Vajadzīgi aptuveni 20 darba kārtībā esoši galddatori pamatskolas vecāko klašu skolēniem.',
      },
    },
    'power-generator': {
      offer: {
        title: '60 kVA dīzeļģenerators uz piekabes – atdodam bez maksas',
        description: 'Atdodam 60 kVA dīzeļģeneratoru ar 1200 nostrādātām motorstundām un nesen veiktu apkopi. Tas uzstādīts uz piekabes, tāpēc to ir viegli pārvietot.',
      },
      request: {
        title: 'Vajadzīgs ģenerators ārkārtas situācijām',
        description: 'Pēdējās vētras laikā mūsu ūdens attīrīšanas stacija divas diennaktis palika bez elektrības. Meklējam vismaz 30 kVA dīzeļģeneratoru, kas nodrošinātu elektroapgādi pārtraukumu laikā.',
      },
    },
    'school-furniture': {
      offer: {
        title: 'Labā stāvoklī esoši skolas soli un krēsli – 60 soli un 120 krēsli',
        description: 'Pēc mēbeļu nomaiņas mūsu pamatskolā palikuši pāri divvietīgi soli un regulējama augstuma krēsli. Mēbeles ir tīras un stabilas; atdodam tās bez maksas, jāizved pašiem līdz Jāņiem.',
      },
      request: {
        title: 'Vajadzīgi soli un krēsli divām jaunām klasēm',
        description: 'Rudenī atveram divas jaunas klases, jo skolēnu skaits aug. Pietrūkst 15 divvietīgu solu un 30 krēslu; transportu nodrošināsim paši.',
      },
    },
    'hospital-beds': {
      offer: {
        title: '20 funkcionālās gultas ar matračiem pansionātam vai veselības centram',
        description: 'Mūsu sociālās aprūpes centrs saņēma jaunu aprīkojumu, tāpēc atdodam 20 elektriski regulējamas funkcionālās gultas ar matračiem. Visas ir darba kārtībā, dezinficētas un gatavas izvešanai.',
      },
      request: {
        title: 'Meklējam gultas veselības centram un pansionātam',
        description: 'Mūsu sociālās aprūpes centrs paplašinās par desmit vietām guļošiem klientiem. Vajadzīgas regulējama augstuma gultas, vēlams ar pretizgulējumu matračiem.',
      },
    },
    'emergency-tents': {
      offer: {
        title: 'Teltis pagaidu izmitināšanai – 12 gabali no civilās aizsardzības krājumiem',
        description: 'Atdodam 12 lielas astoņvietīgas teltis ar grīdu un apgaismojumu. Tās izmantotas tikai vienreiz civilās aizsardzības mācībās, un visas detaļas ir vietā.',
      },
      request: {
        title: 'Meklējam teltis civilās aizsardzības krājumiem evakuācijas gadījumam',
        description: 'Mūsu krājumos nav nevienas telts, lai gan plūdu gadījumā būtu jāizmitina ap 50 cilvēku. Ar pateicību pieņemsim labā stāvoklī esošas teltis, vēlams ar grīdu un apsildes iespēju.',
      },
    },
    'construction-timber': {
      offer: {
        title: 'Aptuveni 15 m³ sausu būvkokmateriālu izvešanai',
        description: 'Pēc sporta zāles renovācijas palikušas pāri priedes sijas un dēļi, kas glabāti zem nojumes. Atdodam tos bez maksas publisko ēku remontam un palīdzēsim iekraut.',
      },
      request: {
        title: 'Vajadzīgi būvkokmateriāli tautas nama jumta remontam',
        description: 'Vētra sabojāja mūsu tautas nama jumtu, un daļa spāru jānomaina. Vajadzīgi aptuveni 8 m³ siju un latu; darbus veiks pašvaldības saimnieciskā dienesta darbinieki.',
      },
    },
    'road-salt': {
      offer: {
        title: 'Pēc maigas ziemas pāri palikušas 40 tonnas ceļu sāls',
        description: 'Ziema bija maiga, tāpēc mūsu sausajā noliktavā palikušas 40 tonnas ceļu sāls. Atdosim to kaimiņu pašvaldībai un ar frontālo iekrāvēju iekrausim jūsu kravas automašīnā.',
      },
      request: {
        title: 'Beigušies sāls krājumi ceļu uzturēšanai ziemā',
        description: 'Pēc vairākām dienām ar stipru snigšanu mūsu sāls krājumi ir izsmelti, bet līdz ziemas beigām vēl vairākas nedēļas. Vajadzīgas aptuveni 30 tonnas vietējo ceļu kaisīšanai.',
      },
    },
    'paving-stones': {
      offer: {
        title: 'Bruģakmens un apmales, kas palikušas pēc laukuma pārbūves',
        description: 'Mums ir ap 300 m² betona bruģakmens un 150 apmales uz paletēm pašvaldības saimniecības bāzē. Materiāls ir jauns un nelietots; to var izvest visu uzreiz vai pa daļām.',
      },
      request: {
        title: 'Meklējam bruģakmeni ciema ietvju remontam',
        description: 'Ietves gar ceļu uz skolu ir sliktā stāvoklī, bet šī gada budžetā nav naudas materiāliem. Noderētu ap 200 m² bruģakmens un apmales; ieklāšanu veiks mūsu komunālais dienests.',
      },
    },
    'snow-clearing': {
      offer: {
        title: 'Vietējo ceļu tīrīšana no sniega ar mūsu tehniku',
        description: 'Mums ir divas kravas automašīnas ar sniega lāpstu un smilšu kaisītāju. Stipras snigšanas laikā pēc vienošanās varam tīrīt arī kaimiņu pašvaldības ceļus.',
      },
      request: {
        title: 'Vajadzīga palīdzība sniega tīrīšanā ceļiem uz attāliem ciemiem',
        description: 'Mums ir tikai viena sniega tīrīšanas mašīna, bet izbraucami jāuztur 15 km ceļu uz attāliem ciemiem un viensētām. Meklējam pašvaldību, kas stipras snigšanas laikā varētu aizdot mašīnu kopā ar vadītāju.',
      },
    },
    'translation': {
      offer: {
        title: 'Dokumentu tulkošana pārrobežu projektiem',
        description: 'Divi mūsu pašvaldībā strādājoši tulki tulko projektu dokumentus no latviešu valodas angļu, lietuviešu un igauņu valodā. Bez maksas varam pieņemt līdz 30 lappusēm mēnesī.',
      },
      request: {
        title: 'Vajadzīgs tulkojums pārrobežu projekta dokumentiem',
        description: 'Gatavojam kopīgu projektu ar partneri no kaimiņvalsts, un angļu valodā jāiztulko ap 40 lappušu dokumentu. Termiņš ir nākamā mēneša beigas.',
      },
    },
    'waste-collection': {
      offer: {
        title: 'Lielgabarīta atkritumu savākšana ar pašvaldības atkritumu vedēju',
        description: 'Reizi mēnesī mūsu atkritumu vedējs ar vadītāju var savākt mēbeles, matračus un citus lielgabarīta atkritumus kaimiņu pašvaldībā. Transports ir bez maksas, bet par atkritumu apsaimniekošanu maksā saņēmēja pašvaldība.',
      },
      request: {
        title: 'Meklējam palīdzību pavasara lielgabarīta atkritumu savākšanā',
        description: 'Pavasarī rīkojam lielgabarīta atkritumu savākšanu no mājsaimniecībām, bet savas atkritumu mašīnas mums nav. Meklējam partneri, kas uz trim dienām aizdotu mašīnu ar vadītāju.',
      },
    },
    'unused-school-building': {
      offer: {
        title: 'Bijusī skolas ēka ar 1,2 ha zemes gabalu nomai vai pārdošanai',
        description: 'Bijušās pamatskolas ēkas platība ir 1800 m², un tā piecus gadus stāv tukša. Investoram piedāvājam ilgtermiņa nomu par izdevīgiem nosacījumiem vai iespēju īpašumu iegādāties.',
      },
      request: {
        title: 'Meklējam investoru bijušajai skolas ēkai',
        description: 'Vēlamies, lai tukšā skola atkal kalpotu vietējai kopienai – kā senioru māja, hostelis vai mācību centrs. Meklējam investoru ar labu ideju, kas šeit radītu jaunas darbavietas.',
      },
    },
    'thermal-spring': {
      offer: {
        title: 'Termālais avots un zemes gabals SPA investīcijām',
        description: 'No urbuma plūst 42 grādus silts ūdens, un pašvaldībai ir ģeoloģiskās izpētes dati un piecu hektāru zemes gabals blakus avotam. Palīdzēsim ar atļaujām un izbūvēsim inženiertīklus līdz zemes gabala robežai.',
      },
      request: {
        title: 'Meklējam investoru termālā avota attīstībai SPA tūrismam',
        description: 'Vēlamies attīstīt SPA tūrismu ap mūsu termālo avotu un meklējam investoru, kas uzbūvētu ūdens parku vai SPA viesnīcu. Pašvaldība izbūvēs piebraucamo ceļu un pieslēgumus.',
      },
    },
    'industrial-zone': {
      offer: {
        title: 'Zemes gabali ar inženierkomunikācijām pašvaldības industriālajā parkā',
        description: 'Industriālajā parkā pie šosejas krustojuma ir brīvi zemes gabali no 0,5 līdz 5 ha ar elektrības, ūdens un kanalizācijas pieslēgumiem. Jauniem uzņēmumiem piedāvājam ātru atļauju izskatīšanu un izdevīgu cenu.',
      },
      request: {
        title: 'Meklējam investorus mūsu industriālajam parkam',
        description: 'Gaidām uzņēmumus, kas radītu darbavietas vietējiem iedzīvotājiem – brīvi vēl ir astoņi zemes gabali. Pašvaldība palīdzēs ar visām atļaujām un formalitātēm.',
      },
    },
    'wine-producers': {
      offer: {
        title: 'Vietējo saimniecību augļu un ogu vīni importētājiem',
        description: 'Mūsu novadā darbojas 12 ģimenes vīna darītavas, kas kopā gadā saražo ap 40 000 pudeļu augļu un ogu vīna. Ieinteresētiem tirdzniecības partneriem rīkojam degustācijas un saimniecību apmeklējumus.',
      },
      request: {
        title: 'Meklējam importētājus un izplatītājus vietējiem vīndariem',
        description: 'Mūsu vīndaru produkcija ir saņēmusi apbalvojumus, taču to pārdod galvenokārt saimniecību veikaliņos. Meklējam importētājus, izplatītājus un restorānu tīklus, kas vēlētos to ieviest savā tirgū.',
      },
    },
    'wood-processing': {
      offer: {
        title: 'Vietējās galdniecības piedāvā sadarbību',
        description: 'Ap desmit mazu uzņēmumu mūsu novadā ražo masīvkoka mēbeles, logus un interjera elementus. Palīdzēsim nodibināt kontaktus un noorganizēsim uzņēmumu apmeklējumus.',
      },
      request: {
        title: 'Meklējam partnerus mazajiem kokapstrādes un mēbeļu uzņēmumiem',
        description: 'Mūsu uzņēmēji meklē pircējus mēbelēm pēc pasūtījuma un modernu kokapstrādes iekārtu piegādātājus. Interesē arī sadarbība kopīgos dizaina projektos.',
      },
    },
    'organic-farming': {
      offer: {
        title: 'Bioloģiskie dārzeņi, ogas un medus no vietējā kooperatīva',
        description: 'Kooperatīvā apvienojušās 40 sertificētas bioloģiskās saimniecības, un tas var regulāri piegādāt produkciju skolu virtuvēm, veikaliem un restorāniem. Laipni aicinām apmeklēt saimniecības.',
      },
      request: {
        title: 'Meklējam pircējus un partnerus bioloģisko lauksaimnieku kooperatīvam',
        description: 'Mūsu bioloģiskā kooperatīva raža ar katru gadu aug, taču pastāvīgu pircēju ir maz. Meklējam tirdzniecības tīklus, pārstrādātājus un partnerus kopīgam mārketingam.',
      },
    },
  },
  municipalityDescription: '{name} ({country}) – pašvaldība, kas labprāt sadarbojas ar Eiropas Savienības un Rietumbalkānu pašvaldībām. Dalāmies savā pieredzē un aprīkojumā un paši meklējam atbalstu iedzīvotājiem svarīgos jautājumos.',
  messages: {
    ask: 'Labdien, jūsu sludinājums mūs ieinteresēja, un mēs labprāt pieņemtu piedāvājumu vai nāktu palīgā. Vai varam vienoties par detaļām?',
    accept: 'Labprāt, rezervējam to jūsu pašvaldībai. Drīzumā sazināsimies par nodošanu.',
    decline: 'Paldies par interesi, taču diemžēl to jau esam apsolījuši citai pašvaldībai. Ja kas mainīsies, tūlīt jums paziņosim.',
    handover: 'Piedāvājam nodošanu nākamajā otrdienā pulksten 10 mūsu saimniecības bāzē. Transportu nodrošināsiet jūs, bet iekraušanā palīdzēsim mēs.',
    thanks: 'Liels paldies par raitu sadarbību un atbalstu. Ceram uz kopīgu darbu arī turpmāk.',
  },
  feedback: 'Viss noritēja raiti un kā norunāts, sadarbību varam droši ieteikt.',
};
