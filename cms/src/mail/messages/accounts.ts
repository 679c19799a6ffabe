// The account mails (confirmation, password reset, invitation, "a municipality waits" for editors) in every
// locale of config/. Placeholders in braces ({name}, {link}, ...) are filled by accountMail(); the HTML
// alternative is built from the escaped text only.
import { LOCALE_CODES, type LocaleCode } from '@community-sharing/config';

export type AccountMailKind = 'confirm' | 'reset' | 'invitation' | 'editorWaiting';

export interface MailText {
  subject: string;
  /** Paragraphs separated by blank lines; {link} stands alone on its line. */
  body: string;
}

export type AccountTexts = Record<AccountMailKind, MailText> & { greeting: string; greetingNamed: string; signature: string };

export interface AccountMail {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

/** The mail of a kind in a locale (English for an unknown locale), with its parameters filled in. */
export function accountMail(kind: AccountMailKind, locale: LocaleCode, params: Record<string, string | number>): AccountMail {
  const texts = ACCOUNT_TEXTS[(LOCALE_CODES as readonly string[]).includes(locale) ? locale : 'en'];
  const message = texts[kind];
  const name = String(params.name ?? '').trim();
  const greeting = kind === 'editorWaiting' || !name ? texts.greeting : fill(texts.greetingNamed, { name });
  const body = fill(message.body, params);
  const text = `${greeting}\n\n${body}\n\n${texts.signature}\n`;
  const link = String(params.link ?? '');
  const html = `<!doctype html><html lang="${escapeHtml(locale)}"><body>${[greeting, ...body.split(/\n{2,}/), texts.signature]
    .map((paragraph) => {
      const escaped = escapeHtml(paragraph).replace(/\n/g, '<br>');
      return `<p>${link ? escaped.replace(escapeHtml(link), `<a href="${escapeHtml(link)}">${escapeHtml(link)}</a>`) : escaped}</p>`;
    })
    .join('')}</body></html>`;
  return { subject: fill(message.subject, params), text, html };
}

// ---------------------------------------------------------------------------------------------------------
// The texts. {name}: the person; {municipality}; {link}; {days} / {minutes}: how long the link works;
// {inviter}: who invites; {country}, {email}: of the registrant (editor mail).

export const ACCOUNT_TEXTS: Record<LocaleCode, AccountTexts> = {
  cs: {
    greeting: "Dobrý den,",
    greetingNamed: "Dobrý den, {name},",
    signature: "Community Sharing — obce sdílejí, co mají, s těmi, kdo to potřebují",
    confirm: {
      subject: "Potvrďte svou e-mailovou adresu pro Community Sharing",
      body: "Zaregistrovali jste {municipality} na Community Sharing. Potvrďte prosím svou e-mailovou adresu otevřením tohoto odkazu:\n\n{link}\n\nOdkaz platí {days} dní. Po potvrzení vaši registraci zkontroluje redaktor; dáme vám vědět, až bude moci vaše obec zveřejňovat nabídky.\n\nPokud jste se neregistrovali, tento e-mail ignorujte.",
    },
    reset: {
      subject: "Obnovení hesla pro Community Sharing",
      body: "Někdo požádal o obnovení hesla k vašemu účtu na Community Sharing. Nové heslo zvolíte po otevření tohoto odkazu:\n\n{link}\n\nOdkaz platí {minutes} minut a lze jej použít jen jednou. Pokud jste o to nežádali, tento e-mail ignorujte: vaše heslo zůstane beze změny.",
    },
    invitation: {
      subject: "{inviter} vás zve, abyste se připojili k {municipality} na Community Sharing",
      body: "{inviter} vás zve, abyste zastupovali {municipality} na Community Sharing, platformě, na které si obce navzájem dávají, co jedna má a druhá potřebuje.\n\nÚčet si vytvoříte po otevření tohoto odkazu:\n\n{link}\n\nPozvánka platí {days} dní.",
    },
    editorWaiting: {
      subject: "Obec čeká na ověření: {municipality} ({country})",
      body: "{name} <{email}> zaregistroval(a) {municipality} ({country}) a čeká na ověření.\n\nZkontrolujte registraci v administraci:\n\n{link}",
    },
  },
  da: {
    greeting: "Goddag,",
    greetingNamed: "Goddag {name},",
    signature: "Community Sharing — kommuner deler det, de har, med dem, der har brug for det",
    confirm: {
      subject: "Bekræft din e-mailadresse til Community Sharing",
      body: "Du har registreret {municipality} på Community Sharing. Bekræft din e-mailadresse ved at åbne dette link:\n\n{link}\n\nLinket virker i {days} dage. Når adressen er bekræftet, gennemgår en redaktør din registrering; vi giver dig besked, når din kommune kan offentliggøre opslag.\n\nHvis du ikke har registreret dig, kan du se bort fra denne e-mail.",
    },
    reset: {
      subject: "Nulstil din adgangskode til Community Sharing",
      body: "Nogen har bedt om at nulstille adgangskoden til din konto på Community Sharing. Åbn dette link for at vælge en ny adgangskode:\n\n{link}\n\nLinket virker i {minutes} minutter og kun én gang. Hvis du ikke har bedt om det, kan du se bort fra denne e-mail: din adgangskode forbliver uændret.",
    },
    invitation: {
      subject: "{inviter} inviterer dig til at repræsentere {municipality} på Community Sharing",
      body: "{inviter} inviterer dig til at repræsentere {municipality} på Community Sharing, platformen hvor kommuner giver hinanden det, den ene har og den anden mangler.\n\nÅbn dette link for at oprette din konto:\n\n{link}\n\nInvitationen gælder i {days} dage.",
    },
    editorWaiting: {
      subject: "En kommune venter på godkendelse: {municipality} ({country})",
      body: "{name} <{email}> har registreret {municipality} ({country}) og venter på godkendelse.\n\nGennemgå registreringen i administrationen:\n\n{link}",
    },
  },
  el: {
    greeting: "Γεια σας,",
    greetingNamed: "Γεια σας, {name},",
    signature: "Community Sharing — οι δήμοι μοιράζονται ό,τι έχουν με όσους το χρειάζονται",
    confirm: {
      subject: "Επιβεβαιώστε τη διεύθυνση ηλεκτρονικού ταχυδρομείου σας για το Community Sharing",
      body: "Καταχωρίσατε τον δήμο {municipality} στο Community Sharing. Επιβεβαιώστε τη διεύθυνση ηλεκτρονικού ταχυδρομείου σας ανοίγοντας αυτόν τον σύνδεσμο:\n\n{link}\n\nΟ σύνδεσμος ισχύει για {days} ημέρες. Μετά την επιβεβαίωση, ένας συντάκτης θα ελέγξει την εγγραφή σας· θα σας ενημερώσουμε όταν ο δήμος σας μπορεί να δημοσιεύει αγγελίες.\n\nΑν δεν κάνατε εσείς την εγγραφή, αγνοήστε αυτό το μήνυμα.",
    },
    reset: {
      subject: "Επαναφορά του κωδικού πρόσβασής σας στο Community Sharing",
      body: "Ζητήθηκε επαναφορά του κωδικού πρόσβασης του λογαριασμού σας στο Community Sharing. Για να ορίσετε νέο κωδικό, ανοίξτε αυτόν τον σύνδεσμο:\n\n{link}\n\nΟ σύνδεσμος ισχύει για {minutes} λεπτά και μόνο μία φορά. Αν δεν το ζητήσατε εσείς, αγνοήστε αυτό το μήνυμα: ο κωδικός σας παραμένει ο ίδιος.",
    },
    invitation: {
      subject: "Ο/Η {inviter} σας προσκαλεί στον δήμο {municipality} στο Community Sharing",
      body: "Ο/Η {inviter} σας προσκαλεί να εκπροσωπείτε τον δήμο {municipality} στο Community Sharing, την πλατφόρμα όπου οι δήμοι δίνουν ο ένας στον άλλον ό,τι έχει ο ένας και χρειάζεται ο άλλος.\n\nΓια να δημιουργήσετε τον λογαριασμό σας, ανοίξτε αυτόν τον σύνδεσμο:\n\n{link}\n\nΗ πρόσκληση ισχύει για {days} ημέρες.",
    },
    editorWaiting: {
      subject: "Δήμος αναμένει επαλήθευση: {municipality} ({country})",
      body: "Ο/Η {name} <{email}> καταχώρισε τον δήμο {municipality} ({country}) και αναμένει επαλήθευση.\n\nΕλέγξτε την εγγραφή στη διαχείριση:\n\n{link}",
    },
  },
  es: {
    greeting: "Hola:",
    greetingNamed: "Hola, {name}:",
    signature: "Community Sharing: municipios que comparten lo que tienen con quienes lo necesitan",
    confirm: {
      subject: "Confirme su dirección de correo electrónico para Community Sharing",
      body: "Ha registrado {municipality} en Community Sharing. Confirme su dirección de correo electrónico abriendo este enlace:\n\n{link}\n\nEl enlace es válido durante {days} días. Una vez confirmada, un editor revisará su registro; le avisaremos cuando su municipio pueda publicar anuncios.\n\nSi no se ha registrado, ignore este mensaje.",
    },
    reset: {
      subject: "Restablezca su contraseña de Community Sharing",
      body: "Alguien ha solicitado restablecer la contraseña de su cuenta de Community Sharing. Para elegir una contraseña nueva, abra este enlace:\n\n{link}\n\nEl enlace es válido durante {minutes} minutos y solo una vez. Si no lo ha solicitado, ignore este mensaje: su contraseña no cambiará.",
    },
    invitation: {
      subject: "{inviter} le invita a unirse a {municipality} en Community Sharing",
      body: "{inviter} le invita a representar a {municipality} en Community Sharing, la plataforma en la que los municipios se dan unos a otros lo que uno tiene y otro necesita.\n\nPara crear su cuenta, abra este enlace:\n\n{link}\n\nLa invitación es válida durante {days} días.",
    },
    editorWaiting: {
      subject: "Un municipio espera verificación: {municipality} ({country})",
      body: "{name} <{email}> ha registrado {municipality} ({country}) y espera la verificación.\n\nRevise el registro en la administración:\n\n{link}",
    },
  },
  et: {
    greeting: "Tere!",
    greetingNamed: "Tere, {name}!",
    signature: "Community Sharing — omavalitsused jagavad oma varasid nendega, kes neid vajavad",
    confirm: {
      subject: "Kinnitage oma e-posti aadress Community Sharingus",
      body: "Registreerisite omavalitsuse {municipality} Community Sharingus. Palun kinnitage oma e-posti aadress, avades selle lingi:\n\n{link}\n\nLink kehtib {days} päeva. Pärast kinnitamist kontrollib toimetaja teie registreeringu; anname teada, kui teie omavalitsus saab kuulutusi avaldada.\n\nKui te ei registreerunud, jätke see kiri tähelepanuta.",
    },
    reset: {
      subject: "Community Sharingu parooli lähtestamine",
      body: "Keegi palus teie Community Sharingu konto parooli lähtestada. Uue parooli valimiseks avage see link:\n\n{link}\n\nLink kehtib {minutes} minutit ja ainult üks kord. Kui te seda ei palunud, jätke see kiri tähelepanuta: teie parool jääb samaks.",
    },
    invitation: {
      subject: "{inviter} kutsub teid esindama omavalitsust {municipality} Community Sharingus",
      body: "{inviter} kutsub teid esindama omavalitsust {municipality} Community Sharingus — platvormil, kus omavalitsused annavad üksteisele seda, mis ühel on ja teisel vaja.\n\nKonto loomiseks avage see link:\n\n{link}\n\nKutse kehtib {days} päeva.",
    },
    editorWaiting: {
      subject: "Omavalitsus ootab kinnitamist: {municipality} ({country})",
      body: "{name} <{email}> registreeris omavalitsuse {municipality} ({country}) ja ootab kinnitamist.\n\nKontrollige registreeringut halduses:\n\n{link}",
    },
  },
  fi: {
    greeting: "Hei,",
    greetingNamed: "Hei {name},",
    signature: "Community Sharing — kunnat jakavat sen, mitä niillä on, niille, jotka sitä tarvitsevat",
    confirm: {
      subject: "Vahvista sähköpostiosoitteesi Community Sharing -palveluun",
      body: "Olet rekisteröinyt kunnan {municipality} Community Sharing -palveluun. Vahvista sähköpostiosoitteesi avaamalla tämä linkki:\n\n{link}\n\nLinkki on voimassa {days} päivää. Vahvistuksen jälkeen toimittaja tarkistaa rekisteröinnin; ilmoitamme, kun kuntasi voi julkaista ilmoituksia.\n\nJos et rekisteröitynyt, voit jättää tämän viestin huomiotta.",
    },
    reset: {
      subject: "Vaihda Community Sharing -salasanasi",
      body: "Community Sharing -tilisi salasanan vaihtamista on pyydetty. Valitse uusi salasana avaamalla tämä linkki:\n\n{link}\n\nLinkki on voimassa {minutes} minuuttia ja toimii vain kerran. Jos et pyytänyt vaihtoa, voit jättää tämän viestin huomiotta: salasanasi pysyy ennallaan.",
    },
    invitation: {
      subject: "{inviter} kutsuu sinut edustamaan kuntaa {municipality} Community Sharing -palvelussa",
      body: "{inviter} kutsuu sinut edustamaan kuntaa {municipality} Community Sharing -palvelussa, jossa kunnat antavat toisilleen sitä, mitä yhdellä on ja toinen tarvitsee.\n\nLuo tilisi avaamalla tämä linkki:\n\n{link}\n\nKutsu on voimassa {days} päivää.",
    },
    editorWaiting: {
      subject: "Kunta odottaa vahvistusta: {municipality} ({country})",
      body: "{name} <{email}> on rekisteröinyt kunnan {municipality} ({country}) ja odottaa vahvistusta.\n\nTarkista rekisteröinti hallinnassa:\n\n{link}",
    },
  },
  fr: {
    greeting: "Bonjour,",
    greetingNamed: "Bonjour {name},",
    signature: "Community Sharing — des communes partagent ce qu'elles ont avec celles qui en ont besoin",
    confirm: {
      subject: "Confirmez votre adresse e-mail pour Community Sharing",
      body: "Vous avez inscrit {municipality} sur Community Sharing. Veuillez confirmer votre adresse e-mail en ouvrant ce lien :\n\n{link}\n\nLe lien est valable {days} jours. Une fois l'adresse confirmée, un éditeur vérifiera votre inscription ; nous vous préviendrons lorsque votre commune pourra publier des annonces.\n\nSi vous ne vous êtes pas inscrit, ignorez cet e-mail.",
    },
    reset: {
      subject: "Réinitialisez votre mot de passe Community Sharing",
      body: "Quelqu'un a demandé la réinitialisation du mot de passe de votre compte Community Sharing. Pour choisir un nouveau mot de passe, ouvrez ce lien :\n\n{link}\n\nLe lien est valable {minutes} minutes et une seule fois. Si vous n'êtes pas à l'origine de cette demande, ignorez cet e-mail : votre mot de passe reste inchangé.",
    },
    invitation: {
      subject: "{inviter} vous invite à rejoindre {municipality} sur Community Sharing",
      body: "{inviter} vous invite à représenter {municipality} sur Community Sharing, la plateforme où les communes se donnent ce que l'une possède et ce dont l'autre a besoin.\n\nPour créer votre compte, ouvrez ce lien :\n\n{link}\n\nL'invitation est valable {days} jours.",
    },
    editorWaiting: {
      subject: "Une commune attend sa vérification : {municipality} ({country})",
      body: "{name} <{email}> a inscrit {municipality} ({country}) et attend la vérification.\n\nVérifiez l'inscription dans l'administration :\n\n{link}",
    },
  },
  ga: {
    greeting: "Dia duit,",
    greetingNamed: "Dia duit, {name},",
    signature: "Community Sharing — bardais ag roinnt a bhfuil acu leo siúd a bhfuil sé de dhíth orthu",
    confirm: {
      subject: "Deimhnigh do sheoladh ríomhphoist do Community Sharing",
      body: "Chláraigh tú {municipality} ar Community Sharing. Deimhnigh do sheoladh ríomhphoist tríd an nasc seo a oscailt:\n\n{link}\n\nBeidh an nasc bailí ar feadh {days} lá. Nuair a bheidh sé deimhnithe, seiceálfaidh eagarthóir do chlárú; cuirfimid in iúl duit nuair is féidir le do bhardas fógraí a fhoilsiú.\n\nMura ndearna tusa an clárú, déan neamhaird den ríomhphost seo.",
    },
    reset: {
      subject: "Athshocraigh do phasfhocal Community Sharing",
      body: "Iarradh an pasfhocal do do chuntas Community Sharing a athshocrú. Chun pasfhocal nua a roghnú, oscail an nasc seo:\n\n{link}\n\nBeidh an nasc bailí ar feadh {minutes} nóiméad agus uair amháin amháin. Mura ndearna tusa an t-iarratas, déan neamhaird den ríomhphost seo: ní athrófar do phasfhocal.",
    },
    invitation: {
      subject: "Tugann {inviter} cuireadh duit bheith páirteach i {municipality} ar Community Sharing",
      body: "Tugann {inviter} cuireadh duit labhairt thar ceann {municipality} ar Community Sharing, an t-ardán ar a dtugann bardais dá chéile an rud atá ag bardas amháin agus a theastaíonn ó bhardas eile.\n\nChun do chuntas a chruthú, oscail an nasc seo:\n\n{link}\n\nBeidh an cuireadh bailí ar feadh {days} lá.",
    },
    editorWaiting: {
      subject: "Tá bardas ag fanacht le fíorú: {municipality} ({country})",
      body: "Chláraigh {name} <{email}> {municipality} ({country}) agus tá sé ag fanacht le fíorú.\n\nSeiceáil an clárú sa riarachán:\n\n{link}",
    },
  },
  hr: {
    greeting: "Poštovani,",
    greetingNamed: "Poštovani/Poštovana {name},",
    signature: "Community Sharing — općine dijele ono što imaju s onima kojima je potrebno",
    confirm: {
      subject: "Potvrdite svoju adresu e-pošte za Community Sharing",
      body: "Registrirali ste {municipality} na Community Sharingu. Potvrdite svoju adresu e-pošte otvaranjem ove poveznice:\n\n{link}\n\nPoveznica vrijedi {days} dana. Nakon potvrde urednik će provjeriti vašu registraciju; javit ćemo vam kada vaša općina bude mogla objavljivati oglase.\n\nAko se niste registrirali, zanemarite ovu poruku.",
    },
    reset: {
      subject: "Ponovno postavljanje lozinke za Community Sharing",
      body: "Netko je zatražio ponovno postavljanje lozinke vašeg računa na Community Sharingu. Novu lozinku odabrat ćete otvaranjem ove poveznice:\n\n{link}\n\nPoveznica vrijedi {minutes} minuta i samo jednom. Ako to niste zatražili, zanemarite ovu poruku: vaša lozinka ostaje ista.",
    },
    invitation: {
      subject: "{inviter} vas poziva da se pridružite općini {municipality} na Community Sharingu",
      body: "{inviter} vas poziva da predstavljate općinu {municipality} na Community Sharingu, platformi na kojoj općine jedna drugoj daju ono što jedna ima, a drugoj treba.\n\nRačun ćete otvoriti putem ove poveznice:\n\n{link}\n\nPoziv vrijedi {days} dana.",
    },
    editorWaiting: {
      subject: "Općina čeka provjeru: {municipality} ({country})",
      body: "{name} <{email}> registrirao/registrirala je {municipality} ({country}) i čeka provjeru.\n\nProvjerite registraciju u administraciji:\n\n{link}",
    },
  },
  hu: {
    greeting: "Tisztelt Címzett!",
    greetingNamed: "Kedves {name}!",
    signature: "Community Sharing — önkormányzatok megosztják, amijük van, azokkal, akiknek szükségük van rá",
    confirm: {
      subject: "Erősítse meg e-mail-címét a Community Sharing oldalon",
      body: "Ön regisztrálta a következő önkormányzatot a Community Sharing oldalon: {municipality}. Kérjük, erősítse meg e-mail-címét az alábbi hivatkozás megnyitásával:\n\n{link}\n\nA hivatkozás {days} napig érvényes. A megerősítés után egy szerkesztő ellenőrzi a regisztrációt; értesítjük, amikor önkormányzata hirdetéseket tehet közzé.\n\nHa nem Ön regisztrált, hagyja figyelmen kívül ezt az üzenetet.",
    },
    reset: {
      subject: "Community Sharing-jelszó visszaállítása",
      body: "Valaki kérte Community Sharing-fiókja jelszavának visszaállítását. Új jelszót az alábbi hivatkozás megnyitásával választhat:\n\n{link}\n\nA hivatkozás {minutes} percig érvényes, és csak egyszer használható. Ha nem Ön kérte, hagyja figyelmen kívül ezt az üzenetet: jelszava változatlan marad.",
    },
    invitation: {
      subject: "{inviter} meghívja, hogy csatlakozzon a Community Sharing oldalon: {municipality}",
      body: "{inviter} meghívja, hogy képviselje a következő önkormányzatot a Community Sharing oldalon: {municipality}. Ez az a platform, ahol az önkormányzatok odaadják egymásnak, ami az egyiknek megvan, a másiknak pedig kell.\n\nFiókja létrehozásához nyissa meg ezt a hivatkozást:\n\n{link}\n\nA meghívó {days} napig érvényes.",
    },
    editorWaiting: {
      subject: "Egy önkormányzat ellenőrzésre vár: {municipality} ({country})",
      body: "{name} <{email}> regisztrálta a következő önkormányzatot: {municipality} ({country}), és ellenőrzésre vár.\n\nEllenőrizze a regisztrációt az adminisztrációs felületen:\n\n{link}",
    },
  },
  it: {
    greeting: "Buongiorno,",
    greetingNamed: "Buongiorno {name},",
    signature: "Community Sharing — comuni che condividono ciò che hanno con chi ne ha bisogno",
    confirm: {
      subject: "Confermi il suo indirizzo e-mail per Community Sharing",
      body: "Ha registrato {municipality} su Community Sharing. Confermi il suo indirizzo e-mail aprendo questo link:\n\n{link}\n\nIl link è valido per {days} giorni. Dopo la conferma, un redattore verificherà la registrazione; la avviseremo quando il suo comune potrà pubblicare annunci.\n\nSe non si è registrato, ignori questa e-mail.",
    },
    reset: {
      subject: "Reimposti la password di Community Sharing",
      body: "È stata chiesta la reimpostazione della password del suo account Community Sharing. Per scegliere una nuova password, apra questo link:\n\n{link}\n\nIl link è valido per {minutes} minuti e una sola volta. Se non l'ha chiesto lei, ignori questa e-mail: la password resta invariata.",
    },
    invitation: {
      subject: "{inviter} la invita a unirsi a {municipality} su Community Sharing",
      body: "{inviter} la invita a rappresentare {municipality} su Community Sharing, la piattaforma in cui i comuni si danno l'un l'altro ciò che uno ha e all'altro serve.\n\nPer creare il suo account, apra questo link:\n\n{link}\n\nL'invito è valido per {days} giorni.",
    },
    editorWaiting: {
      subject: "Un comune attende la verifica: {municipality} ({country})",
      body: "{name} <{email}> ha registrato {municipality} ({country}) e attende la verifica.\n\nControlli la registrazione nell'amministrazione:\n\n{link}",
    },
  },
  lt: {
    greeting: "Sveiki,",
    greetingNamed: "Sveiki, {name},",
    signature: "Community Sharing — savivaldybės dalijasi tuo, ką turi, su tais, kam to reikia",
    confirm: {
      subject: "Patvirtinkite savo el. pašto adresą Community Sharing platformoje",
      body: "Užregistravote savivaldybę {municipality} Community Sharing platformoje. Patvirtinkite savo el. pašto adresą atidarę šią nuorodą:\n\n{link}\n\nNuoroda galioja {days} d. Patvirtinus, redaktorius patikrins jūsų registraciją; pranešime, kai jūsų savivaldybė galės skelbti skelbimus.\n\nJei nesiregistravote, į šį laišką nekreipkite dėmesio.",
    },
    reset: {
      subject: "Community Sharing slaptažodžio atkūrimas",
      body: "Kažkas paprašė atkurti jūsų Community Sharing paskyros slaptažodį. Norėdami pasirinkti naują slaptažodį, atidarykite šią nuorodą:\n\n{link}\n\nNuoroda galioja {minutes} min. ir tik vieną kartą. Jei to neprašėte, į šį laišką nekreipkite dėmesio: jūsų slaptažodis nepasikeis.",
    },
    invitation: {
      subject: "{inviter} kviečia jus prisijungti prie savivaldybės {municipality} Community Sharing platformoje",
      body: "{inviter} kviečia jus atstovauti savivaldybei {municipality} Community Sharing platformoje, kurioje savivaldybės viena kitai atiduoda tai, ką viena turi, o kitai reikia.\n\nNorėdami susikurti paskyrą, atidarykite šią nuorodą:\n\n{link}\n\nKvietimas galioja {days} d.",
    },
    editorWaiting: {
      subject: "Savivaldybė laukia patvirtinimo: {municipality} ({country})",
      body: "{name} <{email}> užregistravo savivaldybę {municipality} ({country}) ir laukia patvirtinimo.\n\nPatikrinkite registraciją administravimo skiltyje:\n\n{link}",
    },
  },
  lv: {
    greeting: "Labdien!",
    greetingNamed: "Labdien, {name}!",
    signature: "Community Sharing — pašvaldības dalās ar to, kas tām ir, ar tiem, kam tas vajadzīgs",
    confirm: {
      subject: "Apstipriniet savu e-pasta adresi Community Sharing platformā",
      body: "Jūs reģistrējāt pašvaldību {municipality} Community Sharing platformā. Lūdzu, apstipriniet savu e-pasta adresi, atverot šo saiti:\n\n{link}\n\nSaite ir derīga {days} dienas. Pēc apstiprināšanas redaktors pārbaudīs jūsu reģistrāciju; mēs jums paziņosim, kad jūsu pašvaldība varēs publicēt sludinājumus.\n\nJa jūs nereģistrējāties, neņemiet šo vēstuli vērā.",
    },
    reset: {
      subject: "Community Sharing paroles atiestatīšana",
      body: "Kāds pieprasīja atiestatīt jūsu Community Sharing konta paroli. Lai izvēlētos jaunu paroli, atveriet šo saiti:\n\n{link}\n\nSaite ir derīga {minutes} minūtes un tikai vienu reizi. Ja jūs to nepieprasījāt, neņemiet šo vēstuli vērā: jūsu parole paliek nemainīga.",
    },
    invitation: {
      subject: "{inviter} aicina jūs pievienoties pašvaldībai {municipality} Community Sharing platformā",
      body: "{inviter} aicina jūs pārstāvēt pašvaldību {municipality} Community Sharing platformā, kur pašvaldības cita citai dod to, kas vienai ir un otrai vajag.\n\nLai izveidotu kontu, atveriet šo saiti:\n\n{link}\n\nUzaicinājums ir derīgs {days} dienas.",
    },
    editorWaiting: {
      subject: "Pašvaldība gaida pārbaudi: {municipality} ({country})",
      body: "{name} <{email}> reģistrēja pašvaldību {municipality} ({country}) un gaida pārbaudi.\n\nPārbaudiet reģistrāciju administrēšanas sadaļā:\n\n{link}",
    },
  },
  mt: {
    greeting: "Bonġu,",
    greetingNamed: "Bonġu {name},",
    signature: "Community Sharing — il-kunsilli jaqsmu dak li għandhom ma' min għandu bżonnu",
    confirm: {
      subject: "Ikkonferma l-indirizz tal-email tiegħek għal Community Sharing",
      body: "Irreġistrajt lil {municipality} fuq Community Sharing. Jekk jogħġbok ikkonferma l-indirizz tal-email tiegħek billi tiftaħ din il-link:\n\n{link}\n\nIl-link hija valida għal {days} ijiem. Ladarba tikkonferma, editur jiċċekkja r-reġistrazzjoni tiegħek; ninfurmawk meta l-kunsill tiegħek ikun jista' jippubblika reklami.\n\nJekk ma rreġistrajtx, injora din l-email.",
    },
    reset: {
      subject: "Erġa’ issettja l-password tiegħek ta’ Community Sharing",
      body: "Xi ħadd talab li tiġi ssettjata mill-ġdid il-password tal-kont tiegħek fuq Community Sharing. Biex tagħżel password ġdida, iftaħ din il-link:\n\n{link}\n\nIl-link hija valida għal {minutes} minuta u darba biss. Jekk ma tlabtx dan, injora din l-email: il-password tiegħek tibqa' l-istess.",
    },
    invitation: {
      subject: "{inviter} jistiednek tingħaqad ma’ {municipality} fuq Community Sharing",
      body: "{inviter} jistiednek tirrappreżenta lil {municipality} fuq Community Sharing, il-pjattaforma fejn il-kunsilli jagħtu lil xulxin dak li wieħed għandu u l-ieħor għandu bżonn.\n\nBiex toħloq il-kont tiegħek, iftaħ din il-link:\n\n{link}\n\nL-istedina hija valida għal {days} ijiem.",
    },
    editorWaiting: {
      subject: "Kunsill qed jistenna l-verifika: {municipality} ({country})",
      body: "{name} <{email}> irreġistra lil {municipality} ({country}) u qed jistenna l-verifika.\n\nIċċekkja r-reġistrazzjoni fl-amministrazzjoni:\n\n{link}",
    },
  },
  nl: {
    greeting: "Goedendag,",
    greetingNamed: "Beste {name},",
    signature: "Community Sharing — gemeenten delen wat ze hebben met wie het nodig heeft",
    confirm: {
      subject: "Bevestig uw e-mailadres voor Community Sharing",
      body: "U hebt {municipality} geregistreerd op Community Sharing. Bevestig uw e-mailadres door deze link te openen:\n\n{link}\n\nDe link is {days} dagen geldig. Na de bevestiging controleert een redacteur uw registratie; we laten u weten wanneer uw gemeente advertenties kan publiceren.\n\nHebt u zich niet geregistreerd? Dan kunt u deze e-mail negeren.",
    },
    reset: {
      subject: "Stel uw wachtwoord voor Community Sharing opnieuw in",
      body: "Er is gevraagd het wachtwoord van uw account op Community Sharing opnieuw in te stellen. Open deze link om een nieuw wachtwoord te kiezen:\n\n{link}\n\nDe link is {minutes} minuten geldig en werkt maar één keer. Hebt u dit niet gevraagd? Dan kunt u deze e-mail negeren: uw wachtwoord blijft ongewijzigd.",
    },
    invitation: {
      subject: "{inviter} nodigt u uit om {municipality} te vertegenwoordigen op Community Sharing",
      body: "{inviter} nodigt u uit om {municipality} te vertegenwoordigen op Community Sharing, het platform waarop gemeenten elkaar geven wat de ene heeft en de andere nodig heeft.\n\nOpen deze link om uw account aan te maken:\n\n{link}\n\nDe uitnodiging is {days} dagen geldig.",
    },
    editorWaiting: {
      subject: "Een gemeente wacht op verificatie: {municipality} ({country})",
      body: "{name} <{email}> heeft {municipality} ({country}) geregistreerd en wacht op verificatie.\n\nControleer de registratie in het beheer:\n\n{link}",
    },
  },
  pl: {
    greeting: "Dzień dobry,",
    greetingNamed: "Dzień dobry, {name},",
    signature: "Community Sharing — gminy dzielą się tym, co mają, z tymi, którzy tego potrzebują",
    confirm: {
      subject: "Potwierdź swój adres e-mail w Community Sharing",
      body: "Zarejestrowano gminę {municipality} w Community Sharing. Potwierdź swój adres e-mail, otwierając ten link:\n\n{link}\n\nLink jest ważny przez {days} dni. Po potwierdzeniu redaktor sprawdzi rejestrację; poinformujemy Cię, gdy Twoja gmina będzie mogła publikować ogłoszenia.\n\nJeśli to nie Ty się rejestrowałeś(-aś), zignoruj tę wiadomość.",
    },
    reset: {
      subject: "Zresetuj hasło do Community Sharing",
      body: "Ktoś poprosił o zresetowanie hasła do Twojego konta w Community Sharing. Aby ustawić nowe hasło, otwórz ten link:\n\n{link}\n\nLink jest ważny przez {minutes} minut i tylko raz. Jeśli to nie Ty o to prosiłeś(-aś), zignoruj tę wiadomość: Twoje hasło pozostanie bez zmian.",
    },
    invitation: {
      subject: "{inviter} zaprasza Cię do reprezentowania gminy {municipality} w Community Sharing",
      body: "{inviter} zaprasza Cię do reprezentowania gminy {municipality} w Community Sharing — platformie, na której gminy przekazują sobie nawzajem to, co jedna ma, a druga potrzebuje.\n\nAby założyć konto, otwórz ten link:\n\n{link}\n\nZaproszenie jest ważne przez {days} dni.",
    },
    editorWaiting: {
      subject: "Gmina czeka na weryfikację: {municipality} ({country})",
      body: "{name} <{email}> zarejestrował(a) gminę {municipality} ({country}), która czeka na weryfikację.\n\nSprawdź rejestrację w panelu administracyjnym:\n\n{link}",
    },
  },
  pt: {
    greeting: "Olá,",
    greetingNamed: "Olá, {name},",
    signature: "Community Sharing — municípios que partilham o que têm com quem precisa",
    confirm: {
      subject: "Confirme o seu endereço de e-mail no Community Sharing",
      body: "Registou {municipality} no Community Sharing. Confirme o seu endereço de e-mail abrindo esta ligação:\n\n{link}\n\nA ligação é válida durante {days} dias. Após a confirmação, um editor verificará o seu registo; avisaremos quando o seu município puder publicar anúncios.\n\nSe não se registou, ignore este e-mail.",
    },
    reset: {
      subject: "Redefina a sua palavra-passe do Community Sharing",
      body: "Foi pedida a redefinição da palavra-passe da sua conta no Community Sharing. Para escolher uma nova palavra-passe, abra esta ligação:\n\n{link}\n\nA ligação é válida durante {minutes} minutos e apenas uma vez. Se não fez este pedido, ignore este e-mail: a sua palavra-passe mantém-se.",
    },
    invitation: {
      subject: "{inviter} convida-o a juntar-se a {municipality} no Community Sharing",
      body: "{inviter} convida-o a representar {municipality} no Community Sharing, a plataforma onde os municípios dão uns aos outros o que um tem e outro precisa.\n\nPara criar a sua conta, abra esta ligação:\n\n{link}\n\nO convite é válido durante {days} dias.",
    },
    editorWaiting: {
      subject: "Um município aguarda verificação: {municipality} ({country})",
      body: "{name} <{email}> registou {municipality} ({country}) e aguarda verificação.\n\nVerifique o registo na administração:\n\n{link}",
    },
  },
  ro: {
    greeting: "Bună ziua,",
    greetingNamed: "Bună ziua, {name},",
    signature: "Community Sharing — localitățile împart ce au cu cei care au nevoie",
    confirm: {
      subject: "Confirmați adresa de e-mail pentru Community Sharing",
      body: "Ați înregistrat {municipality} pe Community Sharing. Vă rugăm să vă confirmați adresa de e-mail deschizând acest link:\n\n{link}\n\nLinkul este valabil {days} zile. După confirmare, un editor vă va verifica înregistrarea; vă vom anunța când localitatea dumneavoastră poate publica anunțuri.\n\nDacă nu v-ați înregistrat, ignorați acest e-mail.",
    },
    reset: {
      subject: "Resetați parola pentru Community Sharing",
      body: "Cineva a cerut resetarea parolei contului dumneavoastră de pe Community Sharing. Pentru a alege o parolă nouă, deschideți acest link:\n\n{link}\n\nLinkul este valabil {minutes} de minute și o singură dată. Dacă nu ați cerut acest lucru, ignorați acest e-mail: parola rămâne neschimbată.",
    },
    invitation: {
      subject: "{inviter} vă invită să vă alăturați {municipality} pe Community Sharing",
      body: "{inviter} vă invită să reprezentați {municipality} pe Community Sharing, platforma pe care localitățile își oferă una alteia ce are una și de ce are nevoie cealaltă.\n\nPentru a vă crea contul, deschideți acest link:\n\n{link}\n\nInvitația este valabilă {days} zile.",
    },
    editorWaiting: {
      subject: "O localitate așteaptă verificarea: {municipality} ({country})",
      body: "{name} <{email}> a înregistrat {municipality} ({country}) și așteaptă verificarea.\n\nVerificați înregistrarea în administrare:\n\n{link}",
    },
  },
  sk: {
    greeting: "Dobrý deň,",
    greetingNamed: "Dobrý deň, {name},",
    signature: "Community Sharing — obce zdieľajú, čo majú, s tými, ktorí to potrebujú",
    confirm: {
      subject: "Potvrďte svoju e-mailovú adresu pre Community Sharing",
      body: "Zaregistrovali ste {municipality} na Community Sharing. Potvrďte, prosím, svoju e-mailovú adresu otvorením tohto odkazu:\n\n{link}\n\nOdkaz platí {days} dní. Po potvrdení vašu registráciu skontroluje redaktor; dáme vám vedieť, keď bude môcť vaša obec zverejňovať ponuky.\n\nAk ste sa neregistrovali, tento e-mail ignorujte.",
    },
    reset: {
      subject: "Obnovenie hesla pre Community Sharing",
      body: "Niekto požiadal o obnovenie hesla k vášmu účtu na Community Sharing. Nové heslo si zvolíte po otvorení tohto odkazu:\n\n{link}\n\nOdkaz platí {minutes} minút a len raz. Ak ste o to nežiadali, tento e-mail ignorujte: vaše heslo zostane nezmenené.",
    },
    invitation: {
      subject: "{inviter} vás pozýva, aby ste sa pripojili k {municipality} na Community Sharing",
      body: "{inviter} vás pozýva, aby ste zastupovali {municipality} na Community Sharing, platforme, na ktorej si obce navzájom dávajú to, čo jedna má a druhá potrebuje.\n\nÚčet si vytvoríte po otvorení tohto odkazu:\n\n{link}\n\nPozvánka platí {days} dní.",
    },
    editorWaiting: {
      subject: "Obec čaká na overenie: {municipality} ({country})",
      body: "{name} <{email}> zaregistroval(a) {municipality} ({country}) a čaká na overenie.\n\nSkontrolujte registráciu v administrácii:\n\n{link}",
    },
  },
  sl: {
    greeting: "Pozdravljeni,",
    greetingNamed: "Pozdravljeni, {name},",
    signature: "Community Sharing — občine delijo, kar imajo, s tistimi, ki to potrebujejo",
    confirm: {
      subject: "Potrdite svoj e-poštni naslov za Community Sharing",
      body: "Občino {municipality} ste registrirali na Community Sharing. Potrdite svoj e-poštni naslov tako, da odprete to povezavo:\n\n{link}\n\nPovezava velja {days} dni. Po potrditvi bo urednik preveril vašo registracijo; obvestili vas bomo, ko bo vaša občina lahko objavljala oglase.\n\nČe se niste registrirali, to sporočilo prezrite.",
    },
    reset: {
      subject: "Ponastavitev gesla za Community Sharing",
      body: "Nekdo je zahteval ponastavitev gesla za vaš račun na Community Sharing. Novo geslo izberete tako, da odprete to povezavo:\n\n{link}\n\nPovezava velja {minutes} minut in samo enkrat. Če tega niste zahtevali, sporočilo prezrite: vaše geslo ostane nespremenjeno.",
    },
    invitation: {
      subject: "{inviter} vas vabi, da se pridružite občini {municipality} na Community Sharing",
      body: "{inviter} vas vabi, da zastopate občino {municipality} na Community Sharing, platformi, na kateri si občine dajejo, kar ena ima in druga potrebuje.\n\nRačun ustvarite tako, da odprete to povezavo:\n\n{link}\n\nVabilo velja {days} dni.",
    },
    editorWaiting: {
      subject: "Občina čaka na preverjanje: {municipality} ({country})",
      body: "{name} <{email}> je registriral(a) občino {municipality} ({country}), ki čaka na preverjanje.\n\nPreverite registracijo v administraciji:\n\n{link}",
    },
  },
  sv: {
    greeting: "Hej,",
    greetingNamed: "Hej {name},",
    signature: "Community Sharing — kommuner delar med sig av det de har till dem som behöver det",
    confirm: {
      subject: "Bekräfta din e-postadress för Community Sharing",
      body: "Du har registrerat {municipality} på Community Sharing. Bekräfta din e-postadress genom att öppna den här länken:\n\n{link}\n\nLänken gäller i {days} dagar. När adressen är bekräftad granskar en redaktör din registrering; vi meddelar dig när din kommun kan publicera annonser.\n\nOm du inte har registrerat dig kan du bortse från det här meddelandet.",
    },
    reset: {
      subject: "Återställ ditt lösenord för Community Sharing",
      body: "Någon har begärt att lösenordet till ditt konto på Community Sharing ska återställas. Öppna den här länken för att välja ett nytt lösenord:\n\n{link}\n\nLänken gäller i {minutes} minuter och bara en gång. Om du inte har begärt det kan du bortse från det här meddelandet: ditt lösenord förblir oförändrat.",
    },
    invitation: {
      subject: "{inviter} bjuder in dig att företräda {municipality} på Community Sharing",
      body: "{inviter} bjuder in dig att företräda {municipality} på Community Sharing, plattformen där kommuner ger varandra det som den ena har och den andra behöver.\n\nÖppna den här länken för att skapa ditt konto:\n\n{link}\n\nInbjudan gäller i {days} dagar.",
    },
    editorWaiting: {
      subject: "En kommun väntar på granskning: {municipality} ({country})",
      body: "{name} <{email}> har registrerat {municipality} ({country}) och väntar på granskning.\n\nGranska registreringen i administrationen:\n\n{link}",
    },
  },
  sq: {
    greeting: "Përshëndetje,",
    greetingNamed: "Përshëndetje, {name},",
    signature: "Community Sharing — bashkitë ndajnë atë që kanë me ata që kanë nevojë",
    confirm: {
      subject: "Konfirmoni adresën tuaj të emailit për Community Sharing",
      body: "Keni regjistruar {municipality} në Community Sharing. Ju lutemi konfirmoni adresën tuaj të emailit duke hapur këtë lidhje:\n\n{link}\n\nLidhja është e vlefshme për {days} ditë. Pas konfirmimit, një redaktor do të kontrollojë regjistrimin tuaj; do t’ju njoftojmë kur bashkia juaj të mund të publikojë njoftime.\n\nNëse nuk jeni regjistruar ju, shpërfilleni këtë email.",
    },
    reset: {
      subject: "Rivendosni fjalëkalimin tuaj për Community Sharing",
      body: "Dikush kërkoi rivendosjen e fjalëkalimit të llogarisë suaj në Community Sharing. Për të zgjedhur një fjalëkalim të ri, hapni këtë lidhje:\n\n{link}\n\nLidhja është e vlefshme për {minutes} minuta dhe vetëm një herë. Nëse nuk e keni kërkuar ju, shpërfilleni këtë email: fjalëkalimi juaj mbetet i njëjtë.",
    },
    invitation: {
      subject: "{inviter} ju fton t’i bashkoheni {municipality} në Community Sharing",
      body: "{inviter} ju fton të përfaqësoni {municipality} në Community Sharing, platformën ku bashkitë i japin njëra-tjetrës atë që njëra ka dhe tjetra ka nevojë.\n\nPër të krijuar llogarinë tuaj, hapni këtë lidhje:\n\n{link}\n\nFtesa është e vlefshme për {days} ditë.",
    },
    editorWaiting: {
      subject: "Një bashki pret verifikimin: {municipality} ({country})",
      body: "{name} <{email}> ka regjistruar {municipality} ({country}) dhe pret verifikimin.\n\nKontrolloni regjistrimin në administrim:\n\n{link}",
    },
  },
  bs: {
    greeting: "Poštovani,",
    greetingNamed: "Poštovani/Poštovana {name},",
    signature: "Community Sharing — općine dijele ono što imaju s onima kojima je potrebno",
    confirm: {
      subject: "Potvrdite svoju e-mail adresu za Community Sharing",
      body: "Registrovali ste {municipality} na Community Sharingu. Molimo potvrdite svoju e-mail adresu otvaranjem ovog linka:\n\n{link}\n\nLink važi {days} dana. Nakon potvrde urednik će provjeriti vašu registraciju; javit ćemo vam kada vaša općina bude mogla objavljivati oglase.\n\nAko se niste registrovali, zanemarite ovaj e-mail.",
    },
    reset: {
      subject: "Ponovno postavljanje lozinke za Community Sharing",
      body: "Neko je zatražio ponovno postavljanje lozinke za vaš račun na Community Sharingu. Da biste odabrali novu lozinku, otvorite ovaj link:\n\n{link}\n\nLink važi {minutes} minuta i samo jednom. Ako to niste zatražili, zanemarite ovaj e-mail: vaša lozinka ostaje ista.",
    },
    invitation: {
      subject: "{inviter} vas poziva da se pridružite općini {municipality} na Community Sharingu",
      body: "{inviter} vas poziva da predstavljate općinu {municipality} na Community Sharingu, platformi na kojoj općine jedna drugoj daju ono što jedna ima, a drugoj treba.\n\nDa biste otvorili račun, otvorite ovaj link:\n\n{link}\n\nPoziv važi {days} dana.",
    },
    editorWaiting: {
      subject: "Općina čeka provjeru: {municipality} ({country})",
      body: "{name} <{email}> je registrovao/registrovala {municipality} ({country}) i čeka provjeru.\n\nProvjerite registraciju u administraciji:\n\n{link}",
    },
  },
  mk: {
    greeting: "Почитувани,",
    greetingNamed: "Почитувани {name},",
    signature: "Community Sharing — општините го споделуваат она што го имаат со оние на кои им е потребно",
    confirm: {
      subject: "Потврдете ја вашата е-пошта за Community Sharing",
      body: "Ја регистриравте општината {municipality} на Community Sharing. Ве молиме потврдете ја вашата адреса на е-пошта со отворање на оваа врска:\n\n{link}\n\nВрската важи {days} дена. По потврдата, уредник ќе ја провери вашата регистрација; ќе ве известиме кога вашата општина ќе може да објавува огласи.\n\nАко не сте се регистрирале, занемарете ја оваа порака.",
    },
    reset: {
      subject: "Ресетирајте ја лозинката за Community Sharing",
      body: "Некој побара ресетирање на лозинката на вашата сметка на Community Sharing. За да изберете нова лозинка, отворете ја оваа врска:\n\n{link}\n\nВрската важи {minutes} минути и само еднаш. Ако не сте го побарале тоа, занемарете ја оваа порака: вашата лозинка останува иста.",
    },
    invitation: {
      subject: "{inviter} ве поканува да ѝ се придружите на општината {municipality} на Community Sharing",
      body: "{inviter} ве поканува да ја претставувате општината {municipality} на Community Sharing, платформата на која општините си даваат една на друга она што едната го има, а на другата ѝ треба.\n\nЗа да ја создадете вашата сметка, отворете ја оваа врска:\n\n{link}\n\nПоканата важи {days} дена.",
    },
    editorWaiting: {
      subject: "Општина чека проверка: {municipality} ({country})",
      body: "{name} <{email}> ја регистрираше општината {municipality} ({country}) и чека проверка.\n\nПроверете ја регистрацијата во администрацијата:\n\n{link}",
    },
  },
  "sr-Cyrl": {
    greeting: "Поштовани,",
    greetingNamed: "Поштовани/Поштована {name},",
    signature: "Community Sharing — општине деле оно што имају са онима којима је потребно",
    confirm: {
      subject: "Потврдите своју имејл адресу за Community Sharing",
      body: "Регистровали сте општину {municipality} на Community Sharingu. Молимо вас да потврдите своју имејл адресу отварањем овог линка:\n\n{link}\n\nЛинк важи {days} дана. Након потврде уредник ће проверити вашу регистрацију; обавестићемо вас када ваша општина буде могла да објављује огласе.\n\nАко се нисте регистровали, занемарите ову поруку.",
    },
    reset: {
      subject: "Ресетовање лозинке за Community Sharing",
      body: "Неко је затражио ресетовање лозинке за ваш налог на Community Sharingu. Да бисте изабрали нову лозинку, отворите овај линк:\n\n{link}\n\nЛинк важи {minutes} минута и само једном. Ако то нисте затражили, занемарите ову поруку: ваша лозинка остаје иста.",
    },
    invitation: {
      subject: "{inviter} вас позива да се придружите општини {municipality} на Community Sharingu",
      body: "{inviter} вас позива да представљате општину {municipality} на Community Sharingu, платформи на којој општине једна другој дају оно што једна има, а другој треба.\n\nДа бисте отворили налог, отворите овај линк:\n\n{link}\n\nПозив важи {days} дана.",
    },
    editorWaiting: {
      subject: "Општина чека проверу: {municipality} ({country})",
      body: "{name} <{email}> је регистровао/регистровала општину {municipality} ({country}) и чека проверу.\n\nПроверите регистрацију у администрацији:\n\n{link}",
    },
  },
  "sr-Latn": {
    greeting: "Poštovani,",
    greetingNamed: "Poštovani/Poštovana {name},",
    signature: "Community Sharing — opštine dele ono što imaju sa onima kojima je potrebno",
    confirm: {
      subject: "Potvrdite svoju imejl adresu za Community Sharing",
      body: "Registrovali ste opštinu {municipality} na Community Sharingu. Molimo vas da potvrdite svoju imejl adresu otvaranjem ovog linka:\n\n{link}\n\nLink važi {days} dana. Nakon potvrde urednik će proveriti vašu registraciju; obavestićemo vas kada vaša opština bude mogla da objavljuje oglase.\n\nAko se niste registrovali, zanemarite ovu poruku.",
    },
    reset: {
      subject: "Resetovanje lozinke za Community Sharing",
      body: "Neko je zatražio resetovanje lozinke za vaš nalog na Community Sharingu. Da biste izabrali novu lozinku, otvorite ovaj link:\n\n{link}\n\nLink važi {minutes} minuta i samo jednom. Ako to niste zatražili, zanemarite ovu poruku: vaša lozinka ostaje ista.",
    },
    invitation: {
      subject: "{inviter} vas poziva da se pridružite opštini {municipality} na Community Sharingu",
      body: "{inviter} vas poziva da predstavljate opštinu {municipality} na Community Sharingu, platformi na kojoj opštine jedna drugoj daju ono što jedna ima, a drugoj treba.\n\nDa biste otvorili nalog, otvorite ovaj link:\n\n{link}\n\nPoziv važi {days} dana.",
    },
    editorWaiting: {
      subject: "Opština čeka proveru: {municipality} ({country})",
      body: "{name} <{email}> je registrovao/registrovala opštinu {municipality} ({country}) i čeka proveru.\n\nProverite registraciju u administraciji:\n\n{link}",
    },
  },
  "sr-Latn-ME": {
    greeting: "Poštovani,",
    greetingNamed: "Poštovani/Poštovana {name},",
    signature: "Community Sharing — opštine dijele ono što imaju sa onima kojima je potrebno",
    confirm: {
      subject: "Potvrdite svoju imejl adresu za Community Sharing",
      body: "Registrovali ste opštinu {municipality} na Community Sharingu. Molimo vas da potvrdite svoju imejl adresu otvaranjem ovog linka:\n\n{link}\n\nLink važi {days} dana. Nakon potvrde urednik će provjeriti vašu registraciju; obavijestićemo vas kada vaša opština bude mogla da objavljuje oglase.\n\nAko se niste registrovali, zanemarite ovu poruku.",
    },
    reset: {
      subject: "Resetovanje lozinke za Community Sharing",
      body: "Neko je zatražio resetovanje lozinke za vaš nalog na Community Sharingu. Da biste izabrali novu lozinku, otvorite ovaj link:\n\n{link}\n\nLink važi {minutes} minuta i samo jednom. Ako to niste zatražili, zanemarite ovu poruku: vaša lozinka ostaje ista.",
    },
    invitation: {
      subject: "{inviter} vas poziva da se pridružite opštini {municipality} na Community Sharingu",
      body: "{inviter} vas poziva da predstavljate opštinu {municipality} na Community Sharingu, platformi na kojoj opštine jedna drugoj daju ono što jedna ima, a drugoj treba.\n\nDa biste otvorili nalog, otvorite ovaj link:\n\n{link}\n\nPoziv važi {days} dana.",
    },
    editorWaiting: {
      subject: "Opština čeka provjeru: {municipality} ({country})",
      body: "{name} <{email}> je registrovao/registrovala opštinu {municipality} ({country}) i čeka provjeru.\n\nProvjerite registraciju u administraciji:\n\n{link}",
    },
  },
  bg: {
    greeting: 'Здравейте,',
    greetingNamed: 'Здравейте, {name},',
    signature: 'Community Sharing — общините споделят това, което имат, с тези, които имат нужда от него',
    confirm: {
      subject: 'Потвърдете своя имейл адрес за Community Sharing',
      body: 'Регистрирахте {municipality} в Community Sharing. Моля, потвърдете своя имейл адрес, като отворите тази връзка:\n\n{link}\n\nВръзката е валидна {days} дни. След потвърждението редактор ще провери регистрацията; ще ви уведомим, когато общината ви може да публикува обяви.\n\nАко не сте се регистрирали, не обръщайте внимание на този имейл.',
    },
    reset: {
      subject: 'Нова парола за Community Sharing',
      body: 'Получихме заявка за нова парола за профила ви в Community Sharing. За да изберете нова парола, отворете тази връзка:\n\n{link}\n\nВръзката е валидна {minutes} минути и може да се използва само веднъж. Ако не сте поискали нова парола, не обръщайте внимание на този имейл: паролата ви остава същата.',
    },
    invitation: {
      subject: '{inviter} ви кани да се присъедините към {municipality} в Community Sharing',
      body: '{inviter} ви кани да представлявате {municipality} в Community Sharing — платформата, на която общините си дават една на друга това, което едната има, а другата търси.\n\nЗа да създадете профила си, отворете тази връзка:\n\n{link}\n\nПоканата е валидна {days} дни.',
    },
    editorWaiting: {
      subject: 'Община очаква проверка: {municipality} ({country})',
      body: '{name} <{email}> регистрира {municipality} ({country}) и очаква проверка.\n\nПрегледайте регистрацията в администрацията:\n\n{link}',
    },
  },
  de: {
    greeting: 'Guten Tag,',
    greetingNamed: 'Guten Tag {name},',
    signature: 'Community Sharing — Gemeinden teilen, was sie haben, mit denen, die es brauchen',
    confirm: {
      subject: 'Bestätigen Sie Ihre E-Mail-Adresse für Community Sharing',
      body: 'Sie haben {municipality} bei Community Sharing registriert. Bitte bestätigen Sie Ihre E-Mail-Adresse über diesen Link:\n\n{link}\n\nDer Link ist {days} Tage gültig. Nach der Bestätigung prüft eine Redakteurin oder ein Redakteur Ihre Registrierung; wir benachrichtigen Sie, sobald Ihre Gemeinde Angebote veröffentlichen kann.\n\nWenn Sie sich nicht registriert haben, ignorieren Sie diese E-Mail.',
    },
    reset: {
      subject: 'Ihr Passwort für Community Sharing zurücksetzen',
      body: 'Für Ihr Konto bei Community Sharing wurde ein neues Passwort angefordert. Über diesen Link wählen Sie ein neues Passwort:\n\n{link}\n\nDer Link ist {minutes} Minuten gültig und nur einmal verwendbar. Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail: Ihr Passwort bleibt unverändert.',
    },
    invitation: {
      subject: '{inviter} lädt Sie ein, {municipality} bei Community Sharing zu vertreten',
      body: '{inviter} lädt Sie ein, {municipality} bei Community Sharing zu vertreten, der Plattform, auf der Gemeinden einander geben, was die eine hat und die andere braucht.\n\nÜber diesen Link legen Sie Ihr Konto an:\n\n{link}\n\nDie Einladung ist {days} Tage gültig.',
    },
    editorWaiting: {
      subject: 'Eine Gemeinde wartet auf Prüfung: {municipality} ({country})',
      body: '{name} <{email}> hat {municipality} ({country}) registriert und wartet auf die Prüfung.\n\nPrüfen Sie die Registrierung in der Verwaltung:\n\n{link}',
    },
  },
  en: {
    greeting: 'Hello,',
    greetingNamed: 'Hello {name},',
    signature: 'Community Sharing — municipalities sharing what they have with those who need it',
    confirm: {
      subject: 'Confirm your e-mail address for Community Sharing',
      body: 'You have registered {municipality} on Community Sharing. Please confirm your e-mail address by opening this link:\n\n{link}\n\nThe link works for {days} days. Once confirmed, an editor checks your registration; we will let you know when your municipality can publish listings.\n\nIf you did not register, ignore this e-mail.',
    },
    reset: {
      subject: 'Reset your Community Sharing password',
      body: 'Someone asked to reset the password of your Community Sharing account. To choose a new password, open this link:\n\n{link}\n\nThe link works for {minutes} minutes and only once. If you did not ask for it, ignore this e-mail: your password stays as it is.',
    },
    invitation: {
      subject: '{inviter} invites you to join {municipality} on Community Sharing',
      body: '{inviter} invites you to speak for {municipality} on Community Sharing, the platform on which municipalities give each other what one has and another needs.\n\nTo create your account, open this link:\n\n{link}\n\nThe invitation is valid for {days} days.',
    },
    editorWaiting: {
      subject: 'A municipality waits for verification: {municipality} ({country})',
      body: '{name} <{email}> has registered {municipality} ({country}) and waits for verification.\n\nCheck the registration in the admin:\n\n{link}',
    },
  },
};
