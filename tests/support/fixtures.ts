import type { TestCms } from './strapi-instance';

export const PASSWORD = 'Test-password-1';

export interface Actor {
  name: string;
  token?: string;
  municipalityId?: string;
}

export interface World {
  municipalities: { A: string; B: string; P: string };
  actors: { anonymous: Actor; pending: Actor; memberA: Actor; memberB: Actor };
  listings: { publishedA: string; pendingA: string; publishedB: string };
}

/** Creates a municipality straight through the Document Service (as the importer and editors do). */
export async function createMunicipality(cms: TestCms, values: { name: string; country: string; verificationStatus: string; officialCode: string }) {
  const created = await cms.strapi.documents('api::municipality.municipality').create({
    data: { ...values, lat: 42.7, lng: 23.3, contact: { name: `Contact of ${values.name}`, email: `contact@${values.officialCode.toLowerCase()}.example.eu`, phone: '+359 2 000 000' } },
  });
  return created.documentId as string;
}

/** Creates a portal user of the given role for a municipality and logs them in through the real login route. */
export async function createMember(cms: TestCms, email: string, roleType: string, municipalityId: string | null): Promise<string> {
  const role = await cms.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: roleType } });
  const municipality = municipalityId
    ? await cms.strapi.db.query('api::municipality.municipality').findOne({ where: { documentId: municipalityId }, select: ['id'] })
    : null;
  await cms.strapi.plugin('users-permissions').service('user').add({
    username: email,
    email,
    password: PASSWORD,
    provider: 'local',
    confirmed: true,
    blocked: false,
    role: role.id,
    municipality: municipality?.id ?? null,
  });
  const login = await cms.request('POST', '/api/auth/local', { body: { identifier: email, password: PASSWORD } });
  if (login.status !== 200) throw new Error(`login failed for ${email}: ${login.status} ${JSON.stringify(login.body)}`);
  return login.body.jwt;
}

/** A listing written straight through the Document Service, in a given state. */
export async function createListing(cms: TestCms, municipalityId: string, overrides: Record<string, unknown> = {}, locale = 'bg') {
  const created = await cms.strapi.documents('api::listing.listing').create({
    locale,
    data: {
      type: 'offer',
      kind: 'equipment',
      cpvCodes: ['34144210'],
      title: 'Пожарен автомобил в добро състояние',
      description: 'Предлагаме безплатно пожарен автомобил.',
      moderationStatus: 'published',
      municipality: municipalityId,
      ...overrides,
    },
  });
  return created.documentId as string;
}

/** The usual cast: verified municipalities A (BG) and B (DE), pending municipality P (RO), their members and listings. */
export async function buildWorld(cms: TestCms): Promise<World> {
  const A = await createMunicipality(cms, { name: 'Бургас', country: 'BG', verificationStatus: 'verified', officialCode: 'BG_BGS04' });
  const B = await createMunicipality(cms, { name: 'Kassel', country: 'DE', verificationStatus: 'verified', officialCode: 'DE_06611000' });
  const P = await createMunicipality(cms, { name: 'Sibiu', country: 'RO', verificationStatus: 'pending', officialCode: 'RO_143450' });
  const memberA = await createMember(cms, 'member.a@example.eu', 'member', A);
  const memberB = await createMember(cms, 'member.b@example.eu', 'member', B);
  const pending = await createMember(cms, 'pending@example.eu', 'pending-member', P);
  const publishedA = await createListing(cms, A);
  const pendingA = await createListing(cms, A, { moderationStatus: 'pending', title: 'Училищни чинове и столове' , kind: 'goods', cpvCodes: ['39160000'] });
  const publishedB = await createListing(cms, B, { type: 'request', title: 'Feuerwehrfahrzeug gesucht', description: 'Wir suchen ein gebrauchtes Feuerwehrauto.' }, 'de');
  return {
    municipalities: { A, B, P },
    actors: {
      anonymous: { name: 'anonymous' },
      pending: { name: 'pending member', token: pending, municipalityId: P },
      memberA: { name: 'member of A', token: memberA, municipalityId: A },
      memberB: { name: 'member of B', token: memberB, municipalityId: B },
    },
    listings: { publishedA, pendingA, publishedB },
  };
}
