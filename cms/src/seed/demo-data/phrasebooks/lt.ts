import type { DemoPhrasebook } from '../phrasebook-types';

export const phrasebook: DemoPhrasebook = {
  locale: 'lt',
  subjects: {
    'digital-services': {
      offer: {
        title: 'Elektroninių paslaugų ir vieno langelio principo diegimas – dalijamės patirtimi',
        description: 'Jau trejus metus mūsų gyventojai internetu gali sutvarkyti daugiau nei 40 reikalų, o savivaldybėje veikia vieno langelio klientų aptarnavimo centras. Mūsų IT specialistai nemokamai surengs dviejų dienų seminarą ir pasidalys procesų aprašais bei dokumentų šablonais.',
      },
      request: {
        title: 'Ieškome pagalbos diegiant elektronines paslaugas gyventojams',
        description: 'Norime, kad gyventojai galėtų teikti prašymus ir mokėti vietines rinkliavas internetu, o savivaldybėje atsirastų vienas aptarnavimo centras. Laukiame patarimų iš savivaldybės, jau įgyvendinusios panašius pokyčius, pageidautina per artimiausius šešis mėnesius.',
      },
    },
    'energy-efficiency': {
      offer: {
        title: 'Mokyklų ir darželių energinio efektyvumo didinimas – penkių objektų patirtis',
        description: 'Per pastaruosius metus apšiltinome tris mokyklas ir du darželius, pakeitėme langus ir įrengėme šilumos siurblius, todėl energijos suvartojimas sumažėjo apie 40 %. Mielai pasidalysime pirkimų dokumentais ir priimsime svečius patirties mainų vizitui.',
      },
      request: {
        title: 'Reikia patarimo renovuojant savivaldybės pastatą ir darželį',
        description: 'Savivaldybės administracijos pastatas ir darželis pastatyti aštuntajame dešimtmetyje, jų energijos sąnaudos labai didelės. Ieškome savivaldybės, kuri padėtų atlikti energetinį auditą ir parengti darbų planą prieš teikiant paraišką finansavimui gauti.',
      },
    },
    'eu-funding': {
      offer: {
        title: 'Mokymai ir konsultacijos rengiant paraiškas ES lėšoms gauti',
        description: 'Mūsų projektų skyrius įgyvendino daugiau nei 20 ES projektų, tarp jų pagal Interreg ir Erasmus+ programas. Siūlome nemokamus mokymus jūsų darbuotojams ir pagalbą tiek rengiant paraišką, tiek teikiant ataskaitas.',
      },
      request: {
        title: 'Ieškome mentoriaus pirmajai ES paraiškai',
        description: 'Esame nedidelė savivaldybė be savo projektų vadovo ir rengiame pirmąją Interreg paraišką. Reikia patyrusio žmogaus, kuris padėtų sudaryti biudžetą ir lydėtų mus per visą projektą.',
      },
    },
    'water-utility-manager': {
      offer: {
        title: 'Patyręs vadovas padės įsteigti savivaldybės vandentvarkos įmonę',
        description: 'Buvęs mūsų vandentvarkos įmonės direktorius, turintis 25 metų patirtį, gali pusmetį dirbti vietoje pas jus. Jis padės organizuoti įmonę, apskaičiuoti tarifus ir atrinkti darbuotojus.',
      },
      request: {
        title: 'Ieškome vadovo vandens tiekimo ir nuotekų įmonei įkurti',
        description: 'Perimame vandentiekio ir nuotekų tinklus iš privataus operatoriaus ir steigiame savo savivaldybės įmonę. 6–12 mėnesių laikotarpiui reikia patyrusio vadovo, kuris sutvarkytų veiklą, tarifus ir struktūrą.',
      },
    },
    'home-care-manager': {
      offer: {
        title: 'Pagalbos į namus vadovė padės pradėti teikti paslaugą',
        description: 'Mūsų pagalbos į namus tarnybos vadovė jau dešimt metų organizuoja pagalbą daugiau nei 120 senjorų jų namuose. Tris mėnesius ji gali nemokamai konsultuoti dėl darbuotojų atrankos, kokybės reikalavimų ir vizitų planavimo.',
      },
      request: {
        title: 'Ieškome vadovo pagalbos į namus paslaugai senjorams sukurti',
        description: 'Mūsų savivaldybėje gyvena vis daugiau vienišų senyvo amžiaus žmonių, tačiau organizuotos pagalbos į namus dar nėra. Ieškome patyrusio žmogaus, kuris padėtų pradėti teikti paslaugą maždaug 50 klientų.',
      },
    },
    'tourist-office-manager': {
      offer: {
        title: 'Padėsime įkurti turizmo informacijos centrą',
        description: 'Mūsų turizmo informacijos centro vadovė du ar tris mėnesius gali padėti kurti naują centrą. Ji pasidalys patirtimi apie lankytojų aptarnavimą, interneto svetainės priežiūrą ir bendradarbiavimą su vietos verslininkais.',
      },
      request: {
        title: 'Ieškome patyrusio vadovo naujam turizmo informacijos centrui',
        description: 'Pavasarį atidarome turizmo informacijos centrą atnaujintame stoties pastate. Ieškome patyrusio žmogaus, kuris apmokytų darbuotojus, parengtų pasiūlymą ir užmegztų bendradarbiavimą su apgyvendinimo paslaugų teikėjais.',
      },
    },
    'flood-response': {
      offer: {
        title: 'Savanoriai potvyniams – pasirengę išvykti per 24 valandas',
        description: 'Mūsų 25 žmonių grupę sudaro ugniagesiai savanoriai ir vietos bendruomenių nariai, turintys praėjusių metų potvynių patirties. Prireikus jie atvyks per parą su savo įranga pildyti smėlio maišų ir padėti evakuoti gyventojų.',
      },
      request: {
        title: 'Skubiai reikia savanorių smėlio maišams pildyti',
        description: 'Upės vandens lygis vis dar kyla, pavojus gresia dviem žemai esantiems rajonams. Reikia savanorių, kurie pildytų smėlio maišus ir padėtų gyventojams apsaugoti namus; nakvynę ir maitinimą užtikrinsime.',
      },
    },
    'wildfire-support': {
      offer: {
        title: 'Savanoriai ugniagesiams aprūpinti miškų gaisrų metu',
        description: 'Penkiolikos savanorių komanda dviem mikroautobusais gali vežti vandenį, maistą ir įrangą į ugniagesių susibūrimo vietas. Esame pasirengę padėti visą vasarą, taip pat savaitgaliais.',
      },
      request: {
        title: 'Ieškome savanorių ugniagesių logistikai ir maitinimui',
        description: 'Liepą ir rugpjūtį mūsų miškuose didelis gaisrų pavojus, o gesinimo darbai kartais trunka kelias dienas. Ieškome žmonių, kurie padėtų gaminti maistą, vežioti vandenį ir tvarkyti atsargų sandėlį.',
      },
    },
    'earthquake-shelter': {
      offer: {
        title: 'Apmokyti savanoriai laikinam prieglobsčiui organizuoti',
        description: 'Dvidešimt Raudonojo Kryžiaus apmokytų savanorių gali padėti išlaikyti laikiną prieglobstį šeimoms po žemės drebėjimo. Jie bent dvi savaites rūpinsis registracija, maisto dalijimu ir vaikų priežiūra.',
      },
      request: {
        title: 'Reikia savanorių laikinajame prieglobstyje po žemės drebėjimo',
        description: 'Sporto salėje įrengėme laikiną prieglobstį 80 šeimų, netekusių namų. Ieškome savanorių dienos ir nakties pamainoms – maistui dalyti, registracijai ir užsiėmimams su vaikais.',
      },
    },
    'river-clean-up': {
      offer: {
        title: 'Jaunieji savanoriai upės krantams tvarkyti',
        description: 'Trisdešimt mūsų gimnazijų moksleivių mielai dalyvaus kaimyninės savivaldybės upės krantų švarinimo talkoje. Jie atvyks su mokytojais, savo pirštinėmis ir maišais – tereikia susitarti dėl datos ir ruožo.',
      },
      request: {
        title: 'Kviečiame jaunimą į pavasarinę upės krantų talką',
        description: 'Balandį tvarkysime penkis kilometrus upės krantų, kur per žiemą susikaupė daug šiukšlių. Kviečiame jaunimą ir mokyklų klases; pirštines, maišus, atliekų išvežimą ir šiltus pietus užtikrinsime mes.',
      },
    },
    'community-centre': {
      offer: {
        title: 'Savanoriai ves popietės užsiėmimus senjorams',
        description: 'Į pensiją išėjusių mokytojų ir kultūros darbuotojų grupė du kartus per savaitę gali vesti užsiėmimus jūsų bendruomenės centre ar senjorų klube. Siūlome atminties lavinimą, rankdarbių dirbtuves ir bendrą dainavimą.',
      },
      request: {
        title: 'Reikia savanorių senjorų popietėms bendruomenės centre',
        description: 'Mūsų senjorų klubas darbo dienomis veikia nuo 14 iki 18 valandos, jame lankosi apie 40 žmonių. Ieškome savanorių, kurie vestų stalo žaidimus ir garsinius skaitymus arba padėtų senjorams naudotis išmaniuoju telefonu ir kompiuteriu.',
      },
    },
    'tree-planting': {
      offer: {
        title: 'Keturiasdešimt savanorių medžių sodinimo dienai',
        description: 'Mūsų skautai ir gamtosaugos draugijos nariai mielai padės sodinti medžius jūsų miesto parke. Jie atvyks sutartą šeštadienį su savo kastuvais ir laistytuvais.',
      },
      request: {
        title: 'Sodinkime medžius miesto parke – ieškome savanorių',
        description: 'Spalį miesto parke pasodinsime 200 jaunų liepų ir klevų. Ieškome savanorių vienam šeštadieniui; sodinukus, įrankius ir užkandžius parūpins savivaldybė.',
      },
    },
    'fire-engine': {
      offer: {
        title: 'Naudotas, veikiantis gaisrinis automobilis savanoriams ugniagesiams',
        description: 'Gaisrinė autocisterna pagaminta 2004 metais, cisternos talpa 2 500 litrų, rida 95 000 km, techninė apžiūra galioja. Nemokamai perduosime ją savanorių ugniagesių komandai; atsiimti reikia iš mūsų gaisrinės.',
      },
      request: {
        title: 'Savanorių ugniagesių komandai reikia veikiančio gaisrinio automobilio',
        description: 'Vienintelei mūsų autocisternai jau daugiau nei 30 metų, ir ji neišlaikė paskutinės techninės apžiūros. Mielai priimsime naudotą, bet veikiantį automobilį ir jo pervežimu pasirūpinsime patys.',
      },
    },
    'school-computers': {
      offer: {
        title: '25 stacionarūs kompiuteriai su monitoriais mokyklos kompiuterių klasei',
        description: 'Kompiuteriams ketveri metai (Intel i5, 8 GB RAM, SSD), o kietieji diskai saugiai išvalyti. Nemokamai perduosime juos partnerės savivaldybės mokyklai, atsiimti galima savivaldybėje darbo dienomis.',
      },
      request: {
        title: 'Mokyklai reikia kompiuterių informatikos klasei',
        description: 'Mūsų informatikos klasės kompiuteriams daugiau nei dešimt metų, su šiuolaikinėmis programomis jie nebesusitvarko. Reikia maždaug 20 veikiančių stacionarių kompiuterių vyresniųjų klasių mokiniams.',
      },
    },
    'power-generator': {
      offer: {
        title: '60 kVA dyzelinis generatorius ant priekabos – atiduodame nemokamai',
        description: 'Atiduodame 60 kVA dyzelinį generatorių, kuris išdirbo 1 200 motovalandžių ir neseniai buvo techniškai prižiūrėtas. Jis sumontuotas ant priekabos, todėl jį lengva pervežti.',
      },
      request: {
        title: 'Reikia generatoriaus ekstremalioms situacijoms',
        description: 'Per paskutinę audrą mūsų vandenvalos stotis dvi paras liko be elektros. Ieškome ne mažesnės kaip 30 kVA galios dyzelinio generatoriaus, kuris užtikrintų elektros tiekimą sutrikimų metu.',
      },
    },
    'school-furniture': {
      offer: {
        title: 'Geros būklės mokykliniai suolai ir kėdės – 60 suolų ir 120 kėdžių',
        description: 'Atnaujinus baldus mūsų pagrindinėje mokykloje, liko dviviečių suolų ir reguliuojamo aukščio kėdžių. Baldai švarūs ir tvirti; atiduodame nemokamai, išsivežti reikia patiems iki Joninių.',
      },
      request: {
        title: 'Reikia suolų ir kėdžių dviem naujoms klasėms',
        description: 'Nuo rugsėjo atidarome dvi naujas klases, nes daugėja mokinių. Trūksta 15 dviviečių suolų ir 30 kėdžių; transportu pasirūpinsime patys.',
      },
    },
    'hospital-beds': {
      offer: {
        title: '20 funkcinių lovų su čiužiniais globos namams ar sveikatos centrui',
        description: 'Mūsų globos namai gavo naują įrangą, todėl atiduodame 20 elektra reguliuojamų funkcinių lovų su čiužiniais. Visos veikia, yra dezinfekuotos ir paruoštos išvežti.',
      },
      request: {
        title: 'Ieškome lovų sveikatos centrui ir globos namams',
        description: 'Mūsų globos namai plečiasi ir įrengia dešimt vietų gulintiems gyventojams. Reikia reguliuojamo aukščio lovų, pageidautina su čiužiniais pragulų profilaktikai.',
      },
    },
    'emergency-tents': {
      offer: {
        title: 'Palapinės laikinam apgyvendinimui – 12 vienetų iš civilinės saugos atsargų',
        description: 'Atiduodame 12 didelių aštuonviečių palapinių su grindimis ir apšvietimu. Jos naudotos tik kartą per civilinės saugos pratybas, visos dalys yra vietoje.',
      },
      request: {
        title: 'Ieškome palapinių civilinės saugos atsargoms evakuacijos atvejui',
        description: 'Mūsų atsargose nėra nė vienos palapinės, nors potvynio atveju tektų apgyvendinti apie 50 žmonių. Su dėkingumu priimsime geros būklės palapines, pageidautina su grindimis ir šildymo galimybe.',
      },
    },
    'construction-timber': {
      offer: {
        title: 'Apie 15 m³ sausos statybinės medienos išsivežti',
        description: 'Po sporto salės renovacijos liko po stogine laikytų pušinių sijų ir lentų. Nemokamai atiduosime jas viešųjų pastatų remontui ir padėsime pakrauti.',
      },
      request: {
        title: 'Reikia statybinės medienos kultūros namų stogui sutvarkyti',
        description: 'Audra apgadino mūsų kultūros namų stogą, dalį gegnių reikia pakeisti. Reikia maždaug 8 m³ sijų ir lentjuosčių; darbus atliks savivaldybės ūkio tarnybos darbuotojai.',
      },
    },
    'road-salt': {
      offer: {
        title: 'Po švelnios žiemos liko 40 tonų kelių druskos',
        description: 'Žiema buvo švelni, todėl mūsų sausame sandėlyje liko 40 tonų kelių druskos. Atiduosime ją kaimyninei savivaldybei ir krautuvu pakrausime į jūsų sunkvežimį.',
      },
      request: {
        title: 'Baigėsi druska žiemos kelių priežiūrai',
        description: 'Po kelių smarkių snygių mūsų druskos atsargos išseko, o iki žiemos pabaigos dar kelios savaitės. Reikia maždaug 30 tonų vietiniams keliams barstyti.',
      },
    },
    'paving-stones': {
      offer: {
        title: 'Trinkelės ir bordiūrai, likę po aikštės rekonstrukcijos',
        description: 'Turime apie 300 m² betoninių trinkelių ir 150 bordiūrų ant padėklų savivaldybės ūkio bazėje. Medžiagos naujos ir nenaudotos; galima išsivežti visas iš karto arba dalimis.',
      },
      request: {
        title: 'Ieškome trinkelių kaimo šaligatviams remontuoti',
        description: 'Šaligatviai palei kelią į mokyklą yra prastos būklės, o šių metų biudžete nėra lėšų medžiagoms. Praverstų apie 200 m² trinkelių ir bordiūrų; klojimo darbus atliks mūsų komunalinė tarnyba.',
      },
    },
    'snow-clearing': {
      offer: {
        title: 'Vietinių kelių valymas nuo sniego mūsų technika',
        description: 'Turime du sunkvežimius su sniego valytuvais ir barstytuvais. Esant smarkiam snygiui, susitarę galime valyti ir kaimyninės savivaldybės kelius.',
      },
      request: {
        title: 'Reikia pagalbos valant sniegą keliuose į atokius kaimus',
        description: 'Turime tik vieną sniego valymo mašiną, o pravažiuojamus reikia palaikyti 15 km kelių į atokius kaimus. Ieškome savivaldybės, kuri smarkaus snygio metu galėtų paskolinti mašiną su vairuotoju.',
      },
    },
    'translation': {
      offer: {
        title: 'Dokumentų vertimas tarpvalstybiniams projektams',
        description: 'Du mūsų savivaldybėje dirbantys vertėjai verčia projektų dokumentus iš lietuvių kalbos į anglų, lenkų ir latvių kalbas. Nemokamai galime išversti iki 30 puslapių per mėnesį.',
      },
      request: {
        title: 'Reikia išversti tarpvalstybinio projekto dokumentus',
        description: 'Rengiame bendrą projektą su partneriu iš kaimyninės šalies ir turime išversti į anglų kalbą apie 40 puslapių dokumentų. Terminas – kito mėnesio pabaiga.',
      },
    },
    'waste-collection': {
      offer: {
        title: 'Didelių gabaritų atliekų surinkimas savivaldybės šiukšliavežiu',
        description: 'Kartą per mėnesį mūsų šiukšliavežis su vairuotoju gali surinkti baldus, čiužinius ir kitas didelių gabaritų atliekas kaimyninėje savivaldybėje. Transportas nemokamas, o už atliekų tvarkymą moka priimanti savivaldybė.',
      },
      request: {
        title: 'Ieškome pagalbos surenkant didelių gabaritų atliekas pavasarį',
        description: 'Pavasarį rengiame didelių gabaritų atliekų surinkimą iš namų ūkių, tačiau savo šiukšliavežio neturime. Ieškome partnerio, kuris trims dienoms paskolintų mašiną su vairuotoju.',
      },
    },
    'unused-school-building': {
      offer: {
        title: 'Buvusios mokyklos pastatas su 1,2 ha sklypu nuomai ar pardavimui',
        description: 'Buvusios pagrindinės mokyklos pastato plotas – 1 800 m², jis jau penkerius metus stovi tuščias. Investuotojui siūlome ilgalaikę nuomą palankiomis sąlygomis arba galimybę įsigyti pastatą.',
      },
      request: {
        title: 'Ieškome investuotojo buvusios mokyklos pastatui',
        description: 'Norime, kad tuščia mokykla vėl tarnautų bendruomenei – kaip senjorų namai, nakvynės namai ar mokymo centras. Ieškome investuotojo su gera idėja, kuris čia sukurtų naujų darbo vietų.',
      },
    },
    'thermal-spring': {
      offer: {
        title: 'Terminis šaltinis ir sklypas SPA investicijoms',
        description: 'Iš gręžinio trykšta 42 laipsnių vanduo, o savivaldybė turi geologinių tyrimų duomenis ir penkių hektarų sklypą šalia šaltinio. Padėsime gauti leidimus ir nutiesime inžinerinius tinklus iki sklypo ribos.',
      },
      request: {
        title: 'Ieškome investuotojo terminiam šaltiniui plėtoti SPA turizmui',
        description: 'Norime plėtoti SPA turizmą aplink savo terminį šaltinį ir ieškome investuotojo, kuris pastatytų vandens parką ar SPA viešbutį. Savivaldybė nuties privažiavimo kelią ir prisijungimus prie tinklų.',
      },
    },
    'industrial-zone': {
      offer: {
        title: 'Sklypai su inžinerine infrastruktūra savivaldybės pramonės parke',
        description: 'Pramonės parke prie magistralinio kelio sankryžos yra laisvų 0,5–5 ha sklypų su elektros, vandens ir nuotekų prisijungimais. Naujoms įmonėms siūlome greitą leidimų išdavimą ir palankią kainą.',
      },
      request: {
        title: 'Ieškome investuotojų savo pramonės parkui',
        description: 'Laukiame įmonių, kurios sukurtų darbo vietų vietos gyventojams – laisvų sklypų dar yra aštuoni. Savivaldybė padės su visais leidimais ir formalumais.',
      },
    },
    'wine-producers': {
      offer: {
        title: 'Vietos ūkių vaisių ir uogų vynai importuotojams',
        description: 'Mūsų rajone veikia 12 šeimos vyno daryklų, kurios per metus pagamina apie 40 000 butelių vaisių ir uogų vyno. Suinteresuotiems prekybos partneriams rengiame degustacijas ir ūkių lankymą.',
      },
      request: {
        title: 'Ieškome importuotojų ir platintojų vietos vyndariams',
        description: 'Mūsų vyndarių produkcija pelnė apdovanojimų, tačiau parduodama daugiausia ūkių parduotuvėlėse. Ieškome importuotojų, platintojų ir restoranų tinklų, norinčių ją pristatyti savo rinkoje.',
      },
    },
    'wood-processing': {
      offer: {
        title: 'Vietos baldžių dirbtuvės siūlo bendradarbiauti',
        description: 'Apie dešimt mažų mūsų savivaldybės įmonių gamina masyvo medienos baldus, langus ir interjero elementus. Padėsime užmegzti ryšius ir suorganizuosime įmonių lankymą.',
      },
      request: {
        title: 'Ieškome partnerių mažoms medienos apdirbimo ir baldų įmonėms',
        description: 'Mūsų verslininkai ieško pirkėjų baldams pagal užsakymą ir modernių medienos apdirbimo staklių tiekėjų. Domina ir bendradarbiavimas bendruose dizaino projektuose.',
      },
    },
    'organic-farming': {
      offer: {
        title: 'Ekologiškos daržovės, uogos ir medus iš vietos kooperatyvo',
        description: 'Kooperatyvas vienija 40 sertifikuotų ekologinių ūkių ir gali reguliariai tiekti produkciją mokyklų valgykloms, parduotuvėms ir restoranams. Kviečiame aplankyti ūkius.',
      },
      request: {
        title: 'Ieškome pirkėjų ir partnerių ekologinių ūkininkų kooperatyvui',
        description: 'Mūsų ekologinio kooperatyvo derlius kasmet auga, tačiau nuolatinių pirkėjų trūksta. Ieškome prekybos tinklų, perdirbėjų ir partnerių bendrai rinkodarai.',
      },
    },
  },
  municipalityDescription: '{name} ({country}) – savivaldybė, mielai bendradarbiaujanti su Europos Sąjungos ir Vakarų Balkanų savivaldybėmis. Dalijamės patirtimi bei įranga ir patys ieškome paramos gyventojams svarbiais klausimais.',
  messages: {
    ask: 'Laba diena, jūsų skelbimas mus sudomino – mielai priimtume pasiūlymą arba ateitume į pagalbą. Ar galėtume susitarti dėl detalių?',
    accept: 'Mielai, rezervuojame tai jūsų savivaldybei. Netrukus susisieksime dėl perdavimo.',
    decline: 'Dėkojame už susidomėjimą, tačiau, deja, jau pažadėjome tai kitai savivaldybei. Jei kas pasikeistų, iškart pranešime.',
    handover: 'Siūlome perdavimą kitą antradienį 10 valandą mūsų ūkio bazėje. Transportu pasirūpinsite jūs, o pakrauti padėsime mes.',
    thanks: 'Nuoširdžiai dėkojame už sklandų bendradarbiavimą ir pagalbą. Tikimės bendrų darbų ir ateityje.',
  },
  feedback: 'Viskas vyko sklandžiai ir kaip sutarta, bendradarbiavimą drąsiai rekomenduojame.',
};
