/**
 * Non-conformity analysis (R-RES-3): unqualified ÷ inspected batches (a result row is one batch;
 * refusals are on the notice, apart), by product category, failing item, district, association or
 * month — an association's members next to the whole region. By category, district or month: one
 * grouped statement per request, its totals a grouping set of the same pass; by failing item or
 * association (a row may count in several groups or none) the totals are a second statement.
 */
import type {
  Locale,
  SpotCheckAnalysisDimension,
  SpotCheckAnalysisDto,
  SpotCheckAnalysisQuery,
  SpotCheckAnalysisRowDto,
} from '@gongzhi/contracts';
import { type SQL, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Tx } from '../../db/client.js';
import { type Actor, orgIdsOfKind, scopeOf } from '../../kernel/actor.js';
import { AppError } from '../../kernel/app-error.js';
import type { AppContext } from '../../kernel/context.js';
import { queryRows } from '../../kernel/raw-sql.js';
import * as orgRepo from '../organisation/organisation.repository.js';
import { readingAssociations } from './spotcheck.policy.js';

interface TallyRow {
  key: string | null;
  label: string | null;
  region_inspected: number | string;
  region_unqualified: number | string;
  members_inspected: number | string;
  members_unqualified: number | string;
}

const tally = (inspected: number, unqualified: number) => ({
  inspected,
  unqualified,
  rate: inspected > 0 ? unqualified / inspected : null,
});

/** The association whose members form the "members" columns: an association's own people always see theirs. */
export function associationInView(actor: Actor, requested: string | undefined): string | null {
  const own = readingAssociations(actor);
  if (own.length > 0) {
    if (requested && !own.includes(requested)) throw new AppError('forbidden');
    return requested ?? own[0] ?? null;
  }
  if (requested && orgIdsOfKind(actor, 'regulator').length === 0) throw new AppError('forbidden');
  return requested ?? null;
}

function filters(query: SpotCheckAnalysisQuery): SQL {
  const parts: SQL[] = [sql`true`];
  if (query.from) parts.push(sql`r.checked_on >= ${query.from}::date`);
  if (query.to) parts.push(sql`r.checked_on <= ${query.to}::date`);
  if (query.category) parts.push(sql`r.product_category = ${query.category}`);
  if (query.level) {
    parts.push(sql`EXISTS (SELECT 1 FROM spot_check_notice n WHERE n.id = r.notice_id AND n.level = ${query.level})`);
  }
  return sql.join(parts, sql` AND `);
}

/**
 * The association's members: a join to its active memberships (at most one row per enterprise, by
 * the unique association/enterprise key), so the plan can hash the members once instead of probing
 * the membership index for every result row.
 */
function members(associationId: string | null): { join: SQL; flag: SQL } {
  if (!associationId) return { join: sql``, flag: sql`false` };
  return {
    join: sql`LEFT JOIN membership ms ON ms.enterprise_id = r.enterprise_id
      AND ms.association_id = ${associationId}::uuid AND ms.status = 'active'`,
    flag: sql`ms.enterprise_id IS NOT NULL`,
  };
}

/**
 * The grouping key and label of each dimension (item is handled apart: one row per failing item);
 * no label: the key is the label (not aggregated: min() of a text compares every row by collation).
 */
function dimension(by: Exclude<SpotCheckAnalysisDimension, 'item'>): { from: SQL; key: SQL; label: SQL | null } {
  switch (by) {
    case 'category':
      return { from: sql``, key: sql`r.product_category`, label: null };
    case 'period':
      return { from: sql``, key: sql`to_char(r.checked_on, 'YYYY-MM')`, label: null };
    case 'district':
      return {
        from: sql`LEFT JOIN organisation e ON e.id = r.enterprise_id LEFT JOIN division d ON d.code = e.region_code`,
        key: sql`coalesce(nullif(r.district, ''), d.name, '')`,
        label: null,
      };
    case 'association':
      return {
        from: sql`JOIN membership am ON am.enterprise_id = r.enterprise_id AND am.status = 'active'
                  JOIN organisation a ON a.id = am.association_id`,
        key: sql`a.id::text`,
        label: sql`a.name`,
      };
  }
}

export async function analyseIn(
  tx: Tx,
  query: SpotCheckAnalysisQuery,
  associationId: string | null,
): Promise<Omit<SpotCheckAnalysisDto, 'associationName'>> {
  const where = filters(query);
  const inView = members(associationId);
  const tallies = (member: SQL) => sql`count(*) AS region_inspected,
    count(*) FILTER (WHERE r.final_result = 'unqualified') AS region_unqualified,
    count(*) FILTER (WHERE ${member}) AS members_inspected,
    count(*) FILTER (WHERE r.final_result = 'unqualified' AND ${member}) AS members_unqualified`;
  const totalsOf = (row: TallyRow | undefined) => ({
    region: tally(Number(row?.region_inspected ?? 0), Number(row?.region_unqualified ?? 0)),
    members: associationId ? tally(Number(row?.members_inspected ?? 0), Number(row?.members_unqualified ?? 0)) : null,
  });
  const separateTotals = async () => {
    const [row] = await queryRows<TallyRow>(
      tx,
      sql`SELECT NULL AS key, NULL AS label, ${tallies(inView.flag)}
          FROM spot_check_result r ${inView.join} WHERE ${where}`,
    );
    return totalsOf(row);
  };
  let totals: ReturnType<typeof totalsOf>;
  let rows: SpotCheckAnalysisRowDto[];
  if (query.by === 'item') {
    totals = await separateTotals();
    const items = await queryRows<TallyRow>(
      tx,
      sql`SELECT item AS key, item AS label,
            count(*) AS region_unqualified,
            count(*) FILTER (WHERE ${inView.flag}) AS members_unqualified
          FROM spot_check_result r ${inView.join}
          CROSS JOIN LATERAL unnest(r.failing_items) AS item
          WHERE ${where} AND r.final_result = 'unqualified'
          GROUP BY item
          ORDER BY count(*) DESC, item
          LIMIT 200`,
    );
    // A failing item's rate is over every inspected batch in view: how often that item failed.
    const all = totals;
    rows = items.map((r) => ({
      key: r.key ?? '',
      label: r.label ?? '',
      region: tally(all.region.inspected, Number(r.region_unqualified)),
      members: all.members ? tally(all.members.inspected, Number(r.members_unqualified)) : null,
    }));
  } else {
    const d = dimension(query.by);
    // By association a result counts once per association of its enterprise (or in none): the
    // totals are apart, and the members' columns stay empty.
    const byAssociation = query.by === 'association';
    const member = byAssociation ? sql`false` : inView.flag;
    const grouped = await queryRows<TallyRow & { total: number | string }>(
      tx,
      byAssociation
        ? sql`SELECT 0 AS total, ${d.key} AS key, min(${d.label ?? d.key}) AS label, ${tallies(member)}
            FROM spot_check_result r ${d.from}
            WHERE ${where}
            GROUP BY ${d.key}
            ORDER BY 2
            LIMIT 500`
        : sql`SELECT GROUPING(${d.key}) AS total, ${d.key} AS key, ${d.label ? sql`min(${d.label})` : d.key} AS label,
            ${tallies(member)}
            FROM spot_check_result r ${d.from} ${inView.join}
            WHERE ${where}
            GROUP BY GROUPING SETS ((${d.key}), ())
            ORDER BY 1 DESC, 2
            LIMIT 501`,
    );
    const groups = grouped.filter((r) => Number(r.total) === 0);
    totals = byAssociation ? await separateTotals() : totalsOf(grouped.find((r) => Number(r.total) === 1));
    rows = groups.map((r) => ({
      key: r.key ?? '',
      label: r.label ?? '',
      region: tally(Number(r.region_inspected), Number(r.region_unqualified)),
      members:
        associationId && !byAssociation ? tally(Number(r.members_inspected), Number(r.members_unqualified)) : null,
    }));
  }
  return {
    by: query.by,
    from: query.from ?? null,
    to: query.to ?? null,
    associationId,
    rows,
    totals,
  };
}

const WORDS = {
  'zh-CN': {
    sheet: '抽查结果分析',
    by: { category: '产品类别', item: '不合格项目', district: '区域', association: '行业组织', period: '月份' },
    membersInspected: '会员检验批次',
    membersUnqualified: '会员不合格批次',
    membersRate: '会员不合格率',
    regionInspected: '全市检验批次',
    regionUnqualified: '全市不合格批次',
    regionRate: '全市不合格率',
    total: '合计',
    period: '期间',
    all: '全部',
    association: '行业组织',
    fileName: '抽查结果分析',
  },
  'en-US': {
    sheet: 'Spot-check analysis',
    by: {
      category: 'Product category',
      item: 'Failing item',
      district: 'District',
      association: 'Association',
      period: 'Month',
    },
    membersInspected: 'Members: inspected',
    membersUnqualified: 'Members: unqualified',
    membersRate: 'Members: non-conformity rate',
    regionInspected: 'Region: inspected',
    regionUnqualified: 'Region: unqualified',
    regionRate: 'Region: non-conformity rate',
    total: 'Total',
    period: 'Period',
    all: 'all',
    association: 'Association',
    fileName: 'spot-check-analysis',
  },
} as const;

/** The analysis as a real xlsx: the table as shown, rates as percentages. */
export async function analysisWorkbook(analysis: SpotCheckAnalysisDto, locale: Locale): Promise<Buffer> {
  const w = WORDS[locale];
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(w.sheet);
  sheet.addRow([w.period, `${analysis.from ?? w.all} – ${analysis.to ?? w.all}`]);
  if (analysis.associationName) sheet.addRow([w.association, analysis.associationName]);
  sheet.addRow([]);
  const withMembers = analysis.totals.members !== null;
  const header = [
    w.by[analysis.by],
    ...(withMembers ? [w.membersInspected, w.membersUnqualified, w.membersRate] : []),
    w.regionInspected,
    w.regionUnqualified,
    w.regionRate,
  ];
  const headerRow = sheet.addRow(header);
  headerRow.font = { bold: true };
  const line = (
    label: string,
    members: SpotCheckAnalysisRowDto['members'],
    region: SpotCheckAnalysisRowDto['region'],
  ) => {
    const row = sheet.addRow([
      label,
      ...(withMembers && members
        ? [members.inspected, members.unqualified, members.rate]
        : withMembers
          ? [0, 0, null]
          : []),
      region.inspected,
      region.unqualified,
      region.rate,
    ]);
    for (const index of withMembers ? [4, 7] : [4]) row.getCell(index).numFmt = '0.00%';
  };
  for (const r of analysis.rows) line(r.label, r.members, r.region);
  if (analysis.by !== 'item') line(w.total, analysis.totals.members, analysis.totals.region);
  sheet.columns.forEach((column, i) => {
    column.width = i === 0 ? 28 : 16;
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}

export function analysisService(ctx: AppContext) {
  const { database } = ctx;

  async function analyse(actor: Actor, query: SpotCheckAnalysisQuery): Promise<SpotCheckAnalysisDto> {
    const associationId = associationInView(actor, query.associationId);
    return database.transaction(scopeOf(actor), async (tx) => {
      const association = associationId ? await orgRepo.findOrganisation(tx, associationId) : undefined;
      if (associationId && association?.kind !== 'industry_organisation') {
        throw AppError.validation('associationId', 'not_an_association');
      }
      const result = await analyseIn(tx, query, associationId);
      return { ...result, associationName: association?.name ?? null };
    });
  }

  async function exportWorkbook(actor: Actor, query: SpotCheckAnalysisQuery) {
    const analysis = await analyse(actor, query);
    const content = await analysisWorkbook(analysis, actor.locale);
    return { fileName: `${WORDS[actor.locale].fileName}-${analysis.by}.xlsx`, content };
  }

  return { analyse, exportWorkbook };
}

export type AnalysisService = ReturnType<typeof analysisService>;
