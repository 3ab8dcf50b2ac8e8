import { makeUscc } from '@gongzhi/contracts';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { encodeGb18030, type NoticeRow, noticeCsv, noticeRows, noticeXlsx } from '../../../test/spotcheck-files.js';
import { AppError } from '../../kernel/app-error.js';
import {
  layoutSignature,
  mappingProblems,
  readSpotCheckFile,
  type Sheet,
  suggestMapping,
  validateRows,
} from './spotcheck.parse.js';

const CODE_A = makeUscc('91', '440604', '12345678');
const CODE_B = makeUscc('91', '440606', '23456789');

function row(overrides: Partial<NoticeRow> = {}): NoticeRow {
  return {
    enterpriseName: '佛山市禅城区示例陶瓷有限公司',
    creditCode: CODE_A,
    district: '佛山市禅城区',
    productName: '陶瓷砖',
    trademark: '示例',
    modelSpec: '800mm×800mm',
    productionDate: '2026-03-05',
    batch: 'A123',
    checkCategory: '生产领域',
    inspectionBody: '广东省佛山市质量计量监督检测中心',
    result: '合格',
    failingItems: '/',
    ...overrides,
  };
}

async function refusal(promise: Promise<unknown>): Promise<{ code: string; fields: unknown[] }> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  const { code, fields } = error as AppError;
  return { code, fields };
}

async function check(file: Buffer, excluded?: ReadonlySet<number>) {
  const sheet = await readSpotCheckFile(file, 'notice.xlsx');
  return { sheet, ...validateRows(sheet, suggestMapping(sheet.headers), excluded) };
}

async function workbookBuffer(build: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet('Sheet1'), workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const HEADERS = [
  '序号',
  '企业名称',
  '统一社会信用代码',
  '产品名称',
  '规格型号',
  '生产日期',
  '批号',
  '检验结果',
  '不合格项目',
];

describe('reading xlsx notices', () => {
  it('finds the header under merged title rows and skips blank trailing rows and the footnote', async () => {
    const file = await noticeXlsx(
      [row(), row({ enterpriseName: '佛山市南海区示例铝业有限公司', creditCode: CODE_B })],
      {
        subtitle: '发布日期：2026年4月1日',
        footnote: '注：以上抽查结果仅对所抽样品负责。',
        trailingBlankRows: 4,
      },
    );
    const sheet = await readSpotCheckFile(file, 'whatever.pdf');
    expect(sheet.headerRow).toBe(3);
    expect(sheet.headers).toEqual([
      '序号',
      '标称生产企业名称',
      '统一社会信用代码',
      '所在地',
      '产品名称',
      '商标',
      '规格型号',
      '生产日期',
      '批号',
      '抽查类别',
      '检验机构',
      '检验结果',
      '主要不合格项目',
    ]);
    expect(sheet.rows.map((r) => r.rowNumber)).toEqual([4, 5]);
    expect(sheet.rows[0]?.cells.slice(0, 3)).toEqual([1, '佛山市禅城区示例陶瓷有限公司', CODE_A]);

    const { rows, problems } = validateRows(sheet, suggestMapping(sheet.headers));
    expect(problems).toEqual([]);
    expect(rows[0]).toEqual({
      rowNumber: 4,
      serialNumber: '1',
      enterpriseName: '佛山市禅城区示例陶瓷有限公司',
      creditCode: CODE_A,
      district: '佛山市禅城区',
      productName: '陶瓷砖',
      trademark: '示例',
      modelSpec: '800mm×800mm',
      batch: 'A123',
      productionDate: '2026-03-05',
      checkCategory: '生产领域',
      inspectionBody: '广东省佛山市质量计量监督检测中心',
      result: 'qualified',
      failingItems: [],
    });
  });

  it('reads production dates written as text in each format, as Excel serials and as date cells', async () => {
    const dates: (string | number | Date)[] = [
      '2026-03-05',
      '2026/3/5',
      '2026.03.05',
      '2026年3月5日',
      '20260305',
      '２０２６－０３－０５',
      '2026/3/5 0:00:00',
      45356,
      new Date(Date.UTC(2026, 2, 5)),
      45356.75,
    ];
    const file = await noticeXlsx(dates.map((productionDate, i) => row({ productionDate, batch: `B${i}` })));
    const { sheet, rows, problems } = await check(file);
    expect(problems).toEqual([]);
    expect(sheet.rows[8]?.cells[7]).toEqual(new Date(Date.UTC(2026, 2, 5)));
    expect(sheet.rows[7]?.cells[7]).toBe(45356);
    expect(rows.map((r) => r.productionDate)).toEqual([
      '2026-03-05',
      '2026-03-05',
      '2026-03-05',
      '2026-03-05',
      '2026-03-05',
      '2026-03-05',
      '2026-03-05',
      '2024-03-05',
      '2026-03-05',
      '2024-03-05',
    ]);
  });

  it('reads a date cell formatted as 2026年3月5日 and a missing date as null', async () => {
    const file = await workbookBuffer((sheet) => {
      sheet.addRow(HEADERS);
      sheet.addRow([1, '甲公司', '', '陶瓷砖', '', new Date(Date.UTC(2025, 11, 31)), 'A1', '合格', '']);
      sheet.getCell('F2').numFmt = 'yyyy"年"m"月"d"日"';
      sheet.addRow([2, '乙公司', '/', '陶瓷砖', '/', '/', '/', '合格', '—']);
      sheet.addRow([3, '丙公司', null, '陶瓷砖', null, null, null, '合格', null]);
    });
    const { rows, problems } = await check(file);
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.productionDate, r.creditCode, r.batch, r.modelSpec, r.failingItems])).toEqual([
      ['2025-12-31', null, 'A1', '', []],
      [null, null, '', '', []],
      [null, null, '', '', []],
    ]);
  });

  it('splits a combined 生产日期/批号 column into the date and the batch', async () => {
    const cells: NoticeRow[] = [
      row({ productionDate: '2026-03-05', batch: 'A123' }), // written as 2026-03-05/A123
      row({ productionDate: '2026-03-05 A124', batch: '' }),
      row({ productionDate: '2026年3月5日 批号：A125', batch: '' }),
      row({ productionDate: '', batch: 'A126' }),
      row({ productionDate: '', batch: '20260305001' }),
      row({ productionDate: new Date(Date.UTC(2026, 2, 6)), batch: '' }),
      row({ productionDate: '20260307', batch: '' }),
      row({ productionDate: '', batch: '/' }),
    ];
    const file = await noticeXlsx(cells, { combinedDateColumn: true });
    const { sheet, rows, problems } = await check(file);
    const mapping = suggestMapping(sheet.headers);
    expect(mapping.productionDate).toBe(7);
    expect(mapping.batch).toBe(7);
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.productionDate, r.batch])).toEqual([
      ['2026-03-05', 'A123'],
      ['2026-03-05', 'A124'],
      ['2026-03-05', 'A125'],
      [null, 'A126'],
      [null, '20260305001'],
      ['2026-03-06', ''],
      ['2026-03-07', ''],
      [null, ''],
    ]);
  });

  it('refuses an impossible date in the combined column with its row and column', async () => {
    const file = await noticeXlsx([row(), row({ productionDate: '2026-02-30', batch: 'A9' })], {
      combinedDateColumn: true,
    });
    const { rows, problems } = await check(file);
    expect(rows).toHaveLength(1);
    expect(problems).toEqual([
      {
        field: 'rows.4.productionDate',
        issue: 'date_invalid',
        params: { row: 4, column: '生产日期/批号', value: '2026-02-30/A9' },
      },
    ]);
  });

  it('joins rich text, takes formula results and gives a vertically merged name to each of its rows', async () => {
    const file = await workbookBuffer((sheet) => {
      sheet.addRow(['2026年佛山市燃气具产品质量监督抽查结果']);
      sheet.mergeCells('A1:I1');
      sheet.addRow(HEADERS);
      sheet.addRow([1, '佛山市顺德区示例电器有限公司', CODE_B, '燃气灶具', 'JZT-2B', '2026-01-10', 'G1', '合格', '/']);
      sheet.addRow([2, null, null, '燃气热水器', 'JSQ20', '2026-01-11', 'G2', '不合格', '热负荷准确度']);
      sheet.mergeCells('B3:B4');
      sheet.mergeCells('C3:C4');
      sheet.addRow([3, null, null, null, null, null, null, null, null]);
      sheet.getCell('B5').value = {
        richText: [{ text: '佛山市顺德区' }, { font: { bold: true }, text: '另一电器有限公司' }],
      };
      sheet.getCell('D5').value = { formula: '"燃气"&"灶具"', result: '燃气灶具' };
      sheet.getCell('E5').value = 'JZ-1';
      sheet.getCell('H5').value = { formula: 'IF(1=1,"合格","不合格")', result: '合格' };
      sheet.getCell('F5').value = { formula: 'DATE(2026,1,12)', result: 46034 };
    });
    const { sheet, rows, problems } = await check(file);
    expect(sheet.headerRow).toBe(2);
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.rowNumber, r.enterpriseName, r.creditCode, r.productName, r.productionDate])).toEqual([
      [3, '佛山市顺德区示例电器有限公司', CODE_B, '燃气灶具', '2026-01-10'],
      [4, '佛山市顺德区示例电器有限公司', CODE_B, '燃气热水器', '2026-01-11'],
      [5, '佛山市顺德区另一电器有限公司', null, '燃气灶具', '2026-01-12'],
    ]);
    expect(rows[1]?.result).toBe('unqualified');
    expect(rows[1]?.failingItems).toEqual(['热负荷准确度']);
  });

  it('reads the first worksheet only', async () => {
    const file = await workbookBuffer((first, workbook) => {
      first.addRow(HEADERS);
      first.addRow([1, '甲公司', '', '陶瓷砖', '', '', '', '合格', '']);
      const other = workbook.addWorksheet('说明');
      other.addRow(HEADERS);
      other.addRow([1, '乙公司', '', '卫浴', '', '', '', '合格', '']);
      other.addRow([2, '丙公司', '', '卫浴', '', '', '', '合格', '']);
    });
    const { rows } = await check(file);
    expect(rows.map((r) => r.enterpriseName)).toEqual(['甲公司']);
  });
});

describe('reading csv notices', () => {
  const headerBytes = Buffer.from([0xc6, 0xf3, 0xd2, 0xb5, 0xc3, 0xfb, 0xb3, 0xc6]); // 企业名称 in GB18030

  it('reads a GB18030 csv', async () => {
    expect(encodeGb18030('企业名称')).toEqual(headerBytes);
    const file = noticeCsv([row(), row({ enterpriseName: '佛山市高明区示例建材有限公司', creditCode: CODE_B })], {
      encoding: 'gb18030',
      title: '2026年佛山市建材产品质量监督抽查结果',
    });
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(file)).toThrow();
    const { sheet, rows, problems } = await check(file);
    expect(problems).toEqual([]);
    expect(sheet.headerRow).toBe(2);
    expect(sheet.headers[1]).toBe('标称生产企业名称');
    expect(rows.map((r) => [r.rowNumber, r.enterpriseName, r.productionDate])).toEqual([
      [3, '佛山市禅城区示例陶瓷有限公司', '2026-03-05'],
      [4, '佛山市高明区示例建材有限公司', '2026-03-05'],
    ]);
  });

  it('reads a hand-encoded GB18030 csv', async () => {
    // 企业名称,产品名称,检验结果 / 甲公司,陶瓷砖,合格 — bytes as a GBK editor saves them
    const gb = (hex: string) => Buffer.from(hex.replaceAll(' ', ''), 'hex');
    const file = Buffer.concat([
      headerBytes,
      Buffer.from(','),
      gb('B2FA C6B7 C3FB B3C6'),
      Buffer.from(','),
      gb('BCEC D1E9 BDE1 B9FB'),
      Buffer.from('\r\n'),
      gb('BCD7 B9AB CBBE'),
      Buffer.from(','),
      gb('CCD5 B4C9 D7A9'),
      Buffer.from(','),
      gb('BACF B8F1'),
      Buffer.from('\r\n'),
    ]);
    const { sheet, rows, problems } = await check(file);
    expect(sheet.headers).toEqual(['企业名称', '产品名称', '检验结果']);
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.enterpriseName, r.productName, r.result])).toEqual([['甲公司', '陶瓷砖', 'qualified']]);
  });

  it('reads a UTF-8 csv with a BOM, quoted commas and line breaks, counting rows as Excel does', async () => {
    const file = noticeCsv(
      [row({ enterpriseName: '佛山市"示例",陶瓷有限公司', failingItems: '吸水率\n破坏强度' }), row({ batch: 'A2' })],
      { bom: true },
    );
    expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const { sheet, rows, problems } = await check(file);
    expect(sheet.headers[0]).toBe('序号');
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.rowNumber, r.enterpriseName, r.failingItems])).toEqual([
      [2, '佛山市"示例",陶瓷有限公司', ['吸水率', '破坏强度']],
      [3, '佛山市禅城区示例陶瓷有限公司', []],
    ]);
  });

  it('reads tab-separated UTF-16 text, as Excel saves “Unicode text”', async () => {
    const text = '\ufeff企业名称\t产品名称\t检验结果\t不合格项目\r\n甲公司\t陶瓷砖\t不合格\t吸水率、破坏强度\r\n';
    const { rows, problems } = await check(Buffer.from(text, 'utf16le'));
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.rowNumber, r.enterpriseName, r.result, r.failingItems])).toEqual([
      [2, '甲公司', 'unqualified', ['吸水率', '破坏强度']],
    ]);
  });
});

describe('files that are not result tables', () => {
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  );
  const xls = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)]);
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
  let seed = 7;
  const random = Buffer.from(
    Array.from({ length: 4096 }, () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return (seed % 255) + 1; // no NUL byte: the text check must still say no
    }),
  );

  it.each([
    ['a PDF', pdf, 'pdf'],
    ['a PNG', png, 'png'],
    ['an old xls', xls, 'xls (Excel 97-2003)'],
    ['an empty file', Buffer.alloc(0), 'empty'],
    ['random bytes', random, 'unknown'],
  ])('refuses %s with file_type', async (_name, content, detected) => {
    expect(await refusal(readSpotCheckFile(content, 'notice.xlsx'))).toEqual({
      code: 'validation_failed',
      fields: [{ field: 'file', issue: 'file_type', params: { detected } }],
    });
  });

  it('refuses a damaged xlsx with file_type', async () => {
    const file = await noticeXlsx([row()]);
    for (const end of [file.length - 30, Math.floor(file.length / 2)]) {
      const { fields } = await refusal(readSpotCheckFile(file.subarray(0, end), 'notice.xlsx'));
      expect(fields).toEqual([{ field: 'file', issue: 'file_type', params: { detected: 'xlsx (damaged)' } }]);
    }
  });

  it('refuses a header-only file, also one with only a footnote and blank rows, with file_empty', async () => {
    const empty = { code: 'validation_failed', fields: [{ field: 'file', issue: 'file_empty' }] };
    expect(await refusal(readSpotCheckFile(await noticeXlsx([]), 'a.xlsx'))).toEqual(empty);
    const footnoteOnly = await noticeXlsx([], { footnote: '注：本次未发现不合格产品。', trailingBlankRows: 3 });
    expect(await refusal(readSpotCheckFile(footnoteOnly, 'a.xlsx'))).toEqual(empty);
    expect(await refusal(readSpotCheckFile(noticeCsv([]), 'a.csv'))).toEqual(empty);
  });

  it('refuses unknown headers with header_not_found', async () => {
    const notFound = { code: 'validation_failed', fields: [{ field: 'file', issue: 'header_not_found' }] };
    const file = await noticeXlsx([row()], {
      headers: { enterpriseName: '甲', productName: '乙', result: '丙', serialNumber: '丁', creditCode: '戊' },
      columns: ['serialNumber', 'enterpriseName', 'creditCode', 'productName', 'result'],
    });
    expect(await refusal(readSpotCheckFile(file, 'a.xlsx'))).toEqual(notFound);
    expect(await refusal(readSpotCheckFile(Buffer.from('hello, world\r\n1,2\r\n'), 'a.csv'))).toEqual(notFound);
    // Known headers, but none naming the enterprise or the product.
    const noNames = noticeCsv([row()], { columns: ['serialNumber', 'creditCode', 'result', 'batch'] });
    expect(await refusal(readSpotCheckFile(noNames, 'a.csv'))).toEqual(notFound);
  });
});

describe('checking rows', () => {
  // Title, subtitle, header: the first data row is row 4.
  const titled = { subtitle: '发布日期：2026年4月1日' };

  it('reports each problem with its row, column and cell text, and keeps the row out', async () => {
    const badCode = `${CODE_A.slice(0, 17)}${CODE_A.endsWith('0') ? '1' : '0'}`;
    const file = await noticeXlsx(
      [
        row(), // 4
        row({ enterpriseName: '   ', batch: 'A2' }), // 5
        row({ creditCode: badCode, batch: 'A3' }), // 6
        row({ creditCode: '9144060', batch: 'A4' }), // 7
        row({ productionDate: '2026-13-01', batch: 'A5' }), // 8
        row({ productionDate: '1989-12-31', batch: 'A6' }), // 9
        row({ productionDate: '2099-01-01', batch: 'A7' }), // 10
        row({ productionDate: '上月', batch: 'A8' }), // 11
        row({ productionDate: 1234, batch: 'A9' }), // 12
        row({ result: '基本合格', batch: 'A10' }), // 13
        row({ result: '', productName: '', batch: 'A11' }), // 14
        row({ result: '合 格', batch: 'A12' }), // 15
        row({ result: 'FAIL', batch: 'A13', failingItems: '吸水率；破坏强度、标志,抗冻性，尺寸偏差;色差' }), // 16
        row({ result: ' Qualified ', batch: 'A14' }), // 17
        row({ result: 'pass', batch: 'A15', creditCode: CODE_A.toLowerCase() }), // 18
        row({ result: 'unqualified', batch: 'A16', productionDate: '2024-02-29' }), // 19
      ],
      titled,
    );
    const { rows, problems } = await check(file);
    expect(problems).toEqual([
      {
        field: 'rows.5.enterpriseName',
        issue: 'required',
        params: { row: 5, column: '标称生产企业名称', value: '' },
      },
      {
        field: 'rows.6.creditCode',
        issue: 'uscc_check_character',
        params: { row: 6, column: '统一社会信用代码', value: badCode, expected: CODE_A.slice(17) },
      },
      {
        field: 'rows.7.creditCode',
        issue: 'uscc_length',
        params: { row: 7, column: '统一社会信用代码', value: '9144060', length: 7 },
      },
      ...[
        [8, '2026-13-01'],
        [9, '1989-12-31'],
        [10, '2099-01-01'],
        [11, '上月'],
        [12, '1234'],
      ].map(([r, value]) => ({
        field: `rows.${r}.productionDate`,
        issue: 'date_invalid',
        params: { row: r, column: '生产日期', value },
      })),
      {
        field: 'rows.13.result',
        issue: 'result_unknown',
        params: { row: 13, column: '检验结果', value: '基本合格' },
      },
      { field: 'rows.14.productName', issue: 'required', params: { row: 14, column: '产品名称', value: '' } },
      { field: 'rows.14.result', issue: 'required', params: { row: 14, column: '检验结果', value: '' } },
    ]);
    expect(rows.map((r) => [r.rowNumber, r.result])).toEqual([
      [4, 'qualified'],
      [15, 'qualified'],
      [16, 'unqualified'],
      [17, 'qualified'],
      [18, 'qualified'],
      [19, 'unqualified'],
    ]);
    expect(rows[2]?.failingItems).toEqual(['吸水率', '破坏强度', '标志', '抗冻性', '尺寸偏差', '色差']);
    expect(rows[4]?.creditCode).toBe(CODE_A);
    expect(rows[5]?.productionDate).toBe('2024-02-29');
  });

  it('cuts a long cell text to 40 characters in the problem', async () => {
    const long = '不'.repeat(30) + '合格'.repeat(10);
    const { problems } = await check(noticeCsv([row({ result: long })]));
    expect(problems[0]?.params?.value).toBe(long.slice(0, 40));
  });

  it('reports a repeated row with the row it repeats, by credit code or else by name', async () => {
    const file = await noticeXlsx(
      [
        row(), // 4
        row({ enterpriseName: '别名', batch: 'A123' }), // 5: same code, product, model, batch, date
        row({ batch: 'A124' }), // 6
        row({ creditCode: '', enterpriseName: '无代码企业' }), // 7
        row({ creditCode: '/', enterpriseName: '无代码企业 ' }), // 8
        row({ creditCode: '', enterpriseName: '无代码企业', productionDate: '2026-03-06' }), // 9
      ],
      titled,
    );
    const { rows, problems } = await check(file);
    expect(problems).toEqual([
      { field: 'rows.5', issue: 'duplicate_row', params: { row: 5, first: 4 } },
      { field: 'rows.8', issue: 'duplicate_row', params: { row: 8, first: 7 } },
    ]);
    expect(rows.map((r) => r.rowNumber)).toEqual([4, 6, 7, 9]);
  });

  it('leaves excluded rows out of the rows, the problems and the duplicate check', async () => {
    const file = await noticeXlsx([row(), row(), row({ result: '?', batch: 'A2' }), row({ batch: 'A3' })], titled);
    const { sheet, problems } = await check(file);
    expect(problems.map((p) => p.field)).toEqual(['rows.5', 'rows.6.result']);
    const mapping = suggestMapping(sheet.headers);
    const kept = validateRows(sheet, mapping, new Set([4, 6]));
    expect(kept.problems).toEqual([]);
    expect(kept.rows.map((r) => r.rowNumber)).toEqual([5, 7]);
  });
});

describe('header layouts', () => {
  const fosan = [
    '序号',
    '标称生产企业名称',
    '统一社会信用代码',
    '所在地',
    '产品名称',
    '商标',
    '规格型号',
    '生产日期',
    '批号',
    '抽查类别',
    '检验机构',
    '检验结果',
    '主要不合格项目',
  ];

  it('gives the same signature to the same layout however it is spaced, and another to another', () => {
    const spaced = fosan.map((h, i) => (i === 1 ? ' 标称生产\n企业名称：' : i === 4 ? '产品　名称*' : ` ${h} `));
    expect(layoutSignature(spaced)).toBe(layoutSignature(fosan));
    expect(layoutSignature(fosan)).toMatch(/^[0-9a-f]{64}$/);
    expect(layoutSignature(fosan.slice(0, -1))).not.toBe(layoutSignature(fosan));
    expect(layoutSignature([...fosan].reverse())).not.toBe(layoutSignature(fosan));
  });

  it('suggests a mapping for a municipal layout with separate date and batch columns', () => {
    expect(suggestMapping(fosan)).toEqual({
      serialNumber: 0,
      enterpriseName: 1,
      creditCode: 2,
      district: 3,
      productName: 4,
      trademark: 5,
      modelSpec: 6,
      productionDate: 7,
      batch: 8,
      checkCategory: 9,
      inspectionBody: 10,
      result: 11,
      failingItems: 12,
    });
  });

  it('suggests a mapping for a provincial layout: producer over sampled unit, combined date/batch column', () => {
    const provincial = [
      '序号',
      '受检单位',
      '标称生产企业',
      '标称生产企业地址',
      '产品\n名称',
      '商标/品牌',
      '规格\n型号',
      '生产日期（批号）',
      '抽样环节',
      '承检机构',
      '抽查结果',
      '不合格项目',
      '备注',
    ];
    expect(suggestMapping(provincial)).toEqual({
      serialNumber: 0,
      enterpriseName: 2,
      productName: 4,
      trademark: 5,
      modelSpec: 6,
      productionDate: 7,
      batch: 7,
      checkCategory: 8,
      inspectionBody: 9,
      result: 10,
      failingItems: 11,
    });
    expect(mappingProblems(provincial, suggestMapping(provincial))).toEqual([]);
  });

  it('names what is wrong with a mapping', () => {
    expect(mappingProblems(fosan, { productName: 4 })).toEqual([
      { field: 'mapping.enterpriseName', issue: 'mapping_missing', params: { column: '企业名称' } },
      { field: 'mapping.result', issue: 'mapping_missing', params: { column: '检验结果' } },
    ]);
    expect(mappingProblems(fosan, { enterpriseName: 1, productName: 4, result: 20 })).toEqual([
      { field: 'mapping.result', issue: 'mapping_column', params: { column: 21 } },
    ]);
    expect(mappingProblems(fosan, { enterpriseName: 1, productName: 1, result: 11 })).toEqual([
      { field: 'mapping.productName', issue: 'mapping_duplicate', params: { column: 2 } },
    ]);
    expect(
      mappingProblems(fosan, { enterpriseName: 1, productName: 4, result: 11, productionDate: 7, batch: 7 }),
    ).toEqual([]);
    expect(
      mappingProblems(fosan, {
        enterpriseName: 1,
        productName: 4,
        result: 11,
        productionDate: 7,
        batch: 7,
        modelSpec: 7,
      }),
    ).toContainEqual({ field: 'mapping.batch', issue: 'mapping_duplicate', params: { column: 8 } });
  });

  it('returns the mapping problems, and no rows, when asked to check rows with a bad mapping', async () => {
    const sheet: Sheet = await readSpotCheckFile(await noticeXlsx([row()]), 'a.xlsx');
    expect(validateRows(sheet, { enterpriseName: 1, productName: 4 })).toEqual({
      rows: [],
      problems: [{ field: 'mapping.result', issue: 'mapping_missing', params: { column: '检验结果' } }],
    });
  });

  it('reads the builder’s generated rows without a problem', async () => {
    const { rows, problems } = await check(noticeCsv(noticeRows(50)));
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(50);
    expect(rows.filter((r) => r.result === 'unqualified')).toHaveLength(7);
  });
});
