import { or, type SQL, sql } from 'drizzle-orm';
import { organisation } from '../../db/schema/index.js';
import { likeEscape } from '../../kernel/pagination.js';

/**
 * Name or credit-code search that an index serves at any query length:
 * - 1–2 characters: containment in the name's unigram/bigram array (GIN);
 * - 3+ characters: substring match on lower(name) (pg_trgm GIN);
 * - a whole credit code: equality; a code prefix (4+ characters with a digit): prefix match.
 */
export function organisationSearch(q: string | undefined): SQL | undefined {
  const term = (q ?? '').trim().toLowerCase().replace(/\s+/g, '');
  if (!term) return undefined;
  const code = term.toUpperCase();
  if (/^[0-9A-Z]{18}$/.test(code)) return sql`${organisation.creditCode} = ${code}`;
  const length = Array.from(term).length;
  const name =
    length <= 2
      ? sql`${organisation.nameGrams} @> ARRAY[${term}]::text[]`
      : sql`lower(${organisation.name}) LIKE ${`%${likeEscape(term)}%`}`;
  if (length >= 4 && /^[0-9A-Z]+$/.test(code) && /\d/.test(code)) {
    return or(name, sql`${organisation.creditCode} LIKE ${`${likeEscape(code)}%`}`);
  }
  return name;
}
