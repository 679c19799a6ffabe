// `npm run build`: compiles every package, builds the Strapi admin panel and the portal (what `npm start` does on demand).
import { requireNode24 } from './lib/node-version.mjs';
import { buildAdmin, buildSite, compileServer } from './lib/build.mjs';

requireNode24();
compileServer();
buildAdmin();
buildSite();
