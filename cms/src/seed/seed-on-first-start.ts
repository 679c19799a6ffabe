import type { Core } from '@strapi/strapi';
import { runtimeEnv } from '../runtime/environment';
import { DEMO_ACCOUNTS, demoPassword } from './demo-logins';
import { generateDemoData } from './demo-data/generate-demo-data';
import { seedPages } from './seed-pages';
import { writeDemoData } from './write-demo-data';

export interface SeedOptions {
  municipalitiesPerCountry?: number;
  listings?: number;
  seed?: number;
}

/**
 * Seeds demo data when the database holds no municipality yet and SEED_DEMO allows it; never in production.
 * On every later start it only prints the demo logins again.
 */
export async function seedOnFirstStart(strapi: Core.Strapi): Promise<void> {
  const env = runtimeEnv();
  if (env.NODE_ENV === 'production' || !env.SEED_DEMO) return;
  const existing = await strapi.db.query('api::municipality.municipality').count();
  if (existing === 0) await seedDemo(strapi);
  const { password, generated } = demoPassword(env.DEMO_PASSWORD);
  printDemoLogins(strapi, password, generated);
}

/** Generates and writes the demo municipalities, listings, exchanges, pages and accounts. */
export async function seedDemo(strapi: Core.Strapi, options: SeedOptions = {}): Promise<void> {
  const started = Date.now();
  strapi.log.info('Seeding demo data (SEED_DEMO=false turns this off)…');
  const data = generateDemoData({ seed: options.seed ?? 2026, municipalitiesPerCountry: options.municipalitiesPerCountry, listings: options.listings });
  const { municipalityIds } = await writeDemoData(strapi, data);
  await seedPages(strapi);
  await createDemoAccounts(strapi, data, municipalityIds);
  strapi.log.info(
    `Demo data seeded in ${((Date.now() - started) / 1000).toFixed(1)} s: ${data.municipalities.length} municipalities, ${data.listings.length} listings, ${data.exchanges.length} exchanges`,
  );
}

async function createDemoAccounts(strapi: Core.Strapi, data: ReturnType<typeof generateDemoData>, municipalityIds: Map<string, string>) {
  const { password } = demoPassword(runtimeEnv().DEMO_PASSWORD);
  const adminUsers = strapi.service('admin::user');
  const roles = strapi.service('admin::role');
  const superAdmin = await roles.getSuperAdmin();
  const editorRole = await strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } });
  for (const [account, role] of [
    [DEMO_ACCOUNTS.superAdmin, superAdmin],
    [DEMO_ACCOUNTS.editor, editorRole ?? superAdmin],
  ] as const) {
    if (await adminUsers.exists({ email: account.email })) continue;
    await adminUsers.create({ ...account, password, isActive: true, registrationToken: null, roles: [role.id] });
  }
  const { countries, ...countryEditor } = DEMO_ACCOUNTS.countryEditor;
  if (!(await adminUsers.exists({ email: countryEditor.email }))) {
    const countryEditorRole = await strapi.db.query('admin::role').findOne({ where: { name: 'Country editor' } });
    const created = await adminUsers.create({ ...countryEditor, password, isActive: true, registrationToken: null, roles: [countryEditorRole.id] });
    await strapi.plugin('moderation').service('editors').setCountries(created.id, [...countries], 'Demo country editor');
  }

  const memberRole = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'member' } });
  const userService = strapi.plugin('users-permissions').service('user');
  for (const account of DEMO_ACCOUNTS.members) {
    const municipality = data.municipalities.find((m) => m.country === account.country && m.verification === 'verified');
    if (!municipality) continue;
    const exists = await strapi.db.query('plugin::users-permissions.user').count({ where: { email: account.email } });
    if (exists) continue;
    const municipalityRow = await strapi.db.query('api::municipality.municipality').findOne({ where: { documentId: municipalityIds.get(municipality.key) }, select: ['id'] });
    await userService.add({
      username: account.email,
      email: account.email,
      password,
      provider: 'local',
      confirmed: true,
      blocked: false,
      role: memberRole.id,
      fullName: account.fullName,
      preferredLocale: account.country === 'BG' ? 'bg' : 'de',
      municipality: municipalityRow.id,
      isMunicipalityAdmin: true,
    });
  }
}

function printDemoLogins(strapi: Core.Strapi, password: string, generated: boolean) {
  const lines = [
    'Demo logins (development only; every account uses the same password):',
    `  Strapi admin, super admin: ${DEMO_ACCOUNTS.superAdmin.email}`,
    `  Strapi admin, editor:      ${DEMO_ACCOUNTS.editor.email}`,
    `  Strapi admin, BG editor:   ${DEMO_ACCOUNTS.countryEditor.email}`,
    ...DEMO_ACCOUNTS.members.map((m) => `  Portal member (${m.country}):     ${m.email}`),
    `  Password: ${password}${generated ? '   (generated; set DEMO_PASSWORD to choose one)' : '   (from DEMO_PASSWORD)'}`,
  ];
  strapi.log.info(`\n${lines.join('\n')}`);
}
