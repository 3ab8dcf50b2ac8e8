import { createHash } from 'node:crypto';

interface Preparable<T> {
  toSQL(): { sql: string };
  prepare(name: string): { execute(): Promise<T> };
}

/**
 * Runs a query as a named prepared statement, named by its SQL text: PostgreSQL plans each shape once
 * per connection instead of on every request (with row-level security, planning costs as much as the
 * query). Values stay parameters; a query built with other filters is another shape and another name.
 * Inside a scoped transaction it runs on that transaction's connection, so RLS applies as usual.
 */
export function runPrepared<T>(query: Preparable<T>): Promise<T> {
  const name = `gz_${createHash('sha1').update(query.toSQL().sql).digest('hex').slice(0, 24)}`;
  return query.prepare(name).execute();
}
