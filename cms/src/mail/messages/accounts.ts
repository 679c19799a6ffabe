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
  const texts = ACCOUNT_TEXTS[(LOCALE_CODES as readonly string[]).includes(locale) ? locale : 'en'] ?? ACCOUNT_TEXTS.en!;
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

export const ACCOUNT_TEXTS: Partial<Record<LocaleCode, AccountTexts>> = {
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
