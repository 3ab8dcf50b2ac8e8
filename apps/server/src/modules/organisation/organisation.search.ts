import { or, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { organisation } from '../../db/schema/index.js';
import { likeEscape } from '../../kernel/pagination.js';

export interface SearchColumns {
  name: PgColumn;
  nameGrams: PgColumn;
  creditCode: PgColumn;
}

/**
 * Name or credit-code search that an index serves at any query length:
 * - 1–2 characters: containment in the name's unigram/bigram array (GIN);
 * - 3+ characters: every bigram of the query contained (GIN, with element statistics the planner
 *   can weigh) and the exact substring on lower(name) (pg_trgm GIN) to confirm;
 * - a whole credit code: equality; a code prefix (4+ characters with a digit): prefix match.
 * Over a table under row-level security none of these can use an index: search the directory view.
 */
export function organisationSearch(q: string | undefined, columns: SearchColumns = organisation): SQL | undefined {
  const term = (q ?? '').trim().toLowerCase().replace(/\s+/g, '');
  if (!term) return undefined;
  const code = term.toUpperCase();
  if (/^[0-9A-Z]{18}$/.test(code)) return sql`${columns.creditCode} = ${code}`;
  const chars = Array.from(term);
  let name: SQL;
  if (chars.length <= 2) {
    name = sql`${columns.nameGrams} @> ARRAY[${term}]::text[]`;
  } else {
    const bigrams = [...new Set(chars.slice(0, -1).map((c, i) => c + chars[i + 1]))];
    const array = sql.join(
      bigrams.map((b) => sql`${b}`),
      sql`, `,
    );
    name = sql`(${columns.nameGrams} @> ARRAY[${array}]::text[] AND lower(${columns.name}) LIKE ${`%${likeEscape(term)}%`})`;
  }
  if (chars.length >= 4 && /^[0-9A-Z]+$/.test(code) && /\d/.test(code)) {
    return or(name, sql`${columns.creditCode} LIKE ${`${likeEscape(code)}%`}`);
  }
  return name;
}
