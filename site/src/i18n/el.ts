// The portal's interface strings in Greek. Keys and order follow en.ts; see README.md for the rules.
// The reader is addressed in the polite plural. Units are written as Greek readers expect them in running text
// (κιλά, μ., τ.μ., κ.μ., χλμ.). No value is identical to English.
import type { Catalog } from './en';

const el: Catalog = {
  'site.name': 'Community Sharing',
  'site.description':
    'Οι δήμοι της Ευρωπαϊκής Ένωσης και των Δυτικών Βαλκανίων προσφέρουν δωρεάν ο ένας στον άλλον ό,τι έχει ο ένας και χρειάζεται ο άλλος.',

  // Page frame
  'frame.skipLink': 'Μετάβαση στο κύριο περιεχόμενο',
  'frame.mainNav': 'Κύρια πλοήγηση',
  'frame.listings': 'Αγγελίες',
  'frame.municipalities': 'Δήμοι',
  'frame.news': 'Νέα',
  'frame.login': 'Σύνδεση',
  'frame.language': 'Γλώσσα',
  'frame.languageChoose': 'Επιλέξτε γλώσσα',
  'frame.footerNav': 'Σχετικά με την πλατφόρμα',
  'frame.footerText':
    'Πλατφόρμα των εθνικών ενώσεων δήμων, ανοιχτή σε κάθε δήμο της Ευρωπαϊκής Ένωσης και των Δυτικών Βαλκανίων.',
  'frame.feed': 'Ροή νέων αγγελιών',
  'frame.sitemap': 'Χάρτης ιστοτόπου',

  // Home page
  'home.title': 'Δήμοι που μοιράζονται ό,τι έχουν με όσους το χρειάζονται',
  'home.intro':
    'Το Community Sharing είναι ο τόπος όπου οι δήμοι της Ευρωπαϊκής Ένωσης και των Δυτικών Βαλκανίων προσφέρουν δωρεάν ο ένας στον άλλον ό,τι έχει ο ένας και χρειάζεται ο άλλος: τεχνογνωσία, έμπειρα διευθυντικά στελέχη, εθελοντές, εξοπλισμό, αγαθά, υλικά και υπηρεσίες. Τους βοηθά επίσης να βρίσκουν επενδυτές για αναξιοποίητους τοπικούς πόρους και εταίρους για τοπικές επιχειρήσεις.',
  'home.browseAll': 'Δείτε όλες τις αγγελίες',
  'home.figuresHeading': 'Η πλατφόρμα σε αριθμούς',
  'home.latestOffers': 'Πρόσφατες προσφορές',
  'home.latestRequests': 'Πρόσφατα αιτήματα',
  'home.allOffers': 'Δείτε όλες τις προσφορές',
  'home.allRequests': 'Δείτε όλα τα αιτήματα',
  'home.nothingYet': 'Δεν έχει δημοσιευθεί ακόμη τίποτα εδώ.',
  'home.kindsHeading': 'Τι μοιράζονται οι δήμοι',
  'home.kindCount': '{count, plural, =0 {Καμία ενεργή αγγελία} one {# ενεργή αγγελία} other {# ενεργές αγγελίες}}',

  // Live figures: the number is shown large above these words, so they carry no number themselves.
  'stats.municipalities': '{count, plural, one {δήμος-μέλος} other {δήμοι-μέλη}}',
  'stats.countries': '{count, plural, one {χώρα} other {χώρες}}',
  'stats.openOffers': '{count, plural, one {ενεργή προσφορά} other {ενεργές προσφορές}}',
  'stats.openRequests': '{count, plural, one {ενεργό αίτημα} other {ενεργά αιτήματα}}',
  'stats.completedExchanges': '{count, plural, one {ολοκληρωμένη ανταλλαγή} other {ολοκληρωμένες ανταλλαγές}}',

  // Listing types
  'type.offer': 'Προσφορά',
  'type.request': 'Αίτημα',
  'type.offers': 'Προσφορές',
  'type.requests': 'Αιτήματα',
  'listing.urgent': 'Επείγον',

  // Search page
  'search.title': 'Αγγελίες',
  'search.titleOffers': 'Προσφορές',
  'search.titleRequests': 'Αιτήματα',
  'search.intro': 'Αναζητήστε σε όλα όσα προσφέρουν και ζητούν οι δήμοι, σε όλες τις γλώσσες της πλατφόρμας.',
  'search.label': 'Αναζήτηση αγγελιών',
  'search.hint': 'Για παράδειγμα: πυροσβεστικό όχημα, σχολικά έπιπλα, εθελοντές για καθαρισμό',
  'search.submit': 'Αναζήτηση',
  'search.filters': 'Φίλτρα',
  'search.applyFilters': 'Εφαρμογή φίλτρων',
  'search.clearFilters': 'Κατάργηση όλων των φίλτρων',
  'search.sort': 'Ταξινόμηση κατά',
  'search.sortRelevance': 'Συνάφεια',
  'search.sortNewest': 'Νεότερες πρώτα',
  'search.resultsHeading': 'Αποτελέσματα',
  'search.resultCount': '{count, plural, =0 {Δεν βρέθηκαν αγγελίες} one {Βρέθηκε # αγγελία} other {Βρέθηκαν # αγγελίες}}',
  'search.noResultsHint': 'Δοκιμάστε άλλες ή λιγότερες λέξεις ή αφαιρέστε ορισμένα φίλτρα.',
  'search.invalidParameters': 'Ορισμένες ρυθμίσεις αναζήτησης δεν αναγνωρίστηκαν και παραλείφθηκαν.',
  'search.loading': 'Ενημέρωση αποτελεσμάτων…',
  'search.sortNearest': 'Πλησιέστερες πρώτα',
  'distance.legend': 'Απόσταση',
  'distance.near': 'Κοντά στον δήμο',
  'distance.nearHint': 'Δήμος-μέλος, σε οποιοδήποτε αλφάβητο: για παράδειγμα Θεσσαλονίκη ή Thessaloniki',
  'distance.radius': 'Σε ακτίνα',
  'distance.anyRadius': 'Οποιαδήποτε απόσταση',
  'distance.radiusValue': '{km} χλμ.',
  'distance.found': 'Σημείο αναφοράς για τις αποστάσεις: {place}.',
  'distance.notFound': 'Δεν υπάρχει δήμος-μέλος με το όνομα «{name}». Ελέγξτε την ορθογραφία ή επιλέξτε έναν δήμο από τον κατάλογο των δήμων-μελών.',
  'distance.ambiguous': 'Με το «{name}» ταιριάζουν αρκετοί δήμοι-μέλη. Επιλέξτε έναν:',
  'municipality.nearby': 'Αγγελίες σε ακτίνα 100 χλμ.',

  // Facets
  'facet.type': 'Τύπος',
  'facet.kind': 'Είδος',
  'facet.cpv': 'Κατηγορία',
  'facet.country': 'Χώρα',
  'facet.municipality': 'Δήμος',
  'facet.delivery': 'Τρόπος παράδοσης',
  'facet.language': 'Γλώσσα εργασίας',
  'facet.anyType': 'Προσφορές και αιτήματα',
  'facet.showAll': 'Εμφάνιση όλων ({count})',
  'facet.valueWithCount': '{label} ({count})',

  // Pagination
  'pagination.label': 'Σελίδες αποτελεσμάτων',
  'pagination.previous': 'Προηγούμενη σελίδα',
  'pagination.next': 'Επόμενη σελίδα',
  'pagination.page': 'Σελίδα {page}',
  'pagination.status': 'Σελίδα {page} από {pages}',

  // A listing in a list
  'card.publishedOn': 'Δημοσιεύθηκε στις {date}',
  'card.openUntil': 'Ενεργή έως τις {date}',
  'card.distance': 'Σε απόσταση {distance} χλμ.',
  'card.place': '{municipality}, {country}',

  // A listing's own page
  'listing.details': 'Λεπτομέρειες',
  'listing.description': 'Περιγραφή',
  'listing.fieldKind': 'Είδος',
  'listing.fieldCategories': 'Κατηγορίες (CPV)',
  'listing.fieldQuantity': 'Ποσότητα',
  'listing.fieldRemaining': 'Υπόλοιπο διαθέσιμο',
  'listing.fieldCondition': 'Κατάσταση',
  'listing.fieldAvailableFrom': 'Διαθέσιμο από',
  'listing.fieldNeededBy': 'Απαιτείται έως',
  'listing.fieldOpenUntil': 'Ενεργή έως',
  'listing.fieldDelivery': 'Τρόπος παράδοσης',
  'listing.fieldWorkingLanguages': 'Γλώσσες εργασίας',
  'listing.fieldPlace': 'Τόπος',
  'listing.fieldPublished': 'Ημερομηνία δημοσίευσης',
  'listing.fieldStatus': 'Κατάσταση αγγελίας',
  'listing.statusPublished': 'Ενεργή',
  'listing.statusClosed': 'Κλειστή',
  'listing.statusExpired': 'Έληξε',
  'listing.closedNotice': 'Η αγγελία αυτή έχει κλείσει και δεν δέχεται πλέον απαντήσεις.',
  'listing.expiredNotice': 'Η αγγελία αυτή έχει λήξει και δεν δέχεται πλέον απαντήσεις.',
  'listing.cpvFallback': 'Όνομα κατηγορίας στα {language}',
  'listing.photos': 'Φωτογραφίες',
  'listing.otherLanguages': 'Το κείμενο είναι διαθέσιμο και στα:',
  'listing.postedBy': 'Δημοσιεύθηκε από',
  'listing.location': 'Τοποθεσία',
  'listing.answerOffer': 'Ζητήστε αυτή την προσφορά',
  'listing.answerRequest': 'Απαντήστε σε αυτό το αίτημα',
  'listing.answerNeedsLogin': 'Θα σας ζητηθεί να συνδεθείτε ως μέλος επαληθευμένου δήμου.',
  'listing.matchingForOffer': 'Αιτήματα που θα μπορούσε να καλύψει αυτή η προσφορά',
  'listing.matchingForRequest': 'Προσφορές που θα μπορούσαν να καλύψουν αυτό το αίτημα',
  'listing.similarOffers': 'Παρόμοιες προσφορές',
  'listing.similarRequests': 'Παρόμοια αιτήματα',
  'listing.noneRelated': 'Δεν υπάρχουν προς το παρόν.',
  'listing.backToListings': 'Επιστροφή στις αγγελίες',

  // Language of member-written text
  'language.original': 'Πρωτότυπο κείμενο στα {language}',
  'language.notTranslated': 'Δεν υπάρχει ακόμη μετάφραση στη γλώσσα σας: το κείμενο εμφανίζεται όπως γράφτηκε.',
  'language.translatedFrom': 'Μετάφραση από τα {language}',
  'language.contentFallback': 'Το κείμενο αυτό δεν είναι ακόμη διαθέσιμο στη γλώσσα σας.',

  // Values of a listing's fields
  'condition.new': 'Καινούργιο',
  'condition.like-new': 'Σαν καινούργιο',
  'condition.good': 'Καλή κατάσταση',
  'condition.fair': 'Μέτρια κατάσταση',
  'condition.for-parts': 'Για ανταλλακτικά ή ανακύκλωση',
  'delivery.pickup': 'Παραλαβή από τον αποδέκτη',
  'delivery.delivery': 'Παράδοση από τον πάροχο',
  'delivery.remote': 'Εξ αποστάσεως',
  'delivery.on-site': 'Επιτόπου',
  'unit.piece': '{count, plural, one {# τεμάχιο} other {# τεμάχια}}',
  'unit.kg': '{count, plural, one {# κιλό} other {# κιλά}}',
  'unit.tonne': '{count, plural, one {# τόνος} other {# τόνοι}}',
  'unit.litre': '{count, plural, one {# λίτρο} other {# λίτρα}}',
  'unit.m': '{count} μ.',
  'unit.m2': '{count} τ.μ.',
  'unit.m3': '{count} κ.μ.',
  'unit.hour': '{count, plural, one {# ώρα} other {# ώρες}}',
  'unit.day': '{count, plural, one {# ημέρα} other {# ημέρες}}',
  'unit.person': '{count, plural, one {# άτομο} other {# άτομα}}',
  'unit.set': '{count, plural, one {# σετ} other {# σετ}}',
  'unit.pallet': '{count, plural, one {# παλέτα} other {# παλέτες}}',

  // Map
  'map.label': 'Χάρτης της Ευρώπης που δείχνει πού βρίσκεται {place}',
  'map.caption': '{place}, {country}: γεωγραφικό πλάτος {lat}, γεωγραφικό μήκος {lng}',

  // Municipalities
  'municipalities.title': 'Δήμοι-μέλη',
  'municipalities.intro': 'Κάθε δήμος του καταλόγου έχει επαληθευτεί από την εθνική ένωση δήμων της χώρας του.',
  'municipalities.findLabel': 'Αναζήτηση δήμου με βάση το όνομα',
  'municipalities.countryLabel': 'Χώρα',
  'municipalities.allCountries': 'Όλες οι χώρες',
  'municipalities.show': 'Εμφάνιση',
  'municipalities.count': '{count, plural, =0 {Δεν βρέθηκαν δήμοι} one {# δήμος} other {# δήμοι}}',
  'municipalities.byCountry': 'Χώρες',
  'municipalities.openListings': '{count, plural, =0 {Καμία ενεργή αγγελία} one {# ενεργή αγγελία} other {# ενεργές αγγελίες}}',
  'municipality.population': 'Πληθυσμός',
  'municipality.website': 'Ιστότοπος',
  'municipality.country': 'Χώρα',
  'municipality.languages': 'Γλώσσες',
  'municipality.about': 'Σχετικά με τον δήμο',
  'municipality.record': 'Δραστηριότητα στην πλατφόρμα',
  'municipality.openListingsHeading': 'Ενεργές αγγελίες',
  'municipality.noOpenListings': 'Ο δήμος δεν έχει ενεργές αγγελίες αυτή τη στιγμή.',
  'municipality.allListings': '{municipality}: όλες οι αγγελίες',

  // Pages and news
  'news.title': 'Νέα',
  'news.intro': 'Νέα από την ένωση και από τους δήμους της πλατφόρμας.',
  'news.none': 'Δεν υπάρχουν ακόμη νέα.',
  'news.publishedOn': 'Δημοσιεύθηκε στις {date}',
  'news.backToNews': 'Επιστροφή σε όλα τα νέα',

  // Log in
  'login.title': 'Σύνδεση',
  'login.intro':
    'Τα μέλη επαληθευμένων δήμων συνδέονται για να απαντούν σε αγγελίες, να δημοσιεύουν τις δικές τους και να παρακολουθούν τις ανταλλαγές τους.',
  'login.unavailable': 'Η σύνδεση στην πύλη δεν είναι ακόμη διαθέσιμη. Παρακαλούμε επισκεφθείτε μας ξανά σύντομα.',
  'login.back': 'Επιστροφή στην αγγελία',

  // Feed
  'feed.title': 'Νέες αγγελίες στο Community Sharing',
  'feed.filtered': 'Νέες αγγελίες στο Community Sharing: {filters}',

  // Errors
  'error.notFoundTitle': 'Η σελίδα δεν βρέθηκε',
  'error.notFoundText': 'Η σελίδα που αναζητάτε δεν υπάρχει ή δεν είναι πλέον δημόσια.',
  'error.unavailableTitle': 'Προσωρινά μη διαθέσιμο',
  'error.unavailableText':
    'Οι αγγελίες δεν είναι προσβάσιμες αυτή τη στιγμή, επειδή η υπηρεσία που τις φιλοξενεί δεν αποκρίνεται. Παρακαλούμε δοκιμάστε ξανά σε λίγα λεπτά.',
  'error.tryAgain': 'Δοκιμάστε ξανά',
  'error.serverTitle': 'Κάτι πήγε στραβά',
  'error.serverText': 'Ένα σφάλμα από την πλευρά μας εμπόδισε τη φόρτωση αυτής της σελίδας. Παρακαλούμε δοκιμάστε ξανά αργότερα.',
  'error.goHome': 'Μετάβαση στην αρχική σελίδα',
};

export default el;
