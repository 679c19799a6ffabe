import type { DemoPhrasebook } from '../phrasebook-types';

export const phrasebook: DemoPhrasebook = {
  locale: 'et',
  subjects: {
    'digital-services': {
      offer: {
        title: 'E-teenuste ja ühe akna teeninduse loomine – jagame kogemusi',
        description: 'Meie elanikud saavad juba kolm aastat ajada veebis üle 40 asja ning vallamajas töötab ühe akna põhimõttel klienditeenindus. Meie IT-spetsialistid viivad tasuta läbi kahepäevase töötoa ja jagavad protsessikirjeldusi ning dokumendipõhju.',
      },
      request: {
        title: 'Otsime abi elanikele mõeldud e-teenuste käivitamisel',
        description: 'Soovime, et elanikud saaksid taotlusi esitada ja kohalikke makse tasuda veebis ning et vallamajja tekiks ühtne teeninduspunkt. Ootame nõu omavalitsuselt, kellel on sarnane muudatus juba tehtud, soovitavalt järgmise poole aasta jooksul.',
      },
    },
    'energy-efficiency': {
      offer: {
        title: 'Koolide ja lasteaedade energiatõhus renoveerimine – viie objekti kogemus',
        description: 'Oleme viimastel aastatel soojustanud kolm kooli ja kaks lasteaeda, vahetanud aknad ja paigaldanud soojuspumbad, mis on vähendanud energiatarbimist umbes 40%. Jagame hea meelega hankedokumente ja võtame vastu õppevisiite.',
      },
      request: {
        title: 'Vajame nõu vallamaja ja lasteaia energiarenoveerimiseks',
        description: 'Vallamaja ja lasteaed on ehitatud seitsmekümnendatel ning nende energiakulu on väga suur. Otsime omavalitsust, kes aitaks meil enne toetustaotluse esitamist teha energiaauditi ja koostada tööde kava.',
      },
    },
    'eu-funding': {
      offer: {
        title: 'Koolitus ja nõustamine ELi toetuste taotlemisel',
        description: 'Meie projektibüroo on ellu viinud üle 20 ELi projekti, sealhulgas Interregi ja Erasmus+ programmidest. Pakume teie töötajatele tasuta koolitust ning tuge nii taotluse kirjutamisel kui ka aruandlusel.',
      },
      request: {
        title: 'Otsime mentorit oma esimese ELi taotluse jaoks',
        description: 'Oleme väike vald ilma oma projektijuhita ning valmistame ette esimest Interregi taotlust. Vajame kogenud inimest, kes aitaks eelarve koostada ja juhendaks meid kogu projekti vältel.',
      },
    },
    'water-utility-manager': {
      offer: {
        title: 'Kogenud juht aitab luua kohaliku vee-ettevõtte',
        description: 'Meie vee-ettevõtte endine juhataja, kellel on 25-aastane kogemus, saab pool aastat töötada kohapeal teie juures. Ta aitab ettevõtte ülesehitamise, hinnakujunduse ja töötajate värbamisega.',
      },
      request: {
        title: 'Otsime juhti vee- ja kanalisatsiooniettevõtte loomiseks',
        description: 'Võtame veevärgi ja kanalisatsiooni eraoperaatorilt üle ning asutame oma munitsipaalettevõtte. Vajame 6–12 kuuks kogenud juhti, kes seaks paika töökorralduse, hinnad ja struktuuri.',
      },
    },
    'home-care-manager': {
      offer: {
        title: 'Koduhoolduse juht aitab käivitada koduteenuse',
        description: 'Meie koduhooldusteenuse juht on kümme aastat korraldanud abi enam kui 120 eakale nende kodus. Kolme kuu jooksul saab ta tasuta nõustada hooldajate värbamise, kvaliteedinõuete ja külastuste planeerimise teemadel.',
      },
      request: {
        title: 'Otsime juhti eakate koduhooldusteenuse loomiseks',
        description: 'Meie vallas elab üha rohkem üksikuid eakaid, kuid korraldatud koduhooldust veel ei ole. Otsime kogenud inimest, kes aitaks teenuse käivitada umbes 50 kliendile.',
      },
    },
    'tourist-office-manager': {
      offer: {
        title: 'Aitame luua turismiinfokeskuse',
        description: 'Meie turismiinfokeskuse juht saab kaks kuni kolm kuud aidata uue keskuse loomisel. Ta jagab kogemusi külastajate teenindamise, kodulehe haldamise ja kohalike ettevõtjatega koostöö alal.',
      },
      request: {
        title: 'Otsime kogenud juhti uuele turismiinfokeskusele',
        description: 'Kevadel avame turismiinfokeskuse renoveeritud jaamahoones. Otsime kogenud inimest, kes koolitaks töötajad välja, paneks kokku pakkumise ja looks koostöö majutusettevõtetega.',
      },
    },
    'flood-response': {
      offer: {
        title: 'Vabatahtlikud üleujutuste korral – valmis välja sõitma 24 tunni jooksul',
        description: 'Meie 25-liikmeline rühm koosneb vabatahtlikest päästjatest ja kohalike seltside liikmetest, kellel on kogemus eelmise aasta üleujutustest. Vajadusel saabuvad nad ööpäeva jooksul oma varustusega liivakotte täitma ja elanikke evakueerima.',
      },
      request: {
        title: 'Kiiresti vaja vabatahtlikke liivakottide täitmiseks',
        description: 'Jõe veetase tõuseb endiselt ning ohus on kaks madalal asuvat linnaosa. Vajame vabatahtlikke liivakotte täitma ja elanikke majade kaitsmisel aitama; majutuse ja toidu tagame meie.',
      },
    },
    'wildfire-support': {
      offer: {
        title: 'Vabatahtlikud päästjate varustamiseks metsatulekahjude ajal',
        description: 'Viieteistliikmeline vabatahtlike rühm saab kahe kaubikuga vedada vett, toitu ja varustust päästjate kogunemiskohtadesse. Oleme valmis appi tulema kogu suve, ka nädalavahetustel.',
      },
      request: {
        title: 'Otsime vabatahtlikke päästjate logistika ja toitlustamise jaoks',
        description: 'Juulis ja augustis on metsatulekahjude oht meie piirkonnas suur ning kustutustööd võivad kesta mitu päeva. Otsime inimesi, kes aitaksid toitu valmistada, vett vedada ja laoseisu hallata.',
      },
    },
    'earthquake-shelter': {
      offer: {
        title: 'Koolitatud vabatahtlikud ajutise majutuskoha pidamiseks',
        description: 'Kakskümmend Punase Risti koolituse läbinud vabatahtlikku saavad aidata pidada ajutist majutuskohta peredele pärast maavärinat. Nad tegelevad registreerimise, toidujagamise ja lastehoiuga vähemalt kaks nädalat.',
      },
      request: {
        title: 'Vajame vabatahtlikke maavärina järel avatud ajutisse majutuskohta',
        description: 'Oleme spordihallis sisse seadnud ajutise majutuse 80 perele, kes kaotasid kodu. Otsime vabatahtlikke päeva- ja öövahetustesse toidujagamiseks, registreerimiseks ja lastega tegelemiseks.',
      },
    },
    'river-clean-up': {
      offer: {
        title: 'Noored vabatahtlikud jõekallaste koristamiseks',
        description: 'Kolmkümmend meie gümnaasiumi õpilast osaleb hea meelega naabervalla jõekallaste koristustalgutel. Nad tulevad koos õpetajatega ning oma kinnaste ja prügikottidega – leppige vaid kokku kuupäev ja lõik.',
      },
      request: {
        title: 'Ootame noori vabatahtlikke kevadistele jõekallaste talgutele',
        description: 'Aprillis koristame viie kilomeetri ulatuses jõekaldaid, kuhu on talve jooksul kogunenud palju prügi. Ootame noori ja kooliklasse; kindad, kotid, prügiveo ja sooja lõuna tagame meie.',
      },
    },
    'community-centre': {
      offer: {
        title: 'Vabatahtlikud korraldavad eakatele pärastlõunaseid tegevusi',
        description: 'Pensionil õpetajatest ja kultuuritöötajatest koosnev rühm saab kaks korda nädalas juhendada tegevusi teie kogukonnakeskuses või eakate päevakeskuses. Pakume mälutreeningut, käsitöötubasid ja ühislaulmist.',
      },
      request: {
        title: 'Vabatahtlikke on vaja eakate pärastlõunatele kogukonnakeskuses',
        description: 'Meie eakate päevakeskus on avatud tööpäeviti kella 14–18 ja seal käib umbes 40 inimest. Otsime vabatahtlikke, kes juhiksid lauamänge ja ettelugemist või aitaksid eakatel nutitelefoni ja arvutit kasutada.',
      },
    },
    'tree-planting': {
      offer: {
        title: 'Nelikümmend vabatahtlikku puude istutamise päevale',
        description: 'Meie skaudid ja looduskaitseseltsi liikmed aitavad hea meelega teie linnapargis puid istutada. Nad tulevad kokkulepitud laupäeval oma labidate ja kastekannudega.',
      },
      request: {
        title: 'Tule istutama puid linnaparki – otsime vabatahtlikke',
        description: 'Oktoobris istutame linnaparki 200 noort pärna ja vahtrat. Otsime vabatahtlikke üheks laupäevaks; istikud, tööriistad ja kehakinnituse paneb välja vald.',
      },
    },
    'fire-engine': {
      offer: {
        title: 'Kasutatud töökorras päästeauto vabatahtlikule komandole',
        description: 'Paakauto on välja lastud aastal 2004, paagi maht on 2500 liitrit, läbisõit 95 000 km ja tehnoülevaatus kehtib. Anname selle tasuta vabatahtlikule päästekomandole ning auto tuleb ise meie depoost ära viia.',
      },
      request: {
        title: 'Vabatahtlik päästekomando vajab töökorras päästeautot',
        description: 'Meie ainus paakauto on üle 30 aasta vana ega läbinud viimast tehnoülevaatust. Võtame hea meelega vastu kasutatud, kuid töökorras auto ja korraldame äraveo ise.',
      },
    },
    'school-computers': {
      offer: {
        title: '25 lauaarvutit koos monitoridega kooli arvutiklassi',
        description: 'Arvutid on neli aastat vanad (Intel i5, 8 GB RAM, SSD) ja kõvakettad on turvaliselt kustutatud. Anname need tasuta sõprusvalla koolile, järele saab tulla vallamajja tööpäevadel.',
      },
      request: {
        title: 'Kool vajab arvuteid oma arvutiklassi',
        description: 'Meie arvutiklassi masinad on üle kümne aasta vanad ega tule enam tänapäeva tarkvaraga toime. Vajame umbes 20 töökorras lauaarvutit põhikooli vanema astme õpilastele.',
      },
    },
    'power-generator': {
      offer: {
        title: '60 kVA diiselgeneraator haagisel – anname tasuta',
        description: 'Anname ära 60 kVA diiselgeneraatori, millel on 1200 töötundi ja värske hooldus. See on paigaldatud haagisele, nii et seda on lihtne transportida.',
      },
      request: {
        title: 'Vajame generaatorit hädaolukordade jaoks',
        description: 'Viimase tormi ajal oli meie veepuhastusjaam kaks ööpäeva elektrita. Otsime vähemalt 30 kVA diiselgeneraatorit, mis tagaks elektrivarustuse katkestuste ajal.',
      },
    },
    'school-furniture': {
      offer: {
        title: 'Heas korras koolipingid ja toolid – 60 pinki ja 120 tooli',
        description: 'Meie põhikooli mööbli uuendamise järel jäid üle kahekohalised pingid ja reguleeritava kõrgusega toolid. Mööbel on puhas ja tugev; anname selle tasuta, järele tuleb tulla enne jaanipäeva.',
      },
      request: {
        title: 'Vajame pinke ja toole kahte uude klassiruumi',
        description: 'Sügisel avame kaks uut klassi, sest õpilaste arv kasvab. Puudu on 15 kahekohalist pinki ja 30 tooli; transpordi korraldame ise.',
      },
    },
    'hospital-beds': {
      offer: {
        title: '20 hooldusvoodit koos madratsitega hooldekodule või tervisekeskusele',
        description: 'Meie hooldekodu sai uue sisustuse, seega anname ära 20 elektriliselt reguleeritavat hooldusvoodit koos madratsitega. Kõik on töökorras, desinfitseeritud ja kohe äraviimiseks valmis.',
      },
      request: {
        title: 'Otsime voodeid tervisekeskusele ja hooldekodule',
        description: 'Meie hooldekodu laieneb kümne voodihaige koha võrra. Vajame reguleeritava kõrgusega voodeid, eelistatult lamatiste vastaste madratsitega.',
      },
    },
    'emergency-tents': {
      offer: {
        title: 'Telgid ajutiseks majutuseks – 12 tükki valla kriisivarust',
        description: 'Anname ära 12 suurt kaheksakohalist telki, millel on põrand ja valgustus. Neid on kasutatud vaid korra elanikkonnakaitse õppusel ning kõik osad on alles.',
      },
      request: {
        title: 'Otsime telke kriisivarusse evakuatsiooni puhuks',
        description: 'Meie kriisilaos pole ühtegi telki, kuigi üleujutuse korral peaksime majutama umbes 50 inimest. Võtame tänuga vastu heas korras telke, soovitavalt põranda ja kütmise võimalusega.',
      },
    },
    'construction-timber': {
      offer: {
        title: 'Umbes 15 m³ kuiva ehituspuitu äraviimiseks',
        description: 'Spordihalli renoveerimisest jäi üle varikatuse all hoitud männipuidust talasid ja laudu. Anname need tasuta avalike hoonete remondiks ning aitame laadimisel.',
      },
      request: {
        title: 'Vajame ehituspuitu rahvamaja katuse parandamiseks',
        description: 'Torm kahjustas meie rahvamaja katust ja osa sarikatest tuleb välja vahetada. Vajame umbes 8 m³ talasid ja roovlaudu; tööd teevad valla enda töömehed.',
      },
    },
    'road-salt': {
      offer: {
        title: '40 tonni teesoola jäi pärast pehmet talve üle',
        description: 'Talv oli pehme, mistõttu on meie kuivas soolalaos alles 40 tonni teesoola. Anname selle naabervallale ja laadime kopplaaduriga teie veokile.',
      },
      request: {
        title: 'Teesool sai otsa – vajame talihoolduseks lisa',
        description: 'Pärast mitut tugevat lumesadu on meie soolavaru otsas, kuid talve on veel mitu nädalat ees. Vajame umbes 30 tonni kohalike teede libedusetõrjeks.',
      },
    },
    'paving-stones': {
      offer: {
        title: 'Sillutuskivid ja äärekivid keskväljaku rekonstrueerimisest',
        description: 'Meil on umbes 300 m² betoonist sillutuskivi ja 150 äärekivi alustel valla tootmisbaasis. Materjal on uus ja kasutamata; selle võib ära viia korraga või osade kaupa.',
      },
      request: {
        title: 'Otsime sillutuskive küla kõnniteede parandamiseks',
        description: 'Kooliteeäärsed kõnniteed on halvas seisus ning selle aasta eelarves pole materjali jaoks raha. Vajaksime umbes 200 m² sillutuskivi ja äärekive; paigaldustööd teeb valla oma meeskond.',
      },
    },
    'snow-clearing': {
      offer: {
        title: 'Kohalike teede lumetõrje meie oma tehnikaga',
        description: 'Meil on kaks sahaga ja liivapuisturiga veoautot. Tugeva lumesaju korral saame kokkuleppel lükata lund ka naabervalla teedel.',
      },
      request: {
        title: 'Otsime abi kaugemate külade teede lumetõrjel',
        description: 'Meil on vaid üks sahk, kuid lahti tuleb hoida 15 km teid kaugematesse küladesse. Otsime omavalitsust, kes saaks tugeva lumesaju ajal laenata meile masina koos juhiga.',
      },
    },
    'translation': {
      offer: {
        title: 'Dokumentide tõlkimine piiriüleste projektide jaoks',
        description: 'Kaks meie valla palgal olevat tõlki tõlgivad projektidokumente eesti keelest inglise, soome ja läti keelde. Võtame tasuta tõlkida kuni 30 lehekülge kuus.',
      },
      request: {
        title: 'Vajame piiriülese projekti dokumentide tõlget',
        description: 'Valmistame ette ühisprojekti partneriga teiselt poolt piiri ning peame laskma tõlkida inglise keelde umbes 40 lehekülge dokumente. Tähtaeg on järgmise kuu lõpus.',
      },
    },
    'waste-collection': {
      offer: {
        title: 'Suurjäätmete äravedu valla prügiautoga',
        description: 'Kord kuus saab meie prügiauto koos juhiga koguda naabervallas mööblit, madratseid ja muid suurjäätmeid. Vedu on tasuta, jäätmekäitluse eest maksab vastuvõttev omavalitsus.',
      },
      request: {
        title: 'Otsime abi kevadisel suurjäätmete kogumisel',
        description: 'Kevadel korraldame kodumajapidamistele suurjäätmete kogumisringi, kuid oma prügiautot meil pole. Otsime partnerit, kes laenaks meile kolmeks päevaks auto koos juhiga.',
      },
    },
    'unused-school-building': {
      offer: {
        title: 'Endine koolimaja koos 1,2 ha krundiga rendiks või müügiks',
        description: 'Endises külakoolis on 1800 m² pinda ning hoone on viis aastat tühjana seisnud. Pakume investorile soodsatel tingimustel pikaajalist rendilepingut või ostuvõimalust.',
      },
      request: {
        title: 'Otsime investorit endisele koolihoonele',
        description: 'Soovime, et tühi koolimaja teeniks taas kogukonda – näiteks eakate kodu, hosteli või koolituskeskusena. Otsime hea ideega investorit, kes looks siia uusi töökohti.',
      },
    },
    'thermal-spring': {
      offer: {
        title: 'Termaalallikas ja krunt spaa-investeeringuks',
        description: 'Puurkaevust tuleb 42-kraadine vesi ning vallal on olemas geoloogilised uuringud ja viiehektariline krunt allika kõrval. Aitame lubade saamisel ja toome tehnovõrgud krundi piirini.',
      },
      request: {
        title: 'Otsime investorit termaalallika arendamiseks spaaturismiks',
        description: 'Soovime arendada oma termaalallika ümber spaaturismi ning otsime investorit, kes ehitaks veekeskuse või spaahotelli. Vald rajab juurdepääsutee ja liitumised.',
      },
    },
    'industrial-zone': {
      offer: {
        title: 'Tehnovõrkudega krundid valla tööstuspargis',
        description: 'Maantee ristmiku lähedal asuvas tööstuspargis on vabu krunte suurusega 0,5–5 ha, kus on olemas elekter, vesi ja kanalisatsioon. Uutele ettevõtetele pakume kiiret menetlust ja soodsat krundihinda.',
      },
      request: {
        title: 'Otsime investoreid oma tööstusparki',
        description: 'Ootame ettevõtteid, kes looksid töökohti kohalikele elanikele – vabu krunte on veel kaheksa. Vald aitab kõigi lubade ja asjaajamisega.',
      },
    },
    'wine-producers': {
      offer: {
        title: 'Kohalike veinitalude puuvilja- ja marjaveinid importijatele',
        description: 'Meie vallas tegutseb 12 peretalu, mis toodavad kokku umbes 40 000 pudelit puuvilja- ja marjaveine aastas. Huvitatud kaubanduspartneritele korraldame degustatsioone ja taluvisiite.',
      },
      request: {
        title: 'Otsime importijaid ja edasimüüjaid kohalikele veinitootjatele',
        description: 'Meie veinitootjate tooted on pälvinud auhindu, kuid neid müüakse peamiselt talupoodides. Otsime importijaid, edasimüüjaid ja restoranikette, kes soovivad neid oma turule tuua.',
      },
    },
    'wood-processing': {
      offer: {
        title: 'Kohalikud puidutöökojad pakuvad koostööd',
        description: 'Kümmekond meie valla väikeettevõtet valmistab täispuitmööblit, aknaid ja sisustuselemente. Aitame kontakte luua ja korraldame ettevõtete külastusi.',
      },
      request: {
        title: 'Otsime partnereid väikestele puidu- ja mööblifirmadele',
        description: 'Meie ettevõtjad otsivad eritellimusmööblile ostjaid ning kaasaegsete puidutöötlemismasinate tarnijaid. Huvi on ka ühiste disainiprojektide vastu.',
      },
    },
    'organic-farming': {
      offer: {
        title: 'Mahejuurviljad, marjad ja mesi kohalikult ühistult',
        description: 'Ühistusse kuulub 40 sertifitseeritud mahetalu ning see saab regulaarselt varustada koolisööklaid, kauplusi ja restorane. Olete oodatud talusid külastama.',
      },
      request: {
        title: 'Otsime ostjaid ja partnereid mahetootjate ühistule',
        description: 'Meie maheühistu saak kasvab aasta-aastalt, kuid püsivaid ostjaid on vähe. Otsime kaubanduskette, töötlejaid ja partnereid ühiseks turunduseks.',
      },
    },
  },
  municipalityDescription: '{name} ({country}) – omavalitsus, kes teeb hea meelega koostööd Euroopa Liidu ja Lääne-Balkani omavalitsustega. Jagame oma kogemusi ja varustust ning otsime ise tuge elanikele olulistes küsimustes.',
  messages: {
    ask: 'Tere, teie kuulutus pakub meile huvi ning võtaksime pakkumise hea meelega vastu või tuleksime appi. Kas saaksime üksikasjad kokku leppida?',
    accept: 'Hea meelega, broneerime selle teie omavalitsusele. Võtame peagi ühendust, et üleandmine kokku leppida.',
    decline: 'Täname huvi eest, kuid kahjuks oleme selle juba teisele omavalitsusele lubanud. Anname teada, kui olukord muutub.',
    handover: 'Teeme ettepaneku anda üle järgmisel teisipäeval kell 10 valla tootmisbaasis. Transpordi korraldate teie, laadimisel aitame meie.',
    thanks: 'Suur tänu sujuva koostöö ja abi eest. Loodame ka edaspidi koos toimetada.',
  },
  feedback: 'Kõik sujus tõrgeteta ja kokkulepitud viisil, koostööd võime soojalt soovitada.',
};
