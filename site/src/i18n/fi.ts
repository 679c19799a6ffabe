// The portal's interface strings in Finnish. Keys and order follow en.ts; see README.md for the rules.
// Identical to English on purpose (as allowed by same-as-english.ts): site.name (brand), facet.valueWithCount,
// card.place, unit.kg, unit.m, unit.m2, unit.m3 (placeholders and bare units only).
import type { Catalog } from './en';

const fi: Catalog = {
  // The platform's name is a brand: it stays as it is in every language.
  'site.name': 'Community Sharing',
  'site.description':
    'Euroopan unionin ja Länsi-Balkanin kunnat antavat toisilleen maksutta sitä, mitä yhdellä on ja toinen tarvitsee.',

  // Page frame
  'frame.skipLink': 'Siirry pääsisältöön',
  'frame.mainNav': 'Päävalikko',
  'frame.listings': 'Ilmoitukset',
  'frame.municipalities': 'Kunnat',
  'frame.news': 'Uutiset',
  'frame.login': 'Kirjaudu sisään',
  'frame.language': 'Kieli',
  'frame.languageChoose': 'Valitse kieli',
  'frame.footerNav': 'Tietoa palvelusta',
  'frame.footerText':
    'Kansallisten kuntaliittojen palvelu, joka on avoin kaikille Euroopan unionin ja Länsi-Balkanin kunnille.',
  'frame.feed': 'Uusien ilmoitusten syöte',
  'frame.sitemap': 'Sivukartta',

  // Home page
  'home.title': 'Kunnat jakavat sitä, mitä niillä on, niille, jotka sitä tarvitsevat',
  'home.intro':
    'Community Sharing on paikka, jossa Euroopan unionin ja Länsi-Balkanin kunnat antavat toisilleen maksutta sitä, mitä yhdellä on ja toinen tarvitsee: asiantuntemusta, kokeneita johtajia, vapaaehtoisia, laitteita, tavaroita, materiaaleja ja palveluja. Palvelu auttaa niitä myös löytämään sijoittajia käyttämättömille paikallisille resursseille ja kumppaneita paikallisille yrityksille.',
  'home.browseAll': 'Selaa kaikkia ilmoituksia',
  'home.figuresHeading': 'Palvelu lukuina',
  'home.latestOffers': 'Uusimmat tarjoukset',
  'home.latestRequests': 'Uusimmat pyynnöt',
  'home.allOffers': 'Katso kaikki tarjoukset',
  'home.allRequests': 'Katso kaikki pyynnöt',
  'home.nothingYet': 'Tänne ei ole vielä julkaistu mitään.',
  'home.kindsHeading': 'Mitä kunnat jakavat',
  'home.kindCount': '{count, plural, =0 {Ei avoimia ilmoituksia} one {# avoin ilmoitus} other {# avointa ilmoitusta}}',

  // Live figures: the number is shown large above these words, so they carry no number themselves.
  'stats.municipalities': '{count, plural, one {jäsenkunta} other {jäsenkuntaa}}',
  'stats.countries': '{count, plural, one {maa} other {maata}}',
  'stats.openOffers': '{count, plural, one {avoin tarjous} other {avointa tarjousta}}',
  'stats.openRequests': '{count, plural, one {avoin pyyntö} other {avointa pyyntöä}}',
  'stats.completedExchanges': '{count, plural, one {toteutunut vaihto} other {toteutunutta vaihtoa}}',

  // Listing types
  'type.offer': 'Tarjous',
  'type.request': 'Pyyntö',
  'type.offers': 'Tarjoukset',
  'type.requests': 'Pyynnöt',
  'listing.urgent': 'Kiireellinen',

  // Search page
  'search.title': 'Ilmoitukset',
  'search.titleOffers': 'Tarjoukset',
  'search.titleRequests': 'Pyynnöt',
  'search.intro': 'Hae kaikesta, mitä kunnat tarjoavat ja pyytävät, kaikilla palvelun kielillä.',
  'search.label': 'Hae ilmoituksista',
  'search.hint': 'Esimerkiksi: paloauto, koulukalusteet, vapaaehtoisia siivoustalkoisiin',
  'search.submit': 'Hae',
  'search.filters': 'Suodattimet',
  'search.applyFilters': 'Käytä suodattimia',
  'search.clearFilters': 'Tyhjennä kaikki suodattimet',
  'search.sort': 'Järjestys',
  'search.sortRelevance': 'Osuvimmat ensin',
  'search.sortNewest': 'Uusimmat ensin',
  'search.resultsHeading': 'Tulokset',
  'search.resultCount':
    '{count, plural, =0 {Ilmoituksia ei löytynyt} one {# ilmoitus löytyi} other {# ilmoitusta löytyi}}',
  'search.noResultsHint': 'Kokeile muita tai vähemmän hakusanoja tai poista joitakin suodattimia.',
  'search.invalidParameters': 'Joitakin hakuasetuksia ei tunnistettu, joten ne jätettiin pois.',
  'search.loading': 'Tuloksia päivitetään…',
  'search.sortNearest': 'Lähimmät ensin',
  'distance.legend': 'Etäisyys',
  'distance.near': 'Lähellä kuntaa',
  'distance.nearHint': 'Jäsenkunta millä tahansa kirjaimistolla: esimerkiksi Tampere',
  'distance.radius': 'Enintään',
  'distance.anyRadius': 'Mikä tahansa etäisyys',
  'distance.radiusValue': '{km} km',
  'distance.found': 'Etäisyyksien lähtöpiste: {place}.',
  'distance.notFound': 'Jäsenkuntaa nimeltä ”{name}” ei löytynyt. Tarkista kirjoitusasu tai valitse kunta jäsenkuntien luettelosta.',
  'distance.ambiguous': 'Hakua ”{name}” vastaa useita jäsenkuntia. Valitse yksi:',
  'municipality.nearby': 'Ilmoitukset 100 km:n säteellä',
  'frame.impact': 'Vaikuttavuus',
  'impact.title': 'Vaihtojen vaikuttavuus',
  'impact.intro':
    'Mitä kunnat ovat tähän mennessä antaneet toisilleen: toteutuneet vaihdot, niiden arvo ja päästöt, jotka on vältetty käyttämällä tavaroita uudelleen uuden ostamisen sijaan.',
  'impact.totalsHeading': 'Yhteensä',
  'impact.totalEur': 'euroa luovutettua arvoa',
  'impact.totalCo2e': 'kg vältettyjä CO₂e-päästöjä',
  'impact.totalMass': 'kg uudelleenkäytettyjä tavaroita ja materiaaleja',
  'impact.totalVolunteerHours': 'vapaaehtoistyötuntia',
  'impact.totalExpertDays': 'asiantuntijapäivää',
  'impact.co2eNote':
    'Vältetyt CO₂e-päästöt arvioidaan uudelleenkäytetyn massan ja luokkakohtaisen kertoimen perusteella; kertoimet ja niiden lähteet julkaistaan avoimen datan yhteydessä.',
  'impact.chartsHeading': 'Ajan mittaan ja luokittain',
  'impact.chartCompletedByMonth': 'Toteutuneet vaihdot kuukausittain',
  'impact.chartCo2eByMonth': 'Vältetyt CO₂e-päästöt kuukausittain (kg)',
  'impact.chartEurByMonth': 'Luovutettu arvo kuukausittain (EUR)',
  'impact.chartByKind': 'Toteutuneet vaihdot lajeittain',
  'impact.chartByCountry': 'Toteutuneet vaihdot maittain',
  'impact.whatCompleted': 'Toteutuneet vaihdot',
  'impact.whatCo2e': 'Vältetyt CO₂e-päästöt',
  'impact.whatEur': 'Luovutettu arvo',
  'impact.whatKinds': 'Toteutuneet vaihdot lajeittain',
  'impact.whatCountries': 'Toteutuneet vaihdot maittain',
  'impact.summaryOverTime': '{what} aikavälillä {from} – {to}; suurin arvo: {top} ({topValue}).',
  'impact.summaryByCategory': '{what}: {count, plural, one {# luokka} other {# luokkaa}}, kärjessä {first}.',
  'impact.summaryEmpty': '{what}: ei vielä kirjauksia.',
  'impact.month': 'Kuukausi',
  'impact.completed': 'Toteutuneet vaihdot',
  'home.seeImpact': 'Katso vaihtojen vaikuttavuus',
  'impact.showTable': 'Näytä luvut taulukkona',

  // Facets
  'facet.type': 'Tyyppi',
  'facet.kind': 'Laji',
  'facet.cpv': 'Luokka',
  'facet.country': 'Maa',
  'facet.municipality': 'Kunta',
  'facet.delivery': 'Toimitustapa',
  'facet.language': 'Työkieli',
  'facet.anyType': 'Tarjoukset ja pyynnöt',
  'facet.showAll': 'Näytä kaikki ({count})',
  'facet.valueWithCount': '{label} ({count})',

  // Pagination
  'pagination.label': 'Tulossivut',
  'pagination.previous': 'Edellinen sivu',
  'pagination.next': 'Seuraava sivu',
  'pagination.page': 'Sivu {page}',
  'pagination.status': 'Sivu {page}/{pages}',

  // A listing in a list
  'card.publishedOn': 'Julkaistu {date}',
  'card.openUntil': 'Voimassa {date} asti',
  'card.distance': 'Etäisyys {distance} km',
  'card.place': '{municipality}, {country}',

  // A listing's own page
  'listing.details': 'Tiedot',
  'listing.description': 'Kuvaus',
  'listing.fieldKind': 'Laji',
  'listing.fieldCategories': 'Luokat (CPV)',
  'listing.fieldQuantity': 'Määrä',
  'listing.fieldRemaining': 'Vielä saatavilla',
  'listing.fieldCondition': 'Kunto',
  'listing.fieldAvailableFrom': 'Saatavilla alkaen',
  'listing.fieldNeededBy': 'Tarvitaan viimeistään',
  'listing.fieldOpenUntil': 'Voimassaolo päättyy',
  'listing.fieldDelivery': 'Toimitustapa',
  'listing.fieldWorkingLanguages': 'Työkielet',
  'listing.fieldPlace': 'Paikka',
  'listing.fieldPublished': 'Julkaistu',
  'listing.fieldStatus': 'Tila',
  'listing.statusPublished': 'Avoin',
  'listing.statusClosed': 'Suljettu',
  'listing.statusExpired': 'Vanhentunut',
  'listing.closedNotice': 'Tämä ilmoitus on suljettu, eikä siihen voi enää vastata.',
  'listing.expiredNotice': 'Tämä ilmoitus on vanhentunut, eikä siihen voi enää vastata.',
  'listing.cpvFallback': 'Luokkien nimien kieli: {language}',
  'listing.photos': 'Valokuvat',
  'listing.otherLanguages': 'Teksti on saatavilla myös seuraavilla kielillä:',
  'listing.postedBy': 'Ilmoittaja',
  'listing.location': 'Sijainti',
  'listing.answerOffer': 'Pyydä tätä tarjousta',
  'listing.answerRequest': 'Vastaa tähän pyyntöön',
  'listing.answerNeedsLogin': 'Sinua pyydetään kirjautumaan vahvistetun kunnan jäsenenä.',
  'listing.matchingForOffer': 'Pyynnöt, joihin tämä tarjous voisi vastata',
  'listing.matchingForRequest': 'Tarjoukset, jotka voisivat vastata tähän pyyntöön',
  'listing.similarOffers': 'Samankaltaiset tarjoukset',
  'listing.similarRequests': 'Samankaltaiset pyynnöt',
  'listing.noneRelated': 'Ei tällä hetkellä.',
  'listing.backToListings': 'Takaisin ilmoituksiin',

  // Language of member-written text
  'language.original': 'Alkuperäinen kieli: {language}',
  'language.notTranslated':
    'Tekstistä ei ole vielä käännöstä kielellesi: se näytetään sellaisena kuin se on kirjoitettu.',
  'language.translatedFrom': 'Käännös, alkuperäinen kieli: {language}',
  'language.contentFallback': 'Tämä teksti ei ole vielä saatavilla kielelläsi.',

  // Values of a listing's fields
  'condition.new': 'Uusi',
  'condition.like-new': 'Uudenveroinen',
  'condition.good': 'Hyvä',
  'condition.fair': 'Kohtalainen',
  'condition.for-parts': 'Varaosiksi tai kierrätykseen',
  'delivery.pickup': 'Vastaanottaja noutaa',
  'delivery.delivery': 'Antaja toimittaa',
  'delivery.remote': 'Etänä',
  'delivery.on-site': 'Paikan päällä',
  'unit.piece': '{count, plural, one {# kappale} other {# kappaletta}}',
  'unit.kg': '{count} kg',
  'unit.tonne': '{count, plural, one {# tonni} other {# tonnia}}',
  'unit.litre': '{count, plural, one {# litra} other {# litraa}}',
  'unit.m': '{count} m',
  'unit.m2': '{count} m²',
  'unit.m3': '{count} m³',
  'unit.hour': '{count, plural, one {# tunti} other {# tuntia}}',
  'unit.day': '{count, plural, one {# päivä} other {# päivää}}',
  'unit.person': '{count, plural, one {# henkilö} other {# henkilöä}}',
  'unit.set': '{count, plural, one {# sarja} other {# sarjaa}}',
  'unit.pallet': '{count, plural, one {# lava} other {# lavaa}}',

  // Map
  'map.label': 'Euroopan kartta, johon on merkitty sijainti: {place}',
  'map.caption': '{place}, {country}: leveysaste {lat}, pituusaste {lng}',

  // Municipalities
  'municipalities.title': 'Jäsenkunnat',
  'municipalities.intro': 'Jokaisen tässä luetellun kunnan on vahvistanut oman maansa kansallinen kuntaliitto.',
  'municipalities.findLabel': 'Hae kuntaa nimellä',
  'municipalities.countryLabel': 'Maa',
  'municipalities.allCountries': 'Kaikki maat',
  'municipalities.show': 'Näytä',
  'municipalities.count': '{count, plural, =0 {Kuntia ei löytynyt} one {# kunta} other {# kuntaa}}',
  'municipalities.byCountry': 'Maittain',
  'municipalities.openListings':
    '{count, plural, =0 {Ei avoimia ilmoituksia} one {# avoin ilmoitus} other {# avointa ilmoitusta}}',
  'municipality.population': 'Asukasluku',
  'municipality.website': 'Verkkosivusto',
  'municipality.country': 'Maa',
  'municipality.languages': 'Kielet',
  'municipality.about': 'Tietoa kunnasta',
  'municipality.record': 'Toiminta palvelussa',
  'municipality.openListingsHeading': 'Avoimet ilmoitukset',
  'municipality.noOpenListings': 'Tällä kunnalla ei ole tällä hetkellä avoimia ilmoituksia.',
  'municipality.allListings': 'Kaikki ilmoitukset: {municipality}',

  // Pages and news
  'news.title': 'Uutiset',
  'news.intro': 'Uutisia liitolta ja palvelussa mukana olevilta kunnilta.',
  'news.none': 'Uutisia ei ole vielä.',
  'news.publishedOn': 'Julkaistu {date}',
  'news.backToNews': 'Takaisin kaikkiin uutisiin',

  // Log in
  'login.title': 'Kirjautuminen',
  'login.intro':
    'Vahvistettujen kuntien jäsenet kirjautuvat sisään vastatakseen ilmoituksiin, julkaistakseen omia ilmoituksiaan ja seuratakseen vaihtojaan.',
  'login.unavailable': 'Portaaliin ei voi vielä kirjautua. Tervetuloa pian uudelleen.',
  'login.back': 'Takaisin ilmoitukseen',

  // Feed
  'feed.title': 'Community Sharing -palvelun uudet ilmoitukset',
  'feed.filtered': 'Community Sharing -palvelun uudet ilmoitukset: {filters}',

  // Errors
  'error.notFoundTitle': 'Sivua ei löytynyt',
  'error.notFoundText': 'Etsimääsi sivua ei ole olemassa tai se ei ole enää julkinen.',
  'error.unavailableTitle': 'Tilapäisesti poissa käytöstä',
  'error.unavailableText':
    'Ilmoitukset eivät ole juuri nyt saatavilla, koska niitä säilyttävä palvelu ei vastaa. Yritä uudelleen muutaman minuutin kuluttua.',
  'error.tryAgain': 'Yritä uudelleen',
  'error.serverTitle': 'Jokin meni vikaan',
  'error.serverText': 'Meidän päässämme tapahtunut virhe esti sivun latautumisen. Yritä myöhemmin uudelleen.',
  'error.goHome': 'Siirry etusivulle',
};

export default fi;
