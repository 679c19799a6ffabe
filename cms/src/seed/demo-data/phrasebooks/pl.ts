import type { DemoPhrasebook } from '../phrasebook-types';

export const phrasebook: DemoPhrasebook = {
  locale: 'pl',
  subjects: {
    'digital-services': {
      offer: {
        title: 'Wdrożenie e-usług i jednego okienka – dzielimy się doświadczeniem',
        description: 'Od trzech lat nasi mieszkańcy załatwiają przez internet ponad 40 spraw, a w urzędzie działa punkt obsługi w systemie jednego okienka. Nasi informatycy bezpłatnie poprowadzą dwudniowe warsztaty i udostępnią procedury oraz wzory dokumentów.',
      },
      request: {
        title: 'Szukamy wsparcia przy uruchomieniu e-usług dla mieszkańców',
        description: 'Chcemy, aby mieszkańcy mogli składać wnioski i opłacać podatki lokalne online, a w urzędzie powstało jedno okienko obsługi. Szukamy gminy, która ma za sobą podobne wdrożenie i mogłaby nam doradzić – najlepiej w ciągu najbliższych sześciu miesięcy.',
      },
    },
    'energy-efficiency': {
      offer: {
        title: 'Termomodernizacja szkół i przedszkoli – doświadczenia z pięciu inwestycji',
        description: 'W ostatnich latach ociepliliśmy trzy szkoły i dwa przedszkola, wymieniliśmy okna i zainstalowaliśmy pompy ciepła, dzięki czemu zużycie energii spadło o około 40%. Chętnie udostępnimy dokumentację przetargową i zaprosimy na wizytę studyjną.',
      },
      request: {
        title: 'Potrzebna porada przy termomodernizacji urzędu gminy i przedszkola',
        description: 'Budynek urzędu i przedszkole powstały w latach siedemdziesiątych i zużywają bardzo dużo energii. Szukamy gminy, która pomoże nam przygotować audyt energetyczny i zakres prac przed złożeniem wniosku o dofinansowanie.',
      },
    },
    'eu-funding': {
      offer: {
        title: 'Szkolenia i doradztwo przy wnioskach o fundusze unijne',
        description: 'Nasze biuro projektów zrealizowało ponad 20 projektów unijnych, w tym z programów Interreg i Erasmus+. Oferujemy bezpłatne szkolenie dla pracowników Państwa urzędu oraz konsultacje przy pisaniu wniosku i rozliczaniu projektu.',
      },
      request: {
        title: 'Szukamy mentora przy pierwszym wniosku o dofinansowanie z UE',
        description: 'Jesteśmy małą gminą bez własnego działu funduszy europejskich, a chcemy złożyć pierwszy wniosek w programie Interreg. Potrzebujemy doświadczonej osoby, która pomoże przygotować budżet projektu i przeprowadzi nas przez jego rozliczenie.',
      },
    },
    'water-utility-manager': {
      offer: {
        title: 'Doświadczony menedżer pomoże utworzyć gminną spółkę wodociągową',
        description: 'Były prezes naszej spółki wodociągowej, z 25-letnim stażem w branży, może przez pół roku wspierać Państwa gminę na miejscu. Pomoże w organizacji spółki, kalkulacji taryf i naborze pracowników.',
      },
      request: {
        title: 'Poszukujemy menedżera do organizacji spółki wodno-kanalizacyjnej',
        description: 'Przejmujemy sieć wodociągową i kanalizacyjną od prywatnego operatora i tworzymy własną spółkę komunalną. Na 6–12 miesięcy potrzebujemy doświadczonego menedżera, który ułoży procesy, taryfy i strukturę zatrudnienia.',
      },
    },
    'home-care-manager': {
      offer: {
        title: 'Kierowniczka usług opiekuńczych pomoże uruchomić opiekę domową',
        description: 'Nasza kierowniczka usług opiekuńczych od dziesięciu lat organizuje pomoc w domu dla ponad 120 seniorów. Przez trzy miesiące może bezpłatnie doradzać przy naborze opiekunek, standardach pracy i planowaniu wizyt.',
      },
      request: {
        title: 'Szukamy menedżera do stworzenia usług opieki domowej dla seniorów',
        description: 'W gminie mieszka coraz więcej samotnych osób starszych, a nie mamy jeszcze zorganizowanej opieki domowej. Potrzebujemy doświadczonej osoby, która pomoże uruchomić usługę dla około 50 podopiecznych.',
      },
    },
    'tourist-office-manager': {
      offer: {
        title: 'Pomożemy zorganizować centrum informacji turystycznej',
        description: 'Kierownik naszego centrum informacji turystycznej może przez dwa–trzy miesiące pomagać przy tworzeniu nowego punktu. Podzieli się doświadczeniem w obsłudze gości, prowadzeniu strony internetowej i współpracy z lokalnymi przedsiębiorcami.',
      },
      request: {
        title: 'Potrzebny doświadczony menedżer do nowej informacji turystycznej',
        description: 'Wiosną otwieramy punkt informacji turystycznej w odnowionym budynku dworca. Szukamy osoby z doświadczeniem, która pomoże przeszkolić personel, przygotować ofertę i nawiązać współpracę z kwaterodawcami.',
      },
    },
    'flood-response': {
      offer: {
        title: 'Ochotnicy do pomocy przy powodzi – gotowi do wyjazdu w ciągu doby',
        description: 'Grupa 25 strażaków ochotników i członków lokalnych stowarzyszeń ma za sobą akcję powodziową w zeszłym roku. W razie zagrożenia przyjadą w ciągu 24 godzin z własnym sprzętem i pomogą napełniać worki z piaskiem oraz ewakuować mieszkańców.',
      },
      request: {
        title: 'Pilnie potrzebni wolontariusze do napełniania worków z piaskiem',
        description: 'Poziom rzeki wciąż rośnie, a zagrożone są dwie nisko położone dzielnice. Potrzebujemy wolontariuszy do napełniania worków i pomocy mieszkańcom przy zabezpieczaniu domów; zapewniamy nocleg i wyżywienie.',
      },
    },
    'wildfire-support': {
      offer: {
        title: 'Wolontariusze do zaopatrzenia strażaków podczas pożarów lasów',
        description: 'Zespół 15 wolontariuszy z dwoma busami może dowozić wodę, posiłki i sprzęt do miejsc koncentracji sił. Jesteśmy dostępni przez cały sezon letni, także w weekendy.',
      },
      request: {
        title: 'Szukamy wolontariuszy do logistyki i wyżywienia strażaków',
        description: 'W lipcu i sierpniu nasze lasy są szczególnie narażone na pożary, a akcje gaśnicze trwają nieraz kilka dni. Potrzebujemy osób, które pomogą przygotowywać posiłki, rozwozić wodę i prowadzić magazyn zaopatrzenia.',
      },
    },
    'earthquake-shelter': {
      offer: {
        title: 'Przeszkoleni wolontariusze do obsługi miejsca tymczasowego zakwaterowania',
        description: 'Dwudziestu wolontariuszy przeszkolonych przez Czerwony Krzyż pomoże prowadzić tymczasowe zakwaterowanie dla rodzin po trzęsieniu ziemi. Zajmą się rejestracją, wydawaniem posiłków i opieką nad dziećmi przez co najmniej dwa tygodnie.',
      },
      request: {
        title: 'Potrzebni wolontariusze w schronieniu dla rodzin po trzęsieniu ziemi',
        description: 'W hali sportowej urządziliśmy tymczasowe zakwaterowanie dla 80 rodzin, które straciły dach nad głową. Szukamy wolontariuszy na zmiany dzienne i nocne – do wydawania posiłków, rejestracji i zajęć z dziećmi.',
      },
    },
    'river-clean-up': {
      offer: {
        title: 'Młodzi wolontariusze do sprzątania brzegów rzeki',
        description: 'Trzydziestu uczniów naszych szkół średnich chętnie weźmie udział w sprzątaniu brzegów rzeki w sąsiedniej gminie. Przyjadą z opiekunami, własnymi rękawicami i workami – wystarczy wskazać termin i odcinek.',
      },
      request: {
        title: 'Szukamy młodych wolontariuszy do wiosennego sprzątania rzeki',
        description: 'W kwietniu porządkujemy pięć kilometrów brzegów rzeki, na których po zimie zalega mnóstwo śmieci. Zapraszamy młodzież i grupy szkolne; zapewniamy rękawice, worki, wywóz odpadów i ciepły posiłek.',
      },
    },
    'community-centre': {
      offer: {
        title: 'Wolontariusze poprowadzą popołudniowe zajęcia dla seniorów',
        description: 'Grupa emerytowanych nauczycieli i animatorów kultury może dwa razy w tygodniu prowadzić zajęcia w Państwa domu kultury lub klubie seniora. Proponujemy trening pamięci, warsztaty rękodzieła i wspólne śpiewanie.',
      },
      request: {
        title: 'Wolontariusze potrzebni do zajęć dla seniorów w domu kultury',
        description: 'Nasz klub seniora jest otwarty od poniedziałku do piątku w godzinach 14–18 i przychodzi do niego około 40 osób. Szukamy wolontariuszy, którzy poprowadzą gry i głośne czytanie albo pomogą starszym osobom w obsłudze telefonu i komputera.',
      },
    },
    'tree-planting': {
      offer: {
        title: 'Czterdziestu wolontariuszy do pomocy przy sadzeniu drzew',
        description: 'Harcerze i członkowie naszego stowarzyszenia ekologicznego mogą pomóc przy sadzeniu drzew w Państwa parku miejskim. Przyjadą we wskazaną sobotę z własnymi łopatami i konewkami.',
      },
      request: {
        title: 'Zapraszamy wolontariuszy na sobotnie sadzenie drzew w parku',
        description: 'W październiku posadzimy w parku miejskim 200 młodych lip i klonów. Szukamy wolontariuszy na jedną sobotę; sadzonki, narzędzia i poczęstunek zapewnia gmina.',
      },
    },
    'fire-engine': {
      offer: {
        title: 'Przekażemy sprawny, używany wóz strażacki dla OSP',
        description: 'Średni samochód ratowniczo-gaśniczy z 2004 roku, zbiornik 2500 l, przebieg 95 000 km, ważne badanie techniczne. Przekażemy go bezpłatnie jednostce ochotniczej straży pożarnej; odbiór własny z naszej remizy.',
      },
      request: {
        title: 'Ochotnicza straż pożarna potrzebuje sprawnego wozu',
        description: 'Jedyny samochód gaśniczy naszej ochotniczej straży pożarnej ma ponad 30 lat i nie przeszedł ostatniego przeglądu. Chętnie przyjmiemy używany, sprawny wóz i sami zorganizujemy jego odbiór.',
      },
    },
    'school-computers': {
      offer: {
        title: '25 komputerów stacjonarnych z monitorami dla szkolnej pracowni',
        description: 'Komputery mają cztery lata (Intel i5, 8 GB RAM, dysk SSD), a dyski zostały bezpiecznie wyczyszczone. Oddamy je bezpłatnie szkole z gminy partnerskiej – do odbioru w urzędzie w dni robocze.',
      },
      request: {
        title: 'Szkoła potrzebuje komputerów do pracowni informatycznej',
        description: 'Komputery w naszej szkolnej pracowni mają ponad dziesięć lat i nie obsługują już aktualnego oprogramowania. Potrzebujemy około 20 sprawnych zestawów stacjonarnych dla uczniów klas 4–8.',
      },
    },
    'power-generator': {
      offer: {
        title: 'Agregat prądotwórczy 60 kVA na przyczepie – oddamy bezpłatnie',
        description: 'Przekażemy agregat z silnikiem wysokoprężnym o mocy 60 kVA, z 1200 motogodzinami i aktualnym przeglądem. Urządzenie jest zamontowane na przyczepie, więc łatwo je przewieźć.',
      },
      request: {
        title: 'Potrzebny agregat prądotwórczy na wypadek sytuacji kryzysowych',
        description: 'Podczas ostatniej wichury nasza stacja uzdatniania wody przez dwa dni nie miała prądu. Szukamy agregatu z silnikiem wysokoprężnym o mocy co najmniej 30 kVA, który zabezpieczy zasilanie w razie awarii.',
      },
    },
    'school-furniture': {
      offer: {
        title: 'Ławki i krzesła szkolne w dobrym stanie – 60 stolików i 120 krzeseł',
        description: 'Po wymianie wyposażenia w naszej szkole podstawowej zostały dwuosobowe stoliki i krzesła z regulacją wysokości. Meble są czyste i stabilne; oddamy je bezpłatnie, odbiór własny do końca sierpnia.',
      },
      request: {
        title: 'Potrzebne ławki i krzesła do dwóch nowych sal lekcyjnych',
        description: 'Od września otwieramy dwie dodatkowe klasy, bo przybywa uczniów. Brakuje nam 15 dwuosobowych stolików i 30 krzeseł; transport zorganizujemy sami.',
      },
    },
    'hospital-beds': {
      offer: {
        title: '20 łóżek rehabilitacyjnych z materacami dla domu opieki lub przychodni',
        description: 'Nasz dom pomocy społecznej otrzymał nowe wyposażenie, dlatego przekażemy 20 elektrycznie regulowanych łóżek z materacami. Wszystkie są sprawne i zdezynfekowane, a odbiór jest możliwy od ręki.',
      },
      request: {
        title: 'Szukamy łóżek dla ośrodka zdrowia i domu opieki',
        description: 'Nasz dom opieki rozszerza działalność o dziesięć miejsc dla osób leżących. Potrzebujemy łóżek z regulacją wysokości, najlepiej z materacami przeciwodleżynowymi.',
      },
    },
    'emergency-tents': {
      offer: {
        title: 'Namioty do tymczasowego zakwaterowania – 12 sztuk z magazynu kryzysowego',
        description: 'Oddamy 12 dużych namiotów, każdy dla ośmiu osób, z podłogą i oświetleniem. Były użyte tylko raz podczas ćwiczeń obrony cywilnej i są kompletne.',
      },
      request: {
        title: 'Namioty do magazynu kryzysowego na wypadek ewakuacji',
        description: 'W naszym magazynie zarządzania kryzysowego nie ma namiotów, a w razie powodzi musielibyśmy zakwaterować około 50 osób. Prosimy o namioty w dobrym stanie, najlepiej z podłogą i możliwością ogrzewania.',
      },
    },
    'construction-timber': {
      offer: {
        title: 'Około 15 m³ suchego drewna konstrukcyjnego do odbioru',
        description: 'Po remoncie hali sportowej zostały nam sosnowe belki i deski, przechowywane pod dachem. Przekażemy je bezpłatnie na naprawę budynków publicznych, a załadunek zapewnimy na miejscu.',
      },
      request: {
        title: 'Potrzebujemy drewna konstrukcyjnego do naprawy dachu świetlicy',
        description: 'Dach świetlicy wiejskiej został uszkodzony podczas burzy i wymaga wymiany części więźby. Potrzebujemy około 8 m³ belek i łat; prace wykonają nasi pracownicy gospodarczy.',
      },
    },
    'road-salt': {
      offer: {
        title: '40 ton soli drogowej do oddania po łagodnej zimie',
        description: 'Ostatnia zima była łagodna, więc w magazynie zostało nam 40 ton soli drogowej przechowywanej w suchym miejscu. Oddamy ją sąsiedniej gminie i załadujemy ładowarką na Państwa ciężarówkę.',
      },
      request: {
        title: 'Brakuje nam soli do zimowego utrzymania dróg',
        description: 'Po kilku intensywnych opadach śniegu nasze zapasy soli drogowej się wyczerpały, a do końca sezonu zostało jeszcze kilka tygodni. Potrzebujemy około 30 ton na utrzymanie dróg gminnych.',
      },
    },
    'paving-stones': {
      offer: {
        title: 'Kostka brukowa i krawężniki pozostałe po przebudowie rynku',
        description: 'Mamy około 300 m² betonowej kostki brukowej i 150 krawężników, ułożonych na paletach na placu składowym. Materiał jest nowy i nieużywany; oddamy go w całości lub w częściach.',
      },
      request: {
        title: 'Szukamy kostki brukowej do naprawy chodników we wsi',
        description: 'Chodniki wzdłuż drogi do szkoły są w złym stanie, a w tegorocznym budżecie zabrakło pieniędzy na materiał. Przydałoby się około 200 m² kostki i krawężniki; prace wykona nasz zakład komunalny.',
      },
    },
    'snow-clearing': {
      offer: {
        title: 'Odśnieżymy drogi lokalne w sąsiednich gminach własnym sprzętem',
        description: 'Dysponujemy dwiema ciężarówkami z pługami i piaskarkami. Przy intensywnych opadach możemy odśnieżać drogi gminne w sąsiednich miejscowościach, po uzgodnieniu tras z Państwa zarządcą dróg.',
      },
      request: {
        title: 'Potrzebna pomoc w odśnieżaniu dróg do oddalonych wsi',
        description: 'Mamy tylko jeden pług, a do odśnieżenia jest 15 km dróg prowadzących do górskich przysiółków. Szukamy gminy, która w czasie większych opadów użyczy pojazdu z kierowcą.',
      },
    },
    'translation': {
      offer: {
        title: 'Tłumaczenie dokumentów do projektów transgranicznych',
        description: 'Dwie tłumaczki zatrudnione w naszym urzędzie przetłumaczą dokumentację projektową z polskiego na angielski, niemiecki i czeski. Bez opłat możemy przyjąć do 30 stron miesięcznie.',
      },
      request: {
        title: 'Potrzebne tłumaczenie dokumentacji projektu transgranicznego',
        description: 'Przygotowujemy wspólny projekt z partnerem zza granicy i musimy przetłumaczyć na angielski około 40 stron dokumentacji. Termin mija z końcem przyszłego miesiąca.',
      },
    },
    'waste-collection': {
      offer: {
        title: 'Odbiór odpadów wielkogabarytowych naszą śmieciarką',
        description: 'Raz w miesiącu nasza śmieciarka z kierowcą może odebrać meble, materace i inne odpady wielkogabarytowe w sąsiedniej gminie. Transport jest bezpłatny, a koszt zagospodarowania odpadów pokrywa gmina przyjmująca pomoc.',
      },
      request: {
        title: 'Pomoc przy wiosennej zbiórce odpadów wielkogabarytowych',
        description: 'Wiosną organizujemy zbiórkę starych mebli i sprzętu z gospodarstw domowych, ale nie mamy własnej śmieciarki. Szukamy partnera, który udostępni pojazd z kierowcą na trzy dni.',
      },
    },
    'unused-school-building': {
      offer: {
        title: 'Dawna szkoła z działką 1,2 ha do dzierżawy lub sprzedaży',
        description: 'Budynek dawnej szkoły podstawowej ma 1800 m² powierzchni i od pięciu lat stoi pusty. Inwestorowi oferujemy długoterminową dzierżawę na preferencyjnych warunkach albo sprzedaż.',
      },
      request: {
        title: 'Szukamy inwestora dla budynku dawnej szkoły',
        description: 'Chcemy, aby opuszczona szkoła znów służyła mieszkańcom – jako dom seniora, hostel lub centrum szkoleniowe. Szukamy inwestora z pomysłem, który stworzy tu nowe miejsca pracy.',
      },
    },
    'thermal-spring': {
      offer: {
        title: 'Źródło termalne i teren pod inwestycję uzdrowiskową',
        description: 'Woda z odwiertu ma temperaturę 42 °C, a gmina dysponuje badaniami hydrogeologicznymi i pięciohektarową działką przy źródle. Pomożemy w uzyskaniu pozwoleń i zaoferujemy ulgi w podatku od nieruchomości.',
      },
      request: {
        title: 'Poszukiwany inwestor do zagospodarowania źródła termalnego',
        description: 'Chcemy rozwijać turystykę uzdrowiskową wokół naszego źródła termalnego i szukamy inwestora, który wybuduje baseny lub kompleks spa. Gmina przygotuje drogę dojazdową i przyłącza mediów.',
      },
    },
    'industrial-zone': {
      offer: {
        title: 'Uzbrojone działki w gminnej strefie przemysłowej',
        description: 'W strefie przy drodze ekspresowej mamy wolne działki o powierzchni od 0,5 do 5 ha, z dostępem do prądu, wody i kanalizacji. Nowym inwestorom oferujemy trzyletnie zwolnienie z podatku od nieruchomości.',
      },
      request: {
        title: 'Szukamy inwestorów do naszej strefy przemysłowej',
        description: 'Zależy nam na firmach, które stworzą miejsca pracy dla mieszkańców – w strefie zostało jeszcze osiem działek. Pomagamy w formalnościach i sprawnie wydajemy pozwolenia na budowę.',
      },
    },
    'wine-producers': {
      offer: {
        title: 'Wina od lokalnych winiarzy – zapraszamy importerów i dystrybutorów',
        description: 'W naszej gminie działa 12 rodzinnych winnic, które produkują łącznie około 80 000 butelek rocznie. Dla zainteresowanych partnerów handlowych organizujemy degustacje i spotkania z winiarzami.',
      },
      request: {
        title: 'Poszukujemy importerów i dystrybutorów dla naszych winnic',
        description: 'Lokalni winiarze mają nagradzane wina, ale sprzedają je głównie na miejscu. Szukamy importerów, dystrybutorów i sieci restauracji, które chcą wprowadzić je na swój rynek.',
      },
    },
    'wood-processing': {
      offer: {
        title: 'Lokalne zakłady stolarskie zapraszają do współpracy',
        description: 'Kilkanaście małych firm z naszej gminy produkuje meble z litego drewna, okna i elementy wyposażenia wnętrz. Pomożemy nawiązać kontakt i zorganizujemy wizytę w zakładach.',
      },
      request: {
        title: 'Partnerzy dla małych firm z branży drzewnej i meblarskiej',
        description: 'Nasi przedsiębiorcy szukają odbiorców mebli na zamówienie oraz dostawców nowoczesnych maszyn do obróbki drewna. Interesuje nas także współpraca przy wspólnych projektach wzorniczych.',
      },
    },
    'organic-farming': {
      offer: {
        title: 'Ekologiczne warzywa, owoce i miód od lokalnej spółdzielni',
        description: 'Spółdzielnia zrzeszająca 40 certyfikowanych gospodarstw ekologicznych może regularnie dostarczać produkty do stołówek szkolnych, sklepów i restauracji. Zapraszamy na wizytę w gospodarstwach.',
      },
      request: {
        title: 'Szukamy odbiorców dla spółdzielni rolników ekologicznych',
        description: 'Nasza spółdzielnia ekologiczna zbiera coraz więcej warzyw i owoców, ale brakuje jej stałych odbiorców. Szukamy sieci handlowych, przetwórni i partnerów do wspólnej promocji.',
      },
    },
  },
  municipalityDescription: '{name} ({country}) – samorząd otwarty na współpracę z gminami z Unii Europejskiej i Bałkanów Zachodnich. Chętnie dzielimy się doświadczeniem i sprzętem, a sami szukamy wsparcia w sprawach ważnych dla mieszkańców.',
  messages: {
    ask: 'Dzień dobry, jesteśmy zainteresowani Państwa ogłoszeniem i chętnie skorzystamy z propozycji lub pomożemy. Czy możemy ustalić szczegóły?',
    accept: 'Chętnie się zgadzamy i rezerwujemy to dla Państwa gminy. Wkrótce skontaktujemy się w sprawie przekazania.',
    decline: 'Dziękujemy za zainteresowanie, ale niestety obiecaliśmy to już innej gminie. Jeśli coś się zmieni, od razu damy znać.',
    handover: 'Proponujemy przekazanie w przyszły wtorek o 10:00 na placu naszego zakładu komunalnego. Transport organizuje strona odbierająca, a załadunek zapewniamy my.',
    thanks: 'Serdecznie dziękujemy za sprawną współpracę i okazaną pomoc. Mamy nadzieję na kolejne wspólne działania.',
  },
  feedback: 'Wszystko przebiegło sprawnie i zgodnie z ustaleniami, współpracę z tą gminą gorąco polecamy.',
};
