/**
 * Pure rules of versioned documents and consultations: clause keys that stay stable across versions,
 * the clause-by-clause diff with an inline word/character diff, who may edit what, and the report.
 */
import type {
  ClauseDiffDto,
  ClauseInput,
  CommentAnswer,
  DiffSegmentDto,
  DocumentClauseDto,
  DocumentVersionStatus,
} from '@gongzhi/contracts';

// ---------------------------------------------------------------- clause keys

const KEY_PATTERN = /^c(\d+)$/;

/** The highest number used by a key "c<n>" among the keys the document ever had. */
export function highestKey(keys: Iterable<string>): number {
  let max = 0;
  for (const key of keys) {
    const m = KEY_PATTERN.exec(key);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return max;
}

/**
 * Keys for the clauses of a version: a clause keeps a key the document already had (once per version);
 * a new clause, an unknown key or a repeated key gets the next unused key — a key is never reused.
 */
export function assignClauseKeys(input: readonly ClauseInput[], knownKeys: readonly string[]): DocumentClauseDto[] {
  const known = new Set(knownKeys);
  const used = new Set<string>();
  let next = highestKey(knownKeys);
  return input.map((c) => {
    let key = c.key && known.has(c.key) && !used.has(c.key) ? c.key : '';
    if (!key) {
      do {
        next += 1;
        key = `c${next}`;
      } while (known.has(key) || used.has(key));
    }
    used.add(key);
    return { key, heading: c.heading.trim(), text: c.text.trim() };
  });
}

/** Indexes of clauses without text (a clause must say something). */
export function emptyClauses(clauses: readonly ClauseInput[]): number[] {
  return clauses.flatMap((c, i) => (c.text.trim() === '' ? [i] : []));
}

// ---------------------------------------------------------------- states

/** Only a draft is edited in place; a version in consultation, published or superseded is kept as it is. */
export function isEditableVersion(status: DocumentVersionStatus): boolean {
  return status === 'draft';
}

/** A draft, or a version whose consultation is over, may be published. */
export function isPublishable(status: DocumentVersionStatus): boolean {
  return status === 'draft' || status === 'in_consultation';
}

/** A consultation takes comments while open and before its deadline. */
export function isAccepting(c: { status: string; deadline: Date }, now: Date): boolean {
  return c.status === 'open' && now.getTime() < c.deadline.getTime();
}

/** partly_adopted and not_adopted need a reason; adopted may have one. */
export function reasonRequired(answer: CommentAnswer): boolean {
  return answer !== 'adopted';
}

// ---------------------------------------------------------------- inline diff

/** Words of Latin text, single CJK characters, runs of spaces, single other characters. */
export function tokenize(text: string): string[] {
  return text.match(/[\p{Script=Han}]|[\p{L}\p{N}_]+|\s+|[^\s\p{L}\p{N}_]/gu) ?? [];
}

/** Beyond this many cells of the LCS table a changed middle is shown as one deletion and one insertion. */
const LCS_CELLS_MAX = 4_000_000;

function push(out: DiffSegmentDto[], op: DiffSegmentDto['op'], text: string): void {
  if (!text) return;
  const last = out[out.length - 1];
  if (last && last.op === op) last.text += text;
  else out.push({ op, text });
}

/** The differences between two texts as equal / delete / insert segments (longest common subsequence of tokens). */
export function diffText(from: string, to: string): DiffSegmentDto[] {
  const a = tokenize(from);
  const b = tokenize(to);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const out: DiffSegmentDto[] = [];
  push(out, 'equal', a.slice(0, start).join(''));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const n = midA.length;
  const m = midB.length;
  if (n === 0 || m === 0 || n * m > LCS_CELLS_MAX) {
    push(out, 'delete', midA.join(''));
    push(out, 'insert', midB.join(''));
  } else {
    // lengths[i][j]: LCS of midA[i..] and midB[j..], in one flat array
    const w = m + 1;
    const lengths = new Uint32Array((n + 1) * w);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lengths[i * w + j] =
          midA[i] === midB[j]
            ? (lengths[(i + 1) * w + j + 1] as number) + 1
            : Math.max(lengths[(i + 1) * w + j] as number, lengths[i * w + j + 1] as number);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (midA[i] === midB[j]) {
        push(out, 'equal', midA[i] as string);
        i++;
        j++;
      } else if ((lengths[(i + 1) * w + j] as number) >= (lengths[i * w + j + 1] as number)) {
        push(out, 'delete', midA[i] as string);
        i++;
      } else {
        push(out, 'insert', midB[j] as string);
        j++;
      }
    }
    push(out, 'delete', midA.slice(i).join(''));
    push(out, 'insert', midB.slice(j).join(''));
  }
  push(out, 'equal', a.slice(endA).join(''));
  return out;
}

/**
 * Two versions clause by clause, matched by key: in the order of the newer version, with each removed
 * clause placed after the clause that preceded it in the older one.
 */
export function diffClauses(from: readonly DocumentClauseDto[], to: readonly DocumentClauseDto[]): ClauseDiffDto[] {
  const old = new Map(from.map((c) => [c.key, c]));
  const now = new Set(to.map((c) => c.key));
  const rows: ClauseDiffDto[] = to.map((c) => {
    const before = old.get(c.key);
    if (!before) return { key: c.key, change: 'added', from: null, to: c, heading: [], text: [] };
    const same = before.heading === c.heading && before.text === c.text;
    return {
      key: c.key,
      change: same ? 'unchanged' : 'changed',
      from: before,
      to: c,
      heading: same ? [] : diffText(before.heading, c.heading),
      text: same ? [] : diffText(before.text, c.text),
    };
  });
  // removed clauses: after the row of the nearest preceding clause that still exists
  let anchor = -1;
  const inserts: { after: number; row: ClauseDiffDto }[] = [];
  for (const c of from) {
    if (now.has(c.key)) {
      anchor = rows.findIndex((r) => r.key === c.key);
      continue;
    }
    inserts.push({ after: anchor, row: { key: c.key, change: 'removed', from: c, to: null, heading: [], text: [] } });
  }
  const result: ClauseDiffDto[] = [];
  for (const r of inserts.filter((x) => x.after === -1)) result.push(r.row);
  rows.forEach((row, index) => {
    result.push(row);
    for (const r of inserts.filter((x) => x.after === index)) result.push(r.row);
  });
  return result;
}

// ---------------------------------------------------------------- report

export interface AnsweredComment {
  clauseKey: string | null;
  answer: CommentAnswer | null;
}

export function answerCounts(comments: readonly AnsweredComment[]) {
  const counts = { total: comments.length, adopted: 0, partly_adopted: 0, not_adopted: 0, unanswered: 0 };
  for (const c of comments) {
    if (c.answer === null) counts.unanswered++;
    else counts[c.answer]++;
  }
  return counts;
}

/** Comments grouped by clause in the text's order, then comments on clauses no longer there, then general ones. */
export function groupByClause<T extends AnsweredComment>(
  clauses: readonly DocumentClauseDto[],
  comments: readonly T[],
): { clauseKey: string | null; heading: string; comments: T[] }[] {
  const groups: { clauseKey: string | null; heading: string; comments: T[] }[] = [];
  const keys = new Set(clauses.map((c) => c.key));
  for (const c of clauses) {
    const of = comments.filter((x) => x.clauseKey === c.key);
    if (of.length > 0) groups.push({ clauseKey: c.key, heading: c.heading, comments: of });
  }
  const orphans = comments.filter((x) => x.clauseKey !== null && !keys.has(x.clauseKey));
  for (const key of [...new Set(orphans.map((x) => x.clauseKey as string))]) {
    groups.push({ clauseKey: key, heading: key, comments: orphans.filter((x) => x.clauseKey === key) });
  }
  const general = comments.filter((x) => x.clauseKey === null);
  if (general.length > 0) groups.push({ clauseKey: null, heading: '', comments: general });
  return groups;
}
