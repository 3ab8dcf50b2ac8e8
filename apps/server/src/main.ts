import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isStrongPassword, LIMITS, ROLES, type Role, validateUscc } from '@gongzhi/contracts';
import { buildApp } from './app.js';
import { type Config, loadConfig } from './config.js';
import { backup, restore } from './db/backup.js';
import { type Database, openDatabase, SYSTEM_SCOPE } from './db/client.js';
import { ensureReferenceData } from './db/reference-data.js';
import { audit } from './kernel/audit.js';
import { roleFitsOrganisation } from './modules/account/account.policy.js';
import * as accounts from './modules/account/account.repository.js';
import { passwordHasher } from './modules/account/password.js';
import { revokeUserSessions } from './modules/account/session.repository.js';
import { evaluationService } from './modules/evaluation/evaluation.service.js';
import { parseFrameworkText } from './modules/evaluation/framework.format.js';
import { startJobs } from './modules/jobs/jobs.js';
import { createMailer } from './modules/notification/mailer.js';
import { findOrganisationByCreditCode } from './modules/organisation/organisation.repository.js';
import { DEMO_PASSWORD, seedDemo } from './seed/demo.js';
import { seedDemoComplaints } from './seed/demo-complaints.js';
import { seedDemoCredit } from './seed/demo-credit.js';
import { seedDemoEvaluation } from './seed/demo-evaluation.js';
import { seedDemoFunds } from './seed/demo-funds.js';
import { seedDemoLiaison } from './seed/demo-liaison.js';
import { seedDemoPlan } from './seed/demo-plan.js';
import { seedDemoRules } from './seed/demo-rules.js';
import { seedDemoSpotChecks } from './seed/demo-spotchecks.js';
import { seedDemoTeam } from './seed/demo-team.js';

const USAGE = `Gongzhi (共治) command line

  gongzhi start                 migrate, seed demo data into an empty database, build the web app if needed, serve
  gongzhi serve                 migrate and serve (no demo data)
  gongzhi migrate               apply database migrations
  gongzhi seed                  seed the demo data (only into an empty database)
  gongzhi user create --username U --password P --role ROLE [--org CREDIT_CODE] [--name NAME]
  gongzhi user disable --username U
  gongzhi user reset-password --username U --password P
  gongzhi framework check --file F   check an evaluation framework file (YAML/JSON; docs/evaluation.md), list every problem
  gongzhi framework import --file F  import it as a new version (the same content again changes nothing)
  gongzhi backup --file F       write every table as SQL (PGlite or PostgreSQL)
  gongzhi restore --file F      load a backup into an empty database (either backend)

Environment: DATABASE_URL (PostgreSQL server; otherwise PGlite in DATA_DIR), PORT, HOST, LOG_LEVEL, … (see README).`;

async function migrated(config: Config): Promise<Database> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await database.migrate();
  await ensureReferenceData(database);
  return database;
}

function buildWebIfMissing(config: Config): void {
  if (fs.existsSync(path.join(config.webDist, 'index.html'))) return;
  console.log('Building the web app (first start)…');
  const result = spawnSync('npm', ['run', 'build', '-w', '@gongzhi/web'], {
    stdio: 'inherit',
    cwd: path.resolve(config.webDist, '../../..'),
  });
  if (result.status !== 0) throw new Error('The web app did not build; the API still runs. See the output above.');
}

async function serve(config: Config, withDemo: boolean): Promise<void> {
  if (withDemo) {
    try {
      buildWebIfMissing(config);
    } catch (error) {
      console.error((error as Error).message);
    }
  }
  const database = await migrated(config);
  let seeded = false;
  if (withDemo) seeded = (await seedDemo(database, config)).seeded;
  if (seeded) {
    await seedDemoComplaints(database, config);
    await seedDemoCredit(database, config);
    await seedDemoSpotChecks(database, config);
    await seedDemoEvaluation(database, config);
    await seedDemoRules(database, config);
    await seedDemoLiaison(database, config);
    await seedDemoTeam(database, config);
    await seedDemoFunds(database, config);
    await seedDemoPlan(database, config);
  }
  const { app } = await buildApp(config, { database });
  const jobs = config.jobs ? await startJobs(database, config, app.log) : null;
  const shutdown = async (signal: string) => {
    app.log.info(`${signal}: shutting down`);
    await jobs?.stop().catch(() => {});
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  const url = `http://localhost:${config.port}`;
  console.log(`\nGongzhi (共治) is running: ${url}   (API docs: ${url}/api/docs)`);
  console.log(
    `Database: ${database.backend === 'pglite' ? `PGlite in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)'}`,
  );
  if (withDemo) {
    console.log(seeded ? 'Demo data loaded.' : 'Existing data kept (demo data is only loaded into an empty database).');
    console.log(`Demo accounts (password ${DEMO_PASSWORD}):`);
    const accounts: [string, string][] = [
      ['regulator.admin', '市场监管部门管理员'],
      ['regulator.staff', '市场监管部门工作人员'],
      ['jiancai.admin', '建材行业协会秘书长（协会管理员）'],
      ['jiancai.staff', '协会工作人员'],
      ['jiancai.liaison', '协会联络员'],
      ['enterprise.admin', '会员企业管理员'],
      ['enterprise.cqo', '首席质量官'],
      ['expert.zhang', '专家'],
      ['consumer.li', '消费者'],
    ];
    for (const [username, role] of accounts) {
      console.log(`  ${username.padEnd(18)} ${role}`);
    }
  }
}

async function userCommand(config: Config, sub: string | undefined, args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      username: { type: 'string' },
      password: { type: 'string' },
      role: { type: 'string' },
      org: { type: 'string' },
      name: { type: 'string' },
    },
  });
  if (!values.username) throw new Error('--username is required');
  const username = values.username;
  const hasher = passwordHasher(config);
  if (sub !== 'create' && sub !== 'disable' && sub !== 'reset-password') {
    throw new Error('user: expected create, disable or reset-password');
  }
  // Check the arguments before opening the database: bad input fails fast and changes nothing.
  const role = values.role as Role;
  if (sub === 'create' && !ROLES.includes(role)) throw new Error(`--role must be one of: ${ROLES.join(', ')}`);
  const passwordHash = sub === 'disable' ? null : await newPasswordHash(hasher, values.password);
  const database = await migrated(config);
  try {
    if (sub === 'create' && passwordHash) {
      await database.transaction(SYSTEM_SCOPE, async (tx) => {
        let org: { id: string; kind: string } | null = null;
        if (values.org) {
          const code = validateUscc(values.org).code;
          org = (await findOrganisationByCreditCode(tx, code)) ?? null;
          if (!org) throw new Error(`No organisation with credit code ${code}`);
        }
        if (!roleFitsOrganisation(role, org)) throw new Error(`Role ${role} does not fit that organisation`);
        const userId = randomUUID();
        const homeOrganisationId = org?.id ?? null;
        await accounts.insertUser(tx, {
          id: userId,
          username,
          displayName: values.name ?? username,
          email: null,
          passwordHash,
          homeOrganisationId,
        });
        await accounts.insertRole(tx, userId, role, homeOrganisationId);
        await audit(tx, null, {
          action: 'user.created',
          targetType: 'user',
          targetId: userId,
          organisationId: homeOrganisationId,
          after: { username, role, source: 'cli' },
        });
      });
      console.log(`Created ${username} (${role}).`);
    } else {
      await database.transaction(SYSTEM_SCOPE, async (tx) => {
        const user = await accounts.findUserByUsername(tx, username);
        if (!user) throw new Error(`No user ${username}`);
        if (passwordHash) await accounts.setPassword(tx, user.id, passwordHash);
        else await accounts.setUserStatus(tx, user.id, 'disabled');
        await revokeUserSessions(tx, user.id);
        await audit(tx, null, {
          action: passwordHash ? 'user.password_reset' : 'user.disabled',
          targetType: 'user',
          targetId: user.id,
          organisationId: user.homeOrganisationId,
          after: { source: 'cli' },
        });
      });
      console.log(sub === 'disable' ? `Disabled ${username}; their sessions ended.` : `Password of ${username} reset.`);
    }
  } finally {
    await database.close();
  }
}

/** `gongzhi framework check|import --file F`: exit code 2 when the file has problems. */
async function frameworkCommand(config: Config, sub: string | undefined, file: string): Promise<void> {
  const content = fs.readFileSync(file, 'utf8');
  if (sub === 'check') {
    const check = parseFrameworkText(content, 'zh-CN');
    if (check.framework) {
      console.log(`${file}: ${check.framework.code}, no problems.`);
      return;
    }
    for (const p of check.problems) console.log(`${p.path || '(file)'}: ${p.message}`);
    process.exitCode = 2;
    return;
  }
  if (sub !== 'import') throw new Error('framework: use check or import');
  const database = await migrated(config);
  try {
    const service = evaluationService(
      { database, config },
      createMailer({ smtpUrl: undefined, mailFrom: config.mailFrom }),
    );
    const result = await service.importFrameworkFromCli(content, 'zh-CN');
    if (!result.dto) {
      for (const p of result.problems) console.log(`${p.path || '(file)'}: ${p.message}`);
      process.exitCode = 2;
      return;
    }
    console.log(
      result.created
        ? `Imported ${result.dto.code} as version ${result.dto.version} (${result.dto.leafCount} scored indicators).`
        : `${result.dto.code} version ${result.dto.version} already has this content; nothing changed.`,
    );
  } finally {
    await database.close();
  }
}

async function newPasswordHash(
  hasher: ReturnType<typeof passwordHasher>,
  password: string | undefined,
): Promise<string> {
  if (!password || !isStrongPassword(password)) {
    throw new Error(
      `--password needs at least ${LIMITS.passwordMin} characters and three of: upper, lower, digits, symbols`,
    );
  }
  return hasher.hash(password);
}

function fileArg(args: string[]): string {
  const { values } = parseArgs({ args, options: { file: { type: 'string' } } });
  if (!values.file) throw new Error('--file is required');
  return values.file;
}

export async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const config = loadConfig();
  switch (command) {
    case 'start':
      return serve(config, true);
    case 'serve':
      return serve(config, false);
    case 'migrate': {
      const database = await migrated(config);
      await database.close();
      console.log('Migrations applied.');
      return;
    }
    case 'seed': {
      const database = await migrated(config);
      const summary = await seedDemo(database, config);
      const complaints = summary.seeded ? await seedDemoComplaints(database, config) : 0;
      const creditRecords = summary.seeded ? await seedDemoCredit(database, config) : 0;
      const spotChecks = summary.seeded ? await seedDemoSpotChecks(database, config) : null;
      const evaluation = summary.seeded ? await seedDemoEvaluation(database, config) : null;
      if (summary.seeded) await seedDemoRules(database, config);
      if (summary.seeded) await seedDemoLiaison(database, config);
      if (summary.seeded) await seedDemoTeam(database, config);
      if (summary.seeded) await seedDemoFunds(database, config);
      if (summary.seeded) await seedDemoPlan(database, config);
      await database.close();
      console.log(
        summary.seeded
          ? `Seeded ${summary.organisations} organisations, ${summary.memberships} memberships, ${summary.accounts.length} accounts, ${complaints} consumer complaints, ${creditRecords} credit records, ${spotChecks?.notices ?? 0} spot-check notices, ${evaluation?.assessments ?? 0} assessments.`
          : 'The database already has organisations; demo data is only loaded into an empty database.',
      );
      return;
    }
    case 'user':
      return userCommand(config, rest[0], rest.slice(1));
    case 'framework':
      return frameworkCommand(config, rest[0], fileArg(rest.slice(1)));
    case 'backup': {
      const file = fileArg(rest);
      const database = await migrated(config);
      const counts = await backup(database, file);
      await database.close();
      console.log(`Backup written to ${file}:`);
      for (const c of counts) console.log(`  ${c.table.padEnd(20)} ${c.rows}`);
      return;
    }
    case 'restore': {
      const file = fileArg(rest);
      const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        const counts = await restore(database, file);
        console.log(`Restored ${file}:`);
        for (const c of counts) console.log(`  ${c.table.padEnd(20)} ${c.rows}`);
      } finally {
        await database.close();
      }
      return;
    }
    default:
      console.log(USAGE);
      if (command && command !== 'help' && command !== '--help') process.exitCode = 2;
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`gongzhi: ${(error as Error).message}`);
  process.exit(1);
});
