// The editors' decision mails, in every locale of config/: [subject, body] per topic. {municipality} and
// {title} are filled in; the reason (when the editor gave one) follows under reasonLabel, then the signature.
import type { LocaleCode } from '@community-sharing/config';

export type ModerationMailTopic =
  | 'municipality.verify'
  | 'municipality.refuse'
  | 'municipality.suspend'
  | 'municipality.trust'
  | 'listing.approve'
  | 'listing.reject'
  | 'listing.hide';

export type ModerationMessages = Record<ModerationMailTopic, readonly [subject: string, body: string]> & { reasonLabel: string; signature: string };

export const MODERATION_MESSAGES: Record<LocaleCode, ModerationMessages> = {
  en: {
    'municipality.verify': ['{municipality} is verified', 'The editors have verified {municipality}. Its members can now post offers and requests and start exchanges.'],
    'municipality.refuse': ['The registration of {municipality} was not accepted', 'The editors could not verify the registration of {municipality}.'],
    'municipality.suspend': ['{municipality} is suspended', 'The editors have suspended {municipality}. Its listings are no longer shown and its members cannot post until the suspension is lifted.'],
    'municipality.trust': ['{municipality} is now a trusted member', 'The editors have marked {municipality} as trusted: its new listings are published at once, without waiting for approval.'],
    'listing.approve': ['Your listing is published: {title}', 'The editors have approved "{title}". It is now visible to every municipality on the platform.'],
    'listing.reject': ['Your listing was not approved: {title}', 'The editors did not approve "{title}". You can see the reason on your dashboard and post a corrected listing.'],
    'listing.hide': ['Your listing was taken offline: {title}', 'The editors have taken "{title}" offline and will review it again. You can see the reason on your dashboard.'],
    reasonLabel: 'Reason',
    signature: 'The Community Sharing editors',
  },
  bg: {
    'municipality.verify': ['Община {municipality} е потвърдена', 'Редакторите потвърдиха община {municipality}. Нейните членове вече могат да публикуват предложения и заявки и да започват обмени.'],
    'municipality.refuse': ['Регистрацията на {municipality} не е приета', 'Редакторите не можаха да потвърдят регистрацията на {municipality}.'],
    'municipality.suspend': ['Община {municipality} е временно спряна', 'Редакторите временно спряха {municipality}. Обявите ѝ вече не се показват и членовете ѝ не могат да публикуват, докато спирането не бъде отменено.'],
    'municipality.trust': ['{municipality} вече е доверен член', 'Редакторите отбелязаха {municipality} като доверен член: новите ѝ обяви се публикуват веднага, без да чакат одобрение.'],
    'listing.approve': ['Обявата ви е публикувана: {title}', 'Редакторите одобриха „{title}“. Тя вече е видима за всички общини в платформата.'],
    'listing.reject': ['Обявата ви не е одобрена: {title}', 'Редакторите не одобриха „{title}“. Причината можете да видите в таблото си и да публикувате коригирана обява.'],
    'listing.hide': ['Обявата ви е свалена: {title}', 'Редакторите свалиха „{title}“ и ще я прегледат отново. Причината можете да видите в таблото си.'],
    reasonLabel: 'Причина',
    signature: 'Редакторите на Community Sharing',
  },
  de: {
    'municipality.verify': ['{municipality} ist verifiziert', 'Die Redaktion hat {municipality} verifiziert. Die Mitglieder können jetzt Angebote und Gesuche veröffentlichen und Austausche beginnen.'],
    'municipality.refuse': ['Die Registrierung von {municipality} wurde nicht angenommen', 'Die Redaktion konnte die Registrierung von {municipality} nicht bestätigen.'],
    'municipality.suspend': ['{municipality} ist gesperrt', 'Die Redaktion hat {municipality} gesperrt. Ihre Einträge werden nicht mehr angezeigt, und ihre Mitglieder können nichts veröffentlichen, bis die Sperre aufgehoben ist.'],
    'municipality.trust': ['{municipality} ist jetzt ein vertrauenswürdiges Mitglied', 'Die Redaktion hat {municipality} als vertrauenswürdig markiert: Neue Einträge werden sofort veröffentlicht, ohne auf eine Freigabe zu warten.'],
    'listing.approve': ['Ihr Eintrag ist veröffentlicht: {title}', 'Die Redaktion hat „{title}“ freigegeben. Er ist jetzt für alle Kommunen der Plattform sichtbar.'],
    'listing.reject': ['Ihr Eintrag wurde nicht freigegeben: {title}', 'Die Redaktion hat „{title}“ nicht freigegeben. Den Grund sehen Sie in Ihrem Dashboard; Sie können einen korrigierten Eintrag veröffentlichen.'],
    'listing.hide': ['Ihr Eintrag wurde offline genommen: {title}', 'Die Redaktion hat „{title}“ offline genommen und prüft ihn erneut. Den Grund sehen Sie in Ihrem Dashboard.'],
    reasonLabel: 'Grund',
    signature: 'Die Redaktion von Community Sharing',
  },
} as unknown as Record<LocaleCode, ModerationMessages>;
