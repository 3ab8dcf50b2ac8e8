import type { PublicCreditPageDto } from '@gongzhi/contracts';
import { describe, expect, it } from 'vitest';
import {
  asSentence,
  creditCodeFromParam,
  creditPagePath,
  dayOf,
  gradeFilterOptions,
  gradeTone,
  isCreditPageEmpty,
  parseCommitmentKind,
  parseMeasureList,
  pickGradeLabel,
  searchText,
  showsSeverity,
  toCommitmentListQuery,
  toCreditListQuery,
  toMeasureListQuery,
} from './creditPortal';

const ASSOCIATION = '0b5e7a52-6c8d-4f1e-9a3b-2c4d5e6f7a8b';

describe('toCreditListQuery', () => {
  it('keeps only what the server accepts, and drops empty filters', () => {
    expect(toCreditListQuery({}, 1, 20)).toEqual({ page: 1, pageSize: 20 });
    expect(toCreditListQuery({ q: '  顺安 ', grade: ' A ', association: ASSOCIATION }, 3, 20)).toEqual({
      q: '顺安',
      grade: 'A',
      associationId: ASSOCIATION,
      page: 3,
      pageSize: 20,
    });
    expect(toCreditListQuery({ q: '   ', grade: '', association: '' }, 1, 20)).toEqual({ page: 1, pageSize: 20 });
  });

  it('ignores a hand-edited address instead of sending a query the server refuses', () => {
    expect(toCreditListQuery({ association: 'not-a-uuid', grade: 'TOOLONGCODE' }, 0, 1000)).toEqual({
      page: 1,
      pageSize: 100,
    });
    expect(toCreditListQuery({ association: ASSOCIATION.toUpperCase() }, -2, Number.NaN)).toEqual({
      associationId: ASSOCIATION,
      page: 1,
      pageSize: 20,
    });
    expect(toCreditListQuery({ q: 'x'.repeat(80) }, 1, 20).q).toHaveLength(50);
  });
});

describe('searchText', () => {
  it('trims, caps at the portal search length, and turns blank into nothing', () => {
    expect(searchText(' 91440606MA4W000001 ')).toBe('91440606MA4W000001');
    expect(searchText('')).toBeUndefined();
    expect(searchText(undefined)).toBeUndefined();
    expect(searchText(`${'a'.repeat(49)} b`)).toBe('a'.repeat(49));
  });
});

describe('gradeFilterOptions', () => {
  it("offers the default model's grades and keeps another code named in the address", () => {
    expect(gradeFilterOptions(undefined)).toEqual(['A', 'B', 'C', 'D']);
    expect(gradeFilterOptions('B')).toEqual(['A', 'B', 'C', 'D']);
    expect(gradeFilterOptions('AAA')).toEqual(['A', 'B', 'C', 'D', 'AAA']);
    expect(gradeFilterOptions('TOOLONGCODE')).toEqual(['A', 'B', 'C', 'D']);
  });
});

describe('the red/black list and commitment queries', () => {
  it('defaults to the red list and drops an unknown list', () => {
    expect(parseMeasureList(undefined)).toBe('red');
    expect(parseMeasureList('black')).toBe('black');
    expect(parseMeasureList('grey')).toBe('red');
    expect(toMeasureListQuery({ list: 'black', q: ' 建材 ' }, 2, 20)).toEqual({
      list: 'black',
      q: '建材',
      page: 2,
      pageSize: 20,
    });
    expect(toMeasureListQuery({}, 1, 20)).toEqual({ list: 'red', page: 1, pageSize: 20 });
  });

  it('filters commitments by a known kind only', () => {
    expect(parseCommitmentKind('offline_no_reason_return')).toBe('offline_no_reason_return');
    expect(parseCommitmentKind('promise')).toBeUndefined();
    expect(toCommitmentListQuery({ kind: 'assured_consumption', q: '' }, 1, 20)).toEqual({
      kind: 'assured_consumption',
      page: 1,
      pageSize: 20,
    });
    expect(toCommitmentListQuery({ kind: 'promise', q: '顺安' }, 1, 20)).toEqual({ q: '顺安', page: 1, pageSize: 20 });
  });
});

describe('credit codes in addresses', () => {
  it('reads the stored form and refuses what cannot be a code', () => {
    expect(creditCodeFromParam('91440606ma4w000001')).toBe('91440606MA4W000001');
    expect(creditCodeFromParam(' 9144 0606 MA4W 000001 ')).toBe('91440606MA4W000001');
    expect(creditCodeFromParam(undefined)).toBeNull();
    expect(creditCodeFromParam('')).toBeNull();
    expect(creditCodeFromParam('../admin')).toBeNull();
    expect(creditCodeFromParam('9'.repeat(31))).toBeNull();
  });

  it('builds the page address', () => {
    expect(creditPagePath('91440606MA4W000001')).toBe('/credit/91440606MA4W000001');
    expect(creditPagePath('a/b')).toBe('/credit/a%2Fb');
  });
});

describe('pickGradeLabel', () => {
  const label = { 'zh-CN': 'A 级（诚信）', 'en-US': 'A (trustworthy)' };
  it('picks the UI language, then the other one, then the code', () => {
    expect(pickGradeLabel(label, 'zh-CN', 'A')).toBe('A 级（诚信）');
    expect(pickGradeLabel(label, 'en-US', 'A')).toBe('A (trustworthy)');
    expect(pickGradeLabel({ 'zh-CN': '优', 'en-US': ' ' }, 'en-US', 'A')).toBe('优');
    expect(pickGradeLabel({}, 'zh-CN', 'B')).toBe('B');
    expect(pickGradeLabel(null, 'en-US', 'C')).toBe('C');
  });
});

describe('tones', () => {
  it('colours grades by their letter and anything else neutrally', () => {
    expect(gradeTone('A')).toBe('best');
    expect(gradeTone('AAA')).toBe('best');
    expect(gradeTone('b')).toBe('good');
    expect(gradeTone('C')).toBe('watch');
    expect(gradeTone('D')).toBe('risk');
    expect(gradeTone('优')).toBe('neutral');
    expect(gradeTone('')).toBe('neutral');
  });

  it('shows severity for negative records only', () => {
    expect(showsSeverity('negative')).toBe(true);
    expect(showsSeverity('positive')).toBe(false);
    expect(showsSeverity('neutral')).toBe(false);
  });
});

describe('isCreditPageEmpty', () => {
  const page: PublicCreditPageDto = {
    enterprise: {
      name: '佛山市顺德区顺安建材有限公司',
      creditCode: '91440606MA4W000001',
      regionName: null,
      industryName: null,
    },
    grades: [],
    records: [],
    warnings: [],
    measures: [],
    commitments: [],
  };
  it('is empty only when nothing at all is published', () => {
    expect(isCreditPageEmpty(page)).toBe(true);
    expect(
      isCreditPageEmpty({
        ...page,
        commitments: [
          {
            id: ASSOCIATION,
            associationName: '佛山市建材行业协会',
            enterpriseName: page.enterprise.name,
            creditCode: page.enterprise.creditCode,
            kind: 'quality_safety',
            content: '我公司承诺产品质量安全。',
            scope: null,
            returnDays: null,
            validFrom: '2026-01-01',
            validUntil: '2026-12-31',
            signedAt: '2026-01-01T02:00:00.000Z',
          },
        ],
      }),
    ).toBe(false);
  });
});

describe('dayOf', () => {
  it('gives the business day of a timestamp (Asia/Shanghai)', () => {
    expect(dayOf('2026-03-01T17:30:00.000Z')).toBe('2026-03-02');
    expect(dayOf('2026-03-01T15:59:59.000Z')).toBe('2026-03-01');
    expect(dayOf('not a date')).toBe('not a date');
  });
});

describe('asSentence', () => {
  it('capitalises the first letter and leaves Chinese alone', () => {
    expect(asSentence('credit grade fell from B to C')).toBe('Credit grade fell from B to C');
    expect(asSentence('信用等级由 B 降为 C')).toBe('信用等级由 B 降为 C');
    expect(asSentence('')).toBe('');
  });
});
