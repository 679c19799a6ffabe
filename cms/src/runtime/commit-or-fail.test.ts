import knexFactory from 'knex';
import { afterAll, describe, expect, it } from 'vitest';
import { commitOrFail } from './commit-or-fail';

// Against the PostgreSQL the development and CI machines run (127.0.0.1:5432, trust): a transaction whose
// connection the server cuts before COMMIT.
const URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const connections: any[] = [];
const connect = () => {
  const knex = knexFactory({ client: 'pg', connection: URL, pool: { min: 0, max: 2 } });
  connections.push(knex);
  return knex;
};

afterAll(async () => {
  await Promise.all(connections.map((knex) => knex.destroy()));
});

/** Opens a transaction the way Strapi does, cuts its connection from outside, then commits. */
async function commitAfterTheConnectionIsCut(knex: any): Promise<unknown> {
  const trx = await knex.transaction();
  const { rows } = await trx.raw('select pg_backend_pid() as pid');
  await connect().raw('select pg_terminate_backend(?)', [rows[0].pid]);
  await new Promise((resolve) => setTimeout(resolve, 100));
  return trx.commit().then(
    () => 'committed',
    (error: Error) => error,
  );
}

describe('commitOrFail', () => {
  it('makes a commit whose connection was cut throw, where knex alone reports success', async () => {
    // knex alone: the failed COMMIT resolves (the failure only reaches executionPromise).
    expect(await commitAfterTheConnectionIsCut(connect())).toBe('committed');
    const patched = connect();
    expect(commitOrFail({ db: { connection: patched } })).toBe(true);
    expect(await commitAfterTheConnectionIsCut(patched)).toBeInstanceOf(Error);
  });

  it('leaves a healthy commit and the handler form alone, and patches once', async () => {
    const knex = connect();
    commitOrFail({ db: { connection: knex } });
    expect(commitOrFail({ db: { connection: knex } })).toBe(true);
    const trx = await knex.transaction();
    await trx.raw('select 1');
    await expect(trx.commit()).resolves.not.toThrow();
    expect(await knex.transaction(async (t: any) => (await t.raw('select 2 as n')).rows[0].n)).toBe(2);
  });
});
