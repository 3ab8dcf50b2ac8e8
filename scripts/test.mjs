#!/usr/bin/env node
// `npm test`: unit and API tests on PGlite; again on PostgreSQL when TEST_DATABASE_URL is set;
// then the browser tests when Debian's Chromium is installed. Ends with one "N passed, N failed" line.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const vitest = path.join(root, 'node_modules/vitest/vitest.mjs');
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const totals = { passed: 0, failed: 0, skipped: 0 };
const summary = [];
let failedRuns = 0;

function run(label, args, env = {}) {
  const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gongzhi-test-')), 'report.json');
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(
    process.execPath,
    [vitest, 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } },
  );
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  if (fs.existsSync(report)) {
    const json = JSON.parse(fs.readFileSync(report, 'utf8'));
    passed = json.numPassedTests ?? 0;
    failed = (json.numFailedTests ?? 0) + (json.numRuntimeErrors ?? 0);
    skipped = (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
  }
  if (result.status !== 0) {
    failedRuns += 1;
    if (failed === 0) failed = 1; // a run that failed without a failing test (crash, suite error) still fails
  }
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  summary.push(`${label}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
}

run('unit and API tests on PGlite', [], { TEST_BACKEND: 'pglite' });

if (process.env.TEST_DATABASE_URL) {
  run('unit and API tests on PostgreSQL', [], { TEST_BACKEND: 'postgres' });
} else {
  summary.push('PostgreSQL: not run (set TEST_DATABASE_URL to an admin URL of a PostgreSQL 15+ server; .ci/run does)');
}

if (fs.existsSync(chromium)) {
  if (!fs.existsSync(path.join(root, 'apps/web/dist/index.html'))) {
    console.log('\n=== building the web app for the browser tests ===');
    const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) {
      failedRuns += 1;
      totals.failed += 1;
      summary.push('web build: failed');
    }
  }
  if (failedRuns === 0 || fs.existsSync(path.join(root, 'apps/web/dist/index.html'))) {
    run('browser tests (Chromium)', ['--config', 'e2e/vitest.config.ts'], { CHROMIUM_PATH: chromium });
  }
} else {
  summary.push(
    `browser tests: not run (${chromium} not found; apt-get install chromium fonts-noto-cjk, as .ci/run does)`,
  );
}

console.log('\n=== summary ===');
for (const line of summary) console.log(line);
console.log(
  `tests: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
);
process.exit(failedRuns > 0 || totals.failed > 0 ? 1 : 0);
