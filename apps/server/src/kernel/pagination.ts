import { count, sql } from 'drizzle-orm';
import type { PgSelect } from 'drizzle-orm/pg-core';
import type { Tx } from '../db/client.js';

/** Counting stops here: beyond it the UI shows "1000+" (counting a million matches costs more than it tells). */
export const TOTAL_CAP = 1000;

export interface PageRequest {
  page: number;
  pageSize: number;
}

export function pageOf(query: { page?: number | undefined; pageSize?: number | undefined }): PageRequest {
  return { page: query.page ?? 1, pageSize: query.pageSize ?? 20 };
}

export function offsetOf(p: PageRequest): number {
  return (p.page - 1) * p.pageSize;
}

export interface PageResult<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
  totalIsLowerBound: boolean;
}

/** How many rows match: counted up to TOTAL_CAP + 1, or known only to exceed the current page. */
export type Counted = number | { atLeast: number };

export function pageResult<T>(items: T[], p: PageRequest, counted: Counted): PageResult<T> {
  if (typeof counted !== 'number') {
    return { items, page: p.page, pageSize: p.pageSize, total: counted.atLeast, totalIsLowerBound: true };
  }
  return {
    items,
    page: p.page,
    pageSize: p.pageSize,
    total: Math.min(counted, TOTAL_CAP),
    totalIsLowerBound: counted > TOTAL_CAP,
  };
}

/** A page read with one row of look-ahead instead of a count: the total is known to be at least this much. */
export function lookAheadResult<T>(items: T[], p: PageRequest, hasMore: boolean): PageResult<T> {
  const seen = offsetOf(p) + items.length;
  // Nothing after this page: the total is exact.
  return pageResult(items, p, hasMore ? { atLeast: seen + 1 } : seen);
}

/** Escape LIKE wildcards in user input. */
export function likeEscape(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Counts matches up to TOTAL_CAP + 1, so a list of a million rows costs no more than one of a thousand. */
export async function countUpToCap(tx: Tx, query: PgSelect): Promise<number> {
  const capped = query.limit(TOTAL_CAP + 1).as('capped');
  const rows = await tx.select({ n: count() }).from(capped);
  return rows[0]?.n ?? 0;
}

/** The select that countUpToCap wraps: one constant column. */
export const one = sql<number>`1`.as('one');
