import type { DemoPhrasebook } from '../phrasebook-types';

export const phrasebook: DemoPhrasebook = {
  locale: 'da',
  subjects: {
    'digital-services': {
      offer: {
        title: 'Digital selvbetjening og samlet borgerservice – vi deler vores erfaringer',
        description: 'Vores borgere har i tre år kunnet klare over 40 sager online, og på rådhuset er al henvendelse samlet i én borgerservice. Vores it-medarbejdere holder gerne en gratis todages workshop og deler procedurer og skabeloner.',
      },
      request: {
        title: 'Hjælp søges til at indføre digitale selvbetjeningsløsninger',
        description: 'Vi vil gerne give borgerne mulighed for at søge og betale lokale gebyrer online og samle al henvendelse i én borgerservice. Vi søger sparring med en kommune, der har gjort det før, gerne inden for det næste halve år.',
      },
    },
    'energy-efficiency': {
      offer: {
        title: 'Energirenovering af skoler og børnehaver – erfaringer fra fem projekter',
        description: 'De seneste år har vi efterisoleret tre skoler og to børnehaver, skiftet vinduer og installeret varmepumper, så energiforbruget er faldet med omkring 40 %. Vi deler gerne udbudsmaterialet og inviterer på studiebesøg.',
      },
      request: {
        title: 'Rådgivning søges om energirenovering af rådhus og børnehave',
        description: 'Rådhuset og børnehaven er opført i 1970\'erne og bruger alt for meget energi. Vi søger en kommune, der kan hjælpe os med energigennemgang og prioritering af tiltag, før vi søger om tilskud.',
      },
    },
    'eu-funding': {
      offer: {
        title: 'Kurser og rådgivning i ansøgninger om EU-midler',
        description: 'Vores projektkontor har gennemført over 20 EU-projekter, blandt andet under Interreg og Erasmus+. Vi tilbyder et gratis kursus for jeres medarbejdere og sparring under både ansøgning og afrapportering.',
      },
      request: {
        title: 'Mentor søges til vores første EU-ansøgning',
        description: 'Vi er en lille kommune uden egen projektafdeling og vil for første gang søge midler fra Interreg. Vi har brug for en erfaren person, der kan hjælpe med budgettet og guide os gennem hele projektforløbet.',
      },
    },
    'water-utility-manager': {
      offer: {
        title: 'Erfaren direktør hjælper med at etablere et kommunalt forsyningsselskab',
        description: 'Vores tidligere direktør for vand- og spildevandsforsyningen har 25 års erfaring og kan arbejde hos jer i seks måneder. Han hjælper med organisation, takstberegning og rekruttering.',
      },
      request: {
        title: 'Erfaren leder søges til opstart af vand- og spildevandsselskab',
        description: 'Vi overtager vand- og kloaknettet fra en privat operatør og stifter vores eget kommunale selskab. I 6–12 måneder har vi brug for en erfaren leder, der kan fastlægge drift, takster og organisation.',
      },
    },
    'home-care-manager': {
      offer: {
        title: 'Vores hjemmeplejeleder hjælper med at starte hjemmepleje op',
        description: 'Lederen af vores hjemmepleje har i ti år organiseret hjælp til over 120 ældre i eget hjem. I tre måneder kan hun gratis rådgive om rekruttering, kvalitetsstandarder og planlægning af besøg.',
      },
      request: {
        title: 'Leder søges til opbygning af hjemmepleje for ældre',
        description: 'Flere og flere ældre bor alene i kommunen, men vi har endnu ingen organiseret hjemmepleje. Vi søger en erfaren person, der kan hjælpe med at starte ordningen op for omkring 50 borgere.',
      },
    },
    'tourist-office-manager': {
      offer: {
        title: 'Vi hjælper med at etablere et turistinformationskontor',
        description: 'Lederen af vores turistinformation kan i to til tre måneder hjælpe med at etablere et nyt kontor. Hun deler erfaringer med gæsteservice, hjemmeside og samarbejde med lokale erhvervsdrivende.',
      },
      request: {
        title: 'Erfaren leder søges til nyt turistinformationskontor',
        description: 'Til foråret åbner vi turistinformation i den renoverede stationsbygning. Vi søger en erfaren person, der kan oplære personalet, sammensætte tilbuddene og opbygge samarbejdet med overnatningsstederne.',
      },
    },
    'flood-response': {
      offer: {
        title: 'Frivillige til oversvømmelser – klar til udrykning inden for 24 timer',
        description: 'Vores hold på 25 frivillige fra beredskabet og lokale foreninger har erfaring fra sidste års oversvømmelser. De kan være på stedet inden for et døgn med eget udstyr og hjælpe med sandsække og evakuering.',
      },
      request: {
        title: 'Frivillige søges akut til at fylde sandsække',
        description: 'Vandstanden i åen stiger stadig, og to lavtliggende kvarterer er truet. Vi har brug for frivillige til at fylde sandsække og hjælpe beboerne med at sikre deres huse; vi sørger for overnatning og forplejning.',
      },
    },
    'wildfire-support': {
      offer: {
        title: 'Frivillige til forsyning af brandmandskab ved skovbrande',
        description: 'Et hold på 15 frivillige med to varevogne kan bringe vand, mad og udstyr ud til brandmandskabets samlingssteder. Vi står til rådighed hele sommeren, også i weekenderne.',
      },
      request: {
        title: 'Frivillige søges til logistik og forplejning ved skovbrande',
        description: 'I juli og august er risikoen for skov- og hedebrande høj, og slukningsarbejdet kan vare flere døgn. Vi søger frivillige, der kan lave mad, køre vand ud og holde styr på forsyningslageret.',
      },
    },
    'earthquake-shelter': {
      offer: {
        title: 'Uddannede frivillige til drift af midlertidigt opholdssted',
        description: 'Tyve frivillige, uddannet af Røde Kors, kan hjælpe med at drive et midlertidigt opholdssted for familier efter et jordskælv. De tager sig af registrering, madudlevering og børnepasning i mindst to uger.',
      },
      request: {
        title: 'Frivillige søges til nødindkvartering efter jordskælv',
        description: 'Vi har indrettet nødindkvartering i idrætshallen til 80 familier, der har mistet deres hjem. Vi søger frivillige til dag- og nattevagter – madudlevering, registrering og aktiviteter for børn.',
      },
    },
    'river-clean-up': {
      offer: {
        title: 'Unge frivillige til oprydning langs åen',
        description: 'Tredive elever fra vores gymnasium og erhvervsskole deltager gerne i en oprydning langs åbredden i en nabokommune. De kommer med lærere, egne handsker og affaldssække – I skal blot aftale dato og strækning.',
      },
      request: {
        title: 'Unge frivillige søges til forårsoprydning langs åen',
        description: 'I april rydder vi fem kilometer åbred for affald, som har samlet sig hen over vinteren. Vi inviterer unge og skoleklasser og stiller handsker, sække, bortskaffelse og varm frokost til rådighed.',
      },
    },
    'community-centre': {
      offer: {
        title: 'Frivillige holder eftermiddagsaktiviteter for ældre',
        description: 'En gruppe pensionerede lærere og kulturformidlere kan to gange om ugen stå for aktiviteter i jeres kulturhus eller ældreklub. Vi tilbyder hukommelsestræning, kreative værksteder og fællessang.',
      },
      request: {
        title: 'Frivillige søges til eftermiddage for ældre i vores medborgerhus',
        description: 'Vores ældreklub har åbent på hverdage mellem klokken 14 og 18 og besøges af omkring 40 borgere. Vi søger frivillige, der vil stå for spil og højtlæsning eller hjælpe de ældre med mobil og computer.',
      },
    },
    'tree-planting': {
      offer: {
        title: 'Fyrre frivillige til en træplantningsdag',
        description: 'Spejdere og medlemmer af vores naturforening hjælper gerne med at plante træer i jeres bypark. De møder op en lørdag efter aftale med egne spader og vandkander.',
      },
      request: {
        title: 'Kom og plant træer i byparken – frivillige søges',
        description: 'I oktober planter vi 200 unge lind og ahorn i byparken. Vi søger frivillige til en enkelt lørdag; kommunen sørger for planter, redskaber og forplejning.',
      },
    },
    'fire-engine': {
      offer: {
        title: 'Brugt, funktionsdygtig brandbil til frivilligt brandværn',
        description: 'Sprøjtevognen er fra 2004, har en tank på 2.500 liter, har kørt 95.000 km og er nysynet. Vi overdrager den gratis til et frivilligt brandværn; afhentning på vores brandstation.',
      },
      request: {
        title: 'Frivilligt brandværn mangler en funktionsdygtig brandbil',
        description: 'Vores eneste sprøjtevogn er over 30 år gammel og blev kasseret ved sidste syn. Vi tager gerne imod en brugt, velfungerende bil og sørger selv for afhentning.',
      },
    },
    'school-computers': {
      offer: {
        title: '25 stationære computere med skærme til skolens it-lokale',
        description: 'Computerne er fire år gamle (Intel i5, 8 GB RAM, SSD), og harddiskene er sikkert slettet. Vi giver dem gratis til en skole i en partnerkommune, og de kan hentes på rådhuset på hverdage.',
      },
      request: {
        title: 'Skole mangler computere til it-lokalet',
        description: 'Computerne i vores it-lokale er over ti år gamle og kan ikke køre nutidens programmer. Vi har brug for omkring 20 fungerende stationære computere til eleverne i udskolingen.',
      },
    },
    'power-generator': {
      offer: {
        title: 'Dieselgenerator på 60 kVA monteret på trailer – gives gratis',
        description: 'Vi giver en dieseldrevet generator på 60 kVA med 1.200 driftstimer og nyligt eftersyn videre. Den er monteret på en trailer og er nem at transportere.',
      },
      request: {
        title: 'Nødstrømsgenerator søges til beredskabet',
        description: 'Under den seneste storm var vores vandværk uden strøm i to døgn. Vi søger en dieselgenerator på mindst 30 kVA, der kan sikre strømforsyningen ved nedbrud.',
      },
    },
    'school-furniture': {
      offer: {
        title: 'Skoleborde og stole i god stand – 60 borde og 120 stole',
        description: 'Efter udskiftning af inventaret på vores folkeskole har vi tomandsborde og højdejusterbare stole til overs. Møblerne er rene og solide; de gives gratis og skal afhentes inden udgangen af juni.',
      },
      request: {
        title: 'Skoleborde og stole søges til to nye klasselokaler',
        description: 'Fra august åbner vi to ekstra klasser, fordi elevtallet stiger. Vi mangler 15 tomandsborde og 30 stole og sørger selv for transporten.',
      },
    },
    'hospital-beds': {
      offer: {
        title: '20 plejesenge med madrasser til plejehjem eller sundhedshus',
        description: 'Vores plejehjem har fået nyt inventar, så vi giver 20 elektrisk regulerbare plejesenge med madrasser videre. Alle fungerer, er desinficerede og klar til afhentning.',
      },
      request: {
        title: 'Plejesenge søges til sundhedshus og plejehjem',
        description: 'Vores plejehjem udvider med ti pladser til sengeliggende beboere. Vi har brug for højdejusterbare senge, helst med tryksårsforebyggende madrasser.',
      },
    },
    'emergency-tents': {
      offer: {
        title: 'Telte til nødindkvartering – 12 styk fra beredskabets lager',
        description: 'Vi giver 12 store telte til otte personer hver, med bund og belysning. De har kun været brugt én gang ved en beredskabsøvelse og er komplette.',
      },
      request: {
        title: 'Telte søges til beredskabslageret i tilfælde af evakuering',
        description: 'Vores beredskabslager har ingen telte, men ved en oversvømmelse skal vi kunne huse omkring 50 personer. Vi beder om telte i god stand, helst med bund og mulighed for opvarmning.',
      },
    },
    'construction-timber': {
      offer: {
        title: 'Omkring 15 m³ tørt konstruktionstræ til afhentning',
        description: 'Efter renoveringen af idrætshallen har vi bjælker og brædder i fyr til overs, opbevaret under tag. Vi giver dem gratis til reparation af offentlige bygninger og hjælper med læsningen.',
      },
      request: {
        title: 'Konstruktionstræ søges til reparation af forsamlingshusets tag',
        description: 'Et uvejr har beskadiget taget på forsamlingshuset, og en del af tagkonstruktionen skal udskiftes. Vi har brug for omkring 8 m³ bjælker og lægter; arbejdet udføres af kommunens egne folk.',
      },
    },
    'road-salt': {
      offer: {
        title: '40 tons vejsalt til overs efter en mild vinter',
        description: 'Vinteren var mild, så vi har 40 tons vejsalt liggende tørt i vores saltlade. Vi giver det til en nabokommune og læsser det på jeres lastbil med gummiged.',
      },
      request: {
        title: 'Vi mangler vejsalt til vintertjenesten',
        description: 'Efter flere kraftige snefald er vores saltlager tømt, og der er stadig flere uger tilbage af vinteren. Vi har brug for omkring 30 tons til de kommunale veje.',
      },
    },
    'paving-stones': {
      offer: {
        title: 'Belægningssten og kantsten til overs efter torverenovering',
        description: 'Vi har omkring 300 m² betonbelægningssten og 150 kantsten stående på paller på materielgården. Materialerne er nye og ubrugte og kan hentes samlet eller i portioner.',
      },
      request: {
        title: 'Belægningssten søges til reparation af fortove i landsbyen',
        description: 'Fortovene langs skolevejen er i dårlig stand, og der er ikke penge til materialer i årets budget. Vi kan bruge omkring 200 m² belægningssten og kantsten; vores driftsafdeling lægger dem selv.',
      },
    },
    'snow-clearing': {
      offer: {
        title: 'Snerydning af lokale veje med vores egne køretøjer',
        description: 'Vi har to lastbiler med sneplov og saltspreder. Ved kraftigt snefald kan vi rydde kommuneveje i nabobyerne efter aftale om ruter med jeres vejafdeling.',
      },
      request: {
        title: 'Hjælp søges til snerydning af veje til afsides landsbyer',
        description: 'Vi har kun én sneplov, men skal holde 15 km veje til små bebyggelser farbare. Vi søger en kommune, der ved kraftigt snefald kan låne os et køretøj med fører.',
      },
    },
    'translation': {
      offer: {
        title: 'Oversættelse af dokumenter til grænseoverskridende projekter',
        description: 'To oversættere ansat i vores forvaltning oversætter projektdokumenter fra dansk til engelsk og tysk. Vi kan tage op til 30 sider om måneden uden beregning.',
      },
      request: {
        title: 'Oversættelse søges til et grænseoverskridende projekt',
        description: 'Vi forbereder et fælles projekt med en partner på den anden side af grænsen og skal have oversat omkring 40 siders dokumentation til engelsk. Fristen er udgangen af næste måned.',
      },
    },
    'waste-collection': {
      offer: {
        title: 'Afhentning af storskrald med kommunens skraldebil',
        description: 'En gang om måneden kan vores skraldebil med chauffør hente møbler, madrasser og andet storskrald i en nabokommune. Kørslen er gratis, mens modtagerkommunen betaler for behandlingen af affaldet.',
      },
      request: {
        title: 'Hjælp søges til forårets storskraldsindsamling',
        description: 'Til foråret holder vi storskraldsindsamling, men vi har ingen skraldebil selv. Vi søger en partner, der kan låne os en bil med chauffør i tre dage.',
      },
    },
    'unused-school-building': {
      offer: {
        title: 'Tidligere skole med 1,2 ha grund til leje eller salg',
        description: 'Den tidligere folkeskole har 1.800 m² etageareal og har stået tom i fem år. Vi tilbyder en investor langtidsleje på favorable vilkår eller køb.',
      },
      request: {
        title: 'Investor søges til tidligere skolebygning',
        description: 'Vi ønsker, at den tomme skole igen kommer lokalsamfundet til gavn – som seniorbofællesskab, vandrerhjem eller kursuscenter. Vi søger en investor med en god idé, der vil skabe nye arbejdspladser.',
      },
    },
    'thermal-spring': {
      offer: {
        title: 'Varm kilde og byggegrund til en spa-investering',
        description: 'Vandet fra boringen holder 42 °C, og kommunen har geologiske undersøgelser og en grund på fem hektar ved kilden. Vi hjælper med myndighedsbehandlingen og fører forsyningsledninger frem til skel.',
      },
      request: {
        title: 'Investor søges til at udvikle en varm kilde til spaturisme',
        description: 'Vi vil udvikle kur- og spaturisme omkring vores varme kilde og søger en investor, der vil bygge et badeanlæg eller et wellnesscenter. Kommunen anlægger adgangsvej og forsyning.',
      },
    },
    'industrial-zone': {
      offer: {
        title: 'Byggemodnede grunde i kommunens erhvervsområde',
        description: 'I erhvervsområdet ved motorvejsafkørslen har vi ledige grunde på 0,5 til 5 hektar med el, vand og kloak. Nye virksomheder får hurtig byggesagsbehandling og en favorabel grundpris.',
      },
      request: {
        title: 'Investorer søges til vores erhvervsområde',
        description: 'Vi vil gerne tiltrække virksomheder, der skaber lokale arbejdspladser – der er stadig otte ledige grunde. Kommunen hjælper med alt det praktiske i myndighedsbehandlingen.',
      },
    },
    'wine-producers': {
      offer: {
        title: 'Vin fra lokale vinavlere til importører og forhandlere',
        description: 'I kommunen ligger 12 små familievingårde, som tilsammen producerer omkring 30.000 flasker om året. For interesserede handelspartnere arrangerer vi smagninger og besøg hos avlerne.',
      },
      request: {
        title: 'Importører og forhandlere søges til lokale vinavlere',
        description: 'Vores vinavlere laver prisvindende vine, men sælger dem mest fra gårdbutikken. Vi søger importører, forhandlere og restaurantkæder, der vil introducere dem på deres marked.',
      },
    },
    'wood-processing': {
      offer: {
        title: 'Lokale snedkerier tilbyder samarbejde',
        description: 'En halv snes små virksomheder i kommunen fremstiller møbler i massivt træ, vinduer og indretning. Vi formidler kontakten og arrangerer virksomhedsbesøg.',
      },
      request: {
        title: 'Partnere søges til små træ- og møbelvirksomheder',
        description: 'Vores virksomheder søger kunder til møbler efter mål og leverandører af moderne træbearbejdningsmaskiner. De er også interesserede i samarbejde om fælles designprojekter.',
      },
    },
    'organic-farming': {
      offer: {
        title: 'Økologiske grøntsager, frugt og honning fra lokalt andelsselskab',
        description: 'Andelsselskabet samler 40 certificerede økologiske landbrug og kan levere fast til skolekøkkener, butikker og restauranter. Kom gerne på besøg på gårdene.',
      },
      request: {
        title: 'Aftagere søges til økologisk andelsselskab',
        description: 'Vores økologiske andelsselskab høster stadig flere grøntsager og mere frugt, men mangler faste aftagere. Vi søger dagligvarekæder, forarbejdningsvirksomheder og partnere til fælles markedsføring.',
      },
    },
  },
  municipalityDescription: '{name} ({country}) – en kommune, der gerne samarbejder med kommuner i EU og på Vestbalkan. Vi deler ud af vores erfaring og udstyr og søger selv hjælp til opgaver, der betyder noget for vores borgere.',
  messages: {
    ask: 'Goddag, vi er interesserede i jeres opslag og vil gerne tage imod eller give en hånd med. Kan vi aftale detaljerne?',
    accept: 'Det siger vi gerne ja til, og vi reserverer det til jeres kommune. Vi vender snart tilbage om overdragelsen.',
    decline: 'Tak for jeres interesse, men vi har desværre allerede lovet det til en anden kommune. Vi giver besked, hvis noget ændrer sig.',
    handover: 'Vi foreslår overdragelse næste tirsdag klokken 10 på vores materielgård. I sørger for transporten, og vi hjælper med læsningen.',
    thanks: 'Tusind tak for et godt og smidigt samarbejde. Vi håber at arbejde sammen med jer igen.',
  },
  feedback: 'Alt forløb gnidningsfrit og som aftalt, og vi kan varmt anbefale samarbejdet.',
};
