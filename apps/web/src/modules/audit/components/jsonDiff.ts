export interface DiffRow {
  path: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

const MISSING = Symbol('missing');

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Flattens nested objects to dotted paths; arrays and scalars are leaves. */
function flatten(value: unknown, prefix: string, out: Map<string, unknown>): void {
  if (isPlainObject(value) && Object.keys(value).length > 0) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, out);
  } else if (prefix) {
    out.set(prefix, value);
  }
}

/** Field-by-field comparison of an audit event's before and after states. */
export function diffJson(before: unknown, after: unknown): DiffRow[] {
  const left = new Map<string, unknown>();
  const right = new Map<string, unknown>();
  flatten(before, '', left);
  flatten(after, '', right);
  const paths = [...new Set([...left.keys(), ...right.keys()])].sort();
  return paths.map((path) => {
    const b = left.has(path) ? left.get(path) : MISSING;
    const a = right.has(path) ? right.get(path) : MISSING;
    return {
      path,
      before: b === MISSING ? undefined : b,
      after: a === MISSING ? undefined : a,
      changed:
        JSON.stringify(b === MISSING ? null : b) !== JSON.stringify(a === MISSING ? null : a) ||
        (b === MISSING) !== (a === MISSING),
    };
  });
}

export function showValue(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
