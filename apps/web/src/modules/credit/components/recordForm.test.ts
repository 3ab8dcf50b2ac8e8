import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, defaultPolarity, defaultPublishUntil, toRecordCreate } from './recordForm';

describe('defaultPolarity', () => {
  it.each([
    ['administrative_penalty', 'minor', 'negative'],
    ['justified_complaint', 'general', 'negative'],
    ['commitment_broken', 'serious', 'negative'],
    ['honour', 'minor', 'positive'],
    ['certification', 'general', 'positive'],
    ['spot_check', 'minor', 'positive'],
    ['spot_check', 'general', 'negative'],
    ['spot_check', 'serious', 'negative'],
    ['self_reported', 'minor', 'neutral'],
    ['test_report', 'minor', 'neutral'],
  ] as const)('%s (%s) is %s', (type, severity, polarity) => {
    expect(defaultPolarity(type, severity)).toBe(polarity);
  });
});

describe('publication period', () => {
  it('adds months clamped to the end of the month, and days across years', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-11-15', 36)).toBe('2029-11-15');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
  });

  it('shows a minor penalty for 3 months, other penalties and most records for 3 years, complaints for 1 year', () => {
    expect(defaultPublishUntil('administrative_penalty', 'minor', '2026-11-27')).toBe('2027-02-26');
    expect(defaultPublishUntil('administrative_penalty', 'serious', '2026-11-27')).toBe('2029-11-26');
    expect(defaultPublishUntil('justified_complaint', 'general', '2026-03-01')).toBe('2027-02-28');
    expect(defaultPublishUntil('honour', 'minor', '2026-01-01')).toBe('2028-12-31');
  });
});

describe('toRecordCreate', () => {
  const base = {
    enterpriseId: 'e1',
    recordType: 'administrative_penalty',
    severity: 'general',
    title: '  罚款  ',
    occurredOn: dayjs('2026-11-01'),
    sourceName: ' 佛山市市场监督管理局 ',
  } as const;

  it('leaves empty optional fields out so that the server applies its defaults', () => {
    expect(toRecordCreate('a1', { ...base, description: '  ', polarity: null, publishUntil: null })).toEqual({
      associationId: 'a1',
      enterpriseId: 'e1',
      recordType: 'administrative_penalty',
      severity: 'general',
      title: '罚款',
      occurredOn: '2026-11-01',
      sourceName: '佛山市市场监督管理局',
    });
  });

  it('sends what the user chose, and evidence as name and content only', () => {
    const body = toRecordCreate('a1', {
      ...base,
      polarity: 'neutral',
      description: '说明',
      publishUntil: dayjs('2027-01-31'),
      specialSector: true,
      evidence: [
        {
          filename: 'a.jpg',
          contentBase64: 'QUJD',
          bytes: 3,
          originalName: 'a.heic',
          mediaType: 'image/jpeg',
        },
      ],
    });
    expect(body).toMatchObject({
      polarity: 'neutral',
      description: '说明',
      publishUntil: '2027-01-31',
      specialSector: true,
      evidence: [{ filename: 'a.jpg', contentBase64: 'QUJD' }],
    });
  });
});
