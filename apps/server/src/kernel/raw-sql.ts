import { type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.js';

/** Rows of a hand-written statement, whichever driver (PGlite or node-postgres) ran it. */
export async function queryRows<T>(tx: Tx, query: SQL): Promise<T[]> {
  const result: unknown = await tx.execute(query);
  return ((result as { rows?: T[] }).rows ?? (result as T[])) as T[];
}

/** One array parameter (drizzle would spread a JS array into a row of parameters). */
export function pgArray(values: readonly string[], type: 'text' | 'uuid' = 'text'): SQL {
  const literal = `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
  return sql`${literal}::${sql.raw(type)}[]`;
}
