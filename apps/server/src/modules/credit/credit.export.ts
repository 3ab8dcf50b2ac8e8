/**
 * Credit exports as real xlsx workbooks (exceljs): one enterprise's archive, and an evaluation's
 * grade list. Pure builders: DTOs in, a buffer out; every word from the tables below or
 * credit.labels.ts, in zh-CN or en-US.
 */
import {
  type CreditArchiveDto,
  type CreditResultDto,
  type CreditRunDto,
  creditWarningReason,
  type Locale,
} from '@gongzhi/contracts';
import { addPairs, addTable, newWorkbook, workbookBuffer, type XlsxCell } from '../../kernel/xlsx.js';
import { CREDIT_LABELS } from './credit.labels.js';

const HEADERS = {
  'zh-CN': {
    sheetOverview: '概况',
    sheetGrades: '信用等级与评分说明',
    sheetHistory: '等级历史',
    sheetRecords: '信用信息',
    sheetCases: '异议与修复',
    sheetCommitments: '承诺',
    sheetWarnings: '信用预警',
    sheetMeasures: '激励与约束',
    sheetResults: '评价结果',
    sheetRun: '评价说明',
    enterprise: '企业名称',
    creditCode: '统一社会信用代码',
    association: '行业组织',
    grade: '等级',
    gradeLabel: '等级名称',
    score: '得分',
    gradeBeforeVeto: '否决前等级',
    asOf: '评价基准日',
    modelVersion: '模型版本',
    publishedAt: '公布时间',
    part: '构成',
    record: '信用信息',
    recordType: '信息类型',
    severity: '严重程度',
    occurredOn: '发生日期',
    points: '分值',
    capped: '已达上限',
    total: '合计（得分）',
    title: '标题',
    polarity: '性质',
    source: '信息来源',
    status: '状态',
    publishUntil: '公示截止',
    objectableUntil: '可提出异议至',
    repairableFrom: '可申请修复起',
    description: '内容',
    caseKind: '类别',
    objection: '异议',
    repair: '信用修复',
    reason: '理由或陈述',
    dueOn: '处理期限',
    overdue: '已逾期',
    remedy: '处理方式',
    decisionReason: '决定理由',
    createdAt: '提出时间',
    decidedAt: '决定时间',
    kind: '类型',
    content: '承诺内容',
    scope: '适用范围',
    returnDays: '退货期限（天）',
    validFrom: '有效期自',
    validUntil: '有效期至',
    signedBy: '签署人',
    signedAt: '签署时间',
    endReason: '终止原因',
    level: '预警级别',
    warningReason: '预警原因',
    issuedAt: '发出时间',
    list: '名单',
    measure: '措施',
    measureGrade: '依据等级',
    rank: '序号',
    previousGrade: '上次等级',
    movement: '变化',
    runKind: '评价类型',
    enterpriseCount: '参评企业数',
    count: '企业数',
    comparison: '与现公布等级相比',
  },
  'en-US': {
    sheetOverview: 'Overview',
    sheetGrades: 'Grades and explanation',
    sheetHistory: 'Grade history',
    sheetRecords: 'Credit records',
    sheetCases: 'Objections and repairs',
    sheetCommitments: 'Commitments',
    sheetWarnings: 'Early warnings',
    sheetMeasures: 'Incentives and constraints',
    sheetResults: 'Results',
    sheetRun: 'About this evaluation',
    enterprise: 'Enterprise',
    creditCode: 'Credit code',
    association: 'Association',
    grade: 'Grade',
    gradeLabel: 'Grade name',
    score: 'Score',
    gradeBeforeVeto: 'Grade before veto',
    asOf: 'As of',
    modelVersion: 'Model version',
    publishedAt: 'Published',
    part: 'Part',
    record: 'Credit record',
    recordType: 'Type',
    severity: 'Severity',
    occurredOn: 'Occurred on',
    points: 'Points',
    capped: 'Capped',
    total: 'Total (score)',
    title: 'Title',
    polarity: 'Polarity',
    source: 'Source',
    status: 'Status',
    publishUntil: 'Published until',
    objectableUntil: 'Objection possible until',
    repairableFrom: 'Repair possible from',
    description: 'Description',
    caseKind: 'Kind',
    objection: 'Objection',
    repair: 'Credit repair',
    reason: 'Reason or statement',
    dueOn: 'Due on',
    overdue: 'Overdue',
    remedy: 'Remedy',
    decisionReason: 'Decision reason',
    createdAt: 'Filed',
    decidedAt: 'Decided',
    kind: 'Kind',
    content: 'Commitment',
    scope: 'Scope',
    returnDays: 'Return period (days)',
    validFrom: 'Valid from',
    validUntil: 'Valid until',
    signedBy: 'Signed by',
    signedAt: 'Signed',
    endReason: 'End reason',
    level: 'Level',
    warningReason: 'Reason',
    issuedAt: 'Issued',
    list: 'List',
    measure: 'Measure',
    measureGrade: 'Justifying grade',
    rank: 'No.',
    previousGrade: 'Previous grade',
    movement: 'Movement',
    runKind: 'Kind',
    enterpriseCount: 'Enterprises',
    count: 'Enterprises',
    comparison: 'Against the grades published now',
  },
} as const satisfies Record<Locale, Record<string, string>>;

type Cell = XlsxCell;

/** A timestamp as Asia/Shanghai wall time, YYYY-MM-DD HH:mm. */
export function shanghaiTime(iso: string | null): string | null {
  if (!iso) return null;
  return new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

const toBuffer = workbookBuffer;

type ExplanationRow = {
  of: CreditArchiveDto['grades'][number];
  kind: 'base' | 'record' | 'clamp' | 'total';
  recordTitle: string | null;
  recordType: CreditArchiveDto['records'][number]['recordType'] | null;
  severity: CreditArchiveDto['records'][number]['severity'] | null;
  occurredOn: string | null;
  points: number;
  capped: boolean | null;
};

type CaseRow = {
  kind: 'objection' | 'repair';
  associationName: string;
  recordTitle: string;
  reason: string;
  status: string;
  dueOn: string;
  overdue: boolean;
  remedy: string | null;
  decisionReason: string | null;
  createdAt: string;
  decidedAt: string | null;
};

/**
 * One enterprise's archive: an overview, its published grades with the explanation (every
 * contribution, then the total, which equals the score), the grade history, the records,
 * objections and repairs, commitments, warnings and measures.
 */
export async function archiveWorkbook(archive: CreditArchiveDto, locale: Locale): Promise<Buffer> {
  const h = HEADERS[locale];
  const l = CREDIT_LABELS[locale];
  const yesNo = (v: boolean | null) => (v === null ? null : v ? l.yes : l.no);
  const associationNames = new Map<string, string>();
  for (const g of archive.grades) associationNames.set(g.associationId, g.associationName);
  for (const r of archive.records) associationNames.set(r.associationId, r.associationName);
  for (const c of archive.commitments) associationNames.set(c.associationId, c.associationName);
  for (const m of archive.measures) associationNames.set(m.associationId, m.associationName);
  for (const w of archive.warnings) associationNames.set(w.associationId, w.associationName);
  const nameOf = (id: string) => associationNames.get(id) ?? id;

  const workbook = newWorkbook();
  workbook.title = `${archive.enterprise.name} ${archive.enterprise.creditCode}`;
  addPairs(workbook, h.sheetOverview, [
    [h.enterprise, archive.enterprise.name],
    [h.creditCode, archive.enterprise.creditCode],
    ...archive.grades.map((g): [string, Cell] => [
      g.associationName,
      `${g.grade} ${g.gradeLabel[locale]} · ${h.score} ${g.score} · ${h.asOf} ${g.asOf}`,
    ]),
  ]);

  const explanation: ExplanationRow[] = archive.grades.flatMap((g) => [
    ...g.contributions.map(
      (c): ExplanationRow => ({
        of: g,
        kind: c.kind,
        recordTitle: c.recordTitle,
        recordType: c.recordType,
        severity: c.severity,
        occurredOn: c.occurredOn,
        points: c.points,
        capped: c.kind === 'record' ? c.capped : null,
      }),
    ),
    {
      of: g,
      kind: 'total',
      recordTitle: null,
      recordType: null,
      severity: null,
      occurredOn: null,
      points: g.score,
      capped: null,
    },
  ]);
  const gradeSheet = addTable<ExplanationRow>(
    workbook,
    h.sheetGrades,
    [
      { header: h.association, width: 28, value: (r) => r.of.associationName },
      { header: h.grade, width: 8, value: (r) => r.of.grade },
      { header: h.gradeLabel, width: 14, value: (r) => r.of.gradeLabel[locale] },
      { header: h.asOf, width: 12, value: (r) => r.of.asOf },
      { header: h.modelVersion, width: 10, value: (r) => r.of.modelVersion },
      { header: h.gradeBeforeVeto, width: 12, value: (r) => r.of.gradeBeforeVeto },
      { header: h.part, width: 16, value: (r) => (r.kind === 'total' ? h.total : l.contribution[r.kind]) },
      { header: h.record, width: 36, value: (r) => r.recordTitle },
      { header: h.recordType, width: 16, value: (r) => (r.recordType ? l.recordType[r.recordType] : null) },
      { header: h.severity, width: 10, value: (r) => (r.severity ? l.severity[r.severity] : null) },
      { header: h.occurredOn, width: 12, value: (r) => r.occurredOn },
      { header: h.points, width: 10, value: (r) => r.points },
      { header: h.capped, width: 10, value: (r) => yesNo(r.capped) },
    ],
    explanation,
  );
  gradeSheet.eachRow((row, n) => {
    if (n > 1 && explanation[n - 2]?.kind === 'total') row.font = { bold: true };
  });

  addTable(
    workbook,
    h.sheetHistory,
    [
      { header: h.association, width: 28, value: (r) => nameOf(r.associationId) },
      { header: h.asOf, width: 12, value: (r) => r.asOf },
      { header: h.grade, width: 8, value: (r) => r.grade },
      { header: h.score, width: 10, value: (r) => r.score },
      { header: h.publishedAt, width: 18, value: (r) => shanghaiTime(r.publishedAt) },
    ],
    archive.history,
  );

  addTable(
    workbook,
    h.sheetRecords,
    [
      { header: h.association, width: 28, value: (r) => r.associationName },
      { header: h.title, width: 36, value: (r) => r.title },
      { header: h.recordType, width: 16, value: (r) => l.recordType[r.recordType] },
      { header: h.polarity, width: 10, value: (r) => l.polarity[r.polarity] },
      { header: h.severity, width: 10, value: (r) => l.severity[r.severity] },
      { header: h.occurredOn, width: 12, value: (r) => r.occurredOn },
      { header: h.source, width: 24, value: (r) => r.sourceName },
      { header: h.status, width: 10, value: (r) => l.recordStatus[r.status] },
      { header: h.publishUntil, width: 12, value: (r) => r.publishUntil },
      { header: h.objectableUntil, width: 14, value: (r) => r.objectableUntil },
      { header: h.repairableFrom, width: 14, value: (r) => r.repairableFrom },
      { header: h.description, width: 48, value: (r) => r.description || null },
    ],
    archive.records,
  );

  const cases: CaseRow[] = [
    ...archive.objections.map(
      (o): CaseRow => ({
        kind: 'objection',
        associationName: nameOf(o.associationId),
        recordTitle: o.recordTitle,
        reason: o.reason,
        status: l.objectionStatus[o.status],
        dueOn: o.dueOn,
        overdue: o.overdue,
        remedy: o.remedy ? l.remedy[o.remedy] : null,
        decisionReason: o.decisionReason,
        createdAt: o.createdAt,
        decidedAt: o.decidedAt,
      }),
    ),
    ...archive.repairs.map(
      (r): CaseRow => ({
        kind: 'repair',
        associationName: nameOf(r.associationId),
        recordTitle: r.recordTitle,
        reason: r.statement,
        status: l.repairStatus[r.status],
        dueOn: r.dueOn,
        overdue: r.overdue,
        remedy: null,
        decisionReason: r.decisionReason,
        createdAt: r.createdAt,
        decidedAt: r.decidedAt,
      }),
    ),
  ].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  addTable(
    workbook,
    h.sheetCases,
    [
      { header: h.caseKind, width: 10, value: (r) => (r.kind === 'objection' ? h.objection : h.repair) },
      { header: h.association, width: 28, value: (r) => r.associationName },
      { header: h.record, width: 36, value: (r) => r.recordTitle },
      { header: h.reason, width: 48, value: (r) => r.reason },
      { header: h.status, width: 12, value: (r) => r.status },
      { header: h.dueOn, width: 12, value: (r) => r.dueOn },
      { header: h.overdue, width: 8, value: (r) => yesNo(r.overdue) },
      { header: h.remedy, width: 10, value: (r) => r.remedy },
      { header: h.decisionReason, width: 36, value: (r) => r.decisionReason },
      { header: h.createdAt, width: 18, value: (r) => shanghaiTime(r.createdAt) },
      { header: h.decidedAt, width: 18, value: (r) => shanghaiTime(r.decidedAt) },
    ],
    cases,
  );

  addTable(
    workbook,
    h.sheetCommitments,
    [
      { header: h.association, width: 28, value: (r) => r.associationName },
      { header: h.kind, width: 20, value: (r) => l.commitmentKind[r.kind] },
      { header: h.content, width: 48, value: (r) => r.content },
      { header: h.scope, width: 24, value: (r) => r.scope },
      { header: h.returnDays, width: 12, value: (r) => r.returnDays },
      { header: h.validFrom, width: 12, value: (r) => r.validFrom },
      { header: h.validUntil, width: 12, value: (r) => r.validUntil },
      { header: h.signedBy, width: 12, value: (r) => r.signedByName },
      { header: h.signedAt, width: 18, value: (r) => shanghaiTime(r.signedAt) },
      { header: h.status, width: 10, value: (r) => l.commitmentStatus[r.status] },
      { header: h.endReason, width: 36, value: (r) => r.endReason },
    ],
    archive.commitments,
  );

  addTable(
    workbook,
    h.sheetWarnings,
    [
      { header: h.association, width: 28, value: (r) => r.associationName },
      { header: h.level, width: 10, value: (r) => l.warningLevel[r.level] },
      { header: h.warningReason, width: 48, value: (r) => creditWarningReason(locale, r.rule, r.params) },
      { header: h.status, width: 10, value: (r) => l.warningStatus[r.status] },
      { header: h.issuedAt, width: 18, value: (r) => shanghaiTime(r.createdAt) },
      { header: h.publishedAt, width: 18, value: (r) => shanghaiTime(r.publishedAt) },
      { header: h.endReason, width: 36, value: (r) => r.liftReason },
    ],
    archive.warnings,
  );

  addTable(
    workbook,
    h.sheetMeasures,
    [
      { header: h.association, width: 28, value: (r) => r.associationName },
      { header: h.list, width: 16, value: (r) => l.measureList[r.list] },
      { header: h.measure, width: 20, value: (r) => l.measureKind[r.kind] },
      { header: h.measureGrade, width: 10, value: (r) => r.grade },
      { header: h.reason, width: 36, value: (r) => r.reason },
      { header: h.validFrom, width: 12, value: (r) => r.validFrom },
      { header: h.validUntil, width: 12, value: (r) => r.validUntil },
      { header: h.status, width: 10, value: (r) => l.measureStatus[r.status] },
      { header: h.endReason, width: 36, value: (r) => r.endReason },
    ],
    archive.measures,
  );

  return toBuffer(workbook);
}

/** An evaluation's grade list: the results (one row per enterprise) and a sheet about the run. */
export async function gradeListWorkbook(
  run: CreditRunDto,
  results: CreditResultDto[],
  locale: Locale,
): Promise<Buffer> {
  const h = HEADERS[locale];
  const l = CREDIT_LABELS[locale];
  const workbook = newWorkbook();
  workbook.title = `${run.associationName} ${run.asOf}`;
  addTable(
    workbook,
    h.sheetResults,
    [
      { header: h.rank, width: 6, value: (r) => r.rank },
      { header: h.enterprise, width: 36, value: (r) => r.enterpriseName },
      { header: h.creditCode, width: 22, value: (r) => r.enterpriseCreditCode },
      { header: h.score, width: 10, value: (r) => r.score },
      { header: h.grade, width: 8, value: (r) => r.grade },
      { header: h.gradeBeforeVeto, width: 12, value: (r) => r.gradeBeforeVeto },
      { header: h.previousGrade, width: 10, value: (r) => r.previousGrade },
      { header: h.movement, width: 8, value: (r) => l.movement[r.movement] },
    ],
    results.map((r, i) => ({ ...r, rank: i + 1 })),
  );
  const about = addPairs(workbook, h.sheetRun, [
    [h.association, run.associationName],
    [h.asOf, run.asOf],
    [h.modelVersion, run.modelVersion],
    [h.runKind, l.runKind[run.kind]],
    [h.status, l.runStatus[run.status]],
    [h.enterpriseCount, run.enterpriseCount],
    [h.publishedAt, shanghaiTime(run.publishedAt)],
  ]);
  about.addRow([]);
  about.addRow([h.grade, h.count]).font = { bold: true };
  for (const [grade, count] of Object.entries(run.distribution)) about.addRow([grade, count]);
  if (run.comparison) {
    about.addRow([]);
    about.addRow([h.comparison]).font = { bold: true };
    for (const key of ['up', 'down', 'same', 'new'] as const) about.addRow([l.movement[key], run.comparison[key]]);
  }
  return toBuffer(workbook);
}
