import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { fromPglite, PgBoss } from 'pg-boss';
import type { Config } from '../../config.js';
import { type Database, SYSTEM_SCOPE } from '../../db/client.js';
import { jobRun } from '../../db/schema/index.js';
import { deleteExpiredSessions } from '../account/session.repository.js';

export const SESSION_CLEANUP = 'session-cleanup';

export interface JobRunner {
  boss: PgBoss;
  instance: string;
  stop(): Promise<void>;
}

/**
 * Background jobs on pg-boss, in the same database (PGlite or PostgreSQL). A schedule is stored
 * once in the database, so several server processes send each scheduled job once, not once each.
 */
export async function startJobs(database: Database, config: Config, log: FastifyBaseLogger): Promise<JobRunner> {
  const instance = `${process.pid}-${randomUUID().slice(0, 8)}`;
  const boss =
    database.backend === 'pglite' && database.pglite
      ? new PgBoss({ db: fromPglite(database.pglite), backend: 'pglite' })
      : new PgBoss({ connectionString: config.databaseUrl as string, max: 2 });
  boss.on('error', (error) => log.error({ err: error }, 'job queue error'));
  await boss.start();
  await boss.createQueue(SESSION_CLEANUP);
  await boss.schedule(SESSION_CLEANUP, config.sessionCleanupCron, null, { tz: 'Asia/Shanghai' });
  await boss.work(SESSION_CLEANUP, async () => {
    await database.transaction(SYSTEM_SCOPE, async (tx) => {
      const removed = await deleteExpiredSessions(tx, config.sessionIdleSeconds);
      await tx.insert(jobRun).values({ name: SESSION_CLEANUP, finishedAt: new Date(), detail: { removed }, instance });
    });
  });
  return {
    boss,
    instance,
    stop: () => boss.stop({ graceful: true, timeout: 10_000 }),
  };
}
