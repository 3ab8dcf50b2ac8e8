/**
 * An assessment as documents (issue #5): the report as docx, laid out like table A.1 of
 * DB4406/T 15—2022 (one column per indicator level, the upper levels merged down over their
 * children, one row per scored indicator), then the roll-up, the total and a bar chart of the
 * second-level indicators; and the scores as xlsx. Pure builders: an AssessmentDto in, a buffer
 * out; every word from the table below or EVALUATION_LABELS, in zh-CN or en-US. Any number of
 * levels works: a region's framework of 2 or 4 levels gets 2 or 4 indicator columns.
 */
import {
  type AssessmentDto,
  EVALUATION_LABELS,
  type IndicatorDto,
  type Locale,
  type LocalisedText,
} from '@gongzhi/contracts';
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  HeightRule,
  ImageRun,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
} from 'docx';
import { safeFilename } from '../../kernel/files.js';
import { addTable, newWorkbook, type XlsxColumn } from '../../kernel/xlsx.js';
import { shanghaiTime } from '../credit/credit.export.js';
import { barChartLayout, barChartPng, CHART_COLOURS } from './chart.png.js';

export const EVALUATION_EXPORT_MIME = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
export type EvaluationExportFormat = keyof typeof EVALUATION_EXPORT_MIME;

const ZH_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const EN_ORDINALS = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth'];

const WORDS = {
  'zh-CN': {
    title: (organisation: string) => `${organisation}行业质量共治成果评估报告`,
    assessmentTitle: '评估名称',
    organisation: '被评估组织',
    assessor: '评估组织',
    kind: '评估类型',
    period: '评估期间',
    periodText: (start: string, end: string) => `${start} 至 ${end}`,
    framework: '评估指标体系',
    frameworkText: (code: string, version: number, name: string) => `${code}（第 ${version} 版）${name}`,
    status: '状态',
    finalisedAt: '定稿日期',
    progress: '已评分指标',
    progressText: (scored: number, total: number) => `${scored} / ${total}`,
    level: (n: number) => `${ZH_NUMERALS[n - 1] ?? n}级指标`,
    levelCode: (n: number) => `${ZH_NUMERALS[n - 1] ?? n}级指标代码`,
    outcomes: '工作成果',
    score: '评分',
    rationale: '评分说明',
    evidence: '佐证材料',
    notScored: '未评分',
    sectionTable: '评估指标与评分',
    sectionRollup: '分项得分',
    sectionChart: (n: number) => `${ZH_NUMERALS[n - 1] ?? n}级指标得分`,
    code: '代码',
    indicator: '指标',
    weight: '权重',
    scorePct: '得分（%）',
    previous: '上期得分（%）',
    change: '变化（百分点）',
    total: '总分',
    totalText: (total: string) => `总分：${total}`,
    previousText: (total: string, start: string, end: string, change: string) =>
      `上期（${start} 至 ${end}）总分：${total}，变化 ${change} 个百分点`,
    legendCurrent: '本期得分',
    legendPrevious: '上期得分',
    legendScale: '刻度 0–100%，每格 20%',
    chartAlt: '二级指标得分条形图',
    none: '—',
    sheetScores: '指标评分',
    sheetRollup: '分项得分',
    sheetOverview: '概况',
    levelNumber: '评分等级',
    levelName: '等级名称',
    evidenceCount: '佐证材料数',
    depth: '层级',
    scoredLeaves: '已评分指标',
    totalLeaves: '指标总数',
  },
  'en-US': {
    title: (organisation: string) => `${organisation}: evaluation of industry quality co-governance results`,
    assessmentTitle: 'Assessment',
    organisation: 'Organisation assessed',
    assessor: 'Assessed by',
    kind: 'Kind',
    period: 'Period',
    periodText: (start: string, end: string) => `${start} to ${end}`,
    framework: 'Indicator framework',
    frameworkText: (code: string, version: number, name: string) => `${code} (version ${version}) ${name}`,
    status: 'Status',
    finalisedAt: 'Finalised on',
    progress: 'Indicators scored',
    progressText: (scored: number, total: number) => `${scored} of ${total}`,
    level: (n: number) => `${EN_ORDINALS[n - 1] ?? `Level ${n}`}-level indicator`,
    levelCode: (n: number) => `${EN_ORDINALS[n - 1] ?? `Level ${n}`}-level code`,
    outcomes: 'Outcomes',
    score: 'Score',
    rationale: 'Rationale',
    evidence: 'Evidence',
    notScored: 'Not scored',
    sectionTable: 'Indicators and scores',
    sectionRollup: 'Scores by indicator',
    sectionChart: (n: number) => `${EN_ORDINALS[n - 1] ?? `Level ${n}`}-level indicator scores`,
    code: 'Code',
    indicator: 'Indicator',
    weight: 'Weight',
    scorePct: 'Score (%)',
    previous: 'Previous (%)',
    change: 'Change (points)',
    total: 'Total',
    totalText: (total: string) => `Total: ${total}`,
    previousText: (total: string, start: string, end: string, change: string) =>
      `Previous assessment (${start} to ${end}): ${total}, change ${change} points`,
    legendCurrent: 'This assessment',
    legendPrevious: 'Previous assessment',
    legendScale: 'Scale 0–100 %, grid lines every 20 %',
    chartAlt: 'Bar chart of the second-level indicator scores',
    none: '—',
    sheetScores: 'Indicator scores',
    sheetRollup: 'Scores by indicator',
    sheetOverview: 'Overview',
    levelNumber: 'Level',
    levelName: 'Level name',
    evidenceCount: 'Evidence items',
    depth: 'Depth',
    scoredLeaves: 'Indicators scored',
    totalLeaves: 'Indicators',
  },
} as const;

type Words = (typeof WORDS)[Locale];

/** A file name for the download: organisation and period, safe for Content-Disposition (RFC 5987-encode it). */
export function exportFileName(
  assessment: Pick<AssessmentDto, 'organisationName' | 'periodStart' | 'periodEnd'>,
  ext: EvaluationExportFormat,
): string {
  const organisation = assessment.organisationName
    .replace(/[\\/:*?"<>|'\p{Cc}]+/gu, '_')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .trim()
    .slice(0, 100);
  return safeFilename(`${organisation || 'assessment'}-${assessment.periodStart}-${assessment.periodEnd}.${ext}`);
}

// ---------------------------------------------------------------- the assessment as rows
const round1 = (n: number) => String(Number(n.toFixed(1)));
const percent = (n: number | null | undefined, none: string) =>
  n === null || n === undefined ? none : `${round1(n)}%`;
const signed = (n: number) => (n > 0 ? `+${round1(n)}` : round1(n));
const changeOf = (now: number | null, before: number | null | undefined) =>
  now === null || before === null || before === undefined ? null : Number((now - before).toFixed(1));

interface LeafRow {
  leaf: IndicatorDto;
  /** the leaf's ancestors from the first level down, then the leaf */
  path: IndicatorDto[];
  outcomes: string[];
  level: number | null;
  levelName: string | null;
  score: number | null;
  rationale: string;
  evidence: string[];
}

interface RollupRow {
  indicator: IndicatorDto;
  score: number | null;
  scoredLeaves: number;
  totalLeaves: number;
  previous: number | null;
  change: number | null;
}

interface Model {
  words: Words;
  text: (t: LocalisedText) => string;
  label: (i: IndicatorDto) => string;
  /** the number of indicator levels (columns) */
  levels: number;
  leaves: LeafRow[];
  rollup: RollupRow[];
  /** the level the chart shows (second, or first when there is no second) and its indicators */
  chartDepth: number;
  chart: { indicator: IndicatorDto; value: number | null; previous: number | null }[];
  facts: [string, string][];
}

function model(a: AssessmentDto, locale: Locale): Model {
  const words = WORDS[locale];
  const labels = EVALUATION_LABELS[locale];
  const text = (t: LocalisedText) => (locale === 'zh-CN' ? t.zh : t.en.trim() || t.zh);
  const label = (i: IndicatorDto) => `${i.code} ${text(i.name)}`;
  const indicators = a.framework.indicators;
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  const pathOf = (indicator: IndicatorDto) => {
    const path: IndicatorDto[] = [];
    for (let at: IndicatorDto | undefined = indicator; at && path.length <= indicators.length; ) {
      path.unshift(at);
      at = at.parentCode === null ? undefined : byCode.get(at.parentCode);
    }
    return path;
  };
  const scores = new Map(a.scores.map((s) => [s.indicatorCode, s]));
  const rollups = new Map(a.rollup.map((r) => [r.code, r]));
  const scale = new Map(a.framework.scale.map((l) => [l.level, l]));
  const previousOf = (code: string) => a.previous?.scores[code] ?? null;
  const scoreOf = (i: IndicatorDto) =>
    i.leaf ? (scores.get(i.code)?.score ?? null) : (rollups.get(i.code)?.score ?? null);

  const leaves = indicators
    .filter((i) => i.leaf)
    .map((leaf): LeafRow => {
      const s = scores.get(leaf.code);
      const level = s?.level ?? null;
      const step = level === null ? undefined : scale.get(level);
      return {
        leaf,
        path: pathOf(leaf),
        outcomes: leaf.outcomes.map(text),
        level,
        levelName: step ? text(step.name) : null,
        score: s?.score ?? null,
        rationale: s?.rationale ?? '',
        evidence: a.evidence.filter((e) => e.indicatorCode === leaf.code).map((e) => e.label),
      };
    });
  const levels = Math.max(1, ...leaves.map((r) => r.path.length), ...indicators.map((i) => i.depth));

  const rollup = indicators
    .filter((i) => !i.leaf)
    .map((indicator): RollupRow => {
      const r = rollups.get(indicator.code);
      const score = r?.score ?? null;
      const previous = previousOf(indicator.code);
      return {
        indicator,
        score,
        scoredLeaves: r?.scoredLeaves ?? 0,
        totalLeaves: r?.totalLeaves ?? 0,
        previous,
        change: a.previous ? changeOf(score, previous) : null,
      };
    });

  const chartDepth = indicators.some((i) => i.depth === 2) ? 2 : 1;
  const chart = indicators
    .filter((i) => i.depth === chartDepth)
    .map((indicator) => ({ indicator, value: scoreOf(indicator), previous: previousOf(indicator.code) }));

  const finalised = shanghaiTime(a.finalisedAt)?.slice(0, 10) ?? words.none;
  const facts: [string, string][] = [
    [words.organisation, a.organisationName],
    [words.assessor, a.assessorOrganisationName],
    [words.assessmentTitle, a.title],
    [words.kind, labels.kind[a.kind]],
    [words.period, words.periodText(a.periodStart, a.periodEnd)],
    [words.framework, words.frameworkText(a.frameworkCode, a.frameworkVersion, text(a.framework.name))],
    [words.status, labels.status[a.status]],
    [words.finalisedAt, finalised],
    [words.progress, words.progressText(a.scoredLeaves, a.totalLeaves)],
  ];
  return { words, text, label, levels, leaves, rollup, chartDepth, chart, facts };
}

// ---------------------------------------------------------------- docx
/** Landscape A4 with 2 cm margins: the width a table may take, in twips. */
const PAGE = { width: 11906, height: 16838, margin: 1134 } as const;
const CONTENT_WIDTH = PAGE.height - 2 * PAGE.margin;
const TABLE_TEXT = 18; // half-points: 9 pt
const HEADER_FILL = 'D9D9D9';
/** 96 dpi pixels to twips */
const PX = 15;

interface CellOptions {
  bold?: boolean;
  width?: number;
  columnSpan?: number;
  merge?: 'restart' | 'continue';
  fill?: string;
  align?: (typeof AlignmentType)[keyof typeof AlignmentType];
  indent?: number;
}

function paragraph(content: string, options: CellOptions = {}): Paragraph {
  return new Paragraph({
    alignment: options.align,
    indent: options.indent ? { left: options.indent } : undefined,
    children: [new TextRun({ text: content, bold: options.bold, size: TABLE_TEXT })],
  });
}

function cell(lines: string | readonly string[], options: CellOptions = {}): TableCell {
  const all = typeof lines === 'string' ? lines.split(/\r?\n/) : lines.flatMap((l) => l.split(/\r?\n/));
  const paragraphs = (options.merge === 'continue' || all.length === 0 ? [''] : all).map((l) => paragraph(l, options));
  return new TableCell({
    children: paragraphs,
    width: options.width ? { size: options.width, type: WidthType.DXA } : undefined,
    columnSpan: options.columnSpan && options.columnSpan > 1 ? options.columnSpan : undefined,
    verticalMerge:
      options.merge === 'restart'
        ? VerticalMergeType.RESTART
        : options.merge === 'continue'
          ? VerticalMergeType.CONTINUE
          : undefined,
    verticalAlign: VerticalAlignTable.CENTER,
    shading: options.fill ? { fill: options.fill, type: ShadingType.CLEAR, color: 'auto' } : undefined,
  });
}

function heading(content: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 240, after: 120 }, text: content });
}

/** Table A.1: one column per level, the upper levels merged down over their children, one row per leaf. */
function indicatorTable(m: Model): Table {
  const w = m.words;
  const fixed = { outcomes: 3600, score: 1400, rationale: 2800, evidence: 2000 };
  const levelWidth = Math.floor(
    (CONTENT_WIDTH - fixed.outcomes - fixed.score - fixed.rationale - fixed.evidence) / m.levels,
  );
  const widths = [
    ...Array.from({ length: m.levels }, () => levelWidth),
    fixed.outcomes,
    fixed.score,
    fixed.rationale,
    fixed.evidence,
  ];
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      ...Array.from({ length: m.levels }, (_, k) => w.level(k + 1)),
      w.outcomes,
      w.score,
      w.rationale,
      w.evidence,
    ].map((h) => cell(h, { bold: true, fill: HEADER_FILL, align: AlignmentType.CENTER })),
  });
  const rows = m.leaves.map((row, r) => {
    const above = m.leaves[r - 1]?.path;
    const below = m.leaves[r + 1]?.path;
    const cells: TableCell[] = [];
    for (let k = 0; k < row.path.length - 1 && k < m.levels; k++) {
      const ancestor = row.path[k] as IndicatorDto;
      const continues = above?.[k]?.code === ancestor.code && above.length - 1 > k;
      const continued = below?.[k]?.code === ancestor.code && below.length - 1 > k;
      cells.push(cell(m.label(ancestor), { merge: continues ? 'continue' : continued ? 'restart' : undefined }));
    }
    cells.push(cell(m.label(row.leaf), { columnSpan: m.levels - Math.min(row.path.length - 1, m.levels - 1) }));
    cells.push(cell(row.outcomes));
    cells.push(
      cell(
        row.score === null ? w.notScored : `${row.levelName ?? row.level ?? ''} ${percent(row.score, w.none)}`.trim(),
        {
          align: AlignmentType.CENTER,
        },
      ),
    );
    cells.push(cell(row.rationale));
    cells.push(cell(row.evidence));
    return new TableRow({ children: cells });
  });
  return new Table({
    rows: [header, ...rows],
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
  });
}

function rollupTable(m: Model, a: AssessmentDto): Table {
  const w = m.words;
  const withPrevious = a.previous !== null;
  const widths = withPrevious ? [1400, 6000, 1400, 1800, 1800, 1800] : [1400, 6000, 1400, 1800];
  const header = new TableRow({
    tableHeader: true,
    children: [w.code, w.indicator, w.weight, w.scorePct, ...(withPrevious ? [w.previous, w.change] : [])].map((h) =>
      cell(h, { bold: true, fill: HEADER_FILL, align: AlignmentType.CENTER }),
    ),
  });
  const number = (n: number | null, format: (n: number) => string = round1) => (n === null ? w.none : format(n));
  const rows = m.rollup.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell(r.indicator.code),
          cell(m.text(r.indicator.name), { indent: (r.indicator.depth - 1) * 240, bold: r.indicator.depth === 1 }),
          cell(round1(r.indicator.weight), { align: AlignmentType.CENTER }),
          cell(number(r.score), { align: AlignmentType.CENTER }),
          ...(withPrevious
            ? [
                cell(number(r.previous), { align: AlignmentType.CENTER }),
                cell(number(r.change, signed), { align: AlignmentType.CENTER }),
              ]
            : []),
        ],
      }),
  );
  const change = changeOf(a.total, a.previous?.total);
  const total = new TableRow({
    cantSplit: true,
    children: [
      cell(''),
      cell(w.total, { bold: true }),
      cell(''),
      cell(number(a.total), { bold: true, align: AlignmentType.CENTER }),
      ...(withPrevious
        ? [
            cell(number(a.previous?.total ?? null), { bold: true, align: AlignmentType.CENTER }),
            cell(number(change, signed), { bold: true, align: AlignmentType.CENTER }),
          ]
        : []),
    ],
  });
  return new Table({
    rows: [header, ...rows, total],
    width: { size: widths.reduce((s, x) => s + x, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
  });
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;

/**
 * The chart beside its labels: a borderless table, one row per bar with the row exactly as tall
 * as the bar's row in the image, so each label sits level with its bar; the image is in a second
 * column merged down over all rows.
 */
function chartTable(m: Model): Table {
  const w = m.words;
  const rowHeight = Math.min(36, Math.max(16, Math.floor(560 / Math.max(1, m.chart.length))));
  const options = { width: 480, rowHeight, padding: 8 };
  const layout = barChartLayout(m.chart.length, options);
  const png = barChartPng(
    m.chart.map((c) => ({ value: c.value, previous: c.previous })),
    options,
  );
  const labelWidth = 5200;
  const imageWidth = layout.width * PX + 240;
  const tight = { spacing: { before: 0, after: 0 } };
  const image = new TableCell({
    width: { size: imageWidth, type: WidthType.DXA },
    verticalMerge: VerticalMergeType.RESTART,
    children: [
      new Paragraph({
        ...tight,
        children: [
          new ImageRun({
            type: 'png',
            data: png,
            transformation: { width: layout.width, height: layout.height },
            altText: { name: 'chart', title: w.sectionChart(m.chartDepth), description: w.chartAlt },
          }),
        ],
      }),
    ],
  });
  const continued = () =>
    new TableCell({ verticalMerge: VerticalMergeType.CONTINUE, children: [new Paragraph({ ...tight })] });
  const label = (content: string) =>
    new TableCell({
      width: { size: labelWidth, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      children: [
        new Paragraph({
          ...tight,
          alignment: AlignmentType.RIGHT,
          children: [new TextRun({ text: content, size: TABLE_TEXT })],
        }),
      ],
    });
  const exact = (px: number) => ({ value: px * PX, rule: HeightRule.EXACT });
  const rows = [
    new TableRow({ cantSplit: true, height: exact(layout.padding), children: [label(''), image] }),
    ...m.chart.map(
      (c) =>
        new TableRow({
          cantSplit: true,
          height: exact(layout.rowHeight),
          children: [
            label(
              `${m.label(c.indicator)}  ${percent(c.value, w.none)}${
                c.previous === null ? '' : ` (${w.legendPrevious} ${percent(c.previous, w.none)})`
              }`,
            ),
            continued(),
          ],
        }),
    ),
    new TableRow({
      cantSplit: true,
      height: { value: layout.padding * PX, rule: HeightRule.ATLEAST },
      children: [label(''), continued()],
    }),
  ];
  return new Table({
    rows,
    width: { size: labelWidth + imageWidth, type: WidthType.DXA },
    columnWidths: [labelWidth, imageWidth],
    layout: TableLayoutType.FIXED,
    borders: {
      top: NO_BORDER,
      bottom: NO_BORDER,
      left: NO_BORDER,
      right: NO_BORDER,
      insideHorizontal: NO_BORDER,
      insideVertical: NO_BORDER,
    },
  });
}

const hex = ([r, g, b]: readonly [number, number, number]) =>
  [r, g, b]
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();

/** The report as docx: title, facts, table A.1 with the scores, roll-up and total, chart. */
export async function assessmentDocx(assessment: AssessmentDto, locale: Locale): Promise<Buffer> {
  const m = model(assessment, locale);
  const w = m.words;
  const a = assessment;
  const facts = m.facts.map(
    ([label, value]) =>
      new Paragraph({
        spacing: { before: 0, after: 60 },
        children: [
          new TextRun({ text: `${label}${locale === 'zh-CN' ? '：' : ': '}`, bold: true }),
          new TextRun(value),
        ],
      }),
  );
  const totals = [
    new Paragraph({
      spacing: { before: 120, after: 60 },
      children: [new TextRun({ text: w.totalText(percent(a.total, w.none)), bold: true })],
    }),
  ];
  if (a.previous) {
    const change = changeOf(a.total, a.previous.total);
    totals.push(
      new Paragraph({
        children: [
          new TextRun(
            w.previousText(
              percent(a.previous.total, w.none),
              a.previous.periodStart,
              a.previous.periodEnd,
              change === null ? w.none : signed(change),
            ),
          ),
        ],
      }),
    );
  }
  const legend = new Paragraph({
    spacing: { before: 60 },
    children: [
      new TextRun({ text: '■ ', color: hex(CHART_COLOURS.bar) }),
      new TextRun({ text: w.legendCurrent, size: TABLE_TEXT }),
      ...(a.previous
        ? [
            new TextRun({ text: '    ■ ', color: hex(CHART_COLOURS.previous) }),
            new TextRun({ text: w.legendPrevious, size: TABLE_TEXT }),
          ]
        : []),
      new TextRun({ text: `    ${w.legendScale}`, size: TABLE_TEXT }),
    ],
  });

  const document = new Document({
    creator: 'Gongzhi 共治',
    title: w.title(a.organisationName),
    description: a.title,
    styles: {
      default: {
        document: {
          run: {
            font: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'SimSun', cs: 'Times New Roman' },
            size: 21,
            language: { value: locale, eastAsia: 'zh-CN' },
          },
        },
        title: { run: { size: 36, bold: true } },
        heading1: { run: { size: 28, bold: true, color: '000000' } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE },
            margin: { top: PAGE.margin, right: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin },
          },
        },
        children: [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            alignment: AlignmentType.CENTER,
            spacing: { after: 240 },
            text: w.title(a.organisationName),
          }),
          ...facts,
          heading(w.sectionTable),
          indicatorTable(m),
          heading(w.sectionRollup),
          rollupTable(m, a),
          ...totals,
          ...(m.chart.length > 0 ? [heading(w.sectionChart(m.chartDepth)), chartTable(m), legend] : []),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

// ---------------------------------------------------------------- xlsx
type Column<T> = XlsxColumn<T>;

/**
 * The scores as xlsx: one row per scored indicator (the code and name of each level, outcomes,
 * level, score, rationale, evidence count), the roll-up with the total (and the previous
 * assessment's scores and the change when there is one), and the facts of the assessment.
 */
export async function assessmentXlsx(assessment: AssessmentDto, locale: Locale): Promise<Buffer> {
  const m = model(assessment, locale);
  const w = m.words;
  const a = assessment;
  const book = newWorkbook();
  book.title = w.title(a.organisationName);

  const levelColumns = Array.from({ length: m.levels }, (_, k): Column<LeafRow>[] => [
    { header: w.levelCode(k + 1), width: 10, value: (r) => r.path[k]?.code ?? null },
    { header: w.level(k + 1), width: 24, value: (r) => (r.path[k] ? m.text(r.path[k].name) : null), wrap: true },
  ]).flat();
  addTable<LeafRow>(
    book,
    w.sheetScores,
    [
      ...levelColumns,
      { header: w.outcomes, width: 48, value: (r) => r.outcomes.join('\n') || null, wrap: true },
      { header: w.levelNumber, width: 10, value: (r) => r.level },
      { header: w.levelName, width: 12, value: (r) => r.levelName },
      { header: w.scorePct, width: 10, value: (r) => r.score },
      { header: w.rationale, width: 48, value: (r) => r.rationale || null, wrap: true },
      { header: w.evidenceCount, width: 12, value: (r) => r.evidence.length },
    ],
    m.leaves,
  );

  type RollupLine = RollupRow | { total: true };
  const isTotal = (r: RollupLine): r is { total: true } => 'total' in r;
  const withPrevious = a.previous !== null;
  const rollup = addTable<RollupLine>(
    book,
    w.sheetRollup,
    [
      { header: w.code, width: 10, value: (r) => (isTotal(r) ? null : r.indicator.code) },
      { header: w.indicator, width: 36, value: (r) => (isTotal(r) ? w.total : m.text(r.indicator.name)) },
      { header: w.depth, width: 8, value: (r) => (isTotal(r) ? null : r.indicator.depth) },
      { header: w.weight, width: 10, value: (r) => (isTotal(r) ? null : r.indicator.weight) },
      { header: w.scorePct, width: 10, value: (r) => (isTotal(r) ? a.total : r.score) },
      { header: w.scoredLeaves, width: 12, value: (r) => (isTotal(r) ? a.scoredLeaves : r.scoredLeaves) },
      { header: w.totalLeaves, width: 12, value: (r) => (isTotal(r) ? a.totalLeaves : r.totalLeaves) },
      ...(withPrevious
        ? [
            {
              header: w.previous,
              width: 14,
              value: (r: RollupLine) => (isTotal(r) ? (a.previous?.total ?? null) : r.previous),
            },
            {
              header: w.change,
              width: 14,
              value: (r: RollupLine) => (isTotal(r) ? changeOf(a.total, a.previous?.total) : r.change),
            },
          ]
        : []),
    ],
    [...m.rollup, { total: true }],
  );
  rollup.eachRow((row, n) => {
    const line = n === 1 ? undefined : n - 2 < m.rollup.length ? m.rollup[n - 2] : null;
    if (line === null) row.font = { bold: true };
    else if (line) row.getCell(2).alignment = { indent: line.indicator.depth - 1 };
  });

  const overview = book.addWorksheet(w.sheetOverview);
  for (const [label, value] of m.facts) overview.addRow([label, value]).getCell(1).font = { bold: true };
  overview.addRow([w.total, a.total]).getCell(1).font = { bold: true };
  overview.getColumn(1).width = 20;
  overview.getColumn(2).width = 60;

  return Buffer.from(await book.xlsx.writeBuffer());
}
