import type { DemoPhrasebook } from '../phrasebook-types';

export const phrasebook: DemoPhrasebook = {
  locale: 'nl',
  subjects: {
    'digital-services': {
      offer: {
        title: 'Wij delen onze ervaring met een digitaal loket en online diensten',
        description:
          'Sinds 2021 regelen onze inwoners ruim 40 zaken online en helpt één centraal loket hen in het gemeentehuis verder. Ons team digitalisering deelt kosteloos zijn aanbestedingsstukken, werkprocessen en lessen, tijdens een werkbezoek of een workshop van twee dagen.',
      },
      request: {
        title: 'Advies gezocht bij het opzetten van een digitaal gemeenteloket',
        description:
          'Volgend jaar willen we een online loket en een centraal klantcontactpunt voor inwoners openen. Welke gemeente met ervaring adviseert ons over de keuze van software, de inrichting van de werkprocessen en de opleiding van medewerkers?',
      },
    },
    'energy-efficiency': {
      offer: {
        title: 'Kennis over energiezuinige renovatie van scholen en kinderdagverblijven',
        description:
          'In vijf jaar tijd renoveerden we zes scholen, drie kinderdagverblijven en het gemeentehuis: isolatie, nieuwe kozijnen en warmtepompen. Het energieverbruik daalde met 40 procent. Onze projectleiders laten graag de energieaudits, bestekken en gebouwen zien.',
      },
      request: {
        title: 'Ondersteuning gevraagd bij verduurzaming gemeentehuis en crèches',
        description:
          'We bereiden de energetische renovatie voor van het gemeentehuis en twee crèches uit de jaren zeventig. Hulp bij de energieaudit, het opstellen van het bestek en de financiering zou ons enorm vooruithelpen.',
      },
    },
    'eu-funding': {
      offer: {
        title: 'Begeleiding bij aanvragen voor Europese subsidies',
        description:
          'Ons Europa-team van vier mensen schreef meer dan 25 goedgekeurde projecten (Interreg, EFRO, IPA). Gemeenten die ermee beginnen, kunnen gratis bij ons terecht voor het nalezen van aanvragen, trainingen en coaching.',
      },
      request: {
        title: 'Hulp gezocht bij onze eerste Interreg-aanvraag',
        description:
          'Dit najaar dienen we voor het eerst een Interreg-aanvraag in, zonder eerdere ervaring met EU-fondsen. Kan een ervaren gemeente onze aanvraag kritisch doorlezen en twee collega’s wegwijs maken in het projectbeheer?',
      },
    },
    'water-utility-manager': {
      offer: {
        title: 'Directeur waterbedrijf zes maanden beschikbaar als kwartiermaker',
        description:
          'De directeur van ons gemeentelijk water- en rioleringsbedrijf heeft 20 jaar ervaring. Zes maanden lang kan hij twee dagen per week helpen bij de oprichting van een vergelijkbaar bedrijf; zijn salaris blijft voor onze rekening.',
      },
      request: {
        title: 'Ervaren manager gezocht voor oprichting gemeentelijk waterbedrijf',
        description:
          'Per 1 januari neemt de gemeente drinkwater en riolering in eigen beheer. Voor 6 tot 12 maanden zoeken we een ervaren kwartiermaker die helpt met de organisatie, de tarieven en het werven van personeel.',
      },
    },
    'home-care-manager': {
      offer: {
        title: 'Coördinator thuiszorg tijdelijk beschikbaar voor andere gemeente',
        description:
          'Onze teamleider thuiszorg coördineert de ondersteuning van 150 ouderen en kan drie maanden bij u meedraaien. Routeplanning, werving van thuishulpen en kwaliteitsafspraken: zij deelt al haar kennis.',
      },
      request: {
        title: 'Kwartiermaker gezocht voor thuiszorg voor ouderen',
        description:
          'In onze gemeente hebben zo’n 60 alleenwonende ouderen dagelijks hulp nodig. We willen een eigen thuiszorgdienst opzetten en zoeken voor enkele maanden iemand met ervaring die dit samen met ons opbouwt.',
      },
    },
    'tourist-office-manager': {
      offer: {
        title: 'Manager VVV-kantoor helpt bij opstart van toeristisch informatiepunt',
        description:
          'De manager van ons VVV-kantoor kan van februari tot en met mei één week per maand bij u langskomen. Zij helpt met de inrichting van het informatiepunt, het aanbod aan folders en de samenwerking met logiesverstrekkers.',
      },
      request: {
        title: 'Manager gezocht om ons toeristisch informatiecentrum op te starten',
        description:
          'In april opent ons nieuwe toeristisch informatiecentrum in het gerenoveerde stationsgebouw. Voor drie tot zes maanden zoeken we een ervaren manager die de balie inricht, twee medewerkers opleidt en de promotie opstart.',
      },
    },
    'flood-response': {
      offer: {
        title: 'Team van 25 vrijwilligers inzetbaar bij overstromingen',
        description:
          'Onze 25 vrijwilligers zijn getraind door de civiele bescherming en kunnen binnen 24 uur ter plaatse zijn met eigen busje en materiaal. Ze vullen zandzakjes, bouwen dijkjes en helpen bewoners hun huis leeg te halen.',
      },
      request: {
        title: 'Hoogwater: vrijwilligers gezocht om zandzakjes te vullen',
        description:
          'Het water in de rivier stijgt al drie dagen en meerdere wijken lopen gevaar. We hebben 30 tot 50 vrijwilligers nodig om zandzakjes te vullen en bewoners te helpen. De gemeente zorgt voor eten en onderdak.',
      },
    },
    'wildfire-support': {
      offer: {
        title: 'Vrijwilligers voor bevoorrading van brandweer bij bosbranden',
        description:
          'Van juni tot september staan 15 vrijwilligers met twee bestelwagens klaar om brandweerlieden bij een bosbrand te voorzien van water, maaltijden en materiaal. We kunnen tot een week ter plaatse blijven.',
      },
      request: {
        title: 'Logistieke hulp gezocht voor onze brandweer deze zomer',
        description:
          'Tijdens bosbranden moeten onze brandweerlieden dag en nacht worden bevoorraad. We zoeken vrijwilligers die in ploegen van acht uur maaltijden en drinkwater klaarmaken en rondbrengen, in juli en augustus.',
      },
    },
    'earthquake-shelter': {
      offer: {
        title: 'Getrainde vrijwilligers voor een noodopvang na een aardbeving',
        description:
          'Twintig vrijwilligers, opgeleid door het Rode Kruis, kunnen een tijdelijke opvanglocatie draaiende houden: registratie van gezinnen, maaltijden en kinderopvang. Ze zijn twee weken aaneen beschikbaar.',
      },
      request: {
        title: 'Na de aardbeving: vrijwilligers gezocht voor onze noodopvang',
        description:
          'Sinds de aardbeving verblijven zo’n veertig gezinnen in de gemeentelijke sporthal. Voor minstens twee weken zoeken we vrijwilligers voor de ontvangst, de maaltijden en activiteiten met de kinderen.',
      },
    },
    'river-clean-up': {
      offer: {
        title: 'Jonge vrijwilligers helpen rivieroevers schoon te maken',
        description:
          'Onze jeugdraad brengt een dertigtal vrijwilligers van 16 tot 25 jaar op de been voor een opruimactie langs de oevers. Ze komen op een zaterdag in het voorjaar, met handschoenen, vuilniszakken en begeleiders.',
      },
      request: {
        title: 'Jongeren gezocht voor opruimactie langs de rivier',
        description:
          'Op een zaterdag in april ruimen we vijf kilometer rivieroever op. We zoeken jonge vrijwilligers; de gemeente zorgt voor handschoenen, zakken, vervoer en een lunch.',
      },
    },
    'community-centre': {
      offer: {
        title: 'Onze vrijwilligers organiseren middagactiviteiten voor ouderen',
        description:
          'Gepensioneerde leraren en studenten uit onze vrijwilligerspool verzorgen elke week spelletjes, samenzang en computerles voor senioren. Eén keer per maand komen ze graag naar uw buurthuis, en ze delen hun programma.',
      },
      request: {
        title: 'Vrijwilligers gezocht voor middagactiviteiten in het buurthuis',
        description:
          'Elke middag komen zo’n dertig ouderen naar ons buurthuis. We zoeken vrijwilligers die twee keer per week, van 15 tot 18 uur, een leesclub, schaakmiddag of creatieve workshop willen begeleiden.',
      },
    },
    'tree-planting': {
      offer: {
        title: 'Twintig vrijwilligers met gereedschap voor uw boomplantdag',
        description:
          'Onze natuurvereniging stuurt graag een twintigtal vrijwilligers met spades en gieters naar uw boomplantdag. Ze zijn beschikbaar in november of maart.',
      },
      request: {
        title: 'Help mee 200 bomen te planten in het stadspark',
        description:
          'Op de laatste zaterdag van november planten we 200 jonge bomen in het stadspark. Vrijwilligers van alle leeftijden zijn welkom; gereedschap, plantgoed en een hapje en drankje zijn aanwezig.',
      },
    },
    'fire-engine': {
      offer: {
        title: 'Gratis gebruikte brandweerwagen, volledig rijklaar',
        description:
          'We schenken een tankautospuit uit 2004 met een watertank van 2.000 liter en 95.000 km op de teller, jaarlijks onderhouden en gekeurd. Bestemd voor een vrijwillige brandweer; ophalen bij onze kazerne.',
      },
      request: {
        title: 'Gebruikte brandweerwagen gezocht voor vrijwillige brandweer',
        description:
          'Onze 30 vrijwillige brandweerlieden beschikken over één wagen die ruim dertig jaar oud is. Een goed werkende tweedehands tankautospuit zou de veiligheid in onze dorpen flink verbeteren.',
      },
    },
    'school-computers': {
      offer: {
        title: '25 desktopcomputers met beeldschermen voor een school',
        description:
          'Na de vervanging van onze werkplekken schenken we 25 desktops (Intel i5, 8 GB RAM, bouwjaar 2019) met beeldscherm, toetsenbord en muis. De schijven zijn gewist; ophalen vanaf juni bij het gemeentehuis.',
      },
      request: {
        title: 'Desktopcomputers gezocht voor het computerlokaal van onze school',
        description:
          'Op onze basisschool delen 180 leerlingen zes verouderde computers. Met een twintigtal werkende desktops kunnen we na de zomer een echt computerlokaal inrichten.',
      },
    },
    'power-generator': {
      offer: {
        title: 'Dieselaggregaat van 60 kVA op aanhanger af te halen',
        description:
          'We geven een dieselaggregaat van 60 kVA op aanhanger weg, in gebruik sinds 2015 en met ongeveer 400 draaiuren. Het onderhoud is bijgehouden; gratis op te halen bij onze gemeentewerf.',
      },
      request: {
        title: 'Dieselaggregaat gezocht als noodstroomvoorziening',
        description:
          'Bij stroomuitval zitten ons gemaal en het crisiscentrum zonder elektriciteit. We zoeken een dieselaggregaat van minimaal 30 kVA; tweedehands is prima, zolang het betrouwbaar werkt.',
      },
    },
    'school-furniture': {
      offer: {
        title: '120 schooltafels en 240 stoelen in goede staat',
        description:
          'Na de renovatie van een school geven we 120 duotafels en 240 in hoogte verstelbare stoelen weg, allemaal in goede staat. Ophalen kan in juli; onze medewerkers helpen bij het laden.',
      },
      request: {
        title: 'Schoolmeubilair gezocht voor vier nieuwe klaslokalen',
        description:
          'In september openen we vier extra klassen, maar we komen nog 60 duotafels en 120 stoelen tekort. Gebruikt schoolmeubilair in goede staat is van harte welkom; het vervoer regelen wij.',
      },
    },
    'hospital-beds': {
      offer: {
        title: 'Dertig hoog-laagbedden met matras direct beschikbaar',
        description:
          'Door nieuwe inrichting van ons gezondheidscentrum komen 30 hoog-laagbedden met matras vrij, in goede staat. Geschikt voor een zorginstelling of woonzorgcentrum; ophalen op locatie.',
      },
      request: {
        title: 'Zorgbedden gezocht voor nieuwe vleugel van woonzorgcentrum',
        description:
          'In het voorjaar opent ons woonzorgcentrum een vleugel met 20 kamers, maar het budget voor inrichting ontbreekt. We zoeken 20 bedden, bij voorkeur elektrisch verstelbaar.',
      },
    },
    'emergency-tents': {
      offer: {
        title: 'Noodtenten van de civiele bescherming te leen',
        description:
          'In onze noodvoorraad liggen 15 grote tenten voor tien personen elk, met veldbedden. Een gemeente die door een ramp wordt getroffen kan ze lenen of houden; levering binnen 48 uur is mogelijk.',
      },
      request: {
        title: 'Tenten gezocht voor een noodvoorraad van de gemeente',
        description:
          'Bij een overstroming of aardbeving hebben we nu geen enkel materiaal om getroffen inwoners op te vangen. We zoeken tenten voor ongeveer honderd personen, op te slaan in onze gemeentewerf.',
      },
    },
    'construction-timber': {
      offer: {
        title: 'Circa 12 m³ droog constructiehout gratis op te halen',
        description:
          'Na de renovatie van ons gemeenschapshuis houden we zo’n 12 m³ droog vurenhout over, balken en planken. Het ligt overdekt op de gemeentewerf en kan tot eind maart gratis worden opgehaald.',
      },
      request: {
        title: 'Constructiehout gezocht voor herstel van het schooldak',
        description:
          'Het dak van onze school is bij een storm beschadigd. Voor de reparatie vóór de winter hebben we ongeveer 8 m³ balken en planken nodig; we halen het hout zelf op.',
      },
    },
    'road-salt': {
      offer: {
        title: '40 ton strooizout beschikbaar voor andere gemeente',
        description:
          'Door de zachte winter ligt er nog 40 ton strooizout droog opgeslagen in onze loods. We geven het gratis aan een gemeente die het met eigen vrachtwagens komt ophalen.',
      },
      request: {
        title: 'Dringend strooizout nodig voor onze gemeentewegen',
        description:
          'Na weken van sneeuw en gladheid is onze zoutvoorraad bijna op. We hebben ongeveer 30 ton nodig om de gemeentewegen tot het einde van de winter te kunnen strooien.',
      },
    },
    'paving-stones': {
      offer: {
        title: 'Restpartij klinkers en trottoirbanden na herinrichting plein',
        description:
          'Na de herinrichting van ons marktplein resteren zo’n 800 m² betonklinkers, 50 trottoirbanden en een hoop grind. Alles staat op pallets op de gemeentewerf en moet voor het einde van de maand weg.',
      },
      request: {
        title: 'Klinkers gezocht voor een voetpad in een van onze dorpen',
        description:
          'Bij de school in een van onze dorpen willen we een veilig voetpad van 300 m² aanleggen. Met overgebleven klinkers en banden van een ander project kan onze eigen buitendienst deze zomer aan de slag.',
      },
    },
    'snow-clearing': {
      offer: {
        title: 'Sneeuwruimen van uw lokale wegen met onze voertuigen',
        description:
          'Onze twee sneeuwschuivers met strooier kunnen ook wegen in naburige dorpen vrijmaken, vooral dicht bij de grens. We stemmen de inzet af met onze eigen gladheidsbestrijding; voor uw gemeente is het kosteloos.',
      },
      request: {
        title: 'Hulp gevraagd bij sneeuwruimen in onze bergdorpen',
        description:
          'We onderhouden 35 km gemeentewegen in de bergen met slechts één sneeuwschuiver. Bij zware sneeuwval raken sommige gehuchten afgesloten; kan een buurgemeente bijspringen?',
      },
    },
    'translation': {
      offer: {
        title: 'Gratis vertalingen voor uw grensoverschrijdende projecten',
        description:
          'Onze twee beëdigde vertalers werken in het Engels, Duits en Frans. Voor grensoverschrijdende projecten vertalen we gratis tot 50 pagina’s per maand: overeenkomsten, aanvragen en rapporten.',
      },
      request: {
        title: 'Vertaling gezocht van documenten voor grensproject',
        description:
          'Voor ons grensoverschrijdende project moeten ongeveer veertig pagina’s (aanvraag en partnerschapsovereenkomst) naar het Engels worden vertaald. De deadline is over drie weken.',
      },
    },
    'waste-collection': {
      offer: {
        title: 'Ophalen van grofvuil met onze kraanwagen',
        description:
          'Onze vrachtwagen met laadkraan en een ploeg van drie medewerkers kan één dag per maand het grofvuil in uw dorpen ophalen. Het afvoeren naar de milieustraat regelt u zelf.',
      },
      request: {
        title: 'Vrachtwagen gezocht voor grofvuilinzameling in april',
        description:
          'Tijdens onze voorjaarsschoonmaak zetten inwoners oude meubels en kapotte apparaten buiten. Voor drie dagen in april zoeken we een gemeentelijke vrachtwagen met chauffeur om dit grofvuil op te halen.',
      },
    },
    'unused-school-building': {
      offer: {
        title: 'Voormalige school in erfpacht tegen symbolische vergoeding',
        description:
          'Onze voormalige basisschool staat sinds 2015 leeg en biedt 1.200 m² op een perceel van een halve hectare. We bieden het gebouw in langdurige erfpacht aan tegen een symbolisch bedrag, voor een toeristisch, educatief of sociaal project.',
      },
      request: {
        title: 'Investeerder gezocht voor leegstaand schoolgebouw',
        description:
          'Ons oude schoolgebouw is degelijk, maar raakt door leegstand in verval. We zoeken een investeerder die er logies, ateliers of seniorenwoningen van maakt; tips over geïnteresseerde partijen zijn welkom.',
      },
    },
    'thermal-spring': {
      offer: {
        title: 'Thermale bron beschikbaar voor ontwikkeling van kuurtoerisme',
        description:
          'Onze thermale bron levert 15 liter water per seconde van 38 °C, op 4 hectare gemeentegrond. De haalbaarheidsstudie en vergunningen liggen klaar; de gemeente biedt een langlopende concessie aan.',
      },
      request: {
        title: 'Investeerder gezocht voor een kuuroord bij onze warmwaterbron',
        description:
          'Op ons grondgebied ligt een warmwaterbron met een goede naam, maar die wordt nog niet benut. We zoeken een investeerder of exploitant van kuuroorden; de haalbaarheidsstudie kan worden ingezien.',
      },
    },
    'industrial-zone': {
      offer: {
        title: 'Bouwrijpe kavels op ons bedrijventerrein tegen gunstige voorwaarden',
        description:
          'Op ons bedrijventerrein, op 2 km van de snelweg, zijn twaalf bouwrijpe kavels van 0,5 tot 3 hectare te koop. Bedrijven die banen scheppen krijgen korting op de grondprijs en vijf jaar vrijstelling van onroerendezaakbelasting.',
      },
      request: {
        title: 'Investeerders gezocht voor kavels op ons industrieterrein',
        description:
          'Op ons gemeentelijke industrieterrein zijn nog verschillende volledig ontsloten kavels vrij. We zouden het op prijs stellen als partnergemeenten deze kans onder de aandacht brengen van hun bedrijven.',
      },
    },
    'wine-producers': {
      offer: {
        title: 'Maak kennis met wijnimporteurs en distributeurs op onze wijnbeurs',
        description:
          'Elk najaar brengt onze wijnbeurs importeurs, slijters en distributeurs uit de regio samen. Wijnboeren uit partnergemeenten zijn gratis welkom om er zakelijke afspraken met kopers te maken.',
      },
      request: {
        title: 'Onze wijnboeren zoeken importeurs en distributeurs',
        description:
          'Achttien familiewijngaarden in onze gemeente maken bekroonde wijnen van inheemse druivenrassen. Ze zoeken importeurs en distributeurs; proefflessen en bezoeken aan de wijnkelders zijn mogelijk.',
      },
    },
    'wood-processing': {
      offer: {
        title: 'Ons houtcluster zoekt samenwerking met kleine houtbedrijven',
        description:
          'Ons cluster van 15 timmer- en meubelbedrijven biedt onderaanneming, gezamenlijke inkoop en gedeelde stands op beurzen. Kleine houtverwerkende bedrijven uit partnergemeenten zijn van harte welkom.',
      },
      request: {
        title: 'Partners gezocht voor onze zagerijen en meubelmakers',
        description:
          'Een twaalftal kleine zagerijen en schrijnwerkerijen in onze gemeente maakt massief houten meubels en dakconstructies. Ze zoeken handelspartners en samenwerking om nieuwe afzetmarkten te bereiken.',
      },
    },
    'organic-farming': {
      offer: {
        title: 'Afzetkansen voor biologische producten van partnercoöperaties',
        description:
          'Onze schoolkeukens en boerenmarkt kopen elke week biologische groenten en fruit in. We brengen biologische coöperaties uit partnergemeenten graag in contact met onze inkopers.',
      },
      request: {
        title: 'Biologische coöperatie zoekt afnemers en partners',
        description:
          'Onze coöperatie telt 35 gecertificeerde biologische bedrijven met groenten, fruit, honing en geitenkaas. Ze zoekt vaste afnemers, zoals schoolkeukens, winkels en groothandels, en partners voor de verwerking.',
      },
    },
  },
  municipalityDescription:
    'Gemeente {name} ({country}) gelooft in samenwerking tussen gemeenten: we delen graag materieel en kennis, en zoeken partners voor onze lokale projecten.',
  messages: {
    ask: 'Goedendag, uw aanbod sluit precies aan bij wat wij nodig hebben. Kunnen we deze week even bellen om het te bespreken?',
    accept: 'Graag, wat ons betreft is het akkoord. Vandaag nog sturen we u de praktische details.',
    decline: 'Dank voor uw interesse. Helaas hebben we het al aan een andere gemeente toegezegd, maar we laten het weten als er iets verandert.',
    handover: 'Zullen we de overdracht op 14 mei om 10.00 uur op onze gemeentewerf doen? Wij zorgen voor het vervoer.',
    thanks: 'Alles is prima verlopen: hartelijk dank voor uw vrijgevigheid en snelle reactie. Graag tot een volgende samenwerking!',
  },
  feedback: 'Voorbeeldige samenwerking: snelle communicatie, alles zoals beschreven en een vlot geregelde overdracht.',
};
