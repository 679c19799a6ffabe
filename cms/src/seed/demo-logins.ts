import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CMS_DIR } from '../runtime/environment';

/** The demo accounts seeded on an empty development database; README.md lists the same. */
export const DEMO_ACCOUNTS = {
  superAdmin: { email: 'admin@demo.community-sharing.eu', firstname: 'Ana', lastname: 'Admin' },
  editor: { email: 'editor@demo.community-sharing.eu', firstname: 'Elena', lastname: 'Editor' },
  /** A country editor (role "Country editor") who moderates Bulgaria only. */
  countryEditor: { email: 'editor.bg@demo.community-sharing.eu', firstname: 'Boryana', lastname: 'Editor', countries: ['BG'] },
  /** Members of two municipalities of different countries, so an exchange between them can be shown. */
  members: [
    { email: 'member.bg@demo.community-sharing.eu', country: 'BG', fullName: 'Мария Петрова' },
    { email: 'member.de@demo.community-sharing.eu', country: 'DE', fullName: 'Jonas Becker' },
  ],
} as const;

const PASSWORD_FILE = () => path.join(CMS_DIR, '.tmp', 'demo-password');

/**
 * The password of every demo account: DEMO_PASSWORD when set, else one generated on first seeding and kept in
 * cms/.tmp so that it can be printed again at every start.
 */
export function demoPassword(fromEnv: string | undefined): { password: string; generated: boolean } {
  if (fromEnv) return { password: fromEnv, generated: false };
  const file = PASSWORD_FILE();
  if (existsSync(file)) return { password: readFileSync(file, 'utf8').trim(), generated: true };
  // Letters, digits and a symbol so that it meets the admin's password rules.
  const password = `Demo-${randomBytes(9).toString('base64url')}1a`;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, password, { mode: 0o600 });
  return { password, generated: true };
}
