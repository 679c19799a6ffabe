// The storage of the portal's sessions, chosen when the server starts (Astro inlines driver options at build
// time, so the choice is made here instead): Redis when REDIS_URL is set — needed as soon as more than one portal
// process serves the site — else files on this machine (SESSION_DIR, default .sessions under the working directory).
import fsLiteDriver from 'unstorage/drivers/fs-lite';
import redisDriver from 'unstorage/drivers/redis';

export default function sessionDriver() {
  const url = process.env.REDIS_URL;
  if (url) return redisDriver({ url, base: 'cs:portal:session' });
  return fsLiteDriver({ base: process.env.SESSION_DIR ?? '.sessions' });
}
