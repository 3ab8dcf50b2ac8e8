/**
 * The machine's ceiling for a public credit-code lookup: bare Fastify and one indexed query on the
 * same table (no auth, no transaction, no row-level security, no drizzle, no response schema).
 *
 *   DATABASE_URL=postgres://…/gongzhi_bench PORT=3101 node --import tsx bench/ceiling.ts
 *   DATA_DIR=.bench/pglite PORT=3101 node --import tsx bench/ceiling.ts
 *
 * GET /ceiling/by-credit-code/:code → the published organisation's row as JSON, or 404.
 * GET /ceiling/health → { ok: true }.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import pg from 'pg';
import { openDatabase } from '../apps/server/src/db/client.js';

/** The row the public endpoint returns, with its region and industry names: one statement. */
export const CEILING_SQL = `select o.id, o.kind, o.name, o.name_en, o.credit_code, o.region_code, o.industry_code,
  o.address, o.contact_phone, o.website, o.description, o.published, o.status, o.version, o.created_at, o.updated_at,
  d.name as region_name, i.name as industry_name
  from organisation o
  left join division d on d.code = o.region_code
  left join industry i on i.code = o.industry_code
  where o.credit_code = $1`;

export interface CeilingOptions {
  /** postgres://… ; otherwise PGlite in dataDir. */
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  /** PostgreSQL pool size; the Gongzhi server uses 10. */
  poolSize?: number;
}

export async function buildCeiling(options: CeilingOptions): Promise<FastifyInstance> {
  let query: (code: string) => Promise<Record<string, unknown>[]>;
  let close: () => Promise<void>;
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
    query = async (code) => (await pool.query(CEILING_SQL, [code])).rows;
    close = () => pool.end();
  } else {
    if (!options.dataDir) throw new Error('give DATABASE_URL or DATA_DIR');
    // openDatabase only for PGlite's data-directory lock and extensions; the queries go to PGlite directly.
    const database = await openDatabase({ dataDir: path.resolve(options.dataDir) });
    const client = database.pglite;
    if (!client) throw new Error('expected a PGlite database');
    query = async (code) => (await client.query<Record<string, unknown>>(CEILING_SQL, [code])).rows;
    close = () => database.close();
  }
  const app = Fastify({ logger: false });
  app.get('/ceiling/health', async () => ({ ok: true }));
  app.get<{ Params: { code: string } }>('/ceiling/by-credit-code/:code', async (req, reply) => {
    const row = (await query(req.params.code.trim().toUpperCase()))[0];
    if (!row?.published) return reply.status(404).send({ error: { code: 'not_found' } });
    return row;
  });
  app.addHook('onClose', async () => close());
  return app;
}

async function main(): Promise<void> {
  const app = await buildCeiling({ databaseUrl: process.env.DATABASE_URL, dataDir: process.env.DATA_DIR });
  const shutdown = () => {
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  await app.listen({ port: Number(process.env.PORT ?? 3101), host: process.env.HOST ?? '127.0.0.1' });
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(`ceiling: ${(error as Error).message}`);
    process.exit(1);
  });
}
