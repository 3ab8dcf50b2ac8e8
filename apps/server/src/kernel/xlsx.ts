import ExcelJS from 'exceljs';

/** One value of a cell in the exports. */
export type XlsxCell = string | number | null;

export interface XlsxColumn<T> {
  header: string;
  width: number;
  value: (row: T) => XlsxCell;
  /** long texts: wrapped, aligned to the top */
  wrap?: boolean;
}

export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Gongzhi 共治';
  return workbook;
}

/** A sheet holding one table: bold header on row 1, frozen, with a filter. */
export function addTable<T>(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: XlsxColumn<T>[],
  rows: T[],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(columns.map((c) => c.header)).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((c) => c.value(row)));
  columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = c.width;
    if (c.wrap) column.alignment = { wrapText: true, vertical: 'top' };
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return sheet;
}

/** A sheet of label/value pairs. */
export function addPairs(workbook: ExcelJS.Workbook, name: string, pairs: [string, XlsxCell][]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name);
  for (const [label, value] of pairs) sheet.addRow([label, value]).getCell(1).font = { bold: true };
  sheet.getColumn(1).width = 24;
  sheet.getColumn(2).width = 48;
  return sheet;
}

export const workbookBuffer = async (workbook: ExcelJS.Workbook) => Buffer.from(await workbook.xlsx.writeBuffer());
