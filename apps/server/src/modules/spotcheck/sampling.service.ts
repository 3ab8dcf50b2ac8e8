/**
 * 双随机 suggestion for the next spot-check plan: a risk-weighted random sample of enterprises,
 * reproducible from the recorded seed, weights and population (docs/spc-and-sampling.md).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import {
  addMonths,
  type Locale,
  type SamplingPlanCreate,
  type SamplingPlanDto,
  type SamplingWeightsDto,
} from '@gongzhi/contracts';
import { and, desc, eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Tx } from '../../db/client.js';
import { samplingPlan } from '../../db/schema/index.js';
import { type Actor, scopeOf } from '../../kernel/actor.js';
import { AppError, notFound } from '../../kernel/app-error.js';
import { audit } from '../../kernel/audit.js';
import { todayInShanghai } from '../../kernel/clock.js';
import type { AppContext } from '../../kernel/context.js';
import { offsetOf, pageOf, pageResult } from '../../kernel/pagination.js';
import { queryRows } from '../../kernel/raw-sql.js';
import * as orgRepo from '../organisation/organisation.repository.js';
import {
  DEFAULT_SAMPLING_WEIGHTS,
  type SamplingCandidate,
  type SamplingPick,
  samplingWeightsProblems,
  suggestSample,
} from './sampling.js';
import { importingRegulators } from './spotcheck.policy.js';

/** How far back unqualified results count. */
const UNQUALIFIED_LOOKBACK_MONTHS = 36;
/** How far back justified complaints count. */
const COMPLAINT_LOOKBACK_MONTHS = 12;

type PlanRow = typeof samplingPlan.$inferSelect;

function present(row: PlanRow): SamplingPlanDto {
  return {
    id: row.id,
    title: row.title,
    seed: row.seed,
    sampleSize: row.sampleSize,
    associationId: row.associationId,
    weights: row.weights as unknown as SamplingWeightsDto,
    populationCount: row.populationCount,
    picks: row.picks as unknown as SamplingPick[],
    createdAt: row.createdAt.toISOString(),
  };
}

/** The population with the facts that weigh: grade, unqualified results, justified complaints, last check. */
async function population(
  tx: Tx,
  associationId: string | null,
  regionPrefix: string,
  today: string,
): Promise<SamplingCandidate[]> {
  const since = addMonths(today, -UNQUALIFIED_LOOKBACK_MONTHS);
  const complaintsSince = addMonths(today, -COMPLAINT_LOOKBACK_MONTHS);
  const members = associationId
    ? sql`SELECT m.enterprise_id AS id FROM membership m WHERE m.association_id = ${associationId}::uuid AND m.status = 'active'`
    : sql`SELECT o.id FROM organisation o WHERE o.kind = 'enterprise' AND o.published AND o.status = 'active'
            AND o.region_code LIKE ${`${regionPrefix}%`}`;
  const rows = await queryRows<{
    id: string;
    name: string;
    credit_code: string;
    grade: string | null;
    unqualified: number | string;
    complaints: number | string;
    last_checked_on: string | Date | null;
  }>(
    tx,
    sql`WITH pop AS (${members})
        SELECT o.id, o.name, o.credit_code,
          ${
            associationId
              ? sql`(SELECT g.grade FROM credit_grade g WHERE g.enterprise_id = o.id AND g.association_id = ${associationId}::uuid)`
              : sql`NULL::text`
          } AS grade,
          (SELECT count(*) FROM spot_check_result r WHERE r.enterprise_id = o.id AND r.final_result = 'unqualified'
             AND r.checked_on >= ${since}::date) AS unqualified,
          (SELECT count(*) FROM complaint c WHERE c.enterprise_id = o.id AND c.justified
             AND c.closed_on >= ${complaintsSince}::date) AS complaints,
          (SELECT max(r.checked_on) FROM spot_check_result r WHERE r.enterprise_id = o.id) AS last_checked_on
        FROM pop JOIN organisation o ON o.id = pop.id
        ORDER BY o.id`,
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    creditCode: r.credit_code,
    grade: r.grade,
    unqualifiedResults: Number(r.unqualified),
    justifiedComplaints: Number(r.complaints),
    lastCheckedOn:
      r.last_checked_on === null
        ? null
        : r.last_checked_on instanceof Date
          ? r.last_checked_on.toISOString().slice(0, 10)
          : String(r.last_checked_on).slice(0, 10),
  }));
}

const WORDS = {
  'zh-CN': {
    sheet: '抽样建议',
    about: '说明',
    title: '名称',
    seed: '随机种子',
    weights: '权重',
    population: '总体数量',
    method: '方法',
    methodText:
      'Efraimidis–Spirakis 加权无放回抽样：u = SHA-256(种子:企业ID) 的前 52 位 / 2^52，key = u^(1/权重)，取 key 最大者',
    rank: '序号',
    enterprise: '企业名称',
    creditCode: '统一社会信用代码',
    weight: '权重',
    random: '随机数 u',
    key: '排序键',
    factors: '权重构成',
    fileName: '抽样建议',
  },
  'en-US': {
    sheet: 'Sampling suggestion',
    about: 'About',
    title: 'Title',
    seed: 'Seed',
    weights: 'Weights',
    population: 'Population',
    method: 'Method',
    methodText:
      'Efraimidis–Spirakis weighted sampling without replacement: u = first 52 bits of SHA-256(seed:enterprise id) / 2^52, key = u^(1/weight), largest keys picked',
    rank: 'Rank',
    enterprise: 'Enterprise',
    creditCode: 'Credit code',
    weight: 'Weight',
    random: 'Draw u',
    key: 'Key',
    factors: 'Weight made of',
    fileName: 'sampling-suggestion',
  },
} as const;

export async function samplingWorkbook(plan: SamplingPlanDto, locale: Locale): Promise<Buffer> {
  const w = WORDS[locale];
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(w.sheet);
  sheet.addRow([w.title, plan.title]);
  sheet.addRow([w.seed, plan.seed]);
  sheet.addRow([w.population, plan.populationCount]);
  sheet.addRow([w.weights, JSON.stringify(plan.weights)]);
  sheet.addRow([w.method, w.methodText]);
  sheet.addRow([]);
  const header = sheet.addRow([w.rank, w.enterprise, w.creditCode, w.weight, w.random, w.key, w.factors]);
  header.font = { bold: true };
  for (const pick of plan.picks) {
    sheet.addRow([
      pick.rank,
      pick.name,
      pick.creditCode,
      pick.weight,
      pick.random,
      pick.key,
      pick.factors.map((f) => `${f.factor}${f.detail === null ? '' : `(${f.detail})`} ${f.contribution}`).join('; '),
    ]);
  }
  sheet.columns.forEach((column, i) => {
    column.width = [8, 36, 22, 10, 20, 20, 60][i] ?? 16;
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}

export function samplingService(ctx: AppContext) {
  const { database } = ctx;

  function ownerOf(actor: Actor): string {
    const [owner] = importingRegulators(actor);
    if (!owner) throw new AppError('forbidden');
    return owner;
  }

  async function create(actor: Actor, input: SamplingPlanCreate): Promise<SamplingPlanDto> {
    const ownerId = ownerOf(actor);
    const weights = (input.weights ?? DEFAULT_SAMPLING_WEIGHTS) as SamplingWeightsDto;
    const problems = samplingWeightsProblems(weights).map((p) => ({ ...p, field: `weights.${p.field}` }));
    if (problems.length > 0) throw new AppError('validation_failed', problems);
    const seed = input.seed?.trim() || randomBytes(8).toString('hex');
    const today = todayInShanghai();
    return database.transaction(scopeOf(actor), async (tx) => {
      if (input.associationId) {
        const association = await orgRepo.findOrganisation(tx, input.associationId);
        if (!association) throw AppError.validation('associationId', 'not_an_association');
        if (association.kind !== 'industry_organisation') {
          throw AppError.validation('associationId', 'not_an_association');
        }
      }
      const candidates = await population(tx, input.associationId ?? null, actor.regionPrefix, today);
      const picks = suggestSample(candidates, weights, input.sampleSize, seed, today);
      const id = randomUUID();
      await tx.insert(samplingPlan).values({
        id,
        ownerId,
        title: input.title.trim(),
        associationId: input.associationId ?? null,
        seed,
        sampleSize: input.sampleSize,
        weights: weights as unknown as Record<string, unknown>,
        populationCount: candidates.length,
        picks: picks as unknown as Record<string, unknown>[],
        createdBy: actor.userId,
      });
      await audit(tx, actor, {
        action: 'sampling_plan.created',
        targetType: 'sampling_plan',
        targetId: id,
        organisationId: ownerId,
        after: {
          seed,
          sampleSize: input.sampleSize,
          population: candidates.length,
          associationId: input.associationId,
        },
      });
      const rows = await tx.select().from(samplingPlan).where(eq(samplingPlan.id, id));
      return present(rows[0] as PlanRow);
    });
  }

  async function list(actor: Actor, query: { page?: number; pageSize?: number }) {
    const page = pageOf(query);
    const ownerId = ownerOf(actor);
    return database.transaction(scopeOf(actor), async (tx) => {
      const rows = await tx
        .select()
        .from(samplingPlan)
        .where(eq(samplingPlan.ownerId, ownerId))
        .orderBy(desc(samplingPlan.createdAt))
        .limit(page.pageSize + 1)
        .offset(offsetOf(page));
      const items = rows.slice(0, page.pageSize).map(present);
      return pageResult(
        items,
        page,
        rows.length > page.pageSize ? { atLeast: offsetOf(page) + items.length + 1 } : offsetOf(page) + items.length,
      );
    });
  }

  async function get(actor: Actor, id: string): Promise<SamplingPlanDto> {
    const ownerId = ownerOf(actor);
    return database.transaction(scopeOf(actor), async (tx) => {
      const rows = await tx
        .select()
        .from(samplingPlan)
        .where(and(eq(samplingPlan.id, id), eq(samplingPlan.ownerId, ownerId)));
      if (!rows[0]) throw notFound();
      return present(rows[0]);
    });
  }

  async function exportWorkbook(actor: Actor, id: string) {
    const plan = await get(actor, id);
    return {
      fileName: `${WORDS[actor.locale].fileName}-${plan.seed}.xlsx`,
      content: await samplingWorkbook(plan, actor.locale),
    };
  }

  return { create, list, get, exportWorkbook };
}

export type SamplingService = ReturnType<typeof samplingService>;
