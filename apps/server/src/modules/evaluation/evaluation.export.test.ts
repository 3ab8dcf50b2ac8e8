import type { AssessmentDto, IndicatorDto, LocalisedText } from '@gongzhi/contracts';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { docxMedia, docxParagraphs, docxPart, docxTableRows, docxTables } from '../../../test/docx-read.js';
import { assessmentDocx, assessmentXlsx, EVALUATION_EXPORT_MIME, exportFileName } from './evaluation.export.js';

// ---------------------------------------------------------------- fixture: a framework shaped like table A.1
interface Node {
  code: string;
  zh: string;
  en: string;
  weight: number;
  outcomes?: LocalisedText[];
  children?: Node[];
}

const o = (zh: string, en = ''): LocalisedText => ({ zh, en });

const A1_LIKE: Node[] = [
  {
    code: 'A1',
    zh: '基本要求',
    en: 'Basic requirements',
    weight: 40,
    children: [
      {
        code: 'B1',
        zh: '组织管理',
        en: 'Organisation',
        weight: 50,
        children: [
          {
            code: 'C1',
            zh: '工作机构',
            en: 'Working body',
            weight: 50,
            outcomes: [o('建立工作团队，定责到人或到岗', 'A work team with named duties')],
          },
          {
            code: 'C2',
            zh: '有效运作',
            en: 'Effective operation',
            weight: 50,
            outcomes: [o('建立信息沟通渠道并持续有效', 'Communication channels that work')],
          },
        ],
      },
      {
        code: 'B2',
        zh: '统筹和规划',
        en: '',
        weight: 50,
        children: [
          {
            code: 'C3',
            zh: '制度建设',
            en: 'Rules',
            weight: 40,
            outcomes: [o('建立健全的规章管理制度', 'Sound rules')],
          },
          {
            code: 'C4',
            zh: '目标规划',
            en: 'Plans',
            weight: 60,
            outcomes: [
              o('制定行业质量发展规划', 'A quality development plan'),
              o('制定行业质量共治工作规划和年度计划', 'A work plan and annual plans'),
            ],
          },
        ],
      },
    ],
  },
  {
    code: 'A2',
    zh: '质量共治实施过程',
    en: 'Implementation',
    weight: 40,
    children: [
      {
        code: 'B5',
        zh: '项目研究',
        en: 'Research',
        weight: 100,
        children: [
          {
            code: 'C10',
            zh: '行业质量标准技术发展状况研究',
            en: 'Standards research',
            weight: 30,
            outcomes: [o('提出切实可行解决方案并形成研究报告', 'A research report with solutions')],
          },
          {
            code: 'C11',
            zh: '产品质量监督专项抽查的策划研究',
            en: 'Spot-check planning',
            weight: 30,
            outcomes: [o('提供线索、参与监督抽查工作或结果分析研判', 'Leads and analysis of spot checks')],
          },
          {
            code: 'C12',
            zh: '参与标准化活动',
            en: 'Standardisation',
            weight: 40,
            outcomes: [o('主导或参与国家标准、行业标准和地方标准制修订', 'Drafting standards')],
          },
        ],
      },
    ],
  },
  {
    code: 'A3',
    zh: '质量共治实施成效',
    en: 'Results',
    weight: 20,
    children: [
      {
        code: 'B7',
        zh: '满意度（率）',
        en: 'Satisfaction',
        weight: 100,
        children: [
          {
            code: 'C19',
            zh: '成员满意度（率）',
            en: 'Member satisfaction',
            weight: 100,
            outcomes: [o('服务满意度（率）提升', 'Satisfaction rises')],
          },
        ],
      },
    ],
  },
];

function flatten(nodes: Node[], parentCode: string | null = null, depth = 1): IndicatorDto[] {
  return nodes.flatMap((n) => [
    {
      code: n.code,
      parentCode,
      depth,
      leaf: !n.children?.length,
      name: { zh: n.zh, en: n.en },
      weight: n.weight,
      outcomes: n.outcomes ?? [],
      facts: [],
    },
    ...flatten(n.children ?? [], n.code, depth + 1),
  ]);
}

const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const SCALE = [
  { level: 0, score: 0, name: o('未开展', 'Not done'), description: o('未开展', 'Not done') },
  { level: 1, score: 40, name: o('起步', 'Started'), description: o('起步', 'Started') },
  { level: 2, score: 60, name: o('一般', 'Fair'), description: o('一般', 'Fair') },
  { level: 3, score: 80, name: o('良好', 'Good'), description: o('良好', 'Good') },
  { level: 4, score: 100, name: o('优秀', 'Excellent'), description: o('优秀', 'Excellent') },
];

/** leaf code → [level, rationale]; a leaf not listed is not scored */
const SCORED: Record<string, [number, string]> = {
  C1: [3, '已设立质量共治工作小组，\n职责分工到岗'],
  C2: [4, '与市场监管部门建立月度沟通机制'],
  C3: [2, '制度尚不完整'],
  C4: [3, '已制定三年规划和年度计划'],
  C10: [1, '仅有立项，尚无研究报告'],
  C11: [4, '参与两次专项抽查结果研判'],
  C19: [3, '满意度由 86% 升至 91%'],
};

function fixture(nodes: Node[] = A1_LIKE, options: { previous?: boolean } = {}): AssessmentDto {
  const indicators = flatten(nodes);
  const leaves = indicators.filter((i) => i.leaf);
  const scores = leaves.map((leaf) => {
    const scored = SCORED[leaf.code];
    const level = scored ? scored[0] : null;
    return {
      indicatorCode: leaf.code,
      level,
      score: level === null ? null : (SCALE[level]?.score ?? null),
      rationale: scored ? scored[1] : '',
      assigneeUserId: null,
      assigneeName: null,
      updatedBy: scored ? '评估专家' : null,
      updatedAt: scored ? '2026-01-10T02:00:00.000Z' : null,
      version: 1,
    };
  });
  const rollupScores: Record<string, number | null> = {
    A1: 81.5,
    B1: 90,
    B2: 72,
    A2: 67.6,
    B5: 67.6,
    A3: 80,
    B7: 80,
  };
  const rollup = indicators
    .filter((i) => !i.leaf)
    .map((i) => ({ code: i.code, score: rollupScores[i.code] ?? 50, scoredLeaves: 1, totalLeaves: 2 }));
  const withPrevious = options.previous ?? true;
  return {
    id: ID(1),
    title: '2025 年度第三方评估',
    organisationId: ID(2),
    organisationName: '佛山市陶瓷行业协会',
    assessorOrganisationId: ID(3),
    assessorOrganisationName: '佛山市质量评估中心',
    kind: 'third_party',
    status: 'final',
    frameworkId: ID(4),
    frameworkCode: 'DB4406/T 15-2022',
    frameworkVersion: 2,
    campaignId: null,
    periodStart: '2025-01-01',
    periodEnd: '2025-12-31',
    dueDate: null,
    total: 76.4,
    scoredLeaves: scores.filter((s) => s.level !== null).length,
    totalLeaves: leaves.length,
    version: 5,
    createdAt: '2026-01-05T02:00:00.000Z',
    submittedAt: '2026-01-20T02:00:00.000Z',
    finalisedAt: '2026-01-31T17:30:00.000Z',
    framework: {
      id: ID(4),
      code: 'DB4406/T 15-2022',
      version: 2,
      name: o('行业质量共治成果评估指标体系', 'Evaluation indicators of industry quality co-governance'),
      source: 'DB4406/T 15—2022 附录 A',
      builtIn: true,
      current: true,
      leafCount: leaves.length,
      assessmentCount: 1,
      createdAt: '2025-12-01T00:00:00.000Z',
      scale: SCALE,
      improvementThreshold: 60,
      indicators,
    },
    scores,
    rollup,
    facts: {},
    factsComputedAt: null,
    evidence: [
      {
        id: ID(10),
        indicatorCode: 'C1',
        kind: 'file',
        fileName: '任命文件.pdf',
        mimeType: 'application/pdf',
        size: 1000,
        recordType: null,
        recordId: null,
        label: '工作小组任命文件',
        href: '/api/v1/evaluation/assessments/x/evidence/y',
        createdBy: '张三',
        createdAt: '2026-01-06T02:00:00.000Z',
      },
      {
        id: ID(11),
        indicatorCode: 'C1',
        kind: 'link',
        fileName: null,
        mimeType: null,
        size: null,
        recordType: 'url',
        recordId: 'https://example.org/team',
        label: '协会官网团队介绍',
        href: 'https://example.org/team',
        createdBy: '张三',
        createdAt: '2026-01-06T03:00:00.000Z',
      },
      {
        id: ID(12),
        indicatorCode: 'C11',
        kind: 'link',
        fileName: null,
        mimeType: null,
        size: null,
        recordType: 'risk_report',
        recordId: ID(99),
        label: '2025 年第三季度风险分析报告',
        href: '/console/risk-reports/1',
        createdBy: '李四',
        createdAt: '2026-01-07T02:00:00.000Z',
      },
    ],
    comments: [],
    previous: withPrevious
      ? {
          id: ID(20),
          periodStart: '2024-01-01',
          periodEnd: '2024-12-31',
          frameworkVersion: 1,
          total: 70,
          scores: { A1: 75, B1: 80, B2: 70, A2: 65, B5: 65, A3: 60, C1: 80 },
        }
      : null,
    can: { score: false, submit: false, review: false, finalise: false },
    assessors: [{ id: ID(30), name: '评估专家' }],
    assignableUsers: [],
  };
}

const ZH_HEADER = ['一级指标', '二级指标', '三级指标', '工作成果', '评分', '评分说明', '佐证材料'];
const LEAVES = ['C1', 'C2', 'C3', 'C4', 'C10', 'C11', 'C12', 'C19'];

// ---------------------------------------------------------------- docx
describe('assessmentDocx', () => {
  it('lays table A.1 out: one row per leaf under the header, each leaf with its outcome, score, rationale and evidence', async () => {
    const docx = await assessmentDocx(fixture(), 'zh-CN');
    const [table] = await docxTableRows(docx);
    expect(table).toBeDefined();
    if (!table) return;
    expect(table).toHaveLength(1 + LEAVES.length);
    expect(table[0]).toEqual(ZH_HEADER);
    expect(table.slice(1).map((row) => row[2])).toEqual([
      'C1 工作机构',
      'C2 有效运作',
      'C3 制度建设',
      'C4 目标规划',
      'C10 行业质量标准技术发展状况研究',
      'C11 产品质量监督专项抽查的策划研究',
      'C12 参与标准化活动',
      'C19 成员满意度（率）',
    ]);
    expect(table[1]).toEqual([
      'A1 基本要求',
      'B1 组织管理',
      'C1 工作机构',
      '建立工作团队，定责到人或到岗',
      '良好 80%',
      '已设立质量共治工作小组，\n职责分工到岗',
      '工作小组任命文件\n协会官网团队介绍',
    ]);
    expect(table[2]).toEqual([
      '',
      '',
      'C2 有效运作',
      '建立信息沟通渠道并持续有效',
      '优秀 100%',
      '与市场监管部门建立月度沟通机制',
      '',
    ]);
    expect(table[3]).toEqual([
      '',
      'B2 统筹和规划',
      'C3 制度建设',
      '建立健全的规章管理制度',
      '一般 60%',
      '制度尚不完整',
      '',
    ]);
    expect(table[4]?.slice(2, 5)).toEqual([
      'C4 目标规划',
      '制定行业质量发展规划\n制定行业质量共治工作规划和年度计划',
      '良好 80%',
    ]);
    expect(table[5]?.slice(0, 5)).toEqual([
      'A2 质量共治实施过程',
      'B5 项目研究',
      'C10 行业质量标准技术发展状况研究',
      '提出切实可行解决方案并形成研究报告',
      '起步 40%',
    ]);
    expect(table[6]?.[6]).toBe('2025 年第三季度风险分析报告');
    expect(table[7]?.slice(2, 6)).toEqual([
      'C12 参与标准化活动',
      '主导或参与国家标准、行业标准和地方标准制修订',
      '未评分',
      '',
    ]);
    expect(table[8]?.slice(0, 5)).toEqual([
      'A3 质量共治实施成效',
      'B7 满意度（率）',
      'C19 成员满意度（率）',
      '服务满意度（率）提升',
      '良好 80%',
    ]);
  });

  it('merges the first- and second-level cells down over their children', async () => {
    const [table] = await docxTables(await assessmentDocx(fixture(), 'zh-CN'));
    if (!table) throw new Error('no table');
    const column = (k: number) => table.slice(1).map((row) => row[k]?.vMerge ?? null);
    // A1 over C1–C4, A2 over C10–C12, A3 over C19 alone (nothing to merge)
    expect(column(0)).toEqual(['restart', 'continue', 'continue', 'continue', 'restart', 'continue', 'continue', null]);
    // B1 over C1–C2, B2 over C3–C4, B5 over C10–C12, B7 alone
    expect(column(1)).toEqual(['restart', 'continue', 'restart', 'continue', 'restart', 'continue', 'continue', null]);
    expect(column(2).every((m) => m === null)).toBe(true);
    expect(table.every((row) => row.length === 7 && row.every((c) => c.gridSpan === 1))).toBe(true);
  });

  it('has the roll-up with the previous assessment, the total, the chart image and its labels', async () => {
    const docx = await assessmentDocx(fixture(), 'zh-CN');
    const tables = await docxTableRows(docx);
    expect(tables).toHaveLength(3);
    const [, rollup, chart] = tables;
    expect(rollup?.[0]).toEqual(['代码', '指标', '权重', '得分（%）', '上期得分（%）', '变化（百分点）']);
    expect(rollup?.map((r) => r[0])).toEqual(['代码', 'A1', 'B1', 'B2', 'A2', 'B5', 'A3', 'B7', '']);
    expect(rollup?.[2]).toEqual(['B1', '组织管理', '50', '90', '80', '+10']);
    expect(rollup?.[1]).toEqual(['A1', '基本要求', '40', '81.5', '75', '+6.5']);
    expect(rollup?.[8]).toEqual(['', '总分', '', '76.4', '70', '+6.4']);
    // the chart: a padding row, one row per second-level indicator, a padding row
    expect(chart?.map((r) => r[0])).toEqual([
      '',
      'B1 组织管理  90% (上期得分 80%)',
      'B2 统筹和规划  72% (上期得分 70%)',
      'B5 项目研究  67.6% (上期得分 65%)',
      'B7 满意度（率）  80%',
      '',
    ]);
    const media = await docxMedia(docx);
    expect(media).toHaveLength(1);
    expect(media[0]).toMatch(/^word\/media\/.+\.png$/);
    const document = await docxPart(docx, 'word/document.xml');
    expect(document).toContain('w:orient="landscape"');
    expect(document).toMatch(/<w:pgSz [^>]*w:w="16838"[^>]*w:h="11906"/);
    expect(await docxPart(docx, 'word/styles.xml')).toContain('w:eastAsia="SimSun"');

    const paragraphs = await docxParagraphs(docx);
    expect(paragraphs[0]).toBe('佛山市陶瓷行业协会行业质量共治成果评估报告');
    for (const line of [
      '被评估组织：佛山市陶瓷行业协会',
      '评估组织：佛山市质量评估中心',
      '评估类型：第三方评估',
      '评估期间：2025-01-01 至 2025-12-31',
      '评估指标体系：DB4406/T 15-2022（第 2 版）行业质量共治成果评估指标体系',
      '状态：已定稿',
      '定稿日期：2026-02-01',
      '总分：76.4%',
      '上期（2024-01-01 至 2024-12-31）总分：70%，变化 +6.4 个百分点',
    ]) {
      expect(paragraphs).toContain(line);
    }
  });

  it('without a previous assessment has no previous columns and no grey bars in the legend', async () => {
    const docx = await assessmentDocx(fixture(A1_LIKE, { previous: false }), 'zh-CN');
    const [, rollup, chart] = await docxTableRows(docx);
    expect(rollup?.[0]).toEqual(['代码', '指标', '权重', '得分（%）']);
    expect(chart?.[1]).toEqual(['B1 组织管理  90%', '']);
    const paragraphs = await docxParagraphs(docx);
    expect(paragraphs.some((p) => p.includes('上期'))).toBe(false);
  });

  it('is in English for en-US, falling back to the Chinese name where the English one is empty', async () => {
    const docx = await assessmentDocx(fixture(), 'en-US');
    const [table, rollup] = await docxTableRows(docx);
    expect(table?.[0]).toEqual([
      'First-level indicator',
      'Second-level indicator',
      'Third-level indicator',
      'Outcomes',
      'Score',
      'Rationale',
      'Evidence',
    ]);
    expect(table?.[1]?.slice(0, 5)).toEqual([
      'A1 Basic requirements',
      'B1 Organisation',
      'C1 Working body',
      'A work team with named duties',
      'Good 80%',
    ]);
    expect(table?.[3]?.[1]).toBe('B2 统筹和规划');
    expect(table?.[7]?.[4]).toBe('Not scored');
    expect(rollup?.[0]).toEqual(['Code', 'Indicator', 'Weight', 'Score (%)', 'Previous (%)', 'Change (points)']);
    const paragraphs = await docxParagraphs(docx);
    expect(paragraphs[0]).toBe('佛山市陶瓷行业协会: evaluation of industry quality co-governance results');
    expect(paragraphs).toContain('Kind: Third-party assessment');
    expect(paragraphs).toContain('Status: Final');
  });

  it('has one column per level for a framework of two levels', async () => {
    const twoLevels: Node[] = [
      {
        code: 'A1',
        zh: '基本要求',
        en: 'Basics',
        weight: 60,
        children: [
          { code: 'C1', zh: '工作机构', en: '', weight: 50, outcomes: [o('建立工作团队')] },
          { code: 'C2', zh: '有效运作', en: '', weight: 50, outcomes: [o('沟通渠道有效')] },
        ],
      },
      {
        code: 'A2',
        zh: '实施成效',
        en: 'Results',
        weight: 40,
        children: [{ code: 'C19', zh: '成员满意度', en: '', weight: 100, outcomes: [o('满意度提升')] }],
      },
    ];
    const docx = await assessmentDocx(fixture(twoLevels), 'zh-CN');
    const [table] = await docxTables(docx);
    const texts = table?.map((row) => row.map((c) => c.text));
    expect(texts?.[0]).toEqual(['一级指标', '二级指标', '工作成果', '评分', '评分说明', '佐证材料']);
    expect(texts?.map((r) => r[1])).toEqual(['二级指标', 'C1 工作机构', 'C2 有效运作', 'C19 成员满意度']);
    expect(table?.slice(1).map((r) => r[0]?.vMerge ?? null)).toEqual(['restart', 'continue', null]);
    // the chart shows the second level: here the leaves
    const chart = (await docxTableRows(docx))[2];
    expect(chart?.slice(1, -1).map((r) => r[0]?.split('  ')[0])).toEqual([
      'C1 工作机构',
      'C2 有效运作',
      'C19 成员满意度',
    ]);
  });

  it('has one column per level for a framework of four levels, a shallower leaf spanning the rest', async () => {
    const fourLevels: Node[] = [
      {
        code: 'A1',
        zh: '基本要求',
        en: '',
        weight: 100,
        children: [
          {
            code: 'B1',
            zh: '组织管理',
            en: '',
            weight: 70,
            children: [
              {
                code: 'C1',
                zh: '工作机构',
                en: '',
                weight: 100,
                children: [
                  { code: 'D1', zh: '团队', en: '', weight: 50, outcomes: [o('建立工作团队')] },
                  { code: 'D2', zh: '职责', en: '', weight: 50, outcomes: [o('定责到人')] },
                ],
              },
            ],
          },
          {
            code: 'B2',
            zh: '资金保障',
            en: '',
            weight: 30,
            children: [{ code: 'C5', zh: '资金使用', en: '', weight: 100, outcomes: [o('专款专用')] }],
          },
        ],
      },
    ];
    const [table] = await docxTables(await assessmentDocx(fixture(fourLevels), 'zh-CN'));
    expect(table?.[0]?.map((c) => c.text)).toEqual([
      '一级指标',
      '二级指标',
      '三级指标',
      '四级指标',
      '工作成果',
      '评分',
      '评分说明',
      '佐证材料',
    ]);
    expect(table?.slice(1).map((row) => row.map((c) => c.text))).toEqual([
      ['A1 基本要求', 'B1 组织管理', 'C1 工作机构', 'D1 团队', '建立工作团队', '未评分', '', ''],
      ['', '', '', 'D2 职责', '定责到人', '未评分', '', ''],
      ['', 'B2 资金保障', 'C5 资金使用', '专款专用', '未评分', '', ''],
    ]);
    expect(table?.slice(1).map((row) => row.slice(0, 3).map((c) => c.vMerge))).toEqual([
      ['restart', 'restart', 'restart'],
      ['continue', 'continue', 'continue'],
      ['continue', null, null],
    ]);
    expect(table?.[3]?.[2]?.gridSpan).toBe(2);
  });
});

// ---------------------------------------------------------------- xlsx
async function readBook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer as unknown as ArrayBuffer);
  return book;
}

const rowValues = (sheet: ExcelJS.Worksheet | undefined, n: number) =>
  ((sheet?.getRow(n).values as ExcelJS.CellValue[] | undefined) ?? []).slice(1);

describe('assessmentXlsx', () => {
  it('has the leaf scores with each level’s code and name, and the roll-up with previous and change', async () => {
    const book = await readBook(await assessmentXlsx(fixture(), 'zh-CN'));
    expect(book.worksheets.map((s) => s.name)).toEqual(['指标评分', '分项得分', '概况']);
    const scores = book.getWorksheet('指标评分');
    expect(rowValues(scores, 1)).toEqual([
      '一级指标代码',
      '一级指标',
      '二级指标代码',
      '二级指标',
      '三级指标代码',
      '三级指标',
      '工作成果',
      '评分等级',
      '等级名称',
      '得分（%）',
      '评分说明',
      '佐证材料数',
    ]);
    expect(scores?.rowCount).toBe(1 + LEAVES.length);
    expect(rowValues(scores, 2)).toEqual([
      'A1',
      '基本要求',
      'B1',
      '组织管理',
      'C1',
      '工作机构',
      '建立工作团队，定责到人或到岗',
      3,
      '良好',
      80,
      '已设立质量共治工作小组，\n职责分工到岗',
      2,
    ]);
    expect(rowValues(scores, 5)?.[6]).toBe('制定行业质量发展规划\n制定行业质量共治工作规划和年度计划');
    const c12 = rowValues(scores, 8);
    expect([c12[4], c12[7], c12[8], c12[9], c12[11]]).toEqual(['C12', undefined, undefined, undefined, 0]);

    const rollup = book.getWorksheet('分项得分');
    expect(rowValues(rollup, 1)).toEqual([
      '代码',
      '指标',
      '层级',
      '权重',
      '得分（%）',
      '已评分指标',
      '指标总数',
      '上期得分（%）',
      '变化（百分点）',
    ]);
    expect(rowValues(rollup, 3)).toEqual(['B1', '组织管理', 2, 50, 90, 1, 2, 80, 10]);
    expect(rollup?.rowCount).toBe(1 + 7 + 1);
    const total = rowValues(rollup, 9);
    expect([total[1], total[4], total[7], total[8]]).toEqual(['总分', 76.4, 70, 6.4]);

    const overview = book.getWorksheet('概况');
    expect(rowValues(overview, 1)).toEqual(['被评估组织', '佛山市陶瓷行业协会']);
  });

  it('is in English for en-US and leaves the previous columns out when there is none', async () => {
    const book = await readBook(await assessmentXlsx(fixture(A1_LIKE, { previous: false }), 'en-US'));
    expect(book.worksheets.map((s) => s.name)).toEqual(['Indicator scores', 'Scores by indicator', 'Overview']);
    expect(rowValues(book.getWorksheet('Indicator scores'), 2).slice(0, 6)).toEqual([
      'A1',
      'Basic requirements',
      'B1',
      'Organisation',
      'C1',
      'Working body',
    ]);
    expect(rowValues(book.getWorksheet('Scores by indicator'), 1)).toEqual([
      'Code',
      'Indicator',
      'Depth',
      'Weight',
      'Score (%)',
      'Indicators scored',
      'Indicators',
    ]);
  });
});

// ---------------------------------------------------------------- file name and types
describe('exportFileName', () => {
  it('is the organisation and the period, without characters that break a header or a path', () => {
    expect(exportFileName(fixture(), 'docx')).toBe('佛山市陶瓷行业协会-2025-01-01-2025-12-31.docx');
    const odd = { organisationName: 'A/B "协会" (筹)\'*', periodStart: '2025-01-01', periodEnd: '2025-06-30' };
    const name = exportFileName(odd, 'xlsx');
    expect(name).toBe('A_B _协会_ （筹）_-2025-01-01-2025-06-30.xlsx');
    expect(name).not.toMatch(/["/\\'*()]/);
    expect(exportFileName({ ...odd, organisationName: '协'.repeat(300) }, 'docx')).toMatch(
      /^协{100}-2025-01-01-2025-06-30\.docx$/,
    );
  });

  it('names the media types', () => {
    expect(EVALUATION_EXPORT_MIME.docx).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(EVALUATION_EXPORT_MIME.xlsx).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });
});
