import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALE_CODES } from '@community-sharing/config';
import { requireCms, startTestCms, type TestCms } from '../support/strapi-instance';

/**
 * What every start sets up in code: the 30 locales and the portal's roles with exactly their permissions. This
 * file starts on an empty database, as a new installation does (the other API files start on a prepared copy).
 */
let cms: TestCms;

beforeAll(async () => {
  cms = await startTestCms({}, { emptyDatabase: true });
});

afterAll(async () => {
  await cms?.stop();
});

async function permissionsByRole() {
  const roles = await cms.strapi.db.query('plugin::users-permissions.role').findMany({ orderBy: { type: 'asc' }, populate: { permissions: true } });
  return Object.fromEntries(roles.map((role: any) => [role.type, role.permissions.map((p: any) => p.action).sort()]));
}

describe('bootstrap', () => {
  it('creates the 30 locales with English as the default', async () => {
    const locales = await cms.strapi.plugin('i18n').service('locales').find();
    expect(locales.map((locale: any) => locale.code).sort()).toEqual([...LOCALE_CODES].sort());
    expect(await cms.strapi.plugin('i18n').service('locales').getDefaultLocale()).toBe('en');
    expect(locales.find((locale: any) => locale.code === 'sr-Latn-ME').name).toContain('Crnogorski');
  });

  it('creates the portal roles; running the bootstrap again changes nothing', async () => {
    const first = await permissionsByRole();
    expect(Object.keys(first)).toEqual(expect.arrayContaining(['public', 'authenticated', 'pending-member', 'member']));
    expect(first.public).toContain('api::listing.listing.find');
    expect(first.public).not.toContain('api::listing.listing.create');
    expect(first['pending-member']).toContain('api::municipality.municipality.update');
    expect(first['pending-member']).not.toContain('api::listing.listing.create');
    expect(first.member).toContain('api::listing.listing.create');
    expect(first.member).not.toContain('api::listing.listing.delete');

    // A permission granted by hand (say, in the admin) is taken back at the next start.
    const publicRole = await cms.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    await cms.strapi.db.query('plugin::users-permissions.permission').create({ data: { action: 'api::listing.listing.create', role: publicRole.id } });
    const { ensureRoles } = requireCms('src/bootstrap/ensure-roles.js');
    const { ensureLocales } = requireCms('src/bootstrap/ensure-locales.js');
    await ensureRoles(cms.strapi);
    await ensureLocales(cms.strapi);
    expect(await permissionsByRole()).toEqual(first);
    expect((await cms.strapi.plugin('i18n').service('locales').find()).length).toBe(30);
  });
});
