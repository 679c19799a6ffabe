// What the browser suite's CMS is seeded with beyond the demo data, shared by the CMS process
// (portal-stack-cms.ts) and the tests. No imports: Node runs the CMS process's TypeScript as it is.

export const DEMO_PASSWORD = 'Demo-password-1';

/** A word found only in FOREIGN_LISTING. */
export const UNIQUE_WORD = 'Zugspitzblau';

/** A German equipment offer with a CPV code, posted by the German demo member. */
export const FOREIGN_LISTING = {
  type: 'offer',
  kind: 'equipment',
  cpvCodes: ['34144210'],
  title: `Feuerwehrfahrzeug ${UNIQUE_WORD} abzugeben`,
  description: `Unser altes Tanklöschfahrzeug in ${UNIQUE_WORD}, fahrbereit, mit Schläuchen und Leitern. Abholung in der Gemeinde.`,
  quantity: 1,
  unit: 'piece',
  condition: 'good',
  delivery: ['pickup'],
  workingLanguages: ['de', 'en'],
};

/** A Bulgarian request for what FOREIGN_LISTING offers (same CPV code), posted by the Bulgarian demo member: a match. */
export const MATCHING_REQUEST = {
  type: 'request',
  kind: 'equipment',
  cpvCodes: ['34144210'],
  title: 'Търсим пожарен автомобил за доброволците',
  description: 'Доброволното формирование на общината има нужда от пожарен автомобил в движение.',
  quantity: 1,
  unit: 'piece',
  delivery: ['pickup', 'delivery'],
  workingLanguages: ['bg', 'en'],
};

export const HOSTILE_TITLE = '<img src=x onerror=alert(1)> Onerror-Probe';
export const HOSTILE_DESCRIPTION = '<script>alert(2)</script><b>bold?</b> "quotes" & <a href="javascript:alert(3)">link</a> {{7*7}} ${7*7}';

/** An English request whose title and description are markup and script, posted by the Bulgarian demo member. */
export const HOSTILE_LISTING = {
  type: 'request',
  kind: 'services',
  title: HOSTILE_TITLE,
  description: HOSTILE_DESCRIPTION,
  delivery: ['remote'],
};

/**
 * Markup and script in every other text the portal shows that members or editors write: a municipality's profile
 * (description, web address, contact person), an exchange's thread (messages, a file's name, the hand-over),
 * feedback, and an editor's reason for rejecting a listing. Each payload would set window.__xss or open a dialog
 * if it ran; each carries a probe word to find it by.
 */
export const HOSTILE_TEXTS = {
  description: '<img src=x onerror="window.__xss=\'description\'"> Profile-Probe <script>window.__xss="description"</script> & "quotes" {{7*7}}',
  website: 'https://example.eu/?q="><svg/onload=window.__xss=\'website\'>',
  contactName: '"><svg onload=alert(\'contact\')> Contact-Probe',
  contactRole: '<script>window.__xss="role"</script>Role-Probe',
  request: '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe> Request-Probe',
  accept: '</p><script>window.__xss="accept"</script> Accept-Probe',
  message: '<a href="javascript:window.__xss=\'message\'">Message-Probe</a> <img src=x onerror=alert(\'message\')>',
  attachmentName: '<img src=x onerror=alert(\'file\')> File-Probe.png',
  handoverPlace: '<img src=x onerror="window.__xss=\'place\'"> Place-Probe',
  handoverTransport: 'javascript:alert(\'transport\') Transport-Probe',
  feedbackProvider: '</textarea><script>window.__xss="feedback"</script> Feedback-Probe',
  feedbackReceiver: '"><svg onload=alert(\'feedback2\')> Feedback2-Probe',
  rejectedTitle: '<b>Rejected</b> "><svg onload=alert(\'title\')> Rejection-Probe',
  rejectionReason: '<script>window.__xss="reason"</script><img src=x onerror=alert(\'reason\')> Reason-Probe',
  /** What an editor may type as a web address in the admin (the member routes refuse it). */
  scriptWebsite: 'javascript:window.__xss=\'editor-website\'',
} as const;

/** Where the browser suite finds HOSTILE_TEXTS (seeded by portal-stack-hostile.ts). */
export interface HostileSeed {
  /** The third member's municipality, whose profile carries the description, web address and contact person. */
  profile: { documentId: string; slug: string };
  /** A completed exchange of that municipality (provider) and the Bulgarian demo member's HOSTILE_LISTING. */
  exchange: string;
  /** A listing of the Bulgarian demo member that an editor rejected with HOSTILE_TEXTS.rejectionReason. */
  rejectedListing: string;
  /** The German demo municipality, whose web address an editor set to HOSTILE_TEXTS.scriptWebsite. */
  scriptWebsiteProfile: { documentId: string; slug: string };
}

/** A German offer (featured by the editors) that the exchange journey takes from request to completion. */
export const EXCHANGE_LISTING = {
  type: 'offer',
  kind: 'goods',
  title: 'Büromöbel Tauschprobe: zwölf Schreibtische',
  description: 'Zwölf gut erhaltene Schreibtische aus dem Rathaus, abzuholen im Bauhof.',
  quantity: 12,
  unit: 'piece',
  condition: 'good',
  delivery: ['pickup'],
  workingLanguages: ['de', 'en'],
};

/** A member of a third verified municipality (neither party of the exchange journey's exchange). */
export const THIRD_MEMBER = { email: 'member.third@stack.example.eu', fullName: 'Third Member' } as const;

/** A listing seeded for the browser tests, as they find it in the portal. */
export interface SeededListing {
  documentId: string;
  slug: string;
  title: string;
  locale: string;
}

/** The editor the accounts journey verifies a new municipality as (a Strapi admin user of the stack's CMS). */
export const STACK_EDITOR = { email: 'editor@stack.example.eu', password: 'Editor-password-1' };

/** A municipality of the official list that has no account yet: the accounts journey registers it. */
export const UNREGISTERED_MUNICIPALITY = { name: 'Елена', nameLatin: 'Elena', country: 'BG', officialCode: 'VTR09-STACK' } as const;

/** A second one, which the no-JavaScript registration registers. */
export const UNREGISTERED_MUNICIPALITY_NO_JS = { name: 'Трявна', nameLatin: 'Tryavna', country: 'BG', officialCode: 'GAB35-STACK' } as const;

/** What the CMS process reports once it serves its API. */
export interface StackCmsInfo {
  cmsUrl: string;
  foreignListing: SeededListing;
  /** The Bulgarian request that FOREIGN_LISTING matches (its matches are computed before the stack is ready). */
  matchingRequest: SeededListing;
  hostileListing: SeededListing;
  /** EXCHANGE_LISTING, published and featured. */
  exchangeListing: SeededListing;
  /** The documentId of UNREGISTERED_MUNICIPALITY. */
  unregisteredMunicipality: string;
  /** The documentId of UNREGISTERED_MUNICIPALITY_NO_JS. */
  unregisteredMunicipalityNoJs: string;
  /** The records that carry HOSTILE_TEXTS. */
  hostile: HostileSeed;
  /** Where the stack's SMTP server writes every mail the CMS sends (one JSON file each, see portal-stack-mail.ts). */
  mailDir: string;
  /** Seconds spent per phase. */
  phases: Record<string, number>;
}

/** What the browser tests are told about the stack (inject('portalStack')). */
export interface PortalStackInfo extends StackCmsInfo {
  portalUrl: string;
  uniqueWord: string;
}
