import type { DemoPhrasebook } from '../phrasebook-types';

export const phrasebook: DemoPhrasebook = {
  locale: 'fi',
  subjects: {
    'digital-services': {
      offer: {
        title: 'Sähköiset asiointipalvelut ja yhteispalvelupiste – jaamme kokemuksemme',
        description: 'Asukkaamme ovat jo kolmen vuoden ajan hoitaneet yli 40 asiaa verkossa, ja kunnantalolla toimii yhteinen asiakaspalvelupiste. Tietohallintomme pitää maksutta kaksipäiväisen työpajan ja jakaa prosessikuvaukset sekä asiakirjamallit.',
      },
      request: {
        title: 'Haemme tukea sähköisten asiointipalvelujen käyttöönottoon',
        description: 'Haluamme, että asukkaat voivat jättää hakemuksia ja maksaa kunnallisia maksuja verkossa ja että kunnantalolle syntyy yksi yhteinen palvelupiste. Toivomme neuvoja kunnalta, joka on jo toteuttanut vastaavan uudistuksen, mieluiten seuraavan puolen vuoden aikana.',
      },
    },
    'energy-efficiency': {
      offer: {
        title: 'Koulujen ja päiväkotien energiaremontit – kokemuksia viidestä kohteesta',
        description: 'Olemme viime vuosina lisäeristäneet kolme koulua ja kaksi päiväkotia, vaihtaneet ikkunat ja asentaneet lämpöpumput, minkä ansiosta energiankulutus on laskenut noin 40 prosenttia. Jaamme mielellämme hankinta-asiakirjat ja otamme vastaan opintovierailuja.',
      },
      request: {
        title: 'Neuvoja kaivataan kunnantalon ja päiväkodin energiaremonttiin',
        description: 'Kunnantalo ja päiväkoti on rakennettu 1970-luvulla, ja niiden energiankulutus on suuri. Etsimme kuntaa, joka auttaisi meitä energiakatselmuksessa ja toimenpiteiden suunnittelussa ennen avustushakemuksen jättämistä.',
      },
    },
    'eu-funding': {
      offer: {
        title: 'Koulutusta ja neuvontaa EU-rahoitushakemuksiin',
        description: 'Hanketoimistomme on toteuttanut yli 20 EU-hanketta muun muassa Interreg- ja Erasmus+-ohjelmista. Tarjoamme maksuttoman koulutuksen henkilöstöllenne sekä tukea hakemuksen laatimisessa ja hankkeen raportoinnissa.',
      },
      request: {
        title: 'Etsimme mentoria ensimmäiseen EU-hakemukseemme',
        description: 'Olemme pieni kunta, jolla ei ole omaa hankehenkilöstöä, ja valmistelemme ensimmäistä Interreg-hakemustamme. Tarvitsemme kokeneen henkilön, joka auttaa budjetin laatimisessa ja opastaa meitä koko hankkeen ajan.',
      },
    },
    'water-utility-manager': {
      offer: {
        title: 'Kokenut johtaja auttaa perustamaan kunnallisen vesihuoltolaitoksen',
        description: 'Vesihuoltolaitoksemme entinen toimitusjohtaja, jolla on 25 vuoden kokemus alalta, voi työskennellä luonanne puolen vuoden ajan. Hän auttaa organisoinnissa, taksojen laskennassa ja rekrytoinneissa.',
      },
      request: {
        title: 'Kokenut johtaja haussa vesihuoltoyhtiön käynnistämiseen',
        description: 'Otamme vesi- ja viemäriverkon haltuumme yksityiseltä operaattorilta ja perustamme oman kunnallisen yhtiön. Tarvitsemme 6–12 kuukaudeksi kokeneen johtajan, joka rakentaa toiminnan, taksat ja organisaation.',
      },
    },
    'home-care-manager': {
      offer: {
        title: 'Kotihoidon esihenkilömme auttaa kotihoitopalvelun käynnistämisessä',
        description: 'Kotihoitomme esihenkilö on kymmenen vuoden ajan järjestänyt palveluja yli 120 ikäihmiselle heidän kodeissaan. Hän voi kolmen kuukauden ajan neuvoa maksutta rekrytoinnissa, laatuvaatimuksissa ja käyntien suunnittelussa.',
      },
      request: {
        title: 'Haemme vetäjää ikäihmisten kotihoidon perustamiseen',
        description: 'Kunnassamme asuu yhä enemmän yksin eläviä ikäihmisiä, mutta järjestettyä kotihoitoa ei vielä ole. Etsimme kokenutta henkilöä, joka auttaa käynnistämään palvelun noin 50 asiakkaalle.',
      },
    },
    'tourist-office-manager': {
      offer: {
        title: 'Autamme perustamaan matkailuneuvonnan',
        description: 'Matkailuneuvontamme päällikkö voi kahden tai kolmen kuukauden ajan tukea uuden neuvontapisteen perustamista. Hän jakaa kokemuksiaan asiakaspalvelusta, verkkosivuista ja yhteistyöstä paikallisten yrittäjien kanssa.',
      },
      request: {
        title: 'Kokenut vetäjä haussa uuteen matkailuneuvontaan',
        description: 'Avaamme keväällä matkailuneuvonnan kunnostettuun asemarakennukseen. Etsimme kokenutta henkilöä, joka perehdyttää henkilökunnan, kokoaa palvelutarjonnan ja luo yhteistyön majoittajien kanssa.',
      },
    },
    'flood-response': {
      offer: {
        title: 'Vapaaehtoisia tulvatilanteisiin – valmiina lähtöön vuorokauden sisällä',
        description: 'Kahdenkymmenenviiden hengen ryhmämme koostuu VPK:laisista ja paikallisten yhdistysten jäsenistä, joilla on kokemusta viime vuoden tulvista. Tarvittaessa he saapuvat 24 tunnin kuluessa omine varusteineen täyttämään hiekkasäkkejä ja auttamaan asukkaiden evakuoinnissa.',
      },
      request: {
        title: 'Kiireellisesti vapaaehtoisia hiekkasäkkien täyttöön',
        description: 'Joen vedenpinta nousee edelleen, ja kaksi matalalla sijaitsevaa asuinaluetta on vaarassa. Tarvitsemme vapaaehtoisia täyttämään hiekkasäkkejä ja auttamaan asukkaita talojen suojaamisessa; majoitus ja ruoka järjestetään.',
      },
    },
    'wildfire-support': {
      offer: {
        title: 'Vapaaehtoisia sammutushenkilöstön huoltoon metsäpalojen aikana',
        description: 'Viidentoista vapaaehtoisen ryhmämme voi kahdella pakettiautolla kuljettaa vettä, ruokaa ja varusteita pelastuslaitoksen kokoontumispaikoille. Olemme käytettävissä koko kesän, myös viikonloppuisin.',
      },
      request: {
        title: 'Vapaaehtoisia metsäpalojen sammutustöiden huoltoon ja muonitukseen',
        description: 'Heinä- ja elokuussa metsäpalovaara on alueellamme suuri, ja sammutustyöt voivat kestää useita vuorokausia. Etsimme vapaaehtoisia valmistamaan ruokaa, kuljettamaan vettä ja hoitamaan huoltovarastoa.',
      },
    },
    'earthquake-shelter': {
      offer: {
        title: 'Koulutettuja vapaaehtoisia hätämajoituksen ylläpitoon',
        description: 'Kaksikymmentä Punaisen Ristin kouluttamaa vapaaehtoista voi auttaa ylläpitämään hätämajoitusta maanjäristyksestä kärsineille perheille. He huolehtivat rekisteröinnistä, ruoanjakelusta ja lastenhoidosta vähintään kahden viikon ajan.',
      },
      request: {
        title: 'Vapaaehtoisia maanjäristyksen jälkeiseen hätämajoitukseen',
        description: 'Olemme järjestäneet urheiluhalliin hätämajoituksen 80 perheelle, jotka ovat menettäneet kotinsa. Etsimme vapaaehtoisia päivä- ja yövuoroihin ruoanjakeluun, rekisteröintiin ja lasten toimintaan.',
      },
    },
    'river-clean-up': {
      offer: {
        title: 'Nuoria vapaaehtoisia jokirannan siivoukseen',
        description: 'Kolmekymmentä lukiolaistamme ja ammattikoululaistamme osallistuu mielellään naapurikunnan jokirantojen siivoukseen. He tulevat opettajien kanssa omine käsineineen ja jätesäkkeineen – sopikaa vain päivä ja rantaosuus.',
      },
      request: {
        title: 'Nuoria vapaaehtoisia kevään rantasiivoukseen',
        description: 'Huhtikuussa siivoamme viiden kilometrin matkalta jokirantoja, joille on talven aikana kertynyt roskia. Nuoret ja koululuokat ovat tervetulleita; tarjoamme käsineet, säkit, jätteiden poiskuljetuksen ja lämpimän lounaan.',
      },
    },
    'community-centre': {
      offer: {
        title: 'Vapaaehtoiset vetävät iltapäivätoimintaa ikäihmisille',
        description: 'Eläkkeellä olevista opettajista ja kulttuurialan ammattilaisista koostuva ryhmämme voi vetää toimintaa kahdesti viikossa teidän asukastalollanne tai senioriklubillanne. Tarjoamme muistijumppaa, käsityöpajoja ja yhteislaulua.',
      },
      request: {
        title: 'Vapaaehtoisia ikäihmisten iltapäiviin asukastalolle',
        description: 'Senioriklubimme on avoinna arkisin kello 14–18, ja siellä käy noin 40 ikäihmistä. Etsimme vapaaehtoisia vetämään pelejä ja ääneenlukua tai neuvomaan kännykän ja tietokoneen käytössä.',
      },
    },
    'tree-planting': {
      offer: {
        title: 'Neljäkymmentä vapaaehtoista puunistutuspäivään',
        description: 'Partiolaisemme ja luonnonsuojeluyhdistyksemme jäsenet auttavat mielellään puiden istutuksessa kaupunginpuistossanne. He saapuvat sovittuna lauantaina omien lapioiden ja kastelukannujen kanssa.',
      },
      request: {
        title: 'Tule istuttamaan puita kaupunginpuistoon – haemme vapaaehtoisia',
        description: 'Lokakuussa istutamme kaupunginpuistoon 200 nuorta lehmusta ja vaahteraa. Etsimme vapaaehtoisia yhdeksi lauantaiksi; kunta tarjoaa taimet, työvälineet ja kahvit.',
      },
    },
    'fire-engine': {
      offer: {
        title: 'Käytetty, toimintakuntoinen paloauto vapaaehtoiselle palokunnalle',
        description: 'Sammutusauto on vuosimallia 2004, säiliön tilavuus on 2 500 litraa, ajoa on 95 000 km ja katsastus on voimassa. Luovutamme auton maksutta vapaaehtoiselle palokunnalle, nouto paloasemaltamme.',
      },
      request: {
        title: 'Vapaaehtoinen palokunta tarvitsee toimivan paloauton',
        description: 'Ainoa sammutusautomme on yli 30 vuotta vanha, eikä se läpäissyt viimeisintä katsastusta. Otamme mielellämme vastaan käytetyn mutta toimivan auton ja järjestämme noudon itse.',
      },
    },
    'school-computers': {
      offer: {
        title: '25 pöytätietokonetta näyttöineen koulun atk-luokkaan',
        description: 'Koneet ovat neljä vuotta vanhoja (Intel i5, 8 Gt RAM, SSD), ja kiintolevyt on tyhjennetty tietoturvallisesti. Annamme ne maksutta ystävyyskunnan koululle, nouto kunnantalolta arkipäivisin.',
      },
      request: {
        title: 'Koulu tarvitsee tietokoneita atk-luokkaan',
        description: 'Atk-luokkamme koneet ovat yli kymmenen vuotta vanhoja, eivätkä nykyiset ohjelmat enää toimi niillä. Tarvitsemme noin 20 toimivaa pöytäkonetta yläkoulun oppilaille.',
      },
    },
    'power-generator': {
      offer: {
        title: '60 kVA:n dieselaggregaatti perävaunulla – luovutetaan maksutta',
        description: 'Luovutamme 60 kVA:n dieselkäyttöisen varavoimakoneen, jolla on 1 200 käyttötuntia ja tuore huolto. Se on asennettu perävaunuun, joten sen kuljettaminen on helppoa.',
      },
      request: {
        title: 'Varavoimakone tarvitaan häiriötilanteiden varalle',
        description: 'Viimeisimmän myrskyn aikana vesilaitoksemme oli kaksi vuorokautta ilman sähköä. Etsimme vähintään 30 kVA:n dieselaggregaattia, joka turvaa sähkönsaannin katkosten aikana.',
      },
    },
    'school-furniture': {
      offer: {
        title: 'Koulupulpetteja ja tuoleja hyvässä kunnossa – 60 pulpettia, 120 tuolia',
        description: 'Alakoulumme kalustuksen uusimisen jälkeen ylimääräisiksi jäivät kahden hengen pulpetit ja korkeussäädettävät tuolit. Kalusteet ovat puhtaita ja tukevia; annamme ne maksutta, nouto ennen juhannusta.',
      },
      request: {
        title: 'Pulpetteja ja tuoleja kahteen uuteen luokkahuoneeseen',
        description: 'Syksyllä aloitamme kaksi uutta luokkaa, koska oppilasmäärä kasvaa. Meiltä puuttuu 15 kahden hengen pulpettia ja 30 tuolia; järjestämme kuljetuksen itse.',
      },
    },
    'hospital-beds': {
      offer: {
        title: '20 hoitosänkyä patjoineen hoivakotiin tai terveysasemalle',
        description: 'Hoivakotimme sai uudet kalusteet, joten luovutamme 20 sähkösäätöistä hoitosänkyä patjoineen. Kaikki ovat toimivia, desinfioituja ja heti noudettavissa.',
      },
      request: {
        title: 'Etsimme sänkyjä terveysasemalle ja hoivakotiin',
        description: 'Hoivakotimme laajenee kymmenellä vuodepotilaan paikalla. Tarvitsemme korkeussäädettäviä sänkyjä, mieluiten painehaavoja ehkäisevillä patjoilla.',
      },
    },
    'emergency-tents': {
      offer: {
        title: 'Telttoja hätämajoitukseen – 12 kappaletta valmiusvarastosta',
        description: 'Luovutamme 12 suurta kahdeksan hengen telttaa, joissa on pohja ja valaistus. Niitä on käytetty vain kerran valmiusharjoituksessa, ja kaikki osat ovat tallella.',
      },
      request: {
        title: 'Telttoja valmiusvarastoon evakuointien varalle',
        description: 'Valmiusvarastossamme ei ole telttoja, vaikka tulvan sattuessa meidän pitäisi majoittaa noin 50 ihmistä. Otamme kiitollisina vastaan hyväkuntoisia telttoja, mieluiten pohjallisia ja lämmitettäviä.',
      },
    },
    'construction-timber': {
      offer: {
        title: 'Noin 15 m³ kuivaa rakennuspuutavaraa noudettavaksi',
        description: 'Urheiluhallin remontista jäi yli mäntyisiä palkkeja ja lautoja, jotka on varastoitu katoksen alle. Annamme ne maksutta julkisten rakennusten korjauksiin ja autamme lastauksessa.',
      },
      request: {
        title: 'Rakennuspuuta kylätalon katon korjaukseen',
        description: 'Myrsky vaurioitti kylätalomme kattoa, ja osa kattotuoleista on vaihdettava. Tarvitsemme noin 8 m³ palkkeja ja rimoja; työn tekevät kunnan omat kiinteistötyöntekijät.',
      },
    },
    'road-salt': {
      offer: {
        title: '40 tonnia tiesuolaa jäi yli leudon talven jälkeen',
        description: 'Talvi oli leuto, joten kuivassa suolavarastossamme on jäljellä 40 tonnia tiesuolaa. Luovutamme sen naapurikunnalle ja lastaamme sen pyöräkuormaajalla autoonne.',
      },
      request: {
        title: 'Tiesuola loppui kesken talvikunnossapidon',
        description: 'Useiden runsaiden lumisateiden jälkeen suolavarastomme on tyhjä, vaikka talvea on vielä viikkoja jäljellä. Tarvitsemme noin 30 tonnia kunnan teiden liukkaudentorjuntaan.',
      },
    },
    'paving-stones': {
      offer: {
        title: 'Betonisia päällyste- ja reunakiviä torin saneerauksen jäljiltä',
        description: 'Meillä on noin 300 m² betonisia päällystekiviä ja 150 reunakiveä lavoilla varikolla. Materiaali on uutta ja käyttämätöntä; sen voi noutaa kerralla tai osissa.',
      },
      request: {
        title: 'Päällystekiviä kylän jalkakäytävien korjaukseen',
        description: 'Koulutien varren jalkakäytävät ovat huonossa kunnossa, eikä tämän vuoden budjetissa ole rahaa materiaaleihin. Tarvitsisimme noin 200 m² päällystekiveä ja reunakiviä; kunnan oma työporukka hoitaa asennuksen.',
      },
    },
    'snow-clearing': {
      offer: {
        title: 'Paikallisteiden lumenauraus omalla kalustollamme',
        description: 'Meillä on kaksi kuorma-autoa aurauskalustolla ja hiekoittimella. Runsaiden lumisateiden aikana voimme aurata naapurikuntien teitä, kun reiteistä on sovittu etukäteen.',
      },
      request: {
        title: 'Haemme apua syrjäkylien teiden auraukseen',
        description: 'Meillä on vain yksi aura-auto, mutta auki pidettäviä teitä syrjäkyliin on 15 kilometriä. Etsimme kuntaa, joka voisi runsaiden lumisateiden aikana lainata meille auton kuljettajineen.',
      },
    },
    'translation': {
      offer: {
        title: 'Asiakirjojen käännöksiä rajat ylittäviin hankkeisiin',
        description: 'Kaksi palveluksessamme olevaa kääntäjää kääntää hankeasiakirjoja suomesta englanniksi ja ruotsiksi. Voimme ottaa vastaan jopa 30 sivua kuukaudessa veloituksetta.',
      },
      request: {
        title: 'Käännösapua rajat ylittävän hankkeen asiakirjoihin',
        description: 'Valmistelemme yhteistä hanketta rajan toisella puolella olevan kumppanin kanssa, ja meidän on käännätettävä noin 40 sivua asiakirjoja englanniksi. Määräaika on ensi kuun lopussa.',
      },
    },
    'waste-collection': {
      offer: {
        title: 'Suurten jätteiden keräys kunnan jäteautolla',
        description: 'Jäteautomme kuljettajineen voi kerran kuussa noutaa huonekaluja, patjoja ja muuta suurikokoista jätettä naapurikunnasta. Kuljetus on maksuton, ja vastaanottava kunta maksaa jätteiden käsittelyn.',
      },
      request: {
        title: 'Apua kevään suurten jätteiden keräykseen',
        description: 'Järjestämme keväällä kotitalouksille suurten jätteiden keräyksen, mutta meillä ei ole omaa jäteautoa. Etsimme kumppania, joka lainaisi meille auton kuljettajineen kolmeksi päiväksi.',
      },
    },
    'unused-school-building': {
      offer: {
        title: 'Entinen koulu ja 1,2 hehtaarin tontti vuokrattavana tai myytävänä',
        description: 'Entisessä kyläkoulussa on 1 800 m² kerrosalaa, ja rakennus on ollut tyhjillään viisi vuotta. Tarjoamme sijoittajalle pitkäaikaisen vuokrasopimuksen edullisin ehdoin tai mahdollisuuden ostaa kiinteistö.',
      },
      request: {
        title: 'Haemme sijoittajaa entiselle koulurakennukselle',
        description: 'Toivomme, että tyhjä koulu palvelisi taas kyläläisiä – vaikkapa senioriasuntoina, hostellina tai kurssikeskuksena. Etsimme sijoittajaa, jolla on hyvä idea ja joka luo paikkakunnalle uusia työpaikkoja.',
      },
    },
    'thermal-spring': {
      offer: {
        title: 'Lämmin lähde ja tontti kylpyläinvestointiin',
        description: 'Porakaivosta nousee 42-asteista vettä, ja kunnalla on geologiset selvitykset sekä viiden hehtaarin tontti lähteen vieressä. Autamme luvituksessa ja tuomme kunnallistekniikan tontin rajalle asti.',
      },
      request: {
        title: 'Sijoittaja haussa lämpimän lähteen kehittämiseen kylpylämatkailuun',
        description: 'Haluamme kehittää kylpylämatkailua lämpimän lähteemme ympärille ja etsimme sijoittajaa, joka rakentaisi kylpylän tai hyvinvointikeskuksen. Kunta rakentaa tieyhteyden ja liittymät.',
      },
    },
    'industrial-zone': {
      offer: {
        title: 'Rakennusvalmiita tontteja kunnan teollisuusalueella',
        description: 'Moottoritien liittymän vieressä sijaitsevalla teollisuusalueella on vapaita 0,5–5 hehtaarin tontteja, joilla on sähkö-, vesi- ja viemäriliittymät. Uusille yrityksille tarjoamme nopean lupakäsittelyn ja edullisen tonttihinnan.',
      },
      request: {
        title: 'Sijoittajia haetaan teollisuusalueellemme',
        description: 'Haluamme houkutella yrityksiä, jotka luovat työpaikkoja paikkakuntalaisille – vapaita tontteja on vielä kahdeksan. Kunnan elinkeinopalvelut auttavat kaikissa lupa-asioissa.',
      },
    },
    'wine-producers': {
      offer: {
        title: 'Paikallisten viinitilojen marja- ja hedelmäviinejä maahantuojille',
        description: 'Kunnassamme toimii 12 perheomisteista viinitilaa, jotka valmistavat yhteensä noin 60 000 pulloa marja- ja hedelmäviinejä vuodessa. Järjestämme kiinnostuneille kauppakumppaneille maistajaisia ja tilavierailuja.',
      },
      request: {
        title: 'Haemme maahantuojia ja jakelijoita paikallisille viinitiloille',
        description: 'Viinitilamme valmistavat palkittuja viinejä, mutta myyvät niitä lähinnä omissa tilamyymälöissään. Etsimme maahantuojia, jakelijoita ja ravintolaketjuja, jotka haluavat tuoda viinit omille markkinoilleen.',
      },
    },
    'wood-processing': {
      offer: {
        title: 'Paikalliset puusepänyritykset tarjoavat yhteistyötä',
        description: 'Kymmenkunta pientä yritystä kunnassamme valmistaa massiivipuisia huonekaluja, ikkunoita ja sisustustuotteita. Autamme yhteydenotoissa ja järjestämme yritysvierailuja.',
      },
      request: {
        title: 'Kumppaneita pienille puu- ja huonekaluyrityksille',
        description: 'Yrittäjämme etsivät ostajia tilaustyönä tehdyille huonekaluille sekä nykyaikaisten puuntyöstökoneiden toimittajia. He ovat kiinnostuneita myös yhteisistä muotoiluhankkeista.',
      },
    },
    'organic-farming': {
      offer: {
        title: 'Luomuvihanneksia, -marjoja ja hunajaa paikalliselta osuuskunnalta',
        description: 'Osuuskuntaan kuuluu 40 sertifioitua luomutilaa, ja se voi toimittaa tuotteita säännöllisesti koulukeittiöihin, kauppoihin ja ravintoloihin. Tervetuloa tutustumaan tiloihin.',
      },
      request: {
        title: 'Ostajia ja kumppaneita luomuosuuskunnalle',
        description: 'Luomuosuuskuntamme sato kasvaa vuosi vuodelta, mutta vakituisia ostajia on liian vähän. Etsimme kauppaketjuja, jalostajia ja kumppaneita yhteiseen markkinointiin.',
      },
    },
  },
  municipalityDescription: '{name} ({country}) – kunta, joka tekee mielellään yhteistyötä EU:n ja Länsi-Balkanin kuntien kanssa. Jaamme osaamistamme ja kalustoamme ja haemme itsekin tukea asukkaillemme tärkeisiin asioihin.',
  messages: {
    ask: 'Hei, ilmoituksenne kiinnostaa meitä, ja ottaisimme tarjouksen mielellämme vastaan tai tulisimme avuksi. Voisimmeko sopia yksityiskohdista?',
    accept: 'Mielellämme, varaamme sen teidän kunnallenne. Otamme pian yhteyttä luovutuksen järjestelyistä.',
    decline: 'Kiitos kiinnostuksestanne, mutta olemme valitettavasti jo luvanneet sen toiselle kunnalle. Ilmoitamme, jos tilanne muuttuu.',
    handover: 'Ehdotamme luovutusta ensi tiistaina kello 10 kunnan varikolla. Te huolehditte kuljetuksesta, ja me autamme lastauksessa.',
    thanks: 'Lämmin kiitos sujuvasta yhteistyöstä ja avusta. Toivottavasti teemme yhteistyötä jatkossakin.',
  },
  feedback: 'Kaikki sujui joustavasti ja sovitusti, ja voimme lämpimästi suositella yhteistyötä.',
};
