// A write must never be acknowledged when its COMMIT failed. Strapi opens its transactions as `knex.transaction()`
// without a handler and awaits `trx.commit()`; knex resolves that call even when COMMIT itself fails (the
// connection was cut, the server restarted) and reports the failure only on the transaction's executionPromise.
// The fault test saw it: a 201 for a listing that was never stored. Here every such transaction's commit also
// waits for the outcome, so a failed commit throws (and the request is answered 503, see database-unavailable).
const PATCHED = Symbol.for('community-sharing.commit-or-fail');

export function commitOrFail(strapi: any): boolean {
  const knex = strapi.db?.connection;
  const client = knex?.client;
  if (!client || typeof client.transaction !== 'function') return false;
  if (client[PATCHED]) return true;
  // knex's own methods are read-only; its client's are not. Every transaction (handler form or not) is made by
  // client.transaction(container, …), whose container receives the transactor: wrap that transactor's commit.
  const original = client.transaction.bind(client);
  client.transaction = (container: (trx: any) => unknown, config?: unknown, outerTx?: unknown) =>
    original(
      (trx: any) => {
        const commit = trx.commit.bind(trx);
        trx.commit = async (value?: unknown) => {
          const result = await commit(value);
          await trx.executionPromise;
          return result;
        };
        return container(trx);
      },
      config,
      outerTx,
    );
  client[PATCHED] = true;
  return true;
}
