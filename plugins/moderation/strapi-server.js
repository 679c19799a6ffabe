'use strict';
// Strapi loads a local plugin's server from this file; the TypeScript sources compile to dist/.
module.exports = require('./dist/server').default;
