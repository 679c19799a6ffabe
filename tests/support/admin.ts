import type { TestCms } from './strapi-instance';

/** Creates a Strapi admin user with the given role code (default super admin) and returns its admin API token. */
export async function adminToken(cms: TestCms, email = 'editor@example.eu', roleCode = 'strapi-super-admin'): Promise<string> {
  const password = 'Admin-password-1';
  const role = await cms.strapi.db.query('admin::role').findOne({ where: { code: roleCode } });
  if (!(await cms.strapi.service('admin::user').exists({ email }))) {
    await cms.strapi.service('admin::user').create({ email, firstname: 'Test', lastname: 'Editor', password, isActive: true, registrationToken: null, roles: [role.id] });
  }
  const login = await cms.request('POST', '/admin/login', { body: { email, password } });
  if (login.status !== 200) throw new Error(`admin login failed: ${login.status} ${JSON.stringify(login.body)}`);
  return login.body.data.token;
}
