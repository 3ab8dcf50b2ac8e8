import path from 'node:path';

export interface Config {
  /** postgres://… selects a PostgreSQL server; otherwise PGlite in dataDir. */
  databaseUrl: string | undefined;
  /** PGlite data directory; `memory://` keeps the database in memory (tests). */
  dataDir: string;
  port: number;
  host: string;
  logLevel: string;
  /** Idle session timeout and absolute session lifetime, in seconds. */
  sessionIdleSeconds: number;
  sessionMaxSeconds: number;
  /** Set the Secure flag on the session cookie (behind TLS). */
  cookieSecure: boolean;
  /** argon2id cost (memory in KiB, iterations). */
  argon2MemoryKiB: number;
  argon2TimeCost: number;
  bodyLimitBytes: number;
  /** Serve the built web app from this directory when it exists. */
  webDist: string;
  /** Run background jobs (pg-boss) in this process. */
  jobs: boolean;
  trustProxy: boolean;
  /** When expired sessions are removed (cron, Asia/Shanghai). */
  sessionCleanupCron: string;
  /** When complaint deadlines are checked for reminders and escalation (cron, Asia/Shanghai). */
  complaintDeadlineCron: string;
  /** When every association's members are evaluated again for the secretary to publish (cron, Asia/Shanghai). */
  creditEvaluationCron: string;
  /** When every association's and regulator's monthly series are scanned for control-chart signals (cron, Asia/Shanghai). */
  riskScanCron: string;
  evaluationActionsCron: string;
  /** When owners of workspace plan tasks due soon or overdue are reminded (cron, Asia/Shanghai). */
  workspaceTasksCron: string;
  /** A signal on a member's own series also issues a credit early warning in the association's archive. */
  riskCreditWarnings: boolean;
  /** smtp://user:pass@host:port (smtps:// for TLS); unset: no e-mail, in-app notifications only. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** The address people use to reach this server, for links in e-mails. */
  publicUrl: string;
  /** Public complaint intake: submissions per IP and per phone number in an hour. */
  intakePerIpPerHour: number;
  intakePerPhonePerHour: number;
  /** Public tracking look-ups per IP in an hour (a tracking number and a phone must not be guessable). */
  trackPerIpPerHour: number;
  /** Data-provider API calls per key in a minute (per server process). */
  providerRateLimitPerMinute: number;
}

function int(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`Expected a whole number, got "${value}"`);
  return n;
}

function bool(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

const repoRoot = path.resolve(import.meta.dirname, '../../..');

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.DATA_DIR || path.join(repoRoot, 'data'),
    port: int(env.PORT, 3000),
    host: env.HOST || '0.0.0.0',
    logLevel: env.LOG_LEVEL || 'info',
    sessionIdleSeconds: int(env.SESSION_IDLE_SECONDS, 30 * 60),
    sessionMaxSeconds: int(env.SESSION_MAX_SECONDS, 12 * 60 * 60),
    cookieSecure: bool(env.COOKIE_SECURE, false),
    argon2MemoryKiB: int(env.ARGON2_MEMORY_KIB, 19_456),
    argon2TimeCost: int(env.ARGON2_TIME_COST, 2),
    bodyLimitBytes: int(env.BODY_LIMIT_BYTES, 1_048_576),
    webDist: env.WEB_DIST || path.join(repoRoot, 'apps/web/dist'),
    jobs: bool(env.JOBS, true),
    trustProxy: bool(env.TRUST_PROXY, false),
    sessionCleanupCron: env.SESSION_CLEANUP_CRON || '17 * * * *',
    complaintDeadlineCron: env.COMPLAINT_DEADLINE_CRON || '*/15 * * * *',
    creditEvaluationCron: env.CREDIT_EVALUATION_CRON || '30 2 1 * *',
    riskScanCron: env.RISK_SCAN_CRON || '45 3 2 * *',
    evaluationActionsCron: env.EVALUATION_ACTIONS_CRON || '30 8 * * *',
    workspaceTasksCron: env.WORKSPACE_TASKS_CRON || '0 8 * * *',
    riskCreditWarnings: bool(env.RISK_CREDIT_WARNINGS, false),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'Gongzhi 共治 <noreply@gongzhi.local>',
    publicUrl: (env.PUBLIC_URL || `http://localhost:${env.PORT || 3000}`).replace(/\/$/, ''),
    intakePerIpPerHour: int(env.INTAKE_PER_IP_PER_HOUR, 20),
    intakePerPhonePerHour: int(env.INTAKE_PER_PHONE_PER_HOUR, 5),
    trackPerIpPerHour: int(env.TRACK_PER_IP_PER_HOUR, 60),
    providerRateLimitPerMinute: int(env.PROVIDER_RATE_LIMIT_PER_MINUTE, 120),
    ...overrides,
  };
}
