import type { DemoPhrasebook } from '../phrasebook-types';

export const phrasebook: DemoPhrasebook = {
  locale: 'cs',
  subjects: {
    'digital-services': {
      offer: {
        title: 'Zavedení elektronických služeb a kontaktního místa – předáme zkušenosti',
        description: 'Naši občané už tři roky vyřizují přes internet více než 40 úkonů a na úřadě funguje jednotné kontaktní místo. Naši informatici zdarma povedou dvoudenní workshop a poskytnou postupy i vzory dokumentů.',
      },
      request: {
        title: 'Hledáme pomoc se zavedením online služeb pro občany',
        description: 'Chceme, aby občané mohli podávat žádosti a platit místní poplatky online a aby na úřadě vzniklo jedno kontaktní místo pro všechny agendy. Uvítáme konzultace s obcí, která má podobný projekt za sebou, ideálně během příštího půlroku.',
      },
    },
    'energy-efficiency': {
      offer: {
        title: 'Energetické úspory ve školách a školkách – zkušenosti z pěti staveb',
        description: 'V posledních letech jsme zateplili tři školy a dvě mateřské školy, vyměnili okna a instalovali tepelná čerpadla, čímž spotřeba energie klesla zhruba o 40 %. Rádi poskytneme zadávací dokumentaci a pozveme vás na exkurzi.',
      },
      request: {
        title: 'Potřebujeme radu se zateplením obecního úřadu a mateřské školy',
        description: 'Budova obecního úřadu i školka pocházejí ze sedmdesátých let a mají vysokou spotřebu energie. Hledáme obec, která nám pomůže připravit energetický audit a rozsah prací před podáním žádosti o dotaci.',
      },
    },
    'eu-funding': {
      offer: {
        title: 'Školení a poradenství při přípravě žádostí o evropské dotace',
        description: 'Naše projektové oddělení připravilo a řídilo přes 20 projektů z fondů EU, mimo jiné z programů Interreg a Erasmus+. Nabízíme bezplatné školení pro vaše úředníky a konzultace při psaní žádosti i vyúčtování.',
      },
      request: {
        title: 'Hledáme mentora pro naši první žádost o dotaci z EU',
        description: 'Jsme malá obec bez vlastního projektového manažera a chystáme první žádost do programu Interreg. Potřebujeme zkušeného člověka, který nám pomůže sestavit rozpočet a provede nás realizací projektu.',
      },
    },
    'water-utility-manager': {
      offer: {
        title: 'Zkušený manažer pomůže založit obecní vodárenskou společnost',
        description: 'Bývalý ředitel naší vodárenské společnosti s 25 lety praxe může půl roku působit přímo u vás. Pomůže s organizací firmy, výpočtem vodného a stočného i s náborem zaměstnanců.',
      },
      request: {
        title: 'Hledáme manažera pro založení vodárenské a kanalizační společnosti',
        description: 'Přebíráme vodovod a kanalizaci od soukromého provozovatele a zakládáme vlastní obecní společnost. Na 6–12 měsíců potřebujeme zkušeného manažera, který nastaví provoz, ceny a personální strukturu.',
      },
    },
    'home-care-manager': {
      offer: {
        title: 'Vedoucí pečovatelské služby pomůže rozjet péči v domácnostech',
        description: 'Naše vedoucí pečovatelské služby deset let organizuje péči o více než 120 seniorů v jejich domovech. Tři měsíce může bezplatně radit s náborem pečovatelek, standardy kvality a plánováním návštěv.',
      },
      request: {
        title: 'Hledáme manažera pro zřízení pečovatelské služby pro seniory',
        description: 'V obci žije stále více osamělých starších lidí, ale terénní pečovatelskou službu zatím nemáme. Potřebujeme zkušeného člověka, který pomůže službu rozjet pro zhruba 50 klientů.',
      },
    },
    'tourist-office-manager': {
      offer: {
        title: 'Pomůžeme vybudovat turistické informační centrum',
        description: 'Vedoucí našeho informačního centra může dva až tři měsíce pomáhat při zakládání nového. Předá zkušenosti s obsluhou návštěvníků, správou webu a spoluprací s místními podnikateli.',
      },
      request: {
        title: 'Hledáme zkušeného manažera pro nové informační centrum',
        description: 'Na jaře otevíráme turistické informační centrum v opravené budově nádraží. Hledáme člověka se zkušenostmi, který pomůže zaškolit personál, připravit nabídku a navázat spolupráci s ubytovateli.',
      },
    },
    'flood-response': {
      offer: {
        title: 'Dobrovolníci pro pomoc při povodních – výjezd do 24 hodin',
        description: 'Skupina 25 dobrovolných hasičů a členů místních spolků má zkušenosti z loňských povodní. V případě potřeby přijedou do 24 hodin s vlastním vybavením a pomohou s plněním pytlů s pískem i evakuací obyvatel.',
      },
      request: {
        title: 'Naléhavě hledáme dobrovolníky na plnění pytlů s pískem',
        description: 'Hladina řeky stále stoupá a ohroženy jsou dvě níže položené čtvrti. Potřebujeme dobrovolníky na plnění pytlů a pomoc obyvatelům se zabezpečením domů; ubytování a stravu zajistíme.',
      },
    },
    'wildfire-support': {
      offer: {
        title: 'Dobrovolníci pro zásobování hasičů při lesních požárech',
        description: 'Tým 15 dobrovolníků se dvěma dodávkami může rozvážet vodu, jídlo a materiál na místa nasazení hasičů. Jsme k dispozici po celou letní sezónu, i o víkendech.',
      },
      request: {
        title: 'Hledáme dobrovolníky pro logistiku a stravování hasičů',
        description: 'V červenci a srpnu hrozí v našich lesích požáry a zásahy někdy trvají několik dní. Potřebujeme lidi, kteří pomohou s přípravou jídla, rozvozem vody a vedením skladu.',
      },
    },
    'earthquake-shelter': {
      offer: {
        title: 'Vyškolení dobrovolníci pro provoz nouzového ubytování',
        description: 'Dvacet dobrovolníků vyškolených Českým červeným křížem pomůže provozovat nouzové ubytování pro rodiny po zemětřesení. Zajistí registraci, výdej jídla a péči o děti nejméně po dobu dvou týdnů.',
      },
      request: {
        title: 'Potřebujeme dobrovolníky do nouzového ubytování po zemětřesení',
        description: 'Ve sportovní hale jsme zřídili provizorní ubytování pro 80 rodin, které přišly o domov. Hledáme dobrovolníky na denní i noční směny – na výdej jídla, evidenci a program pro děti.',
      },
    },
    'river-clean-up': {
      offer: {
        title: 'Mladí dobrovolníci na úklid břehů řeky',
        description: 'Třicet studentů našich středních škol se rádo zapojí do úklidu říčních břehů v sousední obci. Přijedou s pedagogy, vlastními rukavicemi i pytli – stačí určit termín a úsek.',
      },
      request: {
        title: 'Hledáme mladé dobrovolníky na jarní úklid řeky',
        description: 'V dubnu uklízíme pět kilometrů břehů, kde po zimě zůstalo množství odpadků. Zveme mládež i školní třídy; rukavice, pytle, odvoz odpadu a teplé jídlo zajistíme.',
      },
    },
    'community-centre': {
      offer: {
        title: 'Dobrovolníci povedou odpolední program pro seniory',
        description: 'Skupina učitelů v důchodu a kulturních pracovníků může dvakrát týdně vést program ve vašem komunitním centru nebo klubu seniorů. Nabízíme trénink paměti, rukodělné dílny a společný zpěv.',
      },
      request: {
        title: 'Dobrovolníci pro odpolední aktivity seniorů v komunitním centru',
        description: 'Náš klub seniorů je otevřený ve všední dny od 14 do 18 hodin a chodí do něj asi 40 lidí. Hledáme dobrovolníky, kteří povedou hry a předčítání nebo pomohou starším lidem s mobilem a počítačem.',
      },
    },
    'tree-planting': {
      offer: {
        title: 'Čtyřicet dobrovolníků na den sázení stromů',
        description: 'Skauti a členové našeho ekologického spolku rádi pomohou se sázením stromů ve vašem městském parku. Přijedou ve vámi zvolenou sobotu s vlastními rýči a konvemi.',
      },
      request: {
        title: 'Zveme dobrovolníky na sobotní sázení stromů v parku',
        description: 'V říjnu vysadíme v městském parku 200 mladých lip a javorů. Hledáme dobrovolníky na jednu sobotu; sazenice, nářadí i občerstvení zajistí obec.',
      },
    },
    'fire-engine': {
      offer: {
        title: 'Darujeme funkční použitou cisternu pro dobrovolné hasiče',
        description: 'Cisternová automobilová stříkačka z roku 2004, nádrž 2 500 l, najeto 95 000 km, platná technická kontrola. Předáme ji zdarma jednotce sboru dobrovolných hasičů; vyzvednutí v naší hasičské zbrojnici.',
      },
      request: {
        title: 'Sbor dobrovolných hasičů potřebuje funkční cisternu',
        description: 'Jediné zásahové vozidlo naší jednotky je přes 30 let staré a neprošlo poslední technickou kontrolou. Rádi převezmeme použitou, funkční cisternu a odvoz si zajistíme sami.',
      },
    },
    'school-computers': {
      offer: {
        title: '25 stolních počítačů s monitory pro školní učebnu',
        description: 'Počítače jsou čtyři roky staré (Intel i5, 8 GB RAM, SSD) a disky byly bezpečně smazány. Zdarma je předáme škole z partnerské obce – k vyzvednutí na úřadě v pracovní dny.',
      },
      request: {
        title: 'Škola potřebuje počítače do učebny informatiky',
        description: 'Počítače v naší školní učebně jsou starší deseti let a nezvládají aktuální software. Potřebujeme zhruba 20 funkčních stolních sestav pro žáky druhého stupně.',
      },
    },
    'power-generator': {
      offer: {
        title: 'Dieselová elektrocentrála 60 kVA na přívěsu zdarma',
        description: 'Nabízíme dieselový generátor o výkonu 60 kVA s 1 200 motohodinami a platnou revizí. Je namontovaný na přívěsu, takže se dá snadno převézt.',
      },
      request: {
        title: 'Potřebujeme elektrocentrálu pro krizové situace',
        description: 'Při poslední vichřici byla naše úpravna vody dva dny bez proudu. Sháníme dieselovou elektrocentrálu o výkonu alespoň 30 kVA, která zajistí napájení při výpadku.',
      },
    },
    'school-furniture': {
      offer: {
        title: 'Školní lavice a židle v dobrém stavu – 60 lavic, 120 židlí',
        description: 'Po výměně vybavení v naší základní škole zbyly dvoumístné lavice a výškově nastavitelné židle. Nábytek je čistý a pevný; darujeme ho zdarma, odvoz vlastní do konce srpna.',
      },
      request: {
        title: 'Potřebujeme lavice a židle do dvou nových tříd',
        description: 'Od září otevíráme dvě další třídy, protože přibývá žáků. Chybí nám 15 dvoumístných lavic a 30 židlí; dopravu si zajistíme sami.',
      },
    },
    'hospital-beds': {
      offer: {
        title: '20 polohovacích lůžek s matracemi pro domov seniorů či zdravotní středisko',
        description: 'Náš domov pro seniory dostal nové vybavení, proto nabízíme 20 elektricky polohovatelných lůžek s matracemi. Všechna jsou funkční, vydezinfikovaná a připravená k odvozu.',
      },
      request: {
        title: 'Sháníme lůžka pro zdravotní středisko a domov seniorů',
        description: 'Náš domov pro seniory rozšiřuje kapacitu o deset míst pro ležící klienty. Potřebujeme výškově nastavitelná lůžka, nejlépe s antidekubitními matracemi.',
      },
    },
    'emergency-tents': {
      offer: {
        title: 'Stany pro nouzové ubytování – 12 kusů ze skladu civilní ochrany',
        description: 'Darujeme 12 velkých stanů, každý pro osm osob, s podlahou a osvětlením. Použity byly jen jednou při cvičení civilní ochrany a jsou kompletní.',
      },
      request: {
        title: 'Stany do krizového skladu pro případ evakuace',
        description: 'Náš krizový sklad nemá žádné stany, přitom při povodni bychom museli ubytovat asi 50 lidí. Prosíme o stany v dobrém stavu, ideálně s podlahou a možností vytápění.',
      },
    },
    'construction-timber': {
      offer: {
        title: 'Asi 15 m³ suchého stavebního řeziva k odvozu',
        description: 'Po rekonstrukci sportovní haly nám zbyly smrkové trámy a prkna uskladněné pod střechou. Zdarma je předáme na opravy veřejných budov a pomůžeme s nakládkou.',
      },
      request: {
        title: 'Potřebujeme stavební dřevo na opravu střechy kulturního domu',
        description: 'Bouřka poškodila střechu našeho kulturního domu a část krovu je nutné vyměnit. Potřebujeme asi 8 m³ trámů a latí; práce provedou zaměstnanci obce.',
      },
    },
    'road-salt': {
      offer: {
        title: '40 tun posypové soli po mírné zimě',
        description: 'Letošní zima byla mírná, a tak nám ve skladu zůstalo 40 tun posypové soli uskladněné v suchu. Přenecháme ji sousední obci a naložíme ji nakladačem na vaše auto.',
      },
      request: {
        title: 'Došla nám sůl na zimní údržbu silnic',
        description: 'Po několika vydatných sněhových nadílkách se nám vyčerpaly zásoby soli, přitom do konce zimy zbývá ještě několik týdnů. Potřebujeme zhruba 30 tun na údržbu místních komunikací.',
      },
    },
    'paving-stones': {
      offer: {
        title: 'Zámková dlažba a obrubníky zbylé po rekonstrukci náměstí',
        description: 'Máme asi 300 m² betonové zámkové dlažby a 150 obrubníků na paletách ve dvoře technických služeb. Materiál je nový a nepoužitý; předáme ho celý nebo po částech.',
      },
      request: {
        title: 'Sháníme dlažbu na opravu chodníků v obci',
        description: 'Chodníky podél cesty ke škole jsou ve špatném stavu a v letošním rozpočtu nezbyly peníze na materiál. Hodilo by se asi 200 m² dlažby a obrubníky; pokládku zajistí naše technické služby.',
      },
    },
    'snow-clearing': {
      offer: {
        title: 'Odklidíme sníh na místních komunikacích vlastní technikou',
        description: 'Máme dvě nákladní auta s radlicí a sypačem. Při silném sněžení můžeme po dohodě tras s vaším správcem komunikací udržovat místní silnice v sousedních obcích.',
      },
      request: {
        title: 'Potřebujeme pomoc s odklízením sněhu k odlehlým osadám',
        description: 'Máme jen jeden pluh, ale udržovat musíme 15 km cest k horským osadám. Hledáme obec, která by nám při vydatném sněžení zapůjčila vozidlo i s řidičem.',
      },
    },
    'translation': {
      offer: {
        title: 'Překlady dokumentů pro přeshraniční projekty',
        description: 'Dvě překladatelky zaměstnané na našem úřadě přeloží projektovou dokumentaci z češtiny do angličtiny, němčiny a polštiny. Bezplatně zvládneme až 30 stran měsíčně.',
      },
      request: {
        title: 'Potřebujeme přeložit dokumentaci přeshraničního projektu',
        description: 'Připravujeme společný projekt s partnerem ze sousední země a potřebujeme do angličtiny přeložit asi 40 stran dokumentace. Termín je konec příštího měsíce.',
      },
    },
    'waste-collection': {
      offer: {
        title: 'Svoz objemného odpadu naším obecním vozem',
        description: 'Jednou měsíčně může náš svozový vůz s řidičem sebrat nábytek, matrace a další objemný odpad v sousední obci. Doprava je zdarma, poplatky za uložení odpadu hradí přijímající obec.',
      },
      request: {
        title: 'Hledáme pomoc s jarním svozem objemného odpadu',
        description: 'Na jaře pořádáme sběr starého nábytku a vybavení domácností, ale vlastní svozové auto nemáme. Hledáme partnera, který nám na tři dny zapůjčí vůz s řidičem.',
      },
    },
    'unused-school-building': {
      offer: {
        title: 'Bývalá škola s pozemkem 1,2 ha k pronájmu nebo prodeji',
        description: 'Budova bývalé základní školy má 1 800 m² užitné plochy a už pět let je prázdná. Investorovi nabízíme dlouhodobý pronájem za zvýhodněných podmínek nebo prodej.',
      },
      request: {
        title: 'Hledáme investora pro budovu bývalé školy',
        description: 'Chceme, aby opuštěná škola znovu sloužila lidem – jako dům pro seniory, hostel nebo vzdělávací centrum. Hledáme investora s dobrým záměrem, který tu vytvoří nová pracovní místa.',
      },
    },
    'thermal-spring': {
      offer: {
        title: 'Termální pramen a pozemek pro lázeňskou investici',
        description: 'Voda z vrtu má teplotu 42 °C a obec má k dispozici hydrogeologický průzkum i pětihektarový pozemek u pramene. Pomůžeme s povolovacím řízením a zajistíme přípojky až k hranici pozemku.',
      },
      request: {
        title: 'Hledáme investora pro využití termálního pramene',
        description: 'Chceme kolem našeho termálního pramene rozvíjet lázeňský cestovní ruch a hledáme investora, který postaví bazény nebo wellness areál. Obec vybuduje příjezdovou cestu a přípojky inženýrských sítí.',
      },
    },
    'industrial-zone': {
      offer: {
        title: 'Zasíťované pozemky v obecní průmyslové zóně',
        description: 'V průmyslové zóně u dálničního přivaděče nabízíme volné pozemky o rozloze 0,5 až 5 ha s přípojkou elektřiny, vody a kanalizace. Novým investorům je prodáme za zvýhodněnou cenu.',
      },
      request: {
        title: 'Hledáme investory do naší průmyslové zóny',
        description: 'Stojíme o firmy, které vytvoří pracovní místa pro místní obyvatele – v zóně zbývá ještě osm volných parcel. Se všemi úředními kroky ochotně pomůžeme.',
      },
    },
    'wine-producers': {
      offer: {
        title: 'Víno od místních vinařů pro dovozce a distributory',
        description: 'V naší obci hospodaří 12 rodinných vinařství, která ročně vyrobí dohromady asi 80 000 lahví. Zájemcům o obchodní spolupráci zorganizujeme degustaci a setkání s vinaři.',
      },
      request: {
        title: 'Hledáme dovozce a distributory pro místní vinaře',
        description: 'Naši vinaři mají oceňovaná vína, ale prodávají je hlavně ze sklepa a na místních slavnostech. Hledáme dovozce, distributory a restaurační řetězce, které je chtějí uvést na svůj trh.',
      },
    },
    'wood-processing': {
      offer: {
        title: 'Místní truhlářské firmy nabízejí spolupráci',
        description: 'Desítka malých firem z naší obce vyrábí nábytek z masivu, okna a prvky interiérů. Zprostředkujeme kontakt a zorganizujeme návštěvu dílen.',
      },
      request: {
        title: 'Partneři pro malé dřevozpracující a nábytkářské firmy',
        description: 'Naši podnikatelé hledají odběratele nábytku na zakázku i dodavatele moderních dřevoobráběcích strojů. Zajímá nás také spolupráce na společných designových projektech.',
      },
    },
    'organic-farming': {
      offer: {
        title: 'Biozelenina, ovoce a med od místního družstva',
        description: 'Družstvo sdružující 40 certifikovaných ekofarem může pravidelně zásobovat školní jídelny, obchody a restaurace. Rádi vás po farmách provedeme.',
      },
      request: {
        title: 'Hledáme odběratele pro družstvo ekologických zemědělců',
        description: 'Naše ekologické družstvo sklízí stále víc zeleniny a ovoce, ale chybí mu stálí odběratelé. Hledáme obchodní řetězce, zpracovatele a partnery pro společnou propagaci.',
      },
    },
  },
  municipalityDescription: '{name} ({country}) – obec otevřená spolupráci s obcemi a městy z Evropské unie a západního Balkánu. Rádi sdílíme zkušenosti i vybavení a sami hledáme podporu v tom, co potřebují naši občané.',
  messages: {
    ask: 'Dobrý den, váš inzerát nás zaujal a rádi se zapojíme. Můžeme se domluvit na podrobnostech?',
    accept: 'Rádi souhlasíme a rezervujeme to pro vaši obec. Brzy se ozveme kvůli předání.',
    decline: 'Děkujeme za zájem, bohužel jsme to už slíbili jiné obci. Kdyby se něco změnilo, hned vám dáme vědět.',
    handover: 'Navrhujeme předání příští úterý v 10:00 v areálu našich technických služeb. Dopravu zajistí přebírající strana, s nakládkou pomůžeme.',
    thanks: 'Srdečně děkujeme za vstřícnost a bezproblémovou spolupráci. Těšíme se na další společné projekty.',
  },
  feedback: 'Vše proběhlo hladce a podle dohody, spolupráci s touto obcí můžeme jen doporučit.',
};
