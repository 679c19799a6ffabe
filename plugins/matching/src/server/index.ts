import type { Core } from '@strapi/strapi';
import match from './content-types/match';
import { MANAGE_ACTION, registerAdminPermission } from './admin-permission';
import adminController from './http/admin-controller';
import matchingController from './http/matching-controller';
import matchingService from './matching-service';

const LISTING = 'api::listing.listing';
const WRITES = new Set(['create', 'update', 'delete']);

/** The matching plugin as Strapi loads it (strapi-server.js at the package root points here). */
export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // After any write to a listing, its matches are recomputed once the write has committed, so that matching
    // never slows down or fails a member's save.
    strapi.documents.use(async (context, next) => {
      if (context.uid !== LISTING || !WRITES.has(context.action)) return next();
      return strapi.db.transaction(async ({ onCommit }) => {
        const result: any = await next();
        const documentId = result?.documentId ?? (context.params as any)?.documentId;
        // Runs when the outermost transaction commits, so that the matcher reads what was written.
        if (documentId) onCommit(() => strapi.plugin('matching').service('matching').enqueue(documentId));
        return result;
      });
    });
  },
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await registerAdminPermission(strapi);
    await strapi.plugin('matching').service('matching').start();
  },
  destroy({ strapi }: { strapi: Core.Strapi }) {
    strapi.plugin('matching').service('matching').stop();
  },
  contentTypes: { match },
  services: { matching: matchingService },
  controllers: { matching: matchingController, admin: adminController },
  routes: {
    'content-api': {
      type: 'content-api',
      prefix: '/matching',
      routes: [
        { method: 'GET', path: '/cpv-suggestions', handler: 'matching.cpvSuggestions', config: { auth: false } },
        { method: 'GET', path: '/listings/:documentId/matches', handler: 'matching.listingMatches' },
        { method: 'PUT', path: '/matches/:id/state', handler: 'matching.setState' },
      ],
    },
    // The editors' Matching page in the admin (/matching/...): admin login and the plugin's permission.
    admin: {
      type: 'admin',
      routes: [
        ['GET', '/matches', 'admin.matches'],
        ['POST', '/matches', 'admin.propose'],
        ['GET', '/listings', 'admin.listings'],
        ['GET', '/urgent', 'admin.urgent'],
        ['POST', '/urgent/:documentId/end', 'admin.endUrgency'],
      ].map(([method, path, handler]) => ({
        method,
        path,
        handler,
        config: { policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [MANAGE_ACTION] } }] },
      })),
    },
  },
};
