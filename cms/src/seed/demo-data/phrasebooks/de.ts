import type { DemoPhrasebook } from '../phrasebook-types';

/** Die deutschen Demotexte, so formuliert, wie eine Gemeindeverwaltung sie einstellen würde. */
export const phrasebook: DemoPhrasebook = {
  locale: 'de',
  subjects: {
    'digital-services': {
      offer: {
        title: 'Erfahrungen mit Online-Diensten und Bürgerbüro weiterzugeben',
        description:
          'In den letzten drei Jahren haben wir 42 Verwaltungsleistungen digitalisiert, von der Meldebescheinigung bis zur Hundesteuer, und ein zentrales Bürgerbüro eröffnet. Unser IT-Team gibt Vorlagen, Abläufe und Erfahrungen gern in zwei bis drei Online-Workshops weiter.',
      },
      request: {
        title: 'Beratung beim Aufbau digitaler Bürgerdienste gesucht',
        description:
          'Bis zum nächsten Frühjahr sollen Bauanträge, Steuerzahlungen und Bescheinigungen online möglich sein. Unser kleines IT-Team hat so ein Projekt noch nie umgesetzt; wir suchen eine Kommune, die uns die ersten Schritte und typische Stolpersteine erklärt.',
      },
    },
    'energy-efficiency': {
      offer: {
        title: 'Know-how zur energetischen Sanierung von Schulen und Kitas',
        description:
          'Seit 2019 haben wir neun öffentliche Gebäude saniert, darunter vier Schulen und das Rathaus, und die Heizkosten um rund 40 % gesenkt. Unsere Ingenieure stellen Leistungsverzeichnisse, Ausschreibungsunterlagen und Verbrauchsdaten zur Verfügung und laden zu einem Besuch vor Ort ein.',
      },
      request: {
        title: 'Wer hilft uns bei der energetischen Sanierung öffentlicher Gebäude?',
        description:
          'Unsere zwei Grundschulen und der Kindergarten stammen aus den 1970er-Jahren und verbrauchen viel zu viel Heizenergie. Wir brauchen Rat zu Energieaudit, Maßnahmenauswahl und Leistungsbeschreibung, bevor wir im Herbst Fördermittel beantragen.',
      },
    },
    'eu-funding': {
      offer: {
        title: 'Unser Fördermittelteam unterstützt bei EU-Anträgen',
        description:
          'Unsere Stabsstelle für Fördermittel hat über 30 erfolgreiche Anträge in Interreg, LIFE und den Kohäsionsprogrammen erstellt. Wir prüfen gern Ihren Entwurf, teilen Kalkulationsvorlagen und erklären, wie wir Berichte und Prüfungen organisieren.',
      },
      request: {
        title: 'Unterstützung für unseren ersten EU-Förderantrag gesucht',
        description:
          'Wir möchten Fördermittel für die Sanierung der Gemeindebücherei beantragen, haben aber niemanden mit Erfahrung in EU-Programmen. Eine erfahrene Kollegin oder ein Kollege, der Projektidee und Finanzplan in einigen Videokonferenzen mit uns durchgeht, wäre eine große Hilfe.',
      },
    },
    'water-utility-manager': {
      offer: {
        title: 'Erfahrener Leiter eines Wasserversorgers unterstützt beim Aufbau',
        description:
          'Der frühere Werkleiter unserer Wasserver- und Abwasserentsorgung, 18 Jahre im Amt, kann bis zu drei Monate lang eine andere Gemeinde beim Aufbau eines eigenen Betriebs begleiten: Organisation, Gebühren, Personal und erster Investitionsplan.',
      },
      request: {
        title: 'Interimsleitung für den Aufbau unserer Wasserwerke gesucht',
        description:
          'Ab nächstem Jahr übernehmen wir die Wasserversorgung von einem regionalen Betreiber und müssen einen Eigenbetrieb neu gründen. Gesucht wird eine erfahrene Führungskraft für zwei bis vier Monate, vor Ort oder teilweise aus der Ferne.',
      },
    },
    'home-care-manager': {
      offer: {
        title: 'Unsere Pflegedienstleitung hilft beim Aufbau ambulanter Seniorenhilfe',
        description:
          'Unser ambulanter Dienst betreut heute 260 ältere Menschen mit 35 Pflegekräften. Die Leiterin kann Sie einige Wochen lang beraten: Personalplanung, Tourenpläne, Qualitätsstandards und die Zusammenarbeit mit Hausärzten und Angehörigen.',
      },
      request: {
        title: 'Erfahrene Leitung für neuen häuslichen Pflegedienst gesucht',
        description:
          'Mehr als ein Viertel unserer Einwohner ist über 65, viele leben allein in abgelegenen Ortsteilen. Wir suchen jemanden, der einen ambulanten Dienst geleitet hat und uns im ersten halben Jahr bei Konzept, Personalgewinnung und Abläufen unterstützt.',
      },
    },
    'tourist-office-manager': {
      offer: {
        title: 'Leiterin unserer Tourist-Information berät beim Aufbau',
        description:
          'Die Leiterin unserer Tourist-Information mit rund 50.000 Besuchern im Jahr unterstützt Sie bei der Eröffnung einer eigenen Stelle: Standortwahl, Schulung des Personals, Zusammenarbeit mit Gastgebern und Einrichtung eines Buchungssystems.',
      },
      request: {
        title: 'Unterstützung beim Aufbau einer Tourist-Information gesucht',
        description:
          'Am Marktplatz haben wir ein Gebäude für eine Tourist-Information saniert, die im nächsten Sommer öffnen soll. Wir suchen eine erfahrene Fachkraft, die mit uns das Angebot plant, zwei bis drei Mitarbeitende schult und die erste Saison vorbereitet.',
      },
    },
    'flood-response': {
      offer: {
        title: 'Helferteam für Sandsackeinsätze bei Hochwasser',
        description:
          'Unsere 25 ehrenamtlichen Helferinnen und Helfer des Katastrophenschutzes sind mit Schaufeln und Transporter ausgestattet. Sie können innerhalb von 24 Stunden in eine Nachbarregion fahren, Sandsäcke füllen und verbauen und Anwohnern beim Räumen helfen.',
      },
      request: {
        title: 'Dringend: Freiwillige zum Sandsäckefüllen am Fluss gesucht',
        description:
          'Der Scheitel der Hochwasserwelle wird in den nächsten Tagen erwartet, mehrere Straßen an der alten Brücke sind gefährdet. Wir brauchen mindestens 30 Freiwillige zum Füllen und Verlegen von Sandsäcken; Verpflegung und Unterkunft werden gestellt.',
      },
    },
    'wildfire-support': {
      offer: {
        title: 'Freiwillige für Logistik und Verpflegung bei Waldbränden',
        description:
          'Unsere Helfergruppe hat die Feuerwehr schon in drei Waldbrandsommern unterstützt. Fünfzehn Personen mit zwei Pick-ups übernehmen bis zu einer Woche lang Trinkwasser, Verpflegung und Versorgungsfahrten zu den Einsatzabschnitten.',
      },
      request: {
        title: 'Helfer zur Versorgung der Einsatzkräfte bei Waldbränden gesucht',
        description:
          'Seit vier Tagen brennt der Wald oberhalb unserer Ortsteile. Wir suchen Freiwillige, die Essen zubereiten, Trinkwasser bringen und eine Versorgungsstelle für die Feuerwehr betreiben; Sicherheitseinweisung und Warnwesten stellen wir.',
      },
    },
    'earthquake-shelter': {
      offer: {
        title: 'Geschulte Ehrenamtliche für den Betrieb einer Notunterkunft',
        description:
          'Zwanzig unserer Ehrenamtlichen sind vom Roten Kreuz für die Betreuung von Notunterkünften ausgebildet. Nach einem Erdbeben helfen sie bis zu zwei Wochen bei der Registrierung, der Einrichtung von Schlafplätzen, der Essensausgabe und der Kinderbetreuung.',
      },
      request: {
        title: 'Freiwillige für Notunterkunft nach dem Erdbeben gesucht',
        description:
          'Nach dem Erdbeben der vergangenen Woche sind rund 120 Menschen in der Sporthalle untergebracht. Wir brauchen Freiwillige für Tag- und Nachtschichten: Ankommende registrieren, Essen und Bettzeug ausgeben, Kinder beschäftigen.',
      },
    },
    'river-clean-up': {
      offer: {
        title: 'Unsere Jugendlichen helfen bei Ihrer Flussputzaktion',
        description:
          'Jedes Frühjahr säubern rund 40 Jugendliche aus unseren Schulen und dem Jugendtreff die Ufer unseres Flusses. Sie würden gern bei einer Aktion in einer Partnergemeinde mitmachen und bringen Handschuhe, Säcke und Greifzangen selbst mit.',
      },
      request: {
        title: 'Junge Freiwillige für die Uferreinigung im Mai gesucht',
        description:
          'An einem Samstag im Mai reinigen wir vier Kilometer Flussufer in der Nähe der Innenstadt. Wir suchen 30 bis 50 junge Helferinnen und Helfer; Handschuhe, Säcke, Mittagessen und der Transfer vom Bahnhof sind organisiert.',
      },
    },
    'community-centre': {
      offer: {
        title: 'Ehrenamtliche bieten Nachmittagsprogramm für Senioren an',
        description:
          'Unsere Ehrenamtlichen gestalten zweimal pro Woche Nachmittage für ältere Menschen: Spielerunden, Lesekreis, Seniorengymnastik und Computerkurse. Sie stellen ihr Programm gern vor und helfen Ihnen beim Start in Ihrem Bürgerhaus.',
      },
      request: {
        title: 'Ehrenamtliche für Seniorennachmittage im Bürgerhaus gesucht',
        description:
          'Unser Bürgerhaus steht älteren Menschen jeden Nachmittag offen, aber es fehlen Leute, die etwas anbieten. Gesucht werden Freiwillige für zwei bis drei Nachmittage pro Woche, etwa zum Basteln, Singen oder für Hilfe am Smartphone.',
      },
    },
    'tree-planting': {
      offer: {
        title: 'Helfer und Setzlinge für Ihren Pflanztag',
        description:
          'Unsere Umweltgruppe kommt im Herbst mit 20 Freiwilligen und Spaten zu Ihrem Pflanztag und bringt rund 100 Setzlinge heimischer Baumarten aus der gemeindeeigenen Baumschule mit.',
      },
      request: {
        title: 'Freiwillige für Baumpflanzaktion im Stadtpark gesucht',
        description:
          'An einem Samstag im November pflanzen wir 300 heimische Bäume im Stadtpark, der im letzten Sommer beim Sturm viele alte Bäume verloren hat. Wir brauchen etwa 60 Helfer jeden Alters; Werkzeug, Handschuhe und ein warmes Mittagessen gibt es vor Ort.',
      },
    },
    'fire-engine': {
      offer: {
        title: 'Gebrauchtes Löschfahrzeug für eine Freiwillige Feuerwehr abzugeben',
        description:
          'Wir geben ein Tanklöschfahrzeug, Baujahr 2004, mit 3.000-Liter-Tank und funktionsfähiger Pumpe ab, rund 90.000 km gelaufen und jährlich gewartet. Es geht kostenlos an eine Freiwillige Feuerwehr, die es selbst abholt.',
      },
      request: {
        title: 'Freiwillige Feuerwehr sucht gebrauchtes Löschfahrzeug',
        description:
          'Unsere Freiwillige Feuerwehr mit 22 Mitgliedern ist für elf Ortsteile zuständig und hat nur ein Fahrzeug von 1989, das häufig ausfällt. Ein gebrauchtes Löschfahrzeug mit Wassertank und Pumpe würde unsere Einsatzzeiten deutlich verkürzen.',
      },
    },
    'school-computers': {
      offer: {
        title: '25 Desktop-PCs für einen Schulcomputerraum abzugeben',
        description:
          'Nach der Modernisierung im Rathaus haben wir 25 vier Jahre alte Desktop-PCs mit Monitor, Tastatur und Maus übrig. Alle haben einen i5-Prozessor, 8 GB RAM und eine gelöschte SSD und sind bereit für ein neues Betriebssystem.',
      },
      request: {
        title: 'Grundschule braucht Computer für den PC-Raum',
        description:
          'Im Computerraum unserer Grundschule funktionieren nur noch sechs Rechner, die Klassen haben bis zu 24 Kinder. Wir freuen uns über 15 bis 20 funktionsfähige Desktop-PCs mit Monitor, gern auch ein paar Jahre alt.',
      },
    },
    'power-generator': {
      offer: {
        title: 'Notstromaggregat mit Dieselmotor abzugeben',
        description:
          'Wir haben ein 60-kVA-Dieselaggregat auf Anhänger, das nur bei Übungen lief und regelmäßig gewartet wurde. Es eignet sich für einen Krisenstab, ein Pumpwerk oder eine Notunterkunft bei Stromausfall.',
      },
      request: {
        title: 'Dieselaggregat für die Notstromversorgung gesucht',
        description:
          'Bei Winterstürmen sind unsere Ortsteile oft tagelang ohne Strom. Wir brauchen ein Dieselaggregat ab 40 kVA, damit Gesundheitszentrum und Trinkwasserpumpwerk bei Stromausfall weiterlaufen.',
      },
    },
    'school-furniture': {
      offer: {
        title: 'Schultische und Stühle für 120 Schüler abzugeben',
        description:
          'Nach der Sanierung unserer Realschule haben wir 60 Zweiertische und 120 höhenverstellbare Stühle in gutem Zustand übrig. Die Möbel lagern im Bauhof und können werktags abgeholt werden.',
      },
      request: {
        title: 'Schulmöbel für drei Klassenzimmer gesucht',
        description:
          'Unsere Dorfschule öffnet im September wieder drei Klassenzimmer für rund 70 Kinder. Wir suchen gut erhaltene Tische und Stühle, am besten für Kinder von 6 bis 14 Jahren.',
      },
    },
    'hospital-beds': {
      offer: {
        title: 'Pflegebetten in gutem Zustand für ein Pflegeheim',
        description:
          'Unser Kreiskrankenhaus hat 30 verstellbare Betten mit Matratzen und Seitengittern ausgetauscht, alle voll funktionsfähig. Ein Gesundheitszentrum oder Pflegeheim hätte damit sicher Freude.',
      },
      request: {
        title: 'Pflegeheim sucht verstellbare Betten mit Matratzen',
        description:
          'Unser Pflegeheim eröffnet einen neuen Wohnbereich für 20 bettlägerige Bewohner und kann sich dieses Jahr keine neue Ausstattung leisten. Gesucht werden verstellbare, möglichst elektrische Betten mit Matratzen.',
      },
    },
    'emergency-tents': {
      offer: {
        title: 'Zelte für Notunterkünfte abzugeben',
        description:
          'In unserem Katastrophenschutzlager stehen 40 Familienzelte für je bis zu acht Personen bereit, mit Bodenplane und Heringen. Im Katastrophenfall können wir sie sofort verleihen oder abgeben.',
      },
      request: {
        title: 'Dringend gesucht: Zelte zur Unterbringung betroffener Familien',
        description:
          'Durch das Hochwasser sind über 50 Häuser unbewohnbar, die Turnhalle ist voll belegt. Bis Ersatzwohnraum bereitsteht, brauchen wir dringend große Familienzelte, am besten mit Bodenplane.',
      },
    },
    'construction-timber': {
      offer: {
        title: 'Bauholz aus unserer Dachsanierung übrig',
        description:
          'Nach der Dachsanierung des Kulturhauses sind rund 12 Kubikmeter getrocknete Fichtenbalken und Bretter übrig. Das Holz lagert überdacht und kann abgeholt werden.',
      },
      request: {
        title: 'Bauholz für die Reparatur des Dorfgemeinschaftshauses gesucht',
        description:
          'Das Dach unseres Dorfgemeinschaftshauses wurde beim Sturm beschädigt. Für die Reparatur vor dem Winter brauchen wir etwa 8 Kubikmeter Balken und Bretter; die Arbeiten übernimmt unser Bauhof.',
      },
    },
    'road-salt': {
      offer: {
        title: 'Überschüssiges Streusalz für den Winterdienst',
        description:
          'Nach einem milden Winter lagern noch 40 Tonnen Streusalz in unserer Salzhalle. Wir geben es an eine Gemeinde ab, die es in der kommenden Saison braucht; verladen wird mit unserem Radlader.',
      },
      request: {
        title: 'Streusalz für den kommenden Winter gesucht',
        description:
          'Unser Budget für den Winterdienst ist aufgebraucht, uns fehlen rund 25 Tonnen Streusalz für die Bergstraßen und die Schulwege. Abholung mit eigenen Lkw ist möglich.',
      },
    },
    'paving-stones': {
      offer: {
        title: 'Pflastersteine und Bordsteine aus der Marktplatzsanierung',
        description:
          'Von der Neugestaltung unseres Marktplatzes sind rund 400 m² Granitpflaster und 150 Meter Bordsteine übrig. Sie liegen auf Paletten im Bauhof und sind kostenlos abzugeben.',
      },
      request: {
        title: 'Pflastersteine für Gehwege und einen Dorfplatz gesucht',
        description:
          'Wir wollen diesen Sommer Gehwege und einen kleinen Platz in zwei Ortsteilen neu pflastern und brauchen dafür etwa 300 m² Pflastersteine. Restbestände aus einem anderen Projekt wären ideal.',
      },
    },
    'snow-clearing': {
      offer: {
        title: 'Winterdienst auf Gemeindestraßen mit unseren Fahrzeugen',
        description:
          'Unser Winterdienst hat zwei Schneepflüge und einen Streuwagen mit freien Kapazitäten. Bei starkem Schneefall räumen wir gern auch Gemeindestraßen in einer Nachbargemeinde, mit eigenen Fahrern.',
      },
      request: {
        title: 'Hilfe beim Schneeräumen der Gemeindestraßen gesucht',
        description:
          'Mit nur einem Schneepflug kommen wir bei den Straßen zu den Bergdörfern nicht hinterher. Wir suchen eine Nachbargemeinde, die bei starkem Schneefall mit Fahrzeug und Fahrer aushelfen kann.',
      },
    },
    'translation': {
      offer: {
        title: 'Übersetzungen für grenzüberschreitende Projekte',
        description:
          'In unserem Projektbüro arbeiten Kolleginnen, die zwischen Deutsch, Englisch und mehreren Balkansprachen übersetzen. Wir übersetzen Projektunterlagen, Vereinbarungen und Berichte im Umfang von bis zu etwa 50 Seiten pro Monat.',
      },
      request: {
        title: 'Übersetzung von Unterlagen für ein Interreg-Projekt gesucht',
        description:
          'Für ein grenzüberschreitendes Projekt mit unserer Partnergemeinde müssen rund 40 Seiten Vereinbarungen und Berichte übersetzt werden. Abgabetermin ist Ende des nächsten Monats.',
      },
    },
    'waste-collection': {
      offer: {
        title: 'Sperrmüllabfuhr mit unserem Fahrzeug in Ihren Ortsteilen',
        description:
          'Unser Bauhof hat ein Müllfahrzeug mit Ladekran, das freitags frei ist. Wir helfen einer Nachbargemeinde gern bei der Sperrmüllsammlung, etwa von Altmöbeln und Elektrogeräten.',
      },
      request: {
        title: 'Fahrzeug für Sperrmüllsammlung gesucht',
        description:
          'Im Frühjahr sammeln wir Sperrmüll in 14 Ortsteilen und unser eigenes Fahrzeug reicht dafür nicht aus. Wir suchen eine Gemeinde, die uns für zwei bis drei Tage ein Fahrzeug mit Fahrer leiht.',
      },
    },
    'unused-school-building': {
      offer: {
        title: 'Ehemaliges Schulgebäude für Investoren',
        description:
          'Die frühere Schule, zweigeschossig mit 1.800 m² Nutzfläche auf einem 6.000 m² großen Grundstück, steht seit 2015 leer. Alle Anschlüsse sind vorhanden; geeignet für Hotel, Pflegeeinrichtung oder Schulungszentrum.',
      },
      request: {
        title: 'Investor für unsere alte Dorfschule gesucht',
        description:
          'Wir suchen einen Investor, der unserer geschlossenen Dorfschule neues Leben gibt: ein solides Backsteingebäude mit 1.200 m² und großem Hof. Wir bieten Erbpacht zu günstigen Konditionen und Unterstützung bei den Genehmigungen.',
      },
    },
    'thermal-spring': {
      offer: {
        title: 'Thermalquelle für die Entwicklung von Kurtourismus',
        description:
          'Unsere Gemeinde besitzt eine Thermalquelle mit 52 °C warmem Wasser und einer Schüttung von etwa 15 Litern pro Sekunde auf einem 3 Hektar großen Grundstück am Ortsrand. Gesucht wird ein Investor für ein Thermal- und Wellnessbad.',
      },
      request: {
        title: 'Investor für die Erschließung unserer Thermalquelle gesucht',
        description:
          'Unsere Mineralquelle wird seit Generationen genutzt und soll zu einem Kurbad ausgebaut werden. Wir suchen einen Investor oder Betreiber und bringen das Grundstück, ein aktuelles hydrogeologisches Gutachten und Hilfe bei den Genehmigungen ein.',
      },
    },
    'industrial-zone': {
      offer: {
        title: 'Freie Grundstücke in unserem Gewerbegebiet',
        description:
          'In unserem Gewerbegebiet sind 12 Grundstücke von 0,5 bis 4 Hektar frei, voll erschlossen mit Wasser, Strom und Gas und zwei Kilometer von der Autobahn entfernt. In den ersten fünf Jahren gewähren wir einen ermäßigten Gewerbesteuerhebesatz.',
      },
      request: {
        title: 'Investoren für unser neues Gewerbegebiet gesucht',
        description:
          'Wir suchen Unternehmen, die sich in unserem neuen, 25 Hektar großen Gewerbegebiet ansiedeln; Straßen und Leitungen sind bereits fertig. Wir bieten schnelle Genehmigungen und Hilfe bei der Suche nach Arbeitskräften aus der Region.',
      },
    },
    'wine-producers': {
      offer: {
        title: 'Unsere Weingüter suchen Importeure und Händler',
        description:
          'Acht Familienweingüter in unserer Gemeinde erzeugen rund 400.000 Flaschen im Jahr, überwiegend aus heimischen Rebsorten. Gesucht werden Importeure und Händler im Ausland; Weinproben und Besuche organisieren wir gern.',
      },
      request: {
        title: 'Geschäftspartner für unsere Winzer gesucht',
        description:
          'Unsere kleinen Winzerbetriebe möchten ins Ausland verkaufen, haben aber keine Kontakte. Wir freuen uns über Kontakte zu Importeuren, Großhändlern oder Weinhandlungen und bringen Proben gern zu einer Messe oder Verkostung mit.',
      },
    },
    'wood-processing': {
      offer: {
        title: 'Holzverarbeitende Betriebe suchen Geschäftspartner',
        description:
          'Zwölf kleine Schreinereien und holzverarbeitende Betriebe in unserer Region fertigen Massivholzmöbel, Fenster und Türen. Sie suchen Partner für gemeinsame Fertigung, Lohnaufträge oder den Export.',
      },
      request: {
        title: 'Partner für unsere kleinen Holzbetriebe gesucht',
        description:
          'Unsere Möbeltischler und Sägewerke möchten mit Unternehmen aus anderen Ländern zusammenarbeiten, ob als Zulieferer, Abnehmer oder Exportpartner. Die Gemeinde hilft bei der Organisation der ersten Treffen.',
      },
    },
    'organic-farming': {
      offer: {
        title: 'Bio-Erzeugergemeinschaft sucht Abnehmer',
        description:
          'Unsere Genossenschaft aus 30 zertifizierten Biohöfen erzeugt Gemüse, Obst, Honig und Käse. Gesucht werden Abnehmer wie Läden, Schulkantinen oder Verarbeiter sowie Partner für eine gemeinsame Vermarktung.',
      },
      request: {
        title: 'Abnehmer und Partner für eine Bio-Genossenschaft gesucht',
        description:
          'Eine junge Genossenschaft von Biobauern in unserer Gemeinde sucht Abnehmer für Gemüse und Obst sowie einen Partner mit Erfahrung in Bio-Zertifizierung und Vermarktung.',
      },
    },
  },
  municipalityDescription:
    'Gemeinde {name} ({country}): Wir arbeiten mit Partnern in ganz Europa zusammen, teilen Erfahrung, Ausstattung und Menschen und lernen gern von anderen.',
  messages: {
    ask: 'Guten Tag, wir haben Ihre Anzeige mit großem Interesse gelesen und würden hier gern mit Ihnen zusammenarbeiten. Ist sie noch aktuell, und wie wären die nächsten Schritte?',
    accept: 'Vielen Dank, wir sind gern einverstanden. Lassen Sie uns die Einzelheiten und einen Termin absprechen.',
    decline: 'Vielen Dank für Ihr Interesse. Leider haben wir uns darüber bereits mit einer anderen Gemeinde verständigt; sollte sich etwas ändern, melden wir uns.',
    handover: 'Wie wäre es mit nächstem Dienstag um 10 Uhr bei uns im Rathaus? Bitte geben Sie uns Bescheid, wer von Ihrer Seite kommt und ob Sie Hilfe beim Transport brauchen.',
    thanks: 'Alles hat bestens geklappt. Herzlichen Dank an Sie und Ihr Team für die Unterstützung und die reibungslose Zusammenarbeit!',
  },
  feedback: 'Zuverlässiger Partner, schnelle Rückmeldungen und alles genau wie vereinbart.',
};
