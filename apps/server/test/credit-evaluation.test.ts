import { randomUUID } from 'node:crypto';
import {
  CREDIT_RECORD_TYPES,
  CREDIT_SEVERITIES,
  type CreditModelDefinition,
  type CreditRecordStatus,
} from '@gongzhi/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_SCOPE } from '../src/db/client.js';
import { creditRecord } from '../src/db/schema/index.js';
import { queryRows } from '../src/kernel/raw-sql.js';
import { scoringCtes } from '../src/modules/credit/credit.evaluation.sql.js';
import { type CreditRecordInput, DEFAULT_CREDIT_MODEL, evaluate } from '../src/modules/credit/credit.model.js';
import { addOrganisation, buildTestApp, type TestApp } from './harness.js';

/** A deterministic pseudo-random sequence (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AS_OF = '2026-11-27';
const STATUSES: CreditRecordStatus[] = [
  'draft',
  'confirmed',
  'published',
  'objected',
  'revoked',
  'repaired',
  'corrected',
];
const COUNTED = new Set<CreditRecordStatus>(['confirmed', 'published', 'objected']);

interface Row {
  enterprise_id: string;
  score: number;
  final_idx: number;
  by_score: number;
  items: [string, number, boolean][] | null;
  vetoed_by: string[] | null;
}

describe('set-based credit evaluation reproduces the model math (oracle: evaluate())', () => {
  let t: TestApp;
  let associationId: string;
  const members: string[] = [];
  const recordsOf = new Map<string, CreditRecordInput[]>();
  let outsider: string;

  beforeAll(async () => {
    t = await buildTestApp({ seed: false });
    associationId = await addOrganisation(t, { kind: 'industry_organisation', name: '评价测试协会' });
    for (let i = 0; i < 40; i += 1) {
      members.push(await addOrganisation(t, { kind: 'enterprise', name: `评价测试企业${i}`, memberOf: associationId }));
    }
    outsider = await addOrganisation(t, { kind: 'enterprise', name: '非会员企业' });
    const next = random(20261127);
    const rows: (typeof creditRecord.$inferInsert)[] = [];
    for (const enterpriseId of [...members, outsider]) {
      const n = Math.floor(next() * 14);
      for (let k = 0; k < n; k += 1) {
        const recordType = CREDIT_RECORD_TYPES[
          Math.floor(next() * CREDIT_RECORD_TYPES.length)
        ] as CreditRecordInput['recordType'];
        const severity = CREDIT_SEVERITIES[Math.floor(next() * 3)] as CreditRecordInput['severity'];
        // Within the last 4 years, sometimes in the future (not counted yet).
        const daysAgo = Math.floor(next() * 1500) - 20;
        const occurredOn = new Date(Date.parse(`${AS_OF}T00:00:00Z`) - daysAgo * 86_400_000).toISOString().slice(0, 10);
        const status = STATUSES[Math.floor(next() * STATUSES.length)] as CreditRecordStatus;
        const id = randomUUID();
        rows.push({
          id,
          associationId,
          enterpriseId,
          recordType,
          polarity: 'neutral',
          severity,
          title: `r${k}`,
          occurredOn,
          sourceName: 'test',
          publishUntil: '2030-01-01',
          status,
        });
        if (COUNTED.has(status) && enterpriseId !== outsider) {
          recordsOf.set(enterpriseId, [
            ...(recordsOf.get(enterpriseId) ?? []),
            { id, recordType, severity, occurredOn },
          ]);
        }
      }
    }
    await t.database.transaction(SYSTEM_SCOPE, (tx) => tx.insert(creditRecord).values(rows));
  });

  afterAll(async () => {
    await t.close();
  });

  async function scoresUnder(definition: CreditModelDefinition): Promise<Map<string, Row>> {
    const rows = await t.database.transaction(SYSTEM_SCOPE, (tx) =>
      queryRows<Row>(
        tx,
        sql`WITH ${scoringCtes({ associationId, definition, asOf: AS_OF })} SELECT enterprise_id, score, final_idx, by_score, items, vetoed_by FROM graded`,
      ),
    );
    return new Map(rows.map((r) => [r.enterprise_id, r]));
  }

  function expectSame(definition: CreditModelDefinition, got: Map<string, Row>) {
    expect(got.size).toBe(members.length);
    expect(got.has(outsider)).toBe(false);
    // The data must exercise every branch, or agreement proves little.
    const rows = [...got.values()];
    expect(rows.some((r) => (r.items ?? []).some((i) => i[2]))).toBe(true);
    expect(rows.some((r) => (r.vetoed_by ?? []).length > 0)).toBe(true);
    expect(rows.some((r) => (r.items ?? []).length === 0)).toBe(true);
    for (const enterpriseId of members) {
      const records = [...(recordsOf.get(enterpriseId) ?? [])].sort((a, b) => (a.id < b.id ? -1 : 1));
      const oracle = evaluate(definition, records, AS_OF);
      const row = got.get(enterpriseId) as Row;
      expect(row.score, enterpriseId).toBeCloseTo(oracle.score, 9);
      expect(definition.grades[row.final_idx]?.code).toBe(oracle.grade);
      expect(row.final_idx !== row.by_score ? definition.grades[row.by_score]?.code : null).toBe(
        oracle.gradeBeforeVeto,
      );
      expect([...(row.vetoed_by ?? [])]).toEqual(oracle.vetoedBy);
      const sqlItems = (row.items ?? []).map(([id, points, capped]) => ({ id, points, capped }));
      const oracleItems = oracle.contributions
        .filter((c) => c.kind === 'record')
        .map((c) => (c.kind === 'record' ? { id: c.recordId, points: c.points, capped: c.capped } : null));
      expect(sqlItems.map((i) => i.id).sort()).toEqual(oracleItems.map((i) => i?.id).sort());
      for (const item of sqlItems) {
        const match = oracleItems.find((o) => o?.id === item.id);
        expect(item.points).toBeCloseTo(match?.points ?? Number.NaN, 9);
        expect(item.capped).toBe(match?.capped);
      }
    }
  }

  it('under the default model: every member scored, the same scores, grades, vetoes and contributions', async () => {
    expectSame(DEFAULT_CREDIT_MODEL, await scoresUnder(DEFAULT_CREDIT_MODEL));
  });

  it('under a model with tight caps, a wildcard rule and a veto to the lowest grade', async () => {
    const definition: CreditModelDefinition = {
      ...DEFAULT_CREDIT_MODEL,
      baseScore: 70,
      rules: [
        { recordType: 'administrative_penalty', points: -12.5, windowMonths: 48, decay: 'linear', cap: 20 },
        { recordType: 'spot_check', severity: 'minor', points: 3.3, windowMonths: 24, decay: 'linear', cap: 5 },
        { recordType: 'spot_check', points: -7, windowMonths: 18, decay: 'none', cap: 9 },
        { recordType: 'honour', points: 9, windowMonths: 36, decay: 'linear', cap: 10 },
        { recordType: 'justified_complaint', points: -4, windowMonths: 12, decay: 'none' },
        { recordType: 'self_reported', points: 1, windowMonths: 1, decay: 'none' },
      ],
      vetoes: [
        { recordType: 'administrative_penalty', severity: 'serious', maxGrade: 'D' },
        { recordType: 'justified_complaint', severity: 'serious', maxGrade: 'C' },
      ],
    };
    expectSame(definition, await scoresUnder(definition));
  });
});
