import type { DemoPhrasebook } from '../phrasebook-types';

export const phrasebook: DemoPhrasebook = {
  locale: 'mt',
  subjects: {
    'digital-services': {
      offer: {
        title: "Servizzi onlajn u punt uniku għaċ-ċittadini – naqsmu l-esperjenza tagħna",
        description: "Ir-residenti tagħna ilhom tliet snin jistgħu jagħmlu aktar minn 40 applikazzjoni onlajn, u fl-uffiċċju tal-kunsill hemm punt uniku għas-servizzi kollha. It-tim tal-IT tagħna jista' jagħmel workshop ta' jumejn b'xejn u jaqsam il-proċeduri u l-mudelli tad-dokumenti.",
      },
      request: {
        title: "Qed infittxu għajnuna biex nibdew servizzi onlajn għar-residenti",
        description: "Irridu li r-residenti jkunu jistgħu jissottomettu applikazzjonijiet u jħallsu l-miżati lokali onlajn, u li jkollna punt uniku ta' servizz fl-uffiċċju tal-kunsill. Nixtiequ parir minn kunsill li diġà għamel bidla simili, preferibbilment fis-sitt xhur li ġejjin.",
      },
    },
    'energy-efficiency': {
      offer: {
        title: "Effiċjenza enerġetika fl-iskejjel – esperjenza minn ħames proġetti",
        description: "F'dawn l-aħħar snin iżolajna tliet skejjel u żewġ ċentri għat-tfal żgħar, biddilna t-twieqi u installajna pompi tas-sħana, u l-konsum tal-enerġija naqas b'madwar 40%. Naqsmu bil-qalb id-dokumenti tal-offerti u nilqgħukom għal żjara ta' studju.",
      },
      request: {
        title: "Parir dwar l-effiċjenza enerġetika tal-uffiċċju tal-kunsill u tal-kindergarten",
        description: "Il-bini tal-kunsill u l-kindergarten inbnew fis-snin sebgħin u jikkunsmaw ħafna enerġija. Qed infittxu kunsill li jgħinna nagħmlu awditu tal-enerġija u pjan tax-xogħlijiet qabel ma napplikaw għall-fondi.",
      },
    },
    'eu-funding': {
      offer: {
        title: "Taħriġ u parir dwar applikazzjonijiet għall-fondi tal-UE",
        description: "L-uffiċċju tal-proġetti tagħna mexxa aktar minn 20 proġett iffinanzjat mill-UE, fosthom taħt Interreg u Erasmus+. Noffru taħriġ b'xejn lill-impjegati tagħkom u għajnuna kemm fil-kitba tal-applikazzjoni kif ukoll fir-rappurtar.",
      },
      request: {
        title: "Qed infittxu mentor għall-ewwel applikazzjoni tagħna għall-fondi tal-UE",
        description: "Aħna kunsill żgħir mingħajr uffiċjal tal-proġetti u qed inħejju l-ewwel applikazzjoni tagħna taħt Interreg. Għandna bżonn persuna b'esperjenza li tgħinna nfasslu l-baġit u tiggwidana matul il-proġett kollu.",
      },
    },
    'water-utility-manager': {
      offer: {
        title: "Maniġer b'esperjenza jgħin fit-twaqqif ta' kumpanija tal-ilma",
        description: "Id-direttur ta' qabel tal-kumpanija tal-ilma tagħna, b'25 sena esperjenza fis-settur, jista' jaħdem magħkom fuq il-post għal sitt xhur. Jgħin fl-organizzazzjoni tal-kumpanija, fil-kalkolu tat-tariffi u fir-reklutaġġ.",
      },
      request: {
        title: "Qed infittxu maniġer biex inwaqqfu kumpanija tal-ilma u d-drenaġġ",
        description: "Qed nieħdu f'idejna n-netwerk tal-ilma u d-drenaġġ minn operatur privat u nwaqqfu kumpanija tagħna. Għal 6 sa 12-il xahar għandna bżonn maniġer b'esperjenza li jorganizza l-operat, it-tariffi u l-istruttura.",
      },
    },
    'home-care-manager': {
      offer: {
        title: "Il-maniġer tal-kura fid-dar tagħna tgħinkom tibdew servizz simili",
        description: "Il-maniġer tas-servizz tal-kura fid-dar tagħna ilha għaxar snin torganizza l-għajnuna għal aktar minn 120 anzjan fi djarhom. Għal tliet xhur tista' tagħti parir b'xejn dwar ir-reklutaġġ, l-istandards tal-kwalità u l-ippjanar taż-żjarat.",
      },
      request: {
        title: "Qed infittxu maniġer biex inwaqqfu servizz ta' kura fid-dar għall-anzjani",
        description: "Fil-lokalità tagħna qed jgħixu dejjem aktar anzjani waħedhom, iżda għad m'għandniex servizz organizzat ta' kura fid-dar. Qed infittxu persuna b'esperjenza li tgħinna nibdew is-servizz għal madwar 50 klijent.",
      },
    },
    'tourist-office-manager': {
      offer: {
        title: "Ngħinukom twaqqfu ċentru tal-informazzjoni għat-turisti",
        description: "Il-maniġer taċ-ċentru tal-informazzjoni turistika tagħna tista' tgħin għal xahrejn jew tliet xhur fit-twaqqif ta' ċentru ġdid. Taqsam l-esperjenza tagħha fis-servizz lill-viżitaturi, fil-ġestjoni tas-sit web u fil-kollaborazzjoni man-negozji lokali.",
      },
      request: {
        title: "Maniġer b'esperjenza għaċ-ċentru turistiku l-ġdid tagħna",
        description: "Fir-rebbiegħa se niftħu ċentru tal-informazzjoni għat-turisti f'bini storiku rrestawrat. Qed infittxu persuna b'esperjenza li tħarreġ lill-istaff, tħejji l-offerta u tibni kollaborazzjoni mal-postijiet tal-akkomodazzjoni.",
      },
    },
    'flood-response': {
      offer: {
        title: "Voluntiera għall-għargħar – lesti jaslu fi żmien 24 siegħa",
        description: "Il-grupp tagħna ta' 25 voluntier mill-protezzjoni ċivili u minn għaqdiet lokali għandu esperjenza mill-għargħar tas-sena l-oħra. Jekk ikun hemm bżonn, jaslu fi żmien ġurnata bit-tagħmir tagħhom biex jimlew xkejjer tar-ramel u jgħinu fl-evakwazzjoni tar-residenti.",
      },
      request: {
        title: "Għandna bżonn urġenti ta' voluntiera biex jimlew xkejjer tar-ramel",
        description: "L-ilma tax-xita għadu qed jinżel mill-widien u żewġ żoni baxxi tal-lokalità jinsabu fil-periklu. Għandna bżonn voluntiera biex jimlew xkejjer tar-ramel u jgħinu lir-residenti jipproteġu djarhom; nipprovdu ikel u akkomodazzjoni.",
      },
    },
    'wildfire-support': {
      offer: {
        title: "Voluntiera għall-loġistika tal-pompieri waqt in-nirien fl-imsaġar",
        description: "Grupp ta' 15-il voluntier b'żewġ vannijiet jista' jġorr ilma, ikel u tagħmir sal-postijiet fejn jinġabru l-pompieri. Aħna disponibbli matul is-sajf kollu, anke fi tmiem il-ġimgħa.",
      },
      request: {
        title: "Qed infittxu voluntiera għall-ikel u l-loġistika tal-pompieri",
        description: "F'Lulju u Awwissu r-riskju ta' nirien fl-imsaġar u fl-għelieqi jkun għoli, u t-tifi jista' jdum diversi jiem. Qed infittxu nies li jgħinu jsajru, iġorru l-ilma u jieħdu ħsieb il-maħżen tal-provvisti.",
      },
    },
    'earthquake-shelter': {
      offer: {
        title: "Voluntiera mħarrġa biex imexxu kenn temporanju",
        description: "Għoxrin voluntier imħarrġa mis-Salib l-Aħmar jistgħu jgħinu jmexxu kenn temporanju għall-familji wara terremot. Jieħdu ħsieb ir-reġistrazzjoni, it-tqassim tal-ikel u l-kura tat-tfal għal mill-inqas ġimagħtejn.",
      },
      request: {
        title: "Għandna bżonn voluntiera f'kenn temporanju wara t-terremot",
        description: "Fis-sala tal-isport waqqafna kenn temporanju għal 80 familja li tilfu djarhom. Qed infittxu voluntiera għax-xiftijiet ta' binhar u bil-lejl – għat-tqassim tal-ikel, ir-reġistrazzjoni u attivitajiet mat-tfal.",
      },
    },
    'river-clean-up': {
      offer: {
        title: "Żgħażagħ voluntiera għat-tindif tal-wied",
        description: "Tletin student mill-iskejjel sekondarji tagħna lesti jieħdu sehem f'attività ta' tindif tal-wied f'lokalità viċina. Jiġu mal-għalliema tagħhom, bl-ingwanti u l-boroż tal-iskart tagħhom – ikun biżżejjed li tgħidulna d-data u liema parti tal-wied.",
      },
      request: {
        title: "Qed infittxu żgħażagħ voluntiera għat-tindif tal-wied fir-rebbiegħa",
        description: "F'April se nnaddfu ħames kilometri tal-wied, fejn matul ix-xitwa nġabar ħafna skart. Nistiednu liż-żgħażagħ u lill-klassijiet tal-iskejjel; aħna nipprovdu l-ingwanti, il-boroż, il-ġarr tal-iskart u ikla sħuna.",
      },
    },
    'community-centre': {
      offer: {
        title: "Voluntiera jmexxu attivitajiet ta' waranofsinhar għall-anzjani",
        description: "Grupp ta' għalliema u ħaddiema kulturali rtirati jista' jmexxi attivitajiet darbtejn fil-ġimgħa fiċ-ċentru komunitarju jew fil-klabb tal-anzjani tagħkom. Noffru taħriġ tal-memorja, workshops tal-artiġjanat u kant flimkien.",
      },
      request: {
        title: "Voluntiera għall-attivitajiet tal-anzjani fiċ-ċentru komunitarju",
        description: "Il-klabb tal-anzjani tagħna jiftaħ mit-Tnejn sal-Ġimgħa mis-2 sas-6 ta' waranofsinhar, u jattendu madwar 40 persuna. Qed infittxu voluntiera li jmexxu logħob u qari jew jgħinu lill-anzjani jużaw il-mobile u l-kompjuter.",
      },
    },
    'tree-planting': {
      offer: {
        title: "Erbgħin voluntier għal jum tat-tħawwil tas-siġar",
        description: "L-iscouts u l-membri tal-għaqda ambjentali tagħna lesti jgħinu fit-tħawwil tas-siġar fil-ġnien pubbliku tagħkom. Jiġu s-Sibt li nftiehmu fuqu, bl-għodda tagħhom.",
      },
      request: {
        title: "Ejja ħawwel is-siġar fil-ġnien pubbliku – qed infittxu voluntiera",
        description: "F'Ottubru se nħawlu 200 siġra indiġena fil-ġnien pubbliku, fosthom ħarrub u żebbuġ. Qed infittxu voluntiera għal Sibt wieħed; il-kunsill jipprovdi s-siġar, l-għodda u xi ħaġa x'tiekol.",
      },
    },
    'fire-engine': {
      offer: {
        title: "Trakk tat-tifi tan-nar użat, li jaħdem tajjeb, għal brigata ta' voluntiera",
        description: "It-trakk huwa mudell tal-2004, b'tank ta' 2,500 litru, għamel 95,000 km u għandu l-VRT validu. Nagħtuh b'xejn lil brigata tal-pompieri voluntiera; jinġabar mill-garaxx tagħna.",
      },
      request: {
        title: "Brigata tal-pompieri voluntiera għandha bżonn trakk tat-tifi tan-nar",
        description: "L-uniku trakk tagħna għandu aktar minn 30 sena u ma għaddiex mill-aħħar spezzjoni tal-VRT. Nilqgħu bil-qalb trakk użat li jaħdem tajjeb, u l-ġarr nieħdu ħsiebu aħna.",
      },
    },
    'school-computers': {
      offer: {
        title: "25 kompjuter tad-desk bil-monitors għall-kamra tal-IT ta' skola",
        description: "Il-kompjuters għandhom erba' snin (Intel i5, 8 GB RAM, SSD) u l-hard disks tħassru b'mod sigur. Nagħtuhom b'xejn lil skola f'lokalità msieħba; jistgħu jinġabru mill-uffiċċju tal-kunsill f'ġranet tax-xogħol.",
      },
      request: {
        title: "Skola għandha bżonn kompjuters għall-kamra tal-IT",
        description: "Il-kompjuters fil-kamra tal-IT tal-iskola tagħna għandhom aktar minn għaxar snin u ma jlaħħqux mas-softwer tal-lum. Għandna bżonn madwar 20 kompjuter tad-desk li jaħdmu għall-istudenti tas-sekondarja.",
      },
    },
    'power-generator': {
      offer: {
        title: "Ġeneratur tad-diżil ta' 60 kVA fuq trejler – b'xejn",
        description: "Nagħtu ġeneratur tad-diżil ta' 60 kVA li ħadem 1,200 siegħa u sarlu s-servis riċentement. Huwa mmuntat fuq trejler, għalhekk jinġarr faċilment.",
      },
      request: {
        title: "Għandna bżonn ġeneratur għal sitwazzjonijiet ta' emerġenza",
        description: "Fl-aħħar maltempata ċ-ċentru komunitarju li nużaw bħala kenn baqa' jumejn bla dawl. Qed infittxu ġeneratur tad-diżil ta' mill-inqas 30 kVA biex jiżgura l-elettriku waqt il-qtugħ.",
      },
    },
    'school-furniture': {
      offer: {
        title: "Bankijiet u siġġijiet tal-iskola f'kundizzjoni tajba – 60 bank u 120 siġġu",
        description: "Wara li biddilna l-għamara fl-iskola primarja tagħna, fadlilna bankijiet doppji u siġġijiet li jogħlew u jinżlu. L-għamara hija nadifa u soda; nagħtuha b'xejn, bil-kundizzjoni li tinġabar sa tmiem Lulju.",
      },
      request: {
        title: "Għandna bżonn bankijiet u siġġijiet għal żewġ klassijiet ġodda",
        description: "Minn Settembru se niftħu żewġ klassijiet ġodda għax l-għadd tal-istudenti qed jikber. Neħtieġu 15-il bank doppju u 30 siġġu; it-trasport nieħdu ħsiebu aħna.",
      },
    },
    'hospital-beds': {
      offer: {
        title: "20 sodda tal-isptar bil-mattress għal dar tal-anzjani jew ċentru tas-saħħa",
        description: "Id-dar tal-anzjani tagħna ngħatat għamara ġdida, għalhekk qed nagħtu 20 sodda elettrika aġġustabbli flimkien mal-mattressijiet. Kollha jaħdmu, ġew diżinfettati u huma lesti biex jinġabru.",
      },
      request: {
        title: "Qed infittxu sodod għal ċentru tas-saħħa u dar tal-anzjani",
        description: "Id-dar tal-anzjani tagħna qed tiżdied b'għaxar sodod għal residenti li ma jqumux mis-sodda. Għandna bżonn sodod li jogħlew u jinżlu, preferibbilment b'mattressijiet kontra l-feriti tal-pressjoni.",
      },
    },
    'emergency-tents': {
      offer: {
        title: "Tined għall-akkomodazzjoni temporanja – 12 mill-maħżen tal-emerġenzi",
        description: "Nagħtu 12-il tinda kbira, kull waħda għal tmien persuni, b'art u dawl. Intużaw darba biss f'eżerċizzju tal-protezzjoni ċivili u l-partijiet kollha għadhom hemm.",
      },
      request: {
        title: "Qed infittxu tined għall-maħżen tal-emerġenzi f'każ ta' evakwazzjoni",
        description: "Il-maħżen tal-emerġenzi tagħna m'għandux tined, għalkemm f'każ ta' għargħar ikollna nilqgħu madwar 50 persuna. Nilqgħu bi gratitudni tined f'kundizzjoni tajba, preferibbilment b'art.",
      },
    },
    'construction-timber': {
      offer: {
        title: "Madwar 15 m³ injam tal-kostruzzjoni niexef lest biex jinġabar",
        description: "Wara r-rinnovazzjoni tas-sala tal-isport fadlilna travi u twavel tal-arżnu, maħżuna taħt saqaf. Nagħtuhom b'xejn għat-tiswija ta' bini pubbliku u ngħinu fit-tagħbija.",
      },
      request: {
        title: "Għandna bżonn injam biex insewwu s-saqaf taċ-ċentru ċiviku",
        description: "Maltempata għamlet ħsara lis-saqaf taċ-ċentru ċiviku tagħna u parti mit-travi trid tinbidel. Għandna bżonn madwar 8 m³ ta' travi u twavel; ix-xogħol isir mill-ħaddiema tal-kunsill.",
      },
    },
    'road-salt': {
      offer: {
        title: "40 tunnellata melħ għat-toroq li fadlilna wara xitwa ħafifa",
        description: "Ix-xitwa kienet ħafifa, u fil-maħżen niexef tagħna fadlilna 40 tunnellata melħ għat-toroq. Nagħtuh lil kunsill ieħor u ntellgħuh fuq it-trakk tagħkom bil-loader.",
      },
      request: {
        title: "Spiċċalna l-melħ għall-manutenzjoni tat-toroq fix-xitwa",
        description: "Wara diversi maltempati ta' borra u silġ il-ħażna tal-melħ tagħna spiċċat, u għad fadal diversi ġimgħat tax-xitwa. Għandna bżonn madwar 30 tunnellata għat-toroq lokali.",
      },
    },
    'paving-stones': {
      offer: {
        title: "Ċangaturi u kurduni li fadlu mir-rinnovazzjoni tal-pjazza",
        description: "Għandna madwar 300 m² ta' ċangaturi tal-konkrit u 150 kurdun fuq pallets fil-ħażna tal-kunsill. Il-materjal huwa ġdid u qatt ma ntuża; jista' jinġabar kollu f'daqqa jew f'partijiet.",
      },
      request: {
        title: "Qed infittxu ċangaturi biex insewwu l-bankini tar-raħal",
        description: "Il-bankini fit-triq tal-iskola jinsabu fi stat ħażin, u fil-baġit ta' din is-sena m'hemmx flus għall-materjal. Jaqdina madwar 200 m² ta' ċangaturi u xi kurduni; ix-xogħol jagħmluh il-ħaddiema tal-kunsill.",
      },
    },
    'snow-clearing': {
      offer: {
        title: "Tneħħija tal-borra mit-toroq lokali bil-vetturi tagħna",
        description: "Għandna żewġ trakkijiet b'pala tal-borra u b'tagħmir biex jixerdu r-ramel. Meta tagħmel ħafna borra, wara ftehim fuq ir-rotot, nistgħu nnaddfu wkoll it-toroq tal-lokalitajiet ta' madwarna.",
      },
      request: {
        title: "Għajnuna biex titneħħa l-borra mit-toroq lejn l-irħula mbiegħda",
        description: "Għandna vettura waħda biss għall-borra, iżda rridu nżommu miftuħa 15 km ta' toroq lejn irħula mbiegħda. Qed infittxu kunsill li waqt borra qawwija jista' jsellfilna vettura bix-xufier.",
      },
    },
    'translation': {
      offer: {
        title: "Traduzzjoni ta' dokumenti għal proġetti transkonfinali",
        description: "Żewġ tradutturi impjegati mal-kunsill tagħna jittraduċu dokumenti tal-proġetti mill-Malti għall-Ingliż u għat-Taljan. Nistgħu nieħdu sa 30 paġna fix-xahar mingħajr ħlas.",
      },
      request: {
        title: "Għandna bżonn traduzzjoni ta' dokumenti għal proġett transkonfinali",
        description: "Qed inħejju proġett konġunt ma' sieħeb minn pajjiż ieħor u rridu nittraduċu madwar 40 paġna dokumentazzjoni għall-Ingliż. L-iskadenza hija fl-aħħar tax-xahar id-dieħel.",
      },
    },
    'waste-collection': {
      offer: {
        title: "Ġbir ta' skart goff bit-trakk tal-kunsill",
        description: "Darba fix-xahar it-trakk tagħna, flimkien max-xufier, jista' jiġbor għamara, mattressijiet u skart goff ieħor f'lokalità viċina. It-trasport huwa b'xejn, filwaqt li l-kunsill li jirċievi jħallas għall-immaniġġjar tal-iskart.",
      },
      request: {
        title: "Qed infittxu għajnuna għall-ġbir tal-iskart goff fir-rebbiegħa",
        description: "Fir-rebbiegħa se norganizzaw ġbir ta' skart goff mid-djar, iżda m'għandniex trakk tagħna. Qed infittxu sieħeb li jsellfilna trakk bix-xufier għal tlett ijiem.",
      },
    },
    'unused-school-building': {
      offer: {
        title: "Skola ta' qabel b'art ta' 1.2 ettari għall-kiri jew għall-bejgħ",
        description: "Il-bini tal-iskola primarja ta' qabel għandu 1,800 m² ta' spazju u ilu vojt ħames snin. Noffru lil investitur kirja fit-tul b'kundizzjonijiet favorevoli jew il-possibbiltà li jixtrih.",
      },
      request: {
        title: "Qed infittxu investitur għall-bini ta' skola li m'għadhiex tintuża",
        description: "Nixtiequ li l-iskola vojta terġa' sservi lill-komunità – bħala dar għall-anzjani, ostell jew ċentru tat-taħriġ. Qed infittxu investitur b'idea tajba li joħloq impjiegi ġodda.",
      },
    },
    'thermal-spring': {
      offer: {
        title: "Għajn termali u art għal investiment fis-saħħa u l-benessri",
        description: "L-ilma mill-bir jasal sa 42 °C, u l-kunsill għandu studji ġeoloġiċi u art ta' ħames ettari ħdejn l-għajn. Ngħinu fil-permessi u nwasslu s-servizzi sal-konfini tal-art.",
      },
      request: {
        title: "Qed infittxu investitur biex jiżviluppa għajn termali għat-turiżmu tal-benessri",
        description: "Irridu niżviluppaw it-turiżmu tas-saħħa madwar l-għajn termali tagħna u qed infittxu investitur li jibni spa jew ċentru tal-benessri. Il-kunsill jibni t-triq tal-aċċess u l-konnessjonijiet.",
      },
    },
    'industrial-zone': {
      offer: {
        title: "Plottijiet lesti għall-bini fiż-żona industrijali lokali",
        description: "Fiż-żona industrijali ħdejn it-triq prinċipali hemm plottijiet vojta ta' bejn 0.5 u 5 ettari, bl-elettriku, l-ilma u d-drenaġġ. Lill-kumpaniji ġodda noffru proċess tal-permessi mgħaġġel u prezz favorevoli.",
      },
      request: {
        title: "Qed infittxu investituri għaż-żona industrijali tagħna",
        description: "Nixtiequ nattiraw kumpaniji li joħolqu impjiegi għar-residenti – għad hemm tmien plottijiet disponibbli. Il-kunsill jgħin fil-permessi u fil-proċeduri kollha.",
      },
    },
    'wine-producers': {
      offer: {
        title: "Inbid minn produtturi lokali għall-importaturi u d-distributuri",
        description: "Fil-lokalità tagħna hemm 12-il azjenda tal-inbid tal-familja li flimkien jipproduċu madwar 80,000 flixkun fis-sena, fosthom minn għeneb indiġenu bħall-Ġellewża u l-Girgentina. Għall-imsieħba kummerċjali interessati norganizzaw degustazzjonijiet u żjarat fl-għelieqi tad-dwieli.",
      },
      request: {
        title: "Qed infittxu importaturi u distributuri għall-produtturi tal-inbid tagħna",
        description: "Il-produtturi tal-inbid tagħna rebħu premjijiet, iżda jbigħu l-aktar lokalment. Qed infittxu importaturi, distributuri u ktajjen ta' ristoranti li jixtiequ jdaħħlu l-inbejjed tagħhom fis-suq tagħhom.",
      },
    },
    'wood-processing': {
      offer: {
        title: "Mastrudaxxi u negozji lokali tal-għamara joffru kollaborazzjoni",
        description: "Madwar għaxar negozji żgħar fil-lokalità tagħna jagħmlu għamara tal-injam solidu, twieqi, bibien u elementi tal-intern. Ngħinukom tidħlu f'kuntatt magħhom u norganizzaw żjarat fil-ħwienet tax-xogħol.",
      },
      request: {
        title: "Qed infittxu msieħba għal negozji żgħar tal-injam u l-għamara",
        description: "In-negozjanti tagħna qed ifittxu klijenti għal għamara magħmula apposta u fornituri ta' magni moderni għax-xogħol tal-injam. Huma interessati wkoll f'kollaborazzjoni fi proġetti konġunti tad-disinn.",
      },
    },
    'organic-farming': {
      offer: {
        title: "Ħaxix, frott u għasel organiċi minn koperattiva lokali",
        description: "Il-koperattiva tiġbor flimkien 40 razzett organiku ċċertifikat u tista' tfornixxi regolarment il-kantins tal-iskejjel, il-ħwienet u r-ristoranti. Intom mistiedna żżuru l-għelieqi.",
      },
      request: {
        title: "Qed infittxu xerrejja u msieħba għal koperattiva tal-biedja organika",
        description: "Il-koperattiva organika tagħna qed tikber kull sena, iżda m'għandhiex biżżejjed xerrejja regolari. Qed infittxu ktajjen tal-ħwienet, proċessuri u msieħba għal kummerċjalizzazzjoni konġunta.",
      },
    },
  },
  municipalityDescription: "{name} ({country}) – kunsill lokali li jikkollabora bil-qalb ma' kunsilli oħra mill-Unjoni Ewropea u mill-Balkani tal-Punent. Naqsmu l-esperjenza u t-tagħmir tagħna, u aħna wkoll infittxu appoġġ f'dak li hu importanti għar-residenti.",
  messages: {
    ask: "Bonġu, l-avviż tagħkom interessana ħafna u nieħdu bil-qalb l-offerta jew nagħtu daqqa t'id. Nistgħu niftiehmu fuq id-dettalji?",
    accept: "Bil-qalb, qed inżommuh għall-kunsill tagħkom. Nikkuntattjawkom dalwaqt dwar il-konsenja.",
    decline: "Grazzi tal-interess, iżda sfortunatament diġà wegħdnieh lil kunsill ieħor. Jekk xi ħaġa tinbidel, ngħarrfukom minnufih.",
    handover: "Nipproponu l-konsenja nhar it-Tlieta d-dieħla fl-10:00 fil-maħżen tal-kunsill. It-trasport tieħdu ħsiebu intom, u aħna ngħinu fit-tagħbija.",
    thanks: "Grazzi mill-qalb tal-kollaborazzjoni u tal-għajnuna. Nittamaw li naħdmu flimkien għal darb'oħra.",
  },
  feedback: "Kollox mexa bla xkiel u kif miftiehem, u nirrakkomandaw bil-qalb din il-kollaborazzjoni.",
};
