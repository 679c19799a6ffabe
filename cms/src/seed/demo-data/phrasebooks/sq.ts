import type { DemoPhrasebook } from '../phrasebook-types';

export const phrasebook: DemoPhrasebook = {
  locale: 'sq',
  subjects: {
    'digital-services': {
      offer: {
        title: 'Ndajmë përvojën tonë me shërbimet online dhe sportelin unik',
        description:
          'Që nga viti 2021, qytetarët tanë kryejnë mbi 40 shërbime online dhe në bashki funksionon një sportel unik. Ekipi ynë i digjitalizimit ndan falas specifikimet teknike, procedurat dhe mësimet e nxjerra, gjatë një vizite studimore ose një punëtorie dyditore.',
      },
      request: {
        title: 'Kërkojmë mbështetje për ngritjen e shërbimeve elektronike',
        description:
          'Vitin e ardhshëm duam të hapim një portal shërbimesh elektronike dhe një sportel unik për qytetarët. Kërkojmë një bashki me përvojë që të na këshillojë për zgjedhjen e softuerit, organizimin e punës dhe trajnimin e stafit.',
      },
    },
    'energy-efficiency': {
      offer: {
        title: 'Përvoja jonë në rinovimin energjetik të shkollave dhe kopshteve',
        description:
          'Brenda pesë vitesh rinovuam gjashtë shkolla, tre kopshte dhe godinën e bashkisë: izolim termik, dritare të reja dhe pompa nxehtësie. Konsumi i energjisë ra me 40%. Inxhinierët tanë ju tregojnë me kënaqësi auditimet, dokumentet e tenderit dhe punimet.',
      },
      request: {
        title: 'Na duhet ndihmë për rinovimin energjetik të bashkisë dhe dy kopshteve',
        description:
          'Po përgatitim rinovimin energjetik të godinës së bashkisë dhe të dy kopshteve të ndërtuara në vitet ’70. Do të na ndihmonte shumë mbështetja për auditimin energjetik, dokumentet e tenderit dhe financimin.',
      },
    },
    'eu-funding': {
      offer: {
        title: 'Mentorim për përgatitjen dhe menaxhimin e projekteve të BE-së',
        description:
          'Zyra jonë për projektet evropiane, me katër punonjës, ka siguruar financim për më shumë se 25 projekte (Interreg, IPA, FEZHR). Ofrojmë falas rishikim aplikimesh, trajnime dhe mentorim për bashkitë që sapo fillojnë.',
      },
      request: {
        title: 'Kërkojmë ndihmë për aplikimin tonë të parë në Interreg',
        description:
          'Këtë vjeshtë dorëzojmë aplikimin tonë të parë në Interreg, pa përvojë të mëparshme me fondet e BE-së. A mund të na e rishikojë aplikimin një bashki me përvojë dhe të trajnojë dy kolegë për menaxhimin e projektit?',
      },
    },
    'water-utility-manager': {
      offer: {
        title: 'Drejtori i ndërmarrjes sonë të ujësjellësit në dispozicion për gjashtë muaj',
        description:
          'Drejtori i ndërmarrjes sonë të ujësjellës-kanalizimeve, me 20 vjet përvojë, mund të punojë dy ditë në javë, për gjashtë muaj, për ngritjen e një ndërmarrjeje të ngjashme. Pagën e tij vazhdojmë ta mbulojmë ne.',
      },
      request: {
        title: 'Kërkojmë menaxher me përvojë për ngritjen e ujësjellës-kanalizimeve',
        description:
          'Nga 1 janari bashkia merr drejtpërdrejt përsipër furnizimin me ujë dhe kanalizimet. Për 6 deri në 12 muaj kërkojmë një menaxher me përvojë që të ndihmojë në organizimin e shërbimit, tarifat dhe rekrutimin e stafit.',
      },
    },
    'home-care-manager': {
      offer: {
        title: 'Përgjegjësja e shërbimit të kujdesit në shtëpi në dispozicion për tre muaj',
        description:
          'Përgjegjësja e shërbimit tonë të kujdesit në shtëpi, që ndjek 150 të moshuar, mund t’ju mbështesë për tre muaj. Planifikimi i vizitave, përzgjedhja e kujdestarëve dhe standardet e cilësisë: ajo ndan gjithë përvojën e saj.',
      },
      request: {
        title: 'Kërkojmë një profesionist për ngritjen e kujdesit në shtëpi për të moshuarit',
        description:
          'Në bashkinë tonë rreth 60 të moshuar që jetojnë vetëm kanë nevojë për ndihmë të përditshme. Duam të krijojmë një shërbim kujdesi në shtëpi dhe kërkojmë, për disa muaj, një person me përvojë që ta ngrejë bashkë me ne.',
      },
    },
    'tourist-office-manager': {
      offer: {
        title: 'Drejtuesja e zyrës sonë turistike ju ndihmon para sezonit',
        description:
          'Drejtuesja e qendrës sonë të informacionit turistik mund të vijë te ju një javë në muaj, nga shkurti deri në maj. Ndihmon me organizimin e qendrës, materialet promovuese dhe bashkëpunimin me strukturat akomoduese.',
      },
      request: {
        title: 'Kërkojmë menaxher për hapjen e qendrës së informacionit turistik',
        description:
          'Në prill hapim qendrën e re të informacionit turistik në stacionin e vjetër hekurudhor, të rikonstruktuar. Kërkojmë një profesionist me përvojë për 3 deri në 6 muaj, që të organizojë punën, të trajnojë dy punonjës dhe të nisë promovimin.',
      },
    },
    'flood-response': {
      offer: {
        title: 'Ekip me 25 vullnetarë gati për ndërhyrje gjatë përmbytjeve',
        description:
          '25 vullnetarët tanë, të trajnuar për mbrojtjen civile, mbërrijnë brenda 24 orëve me furgonin dhe pajisjet e tyre. Mbushin thasë me rërë, ngrenë diga të përkohshme dhe i ndihmojnë banorët të zbrazin shtëpitë.',
      },
      request: {
        title: 'Përmbytje: kërkojmë vullnetarë për mbushjen e thasëve me rërë',
        description:
          'Niveli i lumit po rritet prej tri ditësh dhe disa lagje janë në rrezik. Na duhen 30 deri në 50 vullnetarë për të mbushur thasë me rërë dhe për të ndihmuar banorët; bashkia siguron ushqim dhe akomodim.',
      },
    },
    'wildfire-support': {
      offer: {
        title: 'Vullnetarë për furnizimin e zjarrfikësve gjatë zjarreve në pyje',
        description:
          'Nga qershori deri në shtator, 15 vullnetarë me dy furgonë janë gati t’u çojnë zjarrfikësve ujë, ushqim dhe materiale gjatë zjarreve në pyje. Mund të qëndrojmë në terren deri në një javë.',
      },
      request: {
        title: 'Kërkojmë mbështetje logjistike për zjarrfikësit tanë këtë verë',
        description:
          'Gjatë zjarreve në pyje, zjarrfikësit duhet të furnizohen ditë e natë. Kërkojmë vullnetarë që të përgatitin dhe të shpërndajnë ushqim e ujë, me turne nga tetë orë, në korrik dhe gusht.',
      },
    },
    'earthquake-shelter': {
      offer: {
        title: 'Vullnetarë të trajnuar për strehim të përkohshëm pas tërmetit',
        description:
          'Njëzet vullnetarë të trajnuar nga Kryqi i Kuq mund të drejtojnë një qendër strehimi të përkohshëm: regjistrimin e familjeve, vaktet dhe kujdesin për fëmijët. Janë në dispozicion për dy javë rresht.',
      },
      request: {
        title: 'Pas tërmetit: kërkojmë vullnetarë për qendrën tonë të strehimit',
        description:
          'Që nga tërmeti, rreth dyzet familje janë strehuar në palestrën e bashkisë. Për të paktën dy javë na duhen vullnetarë për pritjen, vaktet dhe aktivitetet me fëmijët.',
      },
    },
    'river-clean-up': {
      offer: {
        title: 'Të rinj vullnetarë për pastrimin e brigjeve të lumit tuaj',
        description:
          'Këshilli ynë vendor i rinisë mobilizon rreth tridhjetë të rinj 16 deri në 25 vjeç për një ditë pastrimi të brigjeve. Vijnë një të shtunë pranvere, me doreza, thasë dhe drejtues.',
      },
      request: {
        title: 'Pastrim i lumit: kërkojmë të rinj vullnetarë',
        description:
          'Një të shtunë të prillit do të pastrojmë pesë kilometra breg lumi. Kërkojmë të rinj e të reja që duan të ndihmojnë; bashkia siguron doreza, thasë, transport dhe drekë.',
      },
    },
    'community-centre': {
      offer: {
        title: 'Vullnetarët tanë organizojnë aktivitete pasdite për të moshuarit',
        description:
          'Mësues në pension dhe studentë të shoqatës sonë organizojnë çdo javë lojëra tavoline, këngë dhe kurse kompjuteri për të moshuarit. Një herë në muaj mund të vijnë në qendrën tuaj komunitare dhe të ndajnë programin e tyre.',
      },
      request: {
        title: 'Kërkojmë vullnetarë për pasditet në qendrën e të moshuarve',
        description:
          'Çdo pasdite në qendrën tonë komunitare vijnë rreth tridhjetë të moshuar. Kërkojmë vullnetarë dy herë në javë, nga ora 16 deri në 19, për lexim, shah ose punë dore.',
      },
    },
    'tree-planting': {
      offer: {
        title: 'Njëzet vullnetarë me vegla për ditën tuaj të mbjelljes së pemëve',
        description:
          'Shoqata jonë mjedisore mund të dërgojë rreth njëzet vullnetarë, me lopata dhe ujitëse, në aksionin tuaj të mbjelljes së pemëve. Janë të lirë në nëntor ose në mars.',
      },
      request: {
        title: 'Mbjellim 200 pemë në parkun e qytetit: ejani të na ndihmoni',
        description:
          'Të shtunën e fundit të nëntorit do të mbjellim 200 fidanë në parkun e qytetit. Mirëpresim vullnetarë të të gjitha moshave; veglat, fidanët dhe një drekë të lehtë i sigurojmë ne.',
      },
    },
    'fire-engine': {
      offer: {
        title: 'Automjet zjarrfikës i përdorur, në gjendje pune, falas',
        description:
          'Dhurojmë falas një automjet zjarrfikës të vitit 2004, me cisternë 2.000 litra dhe 95.000 km, me kontroll teknik vjetor. Është i destinuar për një njësi vullnetare zjarrfikësish; merret në stacionin tonë.',
      },
      request: {
        title: 'Kërkojmë automjet zjarrfikës të përdorur për vullnetarët tanë',
        description:
          '30 zjarrfikësit tanë vullnetarë kanë vetëm një automjet më të vjetër se tridhjetë vjet. Një automjet zjarrfikës i përdorur, por funksional, do të na ndihmonte të mbronim më mirë fshatrat e bashkisë.',
      },
    },
    'school-computers': {
      offer: {
        title: 'Dhurojmë 25 kompjuterë desktop me monitorë për një shkollë',
        description:
          'Pas rinovimit të pajisjeve, dhurojmë 25 kompjuterë desktop (Intel i5, 8 GB RAM, të vitit 2019) me monitor, tastierë dhe maus. Disqet janë fshirë; mund të merren në bashki nga qershori.',
      },
      request: {
        title: 'Kërkojmë kompjuterë për laboratorin e informatikës së shkollës',
        description:
          'Në shkollën tonë 9-vjeçare, 180 nxënës ndajnë gjashtë kompjuterë të vjetruar. Me rreth njëzet kompjuterë funksionalë do të mund të ngrinim një laborator të vërtetë informatike deri në shtator.',
      },
    },
    'power-generator': {
      offer: {
        title: 'Gjenerator me naftë 60 kVA mbi rimorkio, falas',
        description:
          'Japim një gjenerator me naftë 60 kVA të montuar mbi rimorkio, në përdorim që nga viti 2015, me rreth 400 orë pune. Mirëmbajtja është e rregullt; merret falas në bazën tonë komunale.',
      },
      request: {
        title: 'Kërkojmë gjenerator me naftë për situata emergjente',
        description:
          'Sa herë ndërpritet energjia, stacioni i pompimit dhe shtabi i emergjencave mbeten pa energji elektrike. Kërkojmë një gjenerator me naftë prej të paktën 30 kVA, edhe të përdorur, mjafton të jetë i besueshëm.',
      },
    },
    'school-furniture': {
      offer: {
        title: '120 banka shkollore dhe 240 karrige në gjendje të mirë',
        description:
          'Pas rikonstruksionit të një shkolle dhurojmë 120 banka dyshe dhe 240 karrige me lartësi të rregullueshme, të gjitha në gjendje të mirë. Mund të merren në korrik dhe punonjësit tanë ndihmojnë me ngarkimin.',
      },
      request: {
        title: 'Na duhen banka dhe karrige për katër klasa të reja',
        description:
          'Në shtator hapim katër klasa të reja, por na mungojnë ende 60 banka dyshe dhe 120 karrige. Mobilje shkollore të përdorura në gjendje të mirë do të ishin ideale; transportin e organizojmë ne.',
      },
    },
    'hospital-beds': {
      offer: {
        title: 'Tridhjetë shtretër spitalorë me dyshekë, të gatshëm menjëherë',
        description:
          'Me pajisjet e reja të qendrës sonë shëndetësore janë liruar 30 shtretër me lartësi të rregullueshme, me dyshekë, në gjendje të mirë. Janë të përshtatshëm për një institucion shëndetësor ose shtëpi të moshuarish; merren në vend.',
      },
      request: {
        title: 'Kërkojmë shtretër për krahun e ri të shtëpisë së të moshuarve',
        description:
          'Në pranverë shtëpia jonë e të moshuarve hap një krah të ri me 20 dhoma, por buxheti nuk mjafton për pajisjet. Kërkojmë 20 shtretër, mundësisht elektrikë dhe me lartësi të rregullueshme.',
      },
    },
    'emergency-tents': {
      offer: {
        title: 'Japim hua çadra të mbrojtjes civile për emergjenca',
        description:
          'Në magazinën tonë të mbrojtjes civile kemi 15 çadra të mëdha me nga dhjetë vende, me shtretër fushe. I japim hua ose i dhurojmë për një bashki të goditur nga fatkeqësia; dorëzimi është i mundur brenda 48 orëve.',
      },
      request: {
        title: 'Kërkojmë çadra për rezervën emergjente të bashkisë',
        description:
          'Po të ndodhte sot një përmbytje ose tërmet, nuk do të kishim ku t’i strehonim të prekurit. Kërkojmë çadra për rreth njëqind persona, që do t’i ruajmë në magazinën e bashkisë.',
      },
    },
    'construction-timber': {
      offer: {
        title: 'Rreth 12 m³ lëndë drusore e thatë për ndërtim, falas',
        description:
          'Nga rinovimi i pallatit të kulturës na kanë tepruar rreth 12 m³ lëndë bredhi e thatë, trarë dhe dërrasa. Ruhet nën çati në bazën komunale dhe jepet falas deri në fund të marsit.',
      },
      request: {
        title: 'Na duhet lëndë drusore për riparimin e çatisë së shkollës',
        description:
          'Çatia e shkollës sonë u dëmtua nga një stuhi. Për ta riparuar para dimrit na duhen rreth 8 m³ trarë dhe dërrasa; transportin e bëjmë vetë.',
      },
    },
    'road-salt': {
      offer: {
        title: '40 tonë kripë për rrugët në dispozicion',
        description:
          'Meqë dimri ishte i butë, na kanë mbetur 40 tonë kripë për rrugët, e ruajtur në vend të thatë. Ia japim falas një bashkie që vjen ta marrë me kamionët e vet.',
      },
      request: {
        title: 'Na duhet urgjentisht kripë për mirëmbajtjen dimërore të rrugëve',
        description:
          'Pas disa javësh me borë dhe ngricë, rezerva jonë pothuajse ka mbaruar. Na duhen rreth 30 tonë kripë që t’i mbajmë rrugët lokale të kalueshme deri në fund të dimrit.',
      },
    },
    'paving-stones': {
      offer: {
        title: 'Pllaka dhe bordura të mbetura nga rikonstruksioni i sheshit',
        description:
          'Nga rikonstruksioni i sheshit qendror kanë mbetur rreth 800 m² pllaka betoni, 50 bordura dhe një grumbull zhavorr. Gjithçka është mbi paleta në bazën komunale dhe duhet marrë deri në fund të muajit.',
      },
      request: {
        title: 'Kërkojmë pllaka për një trotuar në një nga fshatrat tanë',
        description:
          'Pranë shkollës së një fshati tonë duam të ndërtojmë një trotuar të sigurt prej 300 m². Me pllaka dhe bordura të mbetura nga një projekt tjetër, ekipi ynë komunal mund ta ndërtonte këtë verë.',
      },
    },
    'snow-clearing': {
      offer: {
        title: 'Pastrim bore në rrugët tuaja lokale me mjetet tona',
        description:
          'Dy makinat tona borëpastruese me shpërndarës kripe mund të pastrojnë edhe rrugët e fshatrave fqinjë, sidomos pranë kufirit. Ndërhyrjet i planifikojmë bashkë me shërbimin tonë dimëror, pa kosto për bashkinë tuaj.',
      },
      request: {
        title: 'Kërkojmë ndihmë për pastrimin e borës në fshatrat malorë',
        description:
          'Mirëmbajmë 35 km rrugë lokale në zonën malore me vetëm një makinë borëpastruese. Kur bie shumë borë, disa fshatra mbeten të izoluar; a mund të na japë një dorë ndonjë bashki fqinje?',
      },
    },
    'translation': {
      offer: {
        title: 'Përkthime falas për projektet tuaja ndërkufitare',
        description:
          'Dy përkthyesit tanë të licencuar punojnë në anglisht, italisht dhe greqisht. Përkthejmë falas deri në 50 faqe në muaj për projekte ndërkufitare: marrëveshje, aplikime dhe raporte.',
      },
      request: {
        title: 'Përkthim dokumentesh për një projekt ndërkufitar',
        description:
          'Për projektin tonë ndërkufitar duhen përkthyer në anglisht rreth dyzet faqe, aplikimi dhe marrëveshja e partneritetit. Afati mbaron pas tri javësh.',
      },
    },
    'waste-collection': {
      offer: {
        title: 'Grumbullim i mbetjeve voluminoze me kamionin tonë me vinç',
        description:
          'Kamioni ynë me vinç dhe një ekip prej tre punëtorësh mund të grumbullojnë mbetjet voluminoze në fshatrat tuaj një ditë në muaj. Transportin deri në vendgrumbullimin e mbetjeve e organizoni ju.',
      },
      request: {
        title: 'Kërkojmë kamion për grumbullimin e mbetjeve voluminoze në prill',
        description:
          'Gjatë fushatës pranverore të pastrimit, banorët nxjerrin mobilje të vjetra dhe pajisje të prishura. Na duhet një kamion me shofer për tri ditë në prill për t’i grumbulluar këto mbetje.',
      },
    },
    'unused-school-building': {
      offer: {
        title: 'Ish-shkollë për qira afatgjatë me çmim simbolik',
        description:
          'Ish-shkolla jonë fillore, bosh që nga viti 2015, ka 1.200 m² mbi një truall prej gjysmë hektari. E ofrojmë me qira afatgjatë, me një pagesë simbolike, për një projekt turistik, arsimor ose social.',
      },
      request: {
        title: 'Kërkojmë investitor për godinën e ish-shkollës',
        description:
          'Godina e ish-shkollës është e fortë, por po dëmtohet sepse nuk përdoret. Kërkojmë një investitor që ta kthejë në akomodim, punishte ose banesa për të moshuar; çdo kontakt është i mirëpritur.',
      },
    },
    'thermal-spring': {
      offer: {
        title: 'Burim termal për zhvillimin e turizmit kurativ',
        description:
          'Burimi ynë termal ka temperaturë 38 °C dhe prurje 15 litra në sekondë, mbi një truall bashkiak prej 4 hektarësh. Studimi i fizibilitetit dhe lejet janë gati; bashkia ofron koncesion afatgjatë.',
      },
      request: {
        title: 'Kërkojmë investitor për ngritjen e një qendre termale',
        description:
          'Në territorin e bashkisë sonë ndodhet një burim uji të ngrohtë, i njohur për vetitë shëruese, ende i pashfrytëzuar. Kërkojmë investitor ose operator llixhash; studimi i fizibilitetit është në dispozicion.',
      },
    },
    'industrial-zone': {
      offer: {
        title: 'Parcela me infrastrukturë në zonën industriale me kushte të favorshme',
        description:
          'Në zonën tonë industriale, 2 km nga autostrada, ofrohen dymbëdhjetë parcela me infrastrukturë të plotë, nga 0,5 deri në 3 hektarë. Firmat që hapin vende pune përfitojnë çmim të ulur dhe përjashtim nga taksa e truallit për pesë vjet.',
      },
      request: {
        title: 'Kërkojmë investitorë për parcelat e zonës industriale',
        description:
          'Në zonën industriale të bashkisë ka ende disa parcela të lira, të lidhura me të gjitha rrjetet. Do t’u ishim mirënjohës bashkive partnere nëse do t’ua bënin të njohur këtë mundësi bizneseve të zonës së tyre.',
      },
    },
    'wine-producers': {
      offer: {
        title: 'Takime me importues dhe shpërndarës në panairin tonë të verës',
        description:
          'Çdo vjeshtë panairi ynë i verës mbledh importues, enoteka dhe shpërndarës nga rajoni. Prodhuesit e verës nga bashkitë partnere janë të ftuar falas në takime biznesi me blerësit.',
      },
      request: {
        title: 'Prodhuesit tanë të verës kërkojnë importues dhe shpërndarës',
        description:
          'Tetëmbëdhjetë kantina familjare të bashkisë sonë prodhojnë verëra nga varietete autoktone, të vlerësuara me çmime. Kërkojnë importues dhe shpërndarës; mund të dërgojmë mostra dhe të organizojmë vizita.',
      },
    },
    'wood-processing': {
      offer: {
        title: 'Klasteri ynë i përpunimit të drurit kërkon partnerë të rinj',
        description:
          'Klasteri ynë me 15 zdrukthtari dhe fabrika mobiljesh ofron nënkontraktim, blerje të përbashkëta dhe stenda të përbashkëta në panaire. Bizneset e vogla të drurit nga bashkitë partnere janë të mirëpritura.',
      },
      request: {
        title: 'Kërkojmë partnerë për sharrat dhe zdrukthtaritë tona',
        description:
          'Rreth dymbëdhjetë sharra dhe zdrukthtari të vogla në bashkinë tonë prodhojnë mobilje nga dru masiv dhe konstruksione çatish. Kërkojnë partnerë tregtarë dhe prodhues për të hyrë në tregje të reja.',
      },
    },
    'organic-farming': {
      offer: {
        title: 'Treg për produktet organike të kooperativave partnere',
        description:
          'Mensat tona shkollore dhe tregu i fermerëve blejnë çdo javë fruta dhe perime organike. Me kënaqësi i vëmë në kontakt kooperativat organike të bashkive partnere me blerësit tanë.',
      },
      request: {
        title: 'Kooperativa organike kërkon blerës dhe partnerë',
        description:
          'Kooperativa jonë bashkon 35 ferma të certifikuara organike: perime, fruta, mjaltë dhe djathë dhie. Kërkon blerës të rregullt, si mensa, dyqane dhe tregtarë me shumicë, si dhe partnerë për përpunimin.',
      },
    },
  },
  municipalityDescription:
    'Bashkia {name} ({country}) beson në bashkëpunimin mes bashkive: ndajmë me kënaqësi pajisje dhe njohuri dhe kërkojmë partnerë për projektet tona vendore.',
  messages: {
    ask: 'Mirëdita, njoftimi juaj përputhet plotësisht me nevojat tona. A mund të flasim në telefon këtë javë?',
    accept: 'Me kënaqësi, nga ana jonë jemi dakord. Ju dërgojmë që sot detajet praktike.',
    decline: 'Ju faleminderit për interesin. Fatkeqësisht ia kemi premtuar tashmë një bashkie tjetër, por do t’ju njoftojmë nëse ndryshon diçka.',
    handover: 'Propozojmë dorëzimin më 14 maj, në orën 10, në bazën komunale; transportin e sigurojmë ne. A ju përshtatet?',
    thanks: 'Gjithçka shkoi shkëlqyeshëm: ju falënderojmë nga zemra për bujarinë dhe shpejtësinë. Shpresojmë të bashkëpunojmë sërish!',
  },
  feedback: 'Bashkëpunim shembullor: komunikim i shpejtë, gjithçka siç ishte përshkruar dhe dorëzim i organizuar shkëlqyeshëm.',
};
