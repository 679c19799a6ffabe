// The matching plugin's part of the Strapi admin: a "Matching" page for editors (recent matches with their
// reasons, a match proposed by hand, urgent requests). The build finds this file through package.json's
// "exports"['./strapi-admin'] (Strapi resolves a local plugin's admin entry from there).
import { PuzzlePiece } from '@strapi/icons';

const PLUGIN_ID = 'matching';

export default {
  register(app: any) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: PuzzlePiece,
      intlLabel: { id: `${PLUGIN_ID}.plugin.name`, defaultMessage: 'Matching' },
      // The same permission the plugin's admin routes check (plugins/matching/src/server/admin-permission.ts).
      permissions: [{ action: 'plugin::matching.manage', subject: null }],
      Component: () => import('./pages/App'),
    });
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });
  },
  bootstrap() {},
};
