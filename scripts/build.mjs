// `npm run build`: compiles every package and builds the Strapi admin panel (what `npm start` does on demand).
import { requireNode24 } from './lib/node-version.mjs';
import { buildAdmin, compileServer } from './lib/build.mjs';

requireNode24();
compileServer();
buildAdmin();
