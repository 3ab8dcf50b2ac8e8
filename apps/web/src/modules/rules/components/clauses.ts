/** Pure helpers of the clause editor: splitting pasted text into clauses, moving clauses, diff segments. */

export interface EditableClause {
  /** the stable key of a clause the document already had; absent for a new clause */
  key?: string | undefined;
  heading: string;
  text: string;
}

/** 第一条 / 第十二条 / 第3条, 第一章 …, at the start of a line (full-width spaces allowed). */
const HEADING = /^[\s\u3000]*(第[一二三四五六七八九十百千零〇两\d]+[条章])[\s\u3000]*(.*)$/;

/**
 * Splits a whole pasted text into clauses at the 第X条 and 第X章 headings: the text before the first
 * heading is the preamble; an article's text runs to the next heading; a chapter line is a clause of
 * its own whose text is the chapter's title (or the heading itself when it has none).
 */
export function splitClauses(whole: string): { preamble: string; clauses: EditableClause[] } {
  const lines = whole.replace(/\r\n?/g, '\n').split('\n');
  const preamble: string[] = [];
  const clauses: { heading: string; lines: string[]; chapter: boolean }[] = [];
  for (const line of lines) {
    const m = HEADING.exec(line);
    if (m) {
      const heading = m[1] as string;
      const rest = (m[2] ?? '').trim();
      clauses.push({ heading, lines: rest ? [rest] : [], chapter: heading.endsWith('章') });
      continue;
    }
    const current = clauses[clauses.length - 1];
    if (current && !current.chapter) current.lines.push(line.trim());
    else if (current?.chapter && line.trim() && current.lines.length === 0) current.lines.push(line.trim());
    else if (!current) preamble.push(line.trim());
    else if (line.trim()) {
      // text after a chapter's title and before its first article: a clause without a heading
      clauses.push({ heading: '', lines: [line.trim()], chapter: false });
    }
  }
  return {
    preamble: preamble.join('\n').trim(),
    clauses: clauses.map((c) => {
      const text = c.lines
        .join('\n')
        .replace(/\n{2,}/g, '\n')
        .trim();
      return { heading: c.heading, text: text || c.heading };
    }),
  };
}

/** The list with the item at `index` moved by `delta` places (unchanged when it would leave the list). */
export function moveItem<T>(items: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const next = [...items];
  const [item] = next.splice(index, 1);
  next.splice(target, 0, item as T);
  return next;
}

/** Milliseconds left until a deadline, split for a countdown; null once it has passed. */
export function timeLeft(deadline: string, now: number): { days: number; hours: number; minutes: number } | null {
  const ms = new Date(deadline).getTime() - now;
  if (!(ms > 0)) return null;
  const minutes = Math.floor(ms / 60_000);
  return { days: Math.floor(minutes / 1440), hours: Math.floor((minutes % 1440) / 60), minutes: minutes % 60 };
}
