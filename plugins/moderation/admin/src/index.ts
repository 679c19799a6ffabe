// The moderation plugin's admin: one page (Moderation) in the main menu, shown to admins who may read the queue.
// Strapi's admin build picks this file up through package.json "exports"['./strapi-admin'].
import { CheckCircle } from '@strapi/icons';
import { PERMISSIONS, PLUGIN_ID } from './permissions';

export default {
  register(app: any) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: CheckCircle,
      intlLabel: { id: `${PLUGIN_ID}.plugin.name`, defaultMessage: 'Moderation' },
      permissions: PERMISSIONS.read,
      Component: () => import('./pages/ModerationPage'),
      position: 4,
    });
    app.registerPlugin({ id: PLUGIN_ID, name: 'Moderation' });
  },
  bootstrap() {},
  async registerTrads({ locales }: { locales: string[] }) {
    // The page's texts carry English defaults; the admin's own languages come from Strapi.
    return locales.map((locale) => ({ data: {}, locale }));
  },
};
