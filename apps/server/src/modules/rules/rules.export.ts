/**
 * The consultation report (征求意见情况报告) as docx: the consultation's facts, the counts by answer,
 * the summary, then each clause's comments with the commenting organisation, the answer and its reason.
 */
import type { CommentAnswer, ConsultationReportDto, Locale } from '@gongzhi/contracts';
import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { safeFilename } from '../../kernel/files.js';
import { shanghaiTime } from '../credit/credit.export.js';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const WORDS = {
  'zh-CN': {
    title: (t: string) => `《${t}》征求意见情况报告`,
    organisation: '组织单位',
    version: '征求意见稿',
    versionText: (n: number) => `第 ${n} 版`,
    audience: '征求范围',
    audiences: { members: '会员单位', public: '社会公众' } as Record<string, string>,
    period: '征求时间',
    counts: (c: ConsultationReportDto['counts'], participants: number) =>
      `共收到 ${participants} 个单位（个人）的意见 ${c.total} 条：采纳 ${c.adopted} 条，部分采纳 ${c.partly_adopted} 条，不采纳 ${c.not_adopted} 条，未答复 ${c.unanswered} 条。`,
    summary: '总体情况',
    noSummary: '（未填写）',
    general: '总体意见',
    header: ['序号', '意见', '提出单位', '处理', '理由'],
    anonymous: '公众',
    answers: { adopted: '采纳', partly_adopted: '部分采纳', not_adopted: '不采纳' } as Record<CommentAnswer, string>,
    unanswered: '未答复',
    none: '未收到意见。',
  },
  'en-US': {
    title: (t: string) => `Consultation report: ${t}`,
    organisation: 'Organised by',
    version: 'Consulted draft',
    versionText: (n: number) => `version ${n}`,
    audience: 'Audience',
    audiences: { members: 'Members', public: 'The public' } as Record<string, string>,
    period: 'Period',
    counts: (c: ConsultationReportDto['counts'], participants: number) =>
      `${c.total} comments from ${participants} organisations or persons: ${c.adopted} adopted, ${c.partly_adopted} partly adopted, ${c.not_adopted} not adopted, ${c.unanswered} not answered.`,
    summary: 'Summary',
    noSummary: '(none)',
    general: 'General comments',
    header: ['No.', 'Comment', 'From', 'Answer', 'Reason'],
    anonymous: 'A member of the public',
    answers: { adopted: 'Adopted', partly_adopted: 'Partly adopted', not_adopted: 'Not adopted' } as Record<
      CommentAnswer,
      string
    >,
    unanswered: 'Not answered',
    none: 'No comments were received.',
  },
} as const;

/** A4 portrait, 2 cm margins, in twips. */
const CONTENT_WIDTH = 11906 - 2 * 1134;
const WIDTHS = [0.07, 0.38, 0.18, 0.12, 0.25].map((f) => Math.round(f * CONTENT_WIDTH));

function cell(text: string, width: number, header = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: header ? { fill: 'D9D9D9', type: ShadingType.CLEAR, color: 'auto' } : undefined,
    children: text
      .split(/\r?\n/)
      .map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: header, size: 18 })] })),
  });
}

export function reportFileName(r: ConsultationReportDto, locale: Locale): string {
  const name =
    locale === 'zh-CN' ? `${r.consultation.title}-征求意见情况报告` : `${r.consultation.title}-consultation-report`;
  return `${safeFilename(name)}.docx`;
}

export async function consultationReportDocx(r: ConsultationReportDto, locale: Locale): Promise<Buffer> {
  const w = WORDS[locale];
  const c = r.consultation;
  const fact = (label: string, value: string) =>
    new Paragraph({
      spacing: { after: 60 },
      children: [new TextRun({ text: `${label}${locale === 'zh-CN' ? '：' : ': '}`, bold: true }), new TextRun(value)],
    });
  const period = `${shanghaiTime(c.opensAt) ?? ''} — ${shanghaiTime(c.deadline) ?? ''}`;
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(w.title(c.documentTitle))] }),
    fact(w.organisation, c.organisationName),
    fact(w.version, `${c.title}（${w.versionText(c.versionNumber)}）`),
    fact(w.audience, w.audiences[c.audience] ?? c.audience),
    fact(w.period, period),
    new Paragraph({
      spacing: { before: 120, after: 120 },
      children: [new TextRun(w.counts(r.counts, r.participants))],
    }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(w.summary)] }),
    ...(r.summary || w.noSummary).split(/\r?\n/).map((line) => new Paragraph({ children: [new TextRun(line)] })),
  ];
  if (r.clauses.length === 0) children.push(new Paragraph({ children: [new TextRun(w.none)] }));
  let n = 0;
  for (const group of r.clauses) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        children: [new TextRun(group.clauseKey === null ? w.general : group.heading || group.clauseKey)],
      }),
    );
    children.push(
      new Table({
        layout: TableLayoutType.FIXED,
        width: { size: CONTENT_WIDTH, type: WidthType.DXA },
        columnWidths: WIDTHS,
        rows: [
          new TableRow({ tableHeader: true, children: w.header.map((h, i) => cell(h, WIDTHS[i] as number, true)) }),
          ...group.comments.map((comment) => {
            n += 1;
            const values = [
              String(n),
              comment.body,
              comment.authorOrganisation ?? w.anonymous,
              comment.answer ? w.answers[comment.answer] : w.unanswered,
              comment.answerReason,
            ];
            return new TableRow({ children: values.map((v, i) => cell(v, WIDTHS[i] as number)) });
          }),
        ],
      }),
    );
  }
  const document = new Document({
    creator: 'Gongzhi 共治',
    title: w.title(c.documentTitle),
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
        heading1: { run: { size: 26, bold: true, color: '000000' } },
      },
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
