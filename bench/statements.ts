/** Capturing the statements a piece of the server's code sends through the pg driver (bench only). */
import pg from 'pg';

export interface Captured {
  text: string;
  values: unknown[];
  ms: number;
}

type QueryFn = (this: pg.Client, ...args: unknown[]) => unknown;

/** Every statement `work` sends through the pg driver with its time (sent to result); values kept when asked. */
export async function captureStatements<T>(
  work: () => Promise<T>,
  keepValues = false,
): Promise<{ result: T; statements: Captured[] }> {
  const statements: Captured[] = [];
  const proto = pg.Client.prototype as unknown as { query: QueryFn };
  const original = proto.query;
  proto.query = function (this: pg.Client, ...args: unknown[]) {
    const [config, values] = args;
    const text = typeof config === 'string' ? config : (config as { text?: string } | undefined)?.text;
    const params = Array.isArray(values) ? values : ((config as { values?: unknown[] } | undefined)?.values ?? []);
    const entry: Captured | undefined = text ? { text, values: keepValues ? params : [], ms: 0 } : undefined;
    if (entry) statements.push(entry);
    const started = performance.now();
    const done = () => {
      if (entry) entry.ms = performance.now() - started;
    };
    const last = args[args.length - 1];
    if (typeof last === 'function') {
      args[args.length - 1] = (...result: unknown[]) => {
        done();
        return (last as (...r: unknown[]) => unknown)(...result);
      };
      return original.apply(this, args);
    }
    const result = original.apply(this, args);
    if (result && typeof (result as Promise<unknown>).then === 'function') {
      (result as Promise<unknown>).then(done, done);
    }
    return result;
  };
  try {
    return { result: await work(), statements };
  } finally {
    proto.query = original;
  }
}
