import { describe, expect, it } from 'vitest';
import { mergeDays, normaliseDate, parseCalendarLines, tableProblems } from './calendarLines';

describe('normaliseDate', () => {
  it('reads the usual ways of writing a date and refuses days that do not exist', () => {
    expect(normaliseDate('2027-10-01')).toBe('2027-10-01');
    expect(normaliseDate('2027/10/1')).toBe('2027-10-01');
    expect(normaliseDate('2027.1.5')).toBe('2027-01-05');
    expect(normaliseDate('2027年10月1日')).toBe('2027-10-01');
    expect(normaliseDate('2027-02-29')).toBeNull();
    expect(normaliseDate('10/01/2027')).toBeNull();
  });
});

describe('parseCalendarLines', () => {
  it('takes one day per line with its kind and name', () => {
    const { days, errors } = parseCalendarLines(
      '2027-10-01 holiday 国庆节\n2027-09-26\tworkday\t国庆节调休\n\n# comment',
    );
    expect(errors).toEqual([]);
    expect(days).toEqual([
      { day: '2027-10-01', kind: 'holiday', name: '国庆节' },
      { day: '2027-09-26', kind: 'workday', name: '国庆节调休' },
    ]);
  });

  it('expands a range and understands Chinese kinds and commas from a spreadsheet', () => {
    const { days, errors } = parseCalendarLines('2027-10-01~2027-10-07 休 国庆节\n2027-10-09,班,国庆节调休', 2027);
    expect(errors).toEqual([]);
    expect(days).toHaveLength(8);
    expect(days[6]).toEqual({ day: '2027-10-07', kind: 'holiday', name: '国庆节' });
    expect(days[7]).toEqual({ day: '2027-10-09', kind: 'workday', name: '国庆节调休' });
  });

  it('reports each bad line with its number and keeps the good ones', () => {
    const { days, errors } = parseCalendarLines(
      [
        '2027-01-01 holiday 元旦',
        '2027-13-01 holiday 不存在',
        '2027-02-10 vacation 春节',
        '2027-02-11 holiday',
        '2026-12-31 holiday 跨年',
        '2027-01-01 holiday 元旦',
        'nonsense',
        '2027-10-07~2027-10-01 holiday 倒序',
        '2027-10-08 workday 周五不能调休',
      ].join('\n'),
      2027,
    );
    expect(days).toEqual([{ day: '2027-01-01', kind: 'holiday', name: '元旦' }]);
    expect(errors.map((e) => [e.line, e.problem])).toEqual([
      [2, 'date'],
      [3, 'kind'],
      [4, 'name'],
      [5, 'year'],
      [6, 'duplicate'],
      [7, 'format'],
      [8, 'range'],
      [9, 'weekday'],
    ]);
  });
});

describe('mergeDays and tableProblems', () => {
  it('lets a pasted day replace the same day in the table, sorted by day', () => {
    const merged = mergeDays(
      [
        { day: '2027-10-02', kind: 'holiday', name: '国庆' },
        { day: '2027-10-01', kind: 'holiday', name: '国庆' },
      ],
      [{ day: '2027-10-02', kind: 'workday', name: '调休' }],
    );
    expect(merged.map((row) => `${row.day} ${row.kind}`)).toEqual(['2027-10-01 holiday', '2027-10-02 workday']);
  });

  it('finds rows that the server would refuse', () => {
    const problems = tableProblems(
      [
        { day: '2027-10-01', kind: 'holiday', name: '国庆节' },
        { day: '2027-10-01', kind: 'holiday', name: '国庆节' },
        { day: '2028-01-01', kind: 'holiday', name: '元旦' },
        { day: '2027-05-01', kind: 'holiday', name: ' ' },
        { day: '', kind: 'holiday', name: 'x' },
        { day: '2027-09-26', kind: 'workday', name: '国庆节调休' },
        { day: '2027-09-27', kind: 'workday', name: '周一' },
      ],
      2027,
    );
    expect([...problems]).toEqual([
      [1, 'duplicate'],
      [2, 'year'],
      [3, 'name'],
      [4, 'date'],
      [6, 'weekday'],
    ]);
  });
});
