// Starts the built portal: `node server.mjs` (PORT, HOST; defaults from astro.config.mjs). @astrojs/node builds
// in middleware mode (astro.config.mjs) and this file is its server. The adapter's standalone server looked every
// request up as a file under dist/client first (an lstat and a stat on each page) before rendering it; the portal
// has no such files, since every response, assets included, is rendered so that it passes the middleware
// (src/lib/assets.ts). Should a build ever put files there, the adapter's own standalone server is used instead,
// so that they are served as before.
import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { handler, options, startServer } from './dist/server/entry.mjs';

/** The files a build left for the standalone server to serve as they are. */
function clientFiles() {
  try {
    return readdirSync(new URL('./dist/client/', import.meta.url));
  } catch (error) {
    if (error.code === 'ENOENT') return [];
    throw error;
  }
}

if (clientFiles().length > 0) {
  startServer();
} else {
  // As the adapter's standalone server reads them.
  const port = process.env.PORT ? Number(process.env.PORT) : (options.port ?? 8080);
  const host = process.env.HOST ?? (typeof options.host === 'boolean' ? (options.host ? '0.0.0.0' : 'localhost') : options.host);
  const listener = (req, res) => {
    // As the standalone server: a URL that cannot be decoded is a bad request, not a page.
    try {
      decodeURI(req.url);
    } catch {
      res.writeHead(400);
      res.end('Bad request.');
      return;
    }
    handler(req, res);
  };
  const server =
    process.env.SERVER_CERT_PATH && process.env.SERVER_KEY_PATH
      ? https.createServer({ key: readFileSync(process.env.SERVER_KEY_PATH), cert: readFileSync(process.env.SERVER_CERT_PATH) }, listener)
      : http.createServer(listener);
  server.listen(port, host, () => {
    if (process.env.ASTRO_NODE_LOGGING === 'disabled') return;
    const { port: actual } = server.address();
    console.log(`Server listening on ${server instanceof https.Server ? 'https' : 'http'}://${host}:${actual}`);
  });
}
