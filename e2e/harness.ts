import path from 'node:path';
import { buildApp } from '../apps/server/src/app.js';
import { loadConfig } from '../apps/server/src/config.js';
import { seedDemo } from '../apps/server/src/seed/demo.js';
import { createTestDatabase } from '../apps/server/test/database.js';
import { TEST_CONFIG_OVERRIDES } from '../apps/server/test/harness.js';

export interface E2eServer {
  baseUrl: string;
  close(): Promise<void>;
}

export const WEB_DIST = path.resolve(import.meta.dirname, '../apps/web/dist');

/** A real Gongzhi server on a random loopback port, with a fresh database holding the demo data. */
export async function startE2eServer(): Promise<E2eServer> {
  const testDb = await createTestDatabase();
  const config = loadConfig(process.env, { ...TEST_CONFIG_OVERRIDES, webDist: WEB_DIST });
  const { app, database } = await buildApp(config, { database: testDb.database, logger: false });
  await seedDemo(database, config);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('server did not bind a TCP port');
  return {
    baseUrl: `http://127.0.0.1:${address.port}`,
    async close() {
      await app.close();
      await testDb.drop();
    },
  };
}
