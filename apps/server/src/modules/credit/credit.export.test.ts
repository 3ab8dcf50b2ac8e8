import type { CreditArchiveDto, CreditResultDto, CreditRunDto } from '@gongzhi/contracts';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { archiveWorkbook, gradeListWorkbook, shanghaiTime } from './credit.export.js';

const ASSOCIATION = '11111111-1111-4111-8111-111111111111';
const ENTERPRISE = '22222222-2222-4222-8222-222222222222';
const RECORD = '33333333-3333-4333-8333-333333333333';
const RUN = '44444444-4444-4444-8444-444444444444';

const record: CreditArchiveDto['records'][number] = {
  id: RECORD,
  associationId: ASSOCIATION,
  associationName: '佛山市建材行业协会',
  enterpriseId: ENTERPRISE,
  enterpriseName: '佛山市南海区华瓷陶瓷有限公司',
  enterpriseCreditCode: '9144060573144633XL',
  recordType: 'commitment_broken',
  polarity: 'negative',
  severity: 'general',
  title: '未履行放心消费承诺',
  description: '拒绝为消费者办理承诺范围内的退货',
  occurredOn: '2026-03-02',
  sourceOrganisationId: ASSOCIATION,
  sourceName: '佛山市建材行业协会',
  sourceRef: 'commitment:x',
  publishUntil: '2029-03-01',
  specialSector: false,
  repairableFrom: '2026-09-02',
  objectableUntil: '2026-03-17',
  status: 'confirmed',
  supersedesId: null,
  supersededById: null,
  confirmedAt: '2026-03-02T02:00:00.000Z',
  publishedAt: null,
  publiclyVisible: false,
  version: 1,
  createdAt: '2026-03-02T02:00:00.000Z',
  abilities: { confirm: false, publish: true, unpublish: false, revoke: true, object: true, repair: false },
};

const archive: CreditArchiveDto = {
  enterprise: { id: ENTERPRISE, name: '佛山市南海区华瓷陶瓷有限公司', creditCode: '9144060573144633XL' },
  grades: [
    {
      associationId: ASSOCIATION,
      associationName: '佛山市建材行业协会',
      runId: RUN,
      modelVersion: 2,
      asOf: '2026-03-31',
      score: 92,
      grade: 'A',
      gradeLabel: { 'zh-CN': '守信', 'en-US': 'Trustworthy' },
      gradeBeforeVeto: null,
      publishedAt: '2026-04-01T01:30:00.000Z',
      contributions: [
        {
          kind: 'base',
          recordId: null,
          recordTitle: null,
          recordType: null,
          severity: null,
          occurredOn: null,
          points: 100,
          capped: false,
        },
        {
          kind: 'record',
          recordId: RECORD,
          recordTitle: '未履行放心消费承诺',
          recordType: 'commitment_broken',
          severity: 'general',
          occurredOn: '2026-03-02',
          points: -8,
          capped: true,
        },
      ],
    },
  ],
  history: [
    {
      associationId: ASSOCIATION,
      runId: RUN,
      asOf: '2026-03-31',
      grade: 'A',
      score: 92,
      publishedAt: '2026-04-01T01:30:00.000Z',
    },
  ],
  records: [record],
  objections: [
    {
      id: '55555555-5555-4555-8555-555555555555',
      recordId: RECORD,
      recordTitle: record.title,
      associationId: ASSOCIATION,
      enterpriseId: ENTERPRISE,
      enterpriseName: record.enterpriseName,
      reason: '退货已于当日办理，附收据为证',
      status: 'rejected',
      dueOn: '2026-03-20',
      overdue: false,
      remedy: null,
      decisionReason: '收据日期晚于投诉日期',
      correctedRecordId: null,
      attachments: [],
      createdAt: '2026-03-05T03:00:00.000Z',
      decidedAt: '2026-03-10T03:00:00.000Z',
      version: 2,
    },
  ],
  repairs: [
    {
      id: '66666666-6666-4666-8666-666666666666',
      recordId: RECORD,
      recordTitle: record.title,
      associationId: ASSOCIATION,
      enterpriseId: ENTERPRISE,
      enterpriseName: record.enterpriseName,
      statement: '已完成整改并签署信用承诺书',
      status: 'open',
      dueOn: '2026-09-20',
      overdue: false,
      decisionReason: null,
      attachments: [],
      createdAt: '2026-09-03T03:00:00.000Z',
      decidedAt: null,
      version: 1,
    },
  ],
  warnings: [
    {
      id: '77777777-7777-4777-8777-777777777777',
      associationId: ASSOCIATION,
      associationName: '佛山市建材行业协会',
      enterpriseId: ENTERPRISE,
      enterpriseName: record.enterpriseName,
      enterpriseCreditCode: record.enterpriseCreditCode,
      rule: 'grade_fell',
      level: 'yellow',
      params: { from: 'A', to: 'B' },
      recordId: null,
      runId: RUN,
      status: 'issued',
      liftReason: null,
      createdAt: '2026-04-01T01:30:00.000Z',
      publishedAt: null,
      version: 1,
    },
  ],
  measures: [
    {
      id: '88888888-8888-4888-8888-888888888888',
      associationId: ASSOCIATION,
      associationName: '佛山市建材行业协会',
      enterpriseId: ENTERPRISE,
      enterpriseName: record.enterpriseName,
      enterpriseCreditCode: record.enterpriseCreditCode,
      kind: 'award_recommendation',
      list: 'red',
      grade: 'A',
      runId: RUN,
      reason: '年度评价 A 级',
      validFrom: '2026-04-02',
      validUntil: null,
      status: 'active',
      endReason: null,
      createdAt: '2026-04-02T01:00:00.000Z',
      version: 1,
    },
  ],
  commitments: [
    {
      id: '99999999-9999-4999-8999-999999999999',
      enterpriseId: ENTERPRISE,
      enterpriseName: record.enterpriseName,
      enterpriseCreditCode: record.enterpriseCreditCode,
      associationId: ASSOCIATION,
      associationName: '佛山市建材行业协会',
      kind: 'offline_no_reason_return',
      content: '本店承诺线下购买的瓷砖在未铺贴的情况下无理由退货',
      scope: '全部门店的瓷砖产品',
      returnDays: 15,
      validFrom: '2026-01-01',
      validUntil: '2026-12-31',
      signedByName: '吴经理',
      signedAt: '2026-01-01T00:30:00.000Z',
      status: 'broken',
      endReason: '拒绝为消费者办理承诺范围内的退货',
      brokenRecordId: RECORD,
      version: 2,
    },
  ],
};

const run: CreditRunDto = {
  id: RUN,
  associationId: ASSOCIATION,
  associationName: '佛山市建材行业协会',
  modelId: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
  modelVersion: 2,
  kind: 'official',
  status: 'published',
  asOf: '2026-03-31',
  enterpriseCount: 2,
  distribution: { A: 1, C: 1 },
  error: null,
  createdAt: '2026-04-01T01:00:00.000Z',
  publishedAt: '2026-04-01T01:30:00.000Z',
  comparison: { up: 0, down: 1, same: 0, new: 1 },
  durationMs: 12,
};

const results: CreditResultDto[] = [
  {
    enterpriseId: ENTERPRISE,
    enterpriseName: '佛山市南海区华瓷陶瓷有限公司',
    enterpriseCreditCode: '9144060573144633XL',
    score: 92,
    grade: 'A',
    gradeBeforeVeto: null,
    previousGrade: null,
    movement: 'new',
  },
  {
    enterpriseId: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb',
    enterpriseName: '佛山市禅城区金砖建材有限公司',
    enterpriseCreditCode: '91350100M000100Y43',
    score: 58,
    grade: 'C',
    gradeBeforeVeto: 'B',
    previousGrade: 'B',
    movement: 'down',
  },
];

async function read(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

/** A sheet's rows as arrays of cell values (column A first). */
function rowsOf(sheet: ExcelJS.Worksheet | undefined): unknown[][] {
  const out: unknown[][] = [];
  sheet?.eachRow({ includeEmpty: true }, (row) => {
    out.push((row.values as unknown[]).slice(1));
  });
  return out;
}

describe('archiveWorkbook', () => {
  it('writes every part of the archive in Chinese, the explanation ending in a total that equals the score', async () => {
    const workbook = await read(await archiveWorkbook(archive, 'zh-CN'));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      '概况',
      '信用等级与评分说明',
      '等级历史',
      '信用信息',
      '异议与修复',
      '承诺',
      '信用预警',
      '激励与约束',
    ]);
    expect(rowsOf(workbook.getWorksheet('概况')).slice(0, 2)).toEqual([
      ['企业名称', '佛山市南海区华瓷陶瓷有限公司'],
      ['统一社会信用代码', '9144060573144633XL'],
    ]);

    const grades = rowsOf(workbook.getWorksheet('信用等级与评分说明'));
    expect(grades[0]?.slice(0, 7)).toEqual([
      '行业组织',
      '等级',
      '等级名称',
      '评价基准日',
      '模型版本',
      '否决前等级',
      '构成',
    ]);
    expect(grades).toHaveLength(4);
    expect(grades[1]).toContain('基础分');
    expect(grades[2]).toEqual(
      expect.arrayContaining(['信用信息', '未履行放心消费承诺', '违背承诺', '一般', '2026-03-02', -8, '是']),
    );
    const total = grades[3] ?? [];
    expect(total).toContain('合计（得分）');
    const pointsColumn = (grades[0] ?? []).indexOf('分值');
    expect(total[pointsColumn]).toBe(92);
    expect((grades[1]?.[pointsColumn] as number) + (grades[2]?.[pointsColumn] as number)).toBe(total[pointsColumn]);
    expect(workbook.getWorksheet('信用等级与评分说明')?.getRow(4).font?.bold).toBe(true);

    const records = rowsOf(workbook.getWorksheet('信用信息'));
    expect(records[1]).toEqual(
      expect.arrayContaining(['未履行放心消费承诺', '违背承诺', '不良信息', '已确认', '2029-03-01', '2026-03-17']),
    );
    const cases = rowsOf(workbook.getWorksheet('异议与修复'));
    expect(cases.map((r) => r[0])).toEqual(['类别', '信用修复', '异议']);
    expect(cases[2]).toEqual(expect.arrayContaining(['异议不成立', '收据日期晚于投诉日期', '2026-03-05 11:00']));
    const commitments = rowsOf(workbook.getWorksheet('承诺'));
    expect(commitments[1]).toEqual(
      expect.arrayContaining(['线下无理由退货承诺', '全部门店的瓷砖产品', 15, '2026-12-31', '吴经理', '已违背']),
    );
    expect(rowsOf(workbook.getWorksheet('信用预警'))[1]).toEqual(
      expect.arrayContaining(['黄色', '信用等级由 A 降为 B', '待发布']),
    );
    expect(rowsOf(workbook.getWorksheet('激励与约束'))[1]).toEqual(
      expect.arrayContaining(['红名单（激励）', '优先推荐评优评先', 'A', '实施中']),
    );
  });

  it('writes English labels for en-US and keeps empty sheets with their header', async () => {
    const workbook = await read(
      await archiveWorkbook({ ...archive, objections: [], repairs: [], warnings: [], measures: [] }, 'en-US'),
    );
    expect(workbook.worksheets.map((s) => s.name)).toContain('Grades and explanation');
    const records = rowsOf(workbook.getWorksheet('Credit records'));
    expect(records[1]).toEqual(expect.arrayContaining(['Commitment broken', 'Negative', 'General', 'Confirmed']));
    expect(rowsOf(workbook.getWorksheet('Objections and repairs'))).toHaveLength(1);
    expect(rowsOf(workbook.getWorksheet('Commitments'))[1]).toEqual(
      expect.arrayContaining(['Offline no-reason return commitment', 'Broken']),
    );
    const grades = rowsOf(workbook.getWorksheet('Grades and explanation'));
    expect(grades[1]).toContain('Trustworthy');
    expect(grades[3]).toContain('Total (score)');
  });
});

describe('gradeListWorkbook', () => {
  it('lists one row per enterprise with grade, veto and movement, and describes the run', async () => {
    const workbook = await read(await gradeListWorkbook(run, results, 'zh-CN'));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['评价结果', '评价说明']);
    const sheet = workbook.getWorksheet('评价结果');
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(rowsOf(sheet)).toEqual([
      ['序号', '企业名称', '统一社会信用代码', '得分', '等级', '否决前等级', '上次等级', '变化'],
      [1, '佛山市南海区华瓷陶瓷有限公司', '9144060573144633XL', 92, 'A', undefined, undefined, '新评'],
      [2, '佛山市禅城区金砖建材有限公司', '91350100M000100Y43', 58, 'C', 'B', 'B', '下降'],
    ]);
    const about = rowsOf(workbook.getWorksheet('评价说明'));
    expect(about).toContainEqual(['评价类型', '正式评价']);
    expect(about).toContainEqual(['公布时间', '2026-04-01 09:30']);
    expect(about).toContainEqual(['A', 1]);
    expect(about).toContainEqual(['C', 1]);
    expect(about).toContainEqual(['下降', 1]);
  });

  it('in English, without a comparison for a run that has none', async () => {
    const workbook = await read(await gradeListWorkbook({ ...run, comparison: null }, [], 'en-US'));
    expect(rowsOf(workbook.getWorksheet('Results'))).toEqual([
      ['No.', 'Enterprise', 'Credit code', 'Score', 'Grade', 'Grade before veto', 'Previous grade', 'Movement'],
    ]);
    const about = rowsOf(workbook.getWorksheet('About this evaluation'));
    expect(about).toContainEqual(['Kind', 'Official']);
    expect(about.flat()).not.toContain('Against the grades published now');
  });

  it('shows times as Asia/Shanghai wall time', () => {
    expect(shanghaiTime('2026-12-31T16:30:00.000Z')).toBe('2027-01-01 00:30');
    expect(shanghaiTime(null)).toBeNull();
  });
});
