import type { DemoPhrasebook } from '../phrasebook-types';

export const phrasebook: DemoPhrasebook = {
  locale: 'sv',
  subjects: {
    'digital-services': {
      offer: {
        title: 'E-tjänster och samlat kontaktcenter – vi delar med oss av våra erfarenheter',
        description: 'I tre år har våra invånare kunnat sköta över 40 ärenden digitalt, och i kommunhuset finns ett kontaktcenter för alla frågor. Våra it-medarbetare håller gärna en kostnadsfri tvådagarsworkshop och delar rutiner och mallar.',
      },
      request: {
        title: 'Vi söker stöd för att införa e-tjänster för invånarna',
        description: 'Vi vill att invånarna ska kunna ansöka om tillstånd och betala avgifter digitalt och att kommunen får ett samlat kontaktcenter. Vi söker en kommun som har genomfört något liknande och kan ge råd, helst under det kommande halvåret.',
      },
    },
    'energy-efficiency': {
      offer: {
        title: 'Energieffektivisering av skolor och förskolor – erfarenheter från fem projekt',
        description: 'De senaste åren har vi tilläggsisolerat tre skolor och två förskolor, bytt fönster och installerat värmepumpar, vilket har sänkt energianvändningen med omkring 40 procent. Vi delar gärna upphandlingsunderlag och tar emot studiebesök.',
      },
      request: {
        title: 'Råd sökes om energirenovering av kommunhus och förskola',
        description: 'Kommunhuset och förskolan byggdes på 1970-talet och drar mycket energi. Vi söker en kommun som kan hjälpa oss med energikartläggning och åtgärdsplan innan vi söker bidrag.',
      },
    },
    'eu-funding': {
      offer: {
        title: 'Utbildning och rådgivning om ansökningar till EU-fonder',
        description: 'Vårt projektkontor har drivit över 20 EU-projekt, bland annat inom Interreg och Erasmus+. Vi erbjuder en kostnadsfri utbildning för era medarbetare och stöd både vid ansökan och vid slutredovisningen.',
      },
      request: {
        title: 'Mentor sökes till vår första EU-ansökan',
        description: 'Vi är en liten kommun utan egen projektavdelning och ska för första gången söka medel ur Interreg. Vi behöver en erfaren person som kan hjälpa oss med budgeten och guida oss genom hela projektet.',
      },
    },
    'water-utility-manager': {
      offer: {
        title: 'Erfaren vd hjälper till att bygga upp ett kommunalt VA-bolag',
        description: 'Vårt VA-bolags tidigare vd har 25 års erfarenhet i branschen och kan arbeta på plats hos er i sex månader. Han hjälper till med organisation, taxor och rekrytering.',
      },
      request: {
        title: 'Erfaren chef sökes för att starta ett kommunalt VA-bolag',
        description: 'Vi tar över vatten- och avloppsnätet från en privat operatör och bildar ett eget kommunalt bolag. Under 6–12 månader behöver vi en erfaren chef som kan lägga upp driften, taxorna och organisationen.',
      },
    },
    'home-care-manager': {
      offer: {
        title: 'Vår hemtjänstchef hjälper er att starta hemtjänst',
        description: 'Chefen för vår hemtjänst har i tio år organiserat stöd till över 120 äldre i deras hem. Under tre månader kan hon kostnadsfritt ge råd om rekrytering, kvalitetskrav och planering av besök.',
      },
      request: {
        title: 'Chef sökes för att bygga upp hemtjänst för äldre',
        description: 'Allt fler äldre bor ensamma i kommunen, men vi har ännu ingen organiserad hemtjänst. Vi söker en erfaren person som kan hjälpa oss att starta verksamheten för ett femtiotal brukare.',
      },
    },
    'tourist-office-manager': {
      offer: {
        title: 'Vi hjälper er att starta en turistbyrå',
        description: 'Chefen för vår turistbyrå kan under två till tre månader stötta uppbyggnaden av en ny. Hon delar med sig av erfarenheter av besöksservice, webbplats och samarbete med lokala företag.',
      },
      request: {
        title: 'Erfaren chef sökes till vår nya turistbyrå',
        description: 'Till våren öppnar vi en turistbyrå i den renoverade stationsbyggnaden. Vi söker en erfaren person som kan lära upp personalen, ta fram utbudet och bygga upp samarbetet med boendeanläggningarna.',
      },
    },
    'flood-response': {
      offer: {
        title: 'Frivilliga vid översvämningar – redo att rycka ut inom ett dygn',
        description: 'Vår grupp med 25 frivilliga från räddningstjänsten och lokala föreningar har erfarenhet från förra årets översvämningar. De kan vara på plats inom 24 timmar med egen utrustning och hjälpa till med sandsäckar och evakuering.',
      },
      request: {
        title: 'Frivilliga sökes akut för att fylla sandsäckar',
        description: 'Vattennivån i älven fortsätter att stiga och två lågt liggande bostadsområden är hotade. Vi behöver frivilliga som fyller sandsäckar och hjälper de boende att skydda sina hus; logi och mat ordnar vi.',
      },
    },
    'wildfire-support': {
      offer: {
        title: 'Frivilliga för försörjning av brandmän vid skogsbränder',
        description: 'En grupp på 15 frivilliga med två skåpbilar kan köra ut vatten, mat och utrustning till räddningstjänstens uppsamlingsplatser. Vi finns tillgängliga hela sommaren, även på helger.',
      },
      request: {
        title: 'Frivilliga sökes till logistik och mat vid skogsbränder',
        description: 'I juli och augusti är brandrisken i våra skogar hög, och släckningsarbetet kan pågå i flera dygn. Vi söker frivilliga som kan laga mat, köra ut vatten och sköta förrådet.',
      },
    },
    'earthquake-shelter': {
      offer: {
        title: 'Utbildade frivilliga för att driva tillfälligt boende',
        description: 'Tjugo frivilliga, utbildade av Röda Korset, kan hjälpa till att driva ett tillfälligt boende för familjer efter en jordbävning. De sköter registrering, matutdelning och barnpassning i minst två veckor.',
      },
      request: {
        title: 'Frivilliga sökes till nödboende efter jordbävning',
        description: 'I sporthallen har vi ordnat nödboende för 80 familjer som förlorat sina hem. Vi söker frivilliga till dag- och nattpass – matutdelning, registrering och aktiviteter för barnen.',
      },
    },
    'river-clean-up': {
      offer: {
        title: 'Unga frivilliga till strandstädning längs ån',
        description: 'Trettio elever från våra gymnasieskolor ställer gärna upp på en strandstädning i en grannkommun. De kommer med lärare, egna handskar och sopsäckar – ni behöver bara bestämma datum och sträcka.',
      },
      request: {
        title: 'Unga frivilliga sökes till vårstädning längs ån',
        description: 'I april städar vi stränderna längs ån på en fem kilometer lång sträcka där skräp har samlats under vintern. Ungdomar och skolklasser är välkomna; vi bjuder på lunch och står för handskar, säckar och bortforsling.',
      },
    },
    'community-centre': {
      offer: {
        title: 'Frivilliga leder eftermiddagsaktiviteter för äldre',
        description: 'En grupp pensionerade lärare och kulturarbetare kan två gånger i veckan leda aktiviteter på er träffpunkt eller seniorklubb. Vi erbjuder minnesträning, hantverksverkstäder och allsång.',
      },
      request: {
        title: 'Frivilliga sökes till eftermiddagar för äldre på vår träffpunkt',
        description: 'Vår träffpunkt för seniorer har öppet vardagar mellan klockan 14 och 18 och besöks av ett fyrtiotal personer. Vi söker frivilliga som kan leda spel och högläsning eller hjälpa de äldre med mobil och dator.',
      },
    },
    'tree-planting': {
      offer: {
        title: 'Fyrtio frivilliga till en trädplanteringsdag',
        description: 'Scouter och medlemmar i vår naturskyddsförening hjälper gärna till att plantera träd i er stadspark. De kommer en lördag enligt överenskommelse, med egna spadar och vattenkannor.',
      },
      request: {
        title: 'Var med och plantera träd i stadsparken – frivilliga sökes',
        description: 'I oktober planterar vi 200 unga lindar och lönnar i stadsparken. Vi söker frivilliga för en lördag; kommunen står för plantor, redskap och fika.',
      },
    },
    'fire-engine': {
      offer: {
        title: 'Begagnad brandbil i gott skick till frivillig brandkår',
        description: 'Släckbilen är av 2004 års modell, har en tank på 2 500 liter, har gått 9 500 mil och är nybesiktigad. Vi skänker den till en frivillig brandkår och den hämtas på vår brandstation.',
      },
      request: {
        title: 'Frivillig brandkår behöver en fungerande brandbil',
        description: 'Vår enda släckbil är över 30 år gammal och blev underkänd vid senaste besiktningen. Vi tar gärna emot en begagnad men fungerande bil och ordnar hämtningen själva.',
      },
    },
    'school-computers': {
      offer: {
        title: '25 stationära datorer med skärmar till skolans datasal',
        description: 'Datorerna är fyra år gamla (Intel i5, 8 GB RAM, SSD) och hårddiskarna är säkert raderade. Vi skänker dem till en skola i en partnerkommun och de hämtas i kommunhuset på vardagar.',
      },
      request: {
        title: 'Skola behöver datorer till datasalen',
        description: 'Datorerna i vår datasal är över tio år gamla och klarar inte dagens program. Vi behöver ett tjugotal fungerande stationära datorer till eleverna på högstadiet.',
      },
    },
    'power-generator': {
      offer: {
        title: 'Dieselaggregat på 60 kVA på släpvagn skänkes',
        description: 'Vi skänker ett dieseldrivet reservkraftaggregat på 60 kVA med 1 200 drifttimmar och nyligen genomförd service. Det är monterat på släpvagn och lätt att transportera.',
      },
      request: {
        title: 'Reservkraftaggregat sökes för krisberedskapen',
        description: 'Under den senaste stormen var vårt vattenverk strömlöst i två dygn. Vi söker ett dieselaggregat på minst 30 kVA som kan säkra elförsörjningen vid avbrott.',
      },
    },
    'school-furniture': {
      offer: {
        title: 'Skolbänkar och stolar i gott skick – 60 bänkar och 120 stolar',
        description: 'När vår grundskola fick nya möbler blev dubbelbänkar och höj- och sänkbara stolar över. Möblerna är rena och stabila; vi skänker dem och de behöver hämtas före midsommar.',
      },
      request: {
        title: 'Skolbänkar och stolar sökes till två nya klassrum',
        description: 'Från hösten startar vi två nya klasser eftersom elevantalet ökar. Vi saknar 15 dubbelbänkar och 30 stolar och ordnar transporten själva.',
      },
    },
    'hospital-beds': {
      offer: {
        title: '20 vårdsängar med madrasser till äldreboende eller vårdcentral',
        description: 'Vårt äldreboende har fått ny inredning, så vi skänker 20 elektriskt reglerbara vårdsängar med madrasser. Alla fungerar, är desinficerade och klara att hämta.',
      },
      request: {
        title: 'Vårdsängar sökes till vårdcentral och äldreboende',
        description: 'Vårt äldreboende utökar med tio platser för sängliggande. Vi behöver höj- och sänkbara sängar, gärna med trycksårsförebyggande madrasser.',
      },
    },
    'emergency-tents': {
      offer: {
        title: 'Tält för tillfälligt boende – 12 stycken från beredskapslagret',
        description: 'Vi skänker 12 stora tält för åtta personer vardera, med golv och belysning. De har bara använts en gång vid en beredskapsövning och är kompletta.',
      },
      request: {
        title: 'Tält sökes till beredskapslagret inför eventuella evakueringar',
        description: 'Vårt beredskapslager saknar tält, men vid en översvämning skulle vi behöva inkvartera omkring 50 personer. Vi tar tacksamt emot tält i gott skick, helst med golv och möjlighet till uppvärmning.',
      },
    },
    'construction-timber': {
      offer: {
        title: 'Cirka 15 m³ torrt konstruktionsvirke att hämta',
        description: 'Efter renoveringen av sporthallen har vi balkar och brädor av furu över, förvarade under tak. Vi skänker virket till reparationer av offentliga byggnader och hjälper till med lastningen.',
      },
      request: {
        title: 'Konstruktionsvirke sökes för att laga taket på bygdegården',
        description: 'Ett oväder skadade taket på bygdegården, och en del av takstolarna måste bytas. Vi behöver omkring 8 m³ balkar och läkt; arbetet utförs av kommunens egen personal.',
      },
    },
    'road-salt': {
      offer: {
        title: '40 ton vägsalt över efter en mild vinter',
        description: 'Vintern blev mild, så vi har 40 ton vägsalt kvar i vårt torra saltlager. Vi skänker det till en grannkommun och lastar det på er lastbil med hjullastare.',
      },
      request: {
        title: 'Vägsaltet har tagit slut – vi behöver påfyllning',
        description: 'Efter flera kraftiga snöfall är vårt saltlager tomt, och det är fortfarande flera veckor kvar av vintern. Vi behöver omkring 30 ton till de kommunala vägarna.',
      },
    },
    'paving-stones': {
      offer: {
        title: 'Marksten och kantsten över efter ombyggnaden av torget',
        description: 'Vi har omkring 300 m² betongmarksten och 150 kantstenar på pall på vår förrådsgård. Materialet är nytt och oanvänt och kan hämtas i sin helhet eller i omgångar.',
      },
      request: {
        title: 'Marksten sökes för att laga trottoarer i byn',
        description: 'Trottoarerna längs skolvägen är i dåligt skick, och i årets budget finns inga pengar till material. Vi behöver omkring 200 m² marksten samt kantsten; vår driftavdelning lägger dem själv.',
      },
    },
    'snow-clearing': {
      offer: {
        title: 'Snöröjning av lokala vägar med våra egna fordon',
        description: 'Vi har två lastbilar med plog och sandspridare. Vid kraftigt snöfall kan vi röja kommunala vägar i grannorterna efter överenskommelse om rutterna med er väghållare.',
      },
      request: {
        title: 'Hjälp sökes med snöröjning av vägar till avlägsna byar',
        description: 'Vi har bara en plogbil men ska hålla 15 km väg till små fjällbyar farbar. Vi söker en kommun som vid kraftigt snöfall kan låna ut ett fordon med förare.',
      },
    },
    'translation': {
      offer: {
        title: 'Översättning av dokument i gränsöverskridande projekt',
        description: 'Två översättare anställda i vår förvaltning översätter projekthandlingar från svenska till engelska och finska. Vi kan ta emot upp till 30 sidor i månaden utan kostnad.',
      },
      request: {
        title: 'Översättning sökes för handlingar i ett gränsöverskridande projekt',
        description: 'Vi förbereder ett gemensamt projekt med en partner på andra sidan gränsen och behöver få omkring 40 sidor översatta till engelska. Sista dag är i slutet av nästa månad.',
      },
    },
    'waste-collection': {
      offer: {
        title: 'Hämtning av grovavfall med kommunens sopbil',
        description: 'En gång i månaden kan vår sopbil med chaufför hämta möbler, madrasser och annat grovavfall i en grannkommun. Transporten är gratis, medan mottagande kommun betalar för omhändertagandet.',
      },
      request: {
        title: 'Hjälp sökes vid vårens insamling av grovavfall',
        description: 'I vår ordnar vi insamling av grovavfall från hushållen, men vi har ingen egen sopbil. Vi söker en partner som kan låna ut en bil med chaufför under tre dagar.',
      },
    },
    'unused-school-building': {
      offer: {
        title: 'Före detta skola med 1,2 hektar tomt att hyra eller köpa',
        description: 'Den före detta grundskolan har 1 800 m² golvyta och har stått tom i fem år. Vi erbjuder en investerare ett långsiktigt hyresavtal på förmånliga villkor eller köp.',
      },
      request: {
        title: 'Investerare sökes till tidigare skolbyggnad',
        description: 'Vi vill att den tomma skolan återigen ska göra nytta för bygden – som seniorboende, vandrarhem eller kursgård. Vi söker en investerare med en bra idé som skapar nya jobb.',
      },
    },
    'thermal-spring': {
      offer: {
        title: 'Varm källa och tomt för en satsning på spa och bad',
        description: 'Vattnet från borrhålet håller 42 °C, och kommunen har geologiska utredningar samt en tomt på fem hektar intill källan. Vi hjälper till med tillstånden och drar fram vatten, avlopp och el till tomtgränsen.',
      },
      request: {
        title: 'Investerare sökes för att utveckla en varm källa till spaturism',
        description: 'Vi vill utveckla kur- och spaturism kring vår varma källa och söker en investerare som vill bygga en badanläggning eller ett spahotell. Kommunen anlägger tillfartsväg och anslutningar.',
      },
    },
    'industrial-zone': {
      offer: {
        title: 'Byggklara tomter i kommunens industriområde',
        description: 'I industriområdet vid motorvägsavfarten har vi lediga tomter på 0,5 till 5 hektar med el, vatten och avlopp. Nya företag får snabb bygglovshantering och ett förmånligt tomtpris.',
      },
      request: {
        title: 'Investerare sökes till vårt industriområde',
        description: 'Vi vill locka företag som skapar jobb för ortsborna – det finns fortfarande åtta lediga tomter. Kommunen hjälper till med allt praktiskt kring tillstånd och myndighetskontakter.',
      },
    },
    'wine-producers': {
      offer: {
        title: 'Vin från lokala vinodlare till importörer och återförsäljare',
        description: 'I kommunen finns 12 små familjevingårdar som tillsammans producerar omkring 30 000 flaskor om året. För intresserade handelspartner ordnar vi provningar och gårdsbesök.',
      },
      request: {
        title: 'Importörer och återförsäljare sökes till lokala vinodlare',
        description: 'Våra vinodlare gör prisbelönta viner men säljer dem mest på den egna gården. Vi söker importörer, distributörer och restaurangkedjor som vill lansera dem på sin marknad.',
      },
    },
    'wood-processing': {
      offer: {
        title: 'Lokala snickerier erbjuder samarbete',
        description: 'Ett tiotal små företag i kommunen tillverkar möbler i massivt trä, fönster och inredning. Vi förmedlar kontakter och ordnar företagsbesök.',
      },
      request: {
        title: 'Partner sökes till små trä- och möbelföretag',
        description: 'Våra företagare söker kunder till specialbeställda möbler och leverantörer av moderna träbearbetningsmaskiner. De är också intresserade av samarbete kring gemensamma designprojekt.',
      },
    },
    'organic-farming': {
      offer: {
        title: 'Ekologiska grönsaker, frukt och honung från lokalt kooperativ',
        description: 'Kooperativet samlar 40 certifierade ekogårdar och kan leverera regelbundet till skolkök, butiker och restauranger. Ni är välkomna på gårdsbesök.',
      },
      request: {
        title: 'Köpare sökes till ekologiskt jordbrukskooperativ',
        description: 'Vårt ekologiska kooperativ skördar allt mer grönsaker och frukt men saknar fasta köpare. Vi söker livsmedelskedjor, förädlingsföretag och partner för gemensam marknadsföring.',
      },
    },
  },
  municipalityDescription: '{name} ({country}) – en kommun som gärna samarbetar med kommuner i EU och på västra Balkan. Vi delar med oss av erfarenheter och utrustning och söker själva stöd i frågor som är viktiga för våra invånare.',
  messages: {
    ask: 'Hej, vi är intresserade av er annons och tar gärna emot erbjudandet eller hjälper till. Kan vi stämma av detaljerna?',
    accept: 'Absolut, vi reserverar det för er kommun. Vi hör av oss inom kort om överlämningen.',
    decline: 'Tack för ert intresse, men tyvärr har vi redan lovat bort det till en annan kommun. Vi hör av oss om något ändras.',
    handover: 'Vi föreslår överlämning nästa tisdag klockan 10 på vår förrådsgård. Ni ordnar transporten, och vi hjälper till med lastningen.',
    thanks: 'Varmt tack för ett smidigt och trevligt samarbete. Vi hoppas att vi får tillfälle att samarbeta igen.',
  },
  feedback: 'Allt gick smidigt och enligt överenskommelse, och vi rekommenderar varmt samarbetet.',
};
