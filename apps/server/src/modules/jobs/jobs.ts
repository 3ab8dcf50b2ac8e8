import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { fromPglite, PgBoss } from 'pg-boss';
import type { Config } from '../../config.js';
import { type Database, SYSTEM_SCOPE } from '../../db/client.js';
import { jobRun } from '../../db/schema/index.js';
import { deleteExpiredSessions } from '../account/session.repository.js';
import { calendarService } from '../calendar/calendar.service.js';
import { COMPLAINT_DEADLINES, checkComplaintDeadlines } from '../complaint/complaint.deadlines.js';
import { CREDIT_EVALUATION, evaluateAllAssociations } from '../credit/credit.job.js';
import { EVALUATION_ACTIONS_DUE, evaluationService } from '../evaluation/evaluation.service.js';
import { createMailer } from '../notification/mailer.js';
import { planService, WORKSPACE_TASKS_DUE } from '../plan/plan.service.js';
import { RISK_SCAN, scanAll } from '../spotcheck/risk.service.js';

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
  const calendar = calendarService({ database, config });
  const mailer = createMailer(config, log);
  await boss.createQueue(COMPLAINT_DEADLINES);
  await boss.schedule(COMPLAINT_DEADLINES, config.complaintDeadlineCron, null, { tz: 'Asia/Shanghai' });
  await boss.work(COMPLAINT_DEADLINES, async () => {
    const run = await checkComplaintDeadlines(database, await calendar.current(), {
      publicUrl: config.publicUrl,
      instance,
    });
    // After the commit: an e-mail never announces a change that rolled back.
    await mailer.send(run.mails);
  });
  await boss.createQueue(CREDIT_EVALUATION);
  await boss.schedule(CREDIT_EVALUATION, config.creditEvaluationCron, null, { tz: 'Asia/Shanghai' });
  await boss.work(CREDIT_EVALUATION, async () => {
    await evaluateAllAssociations(database, { instance });
  });
  await boss.createQueue(RISK_SCAN);
  await boss.schedule(RISK_SCAN, config.riskScanCron, null, { tz: 'Asia/Shanghai' });
  await boss.work(RISK_SCAN, async () => {
    const run = await scanAll(database, { creditWarnings: config.riskCreditWarnings });
    await database.transaction(SYSTEM_SCOPE, (tx) =>
      tx.insert(jobRun).values({ name: RISK_SCAN, finishedAt: new Date(), detail: run, instance }),
    );
  });
  await boss.createQueue(EVALUATION_ACTIONS_DUE);
  await boss.schedule(EVALUATION_ACTIONS_DUE, config.evaluationActionsCron, null, { tz: 'Asia/Shanghai' });
  const evaluation = evaluationService({ database, config }, mailer);
  await boss.work(EVALUATION_ACTIONS_DUE, async () => {
    const reminded = await evaluation.remindOverdueActions();
    await database.transaction(SYSTEM_SCOPE, (tx) =>
      tx
        .insert(jobRun)
        .values({ name: EVALUATION_ACTIONS_DUE, finishedAt: new Date(), detail: { reminded }, instance }),
    );
  });
  await boss.createQueue(WORKSPACE_TASKS_DUE);
  await boss.schedule(WORKSPACE_TASKS_DUE, config.workspaceTasksCron, null, { tz: 'Asia/Shanghai' });
  const plans = planService({ database, config }, mailer);
  await boss.work(WORKSPACE_TASKS_DUE, async () => {
    const reminded = await plans.remindTasks();
    await database.transaction(SYSTEM_SCOPE, (tx) =>
      tx.insert(jobRun).values({ name: WORKSPACE_TASKS_DUE, finishedAt: new Date(), detail: { reminded }, instance }),
    );
  });
  return {
    boss,
    instance,
    stop: async () => {
      await boss.stop({ graceful: true, timeout: 10_000 });
      mailer.close();
    },
  };
}
