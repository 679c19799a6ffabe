import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { runtimeEnv } from '../src/runtime/environment';

// PostgreSQL when DATABASE_URL is set (production), else an embedded SQLite file.
export default () => {
  const env = runtimeEnv();
  if (env.DATABASE_URL) {
    return {
      connection: {
        client: 'postgres',
        connection: {
          connectionString: env.DATABASE_URL,
          ssl: env.DATABASE_SSL ? { rejectUnauthorized: true } : false,
        },
        pool: { min: 0, max: env.DATABASE_POOL_MAX },
        acquireConnectionTimeout: 10_000,
      },
    };
  }
  mkdirSync(path.dirname(env.databaseFile), { recursive: true });
  return {
    connection: {
      client: 'sqlite',
      connection: { filename: env.databaseFile },
      useNullAsDefault: true,
    },
  };
};
