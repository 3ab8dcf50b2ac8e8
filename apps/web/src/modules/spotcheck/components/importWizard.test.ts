import type { ImportProblemDto, SpotCheckPreviewDto } from '@gongzhi/contracts';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import {
  blockingRows,
  cleanMapping,
  columnLetter,
  commitBlock,
  contentTypeOf,
  duplicateFields,
  firstStep,
  groupProblems,
  mappingIsComplete,
  missingRequired,
  nonConformityRate,
  splitCommitErrors,
  stepAllowed,
  suggestedFacts,
  toggleExcluded,
  toNoticeFacts,
} from './importWizard';

const problem = (row: number | null, message = 'x', column: string | null = 'L'): ImportProblemDto => ({
  field: 'result',
  issue: 'result_unknown',
  message,
  row,
  column,
});

function preview(changes: Partial<SpotCheckPreviewDto> = {}): SpotCheckPreviewDto {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    fileName: 'results.xlsx',
    status: 'draft',
    headerRow: 3,
    headers: ['序号', '企业名称', '产品名称', '检验结果'],
    mapping: { serialNumber: 0, enterpriseName: 1, productName: 2, result: 3 },
    mappingRemembered: false,
    rowCount: 10,
    excludedRows: [],
    cleanRows: 10,
    counts: { qualified: 8, unqualified: 2, matchedByCode: 6, matchedByName: 2, unmatched: 2 },
    problems: [],
    problemsTruncated: false,
    rows: [],
    noticeId: null,
    createdAt: '2026-05-01T00:00:00Z',
    ...changes,
  };
}

describe('contentTypeOf', () => {
  it('sends xlsx and csv with their types, whatever the case of the extension', () => {
    expect(contentTypeOf('抽查结果.xlsx')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(contentTypeOf('RESULTS.CSV')).toBe('text/csv');
    expect(contentTypeOf('old.xls')).toBeNull();
    expect(contentTypeOf('noextension')).toBeNull();
  });
});

describe('columnLetter', () => {
  it('names columns as Excel does', () => {
    expect(columnLetter(0)).toBe('A');
    expect(columnLetter(25)).toBe('Z');
    expect(columnLetter(26)).toBe('AA');
    expect(columnLetter(51)).toBe('AZ');
    expect(columnLetter(52)).toBe('BA');
    expect(columnLetter(701)).toBe('ZZ');
    expect(columnLetter(702)).toBe('AAA');
  });
});

describe('mapping checks', () => {
  it('names the required fields without a column', () => {
    expect(missingRequired({ enterpriseName: 1 })).toEqual(['productName', 'result']);
    expect(missingRequired({ enterpriseName: 0, productName: 1, result: 2 })).toEqual([]);
  });

  it('finds fields sharing a column', () => {
    expect([...duplicateFields({ enterpriseName: 1, productName: 1, result: 2 })].sort()).toEqual([
      'enterpriseName',
      'productName',
    ]);
    expect(duplicateFields({ enterpriseName: 0, productName: 1 }).size).toBe(0);
  });

  it('drops cleared selects and keeps column 0', () => {
    expect(cleanMapping({ serialNumber: 0, enterpriseName: 1, trademark: undefined, batch: null })).toEqual({
      serialNumber: 0,
      enterpriseName: 1,
    });
  });

  it('is complete with every required field on its own column', () => {
    expect(mappingIsComplete({ enterpriseName: 0, productName: 1, result: 2 })).toBe(true);
    expect(mappingIsComplete({ enterpriseName: 0, productName: 0, result: 2 })).toBe(false);
    expect(mappingIsComplete({ enterpriseName: 0, productName: 1 })).toBe(false);
  });
});

describe('problems', () => {
  it('groups problems by row in row order, file-level ones apart', () => {
    const grouped = groupProblems([problem(12, 'a'), problem(null, 'file'), problem(5, 'b'), problem(12, 'c')]);
    expect(grouped.file.map((p) => p.message)).toEqual(['file']);
    expect(grouped.rows.map((r) => [r.row, r.problems.map((p) => p.message)])).toEqual([
      [5, ['b']],
      [12, ['a', 'c']],
    ]);
  });

  it('counts only the rows not excluded as blocking', () => {
    const problems = [problem(5), problem(7), problem(7), problem(null)];
    expect(blockingRows(problems, [])).toEqual([5, 7]);
    expect(blockingRows(problems, [7])).toEqual([5]);
    expect(blockingRows(problems, [5, 7])).toEqual([]);
  });

  it('toggles excluded rows, sorted and without repeats', () => {
    expect(toggleExcluded([9, 3], 5, true)).toEqual([3, 5, 9]);
    expect(toggleExcluded([3, 5], 5, true)).toEqual([3, 5]);
    expect(toggleExcluded([3, 5], 3, false)).toEqual([5]);
    expect(toggleExcluded([], 4, false)).toEqual([]);
  });
});

describe('commitBlock', () => {
  it('allows a clean, mapped draft', () => {
    expect(commitBlock(preview())).toBeNull();
  });

  it('blocks while rows with problems are not excluded, and allows once they are', () => {
    const withProblems = preview({ problems: [problem(5), problem(8)], cleanRows: 8 });
    expect(commitBlock(withProblems)).toBe('row_problems');
    expect(commitBlock({ ...withProblems, excludedRows: [5] })).toBe('row_problems');
    expect(commitBlock({ ...withProblems, excludedRows: [5, 8] })).toBeNull();
  });

  it('blocks on file problems, an incomplete mapping, no rows, or a committed import', () => {
    expect(commitBlock(preview({ problems: [problem(null)] }))).toBe('file_problems');
    expect(commitBlock(preview({ mapping: { enterpriseName: 1 } }))).toBe('mapping');
    expect(commitBlock(preview({ cleanRows: 0 }))).toBe('no_rows');
    expect(commitBlock(preview({ status: 'committed' }))).toBe('committed');
  });
});

describe('steps', () => {
  it('opens the file step always, mapping once read, preview and notice once mapped', () => {
    expect(stepAllowed('file', undefined)).toBe(true);
    expect(stepAllowed('mapping', undefined)).toBe(false);
    const unmapped = preview({ mapping: { enterpriseName: 1 } });
    expect(stepAllowed('mapping', unmapped)).toBe(true);
    expect(stepAllowed('preview', unmapped)).toBe(false);
    expect(stepAllowed('notice', unmapped)).toBe(false);
    expect(stepAllowed('preview', preview())).toBe(true);
    // Problems do not close the notice step: only the commit waits for them.
    expect(stepAllowed('notice', preview({ problems: [problem(5)] }))).toBe(true);
    expect(stepAllowed('mapping', preview({ status: 'committed' }))).toBe(false);
  });

  it('reopens a loaded import at its mapping or its preview', () => {
    expect(firstStep(undefined)).toBe('file');
    expect(firstStep(preview({ mapping: {} }))).toBe('mapping');
    expect(firstStep(preview())).toBe('preview');
    expect(firstStep(preview({ status: 'committed' }))).toBe('file');
  });
});

describe('notice facts', () => {
  it('computes the non-conformity rate like the server (refusals apart)', () => {
    expect(nonConformityRate(40, 3)).toBeCloseTo(0.075);
    expect(nonConformityRate(0, 0)).toBeNull();
    expect(nonConformityRate(undefined, 3)).toBeNull();
    expect(nonConformityRate(10, null)).toBeNull();
  });

  it('suggests batch counts from the clean rows', () => {
    expect(suggestedFacts(preview())).toEqual({
      batchesSampled: 10,
      batchesInspected: 10,
      batchesUnqualified: 2,
      refusals: 0,
    });
  });

  it('builds the commit body, trimming text and leaving out empty optional fields', () => {
    expect(
      toNoticeFacts({
        noticeNo: ' 2026-07 ',
        title: ' 建材产品抽查 ',
        level: 'municipal',
        publishedOn: dayjs('2026-05-20'),
        productCategory: '建材',
        standards: '  ',
        batchesSampled: 42,
        batchesInspected: 40,
        batchesUnqualified: 3,
        refusals: null,
      }),
    ).toEqual({
      noticeNo: '2026-07',
      title: '建材产品抽查',
      level: 'municipal',
      publishedOn: '2026-05-20',
      productCategory: '建材',
      batchesSampled: 42,
      batchesInspected: 40,
      batchesUnqualified: 3,
    });
  });

  it('puts the commit errors about facts next to their fields and lists the rest', () => {
    const split = splitCommitErrors([
      { field: 'notice.batchesUnqualified', issue: 'rate_above_100', message: '不合格批次不能多于检验批次' },
      { field: 'noticeNo', issue: 'notice_conflict', message: '已导入' },
      { field: 'notice.noticeNo', issue: 'notice_conflict', message: '已导入' },
      { field: 'rows.12.result', issue: 'result_unknown', message: '第 12 行' },
      { field: 'mapping.result', issue: 'mapping_missing', message: '未对应' },
    ]);
    expect(split.notice).toEqual({ batchesUnqualified: ['不合格批次不能多于检验批次'], noticeNo: ['已导入'] });
    expect(split.other.map((error) => error.field)).toEqual(['rows.12.result', 'mapping.result']);
  });
});
