import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { PreparedAttachment } from '../../complaint/components/attachmentFiles';
import {
  changedCorrection,
  correctionDefaults,
  missingRepairDocuments,
  repairDocumentAt,
  toCommitmentBreach,
  toCommitmentCreate,
  toObjectionDecision,
  toRepairCreate,
} from './caseForms';

const file = (name: string): PreparedAttachment => ({
  filename: name,
  contentBase64: 'QUJD',
  bytes: 3,
  originalName: name,
  mediaType: 'application/pdf',
});

const record = {
  severity: 'serious',
  polarity: 'negative',
  title: '行政处罚',
  description: '',
  occurredOn: '2026-10-01',
  publishUntil: '2029-09-30',
} as const;

describe('objection decision', () => {
  it('rejects with the reason only', () => {
    expect(
      toObjectionDecision({ decision: 'reject', reason: ' 证据不足 ', remedy: 'revoke', correction: {} }, 3),
    ).toEqual({ decision: 'reject', version: 3, reason: '证据不足' });
  });

  it('upholds with a revocation', () => {
    expect(toObjectionDecision({ decision: 'uphold', reason: '属实', remedy: 'revoke' }, 1)).toEqual({
      decision: 'uphold',
      version: 1,
      reason: '属实',
      remedy: 'revoke',
    });
  });

  it('corrects only the fields that changed', () => {
    const correction = {
      ...correctionDefaults(record, dayjs),
      severity: 'general' as const,
      title: ' 行政处罚（更正） ',
    };
    expect(
      toObjectionDecision({ decision: 'uphold', reason: '部分属实', remedy: 'correct', correction }, 2, record),
    ).toEqual({
      decision: 'uphold',
      version: 2,
      reason: '部分属实',
      remedy: 'correct',
      correction: { severity: 'general', title: '行政处罚（更正）' },
    });
  });

  it('finds no change when the defaults are sent back as they are', () => {
    expect(changedCorrection(correctionDefaults(record, dayjs), record)).toEqual({});
  });

  it('sends a changed date and a cleared description', () => {
    const withText = { ...record, description: '旧说明' };
    const values = { ...correctionDefaults(withText, dayjs), description: '', publishUntil: dayjs('2027-01-31') };
    expect(changedCorrection(values, withText)).toEqual({ description: '', publishUntil: '2027-01-31' });
  });
});

describe('repair application', () => {
  const values = {
    statement: ' 已整改完毕并通过复查 ',
    application: [file('a.pdf')],
    pledge: [],
    proof: [file('p1.pdf'), file('p2.pdf')],
  };

  it('names the missing documents', () => {
    expect(missingRepairDocuments(values)).toEqual(['pledge']);
    expect(missingRepairDocuments({ statement: '' })).toEqual(['application', 'pledge', 'proof']);
  });

  it('sends each file with its kind, in the order application, pledge, proof', () => {
    expect(toRepairCreate({ ...values, pledge: [file('s.pdf')] })).toEqual({
      statement: '已整改完毕并通过复查',
      documents: [
        { kind: 'application', filename: 'a.pdf', contentBase64: 'QUJD' },
        { kind: 'pledge', filename: 's.pdf', contentBase64: 'QUJD' },
        { kind: 'proof', filename: 'p1.pdf', contentBase64: 'QUJD' },
        { kind: 'proof', filename: 'p2.pdf', contentBase64: 'QUJD' },
      ],
    });
  });

  it('finds the picker and file of a document index', () => {
    const all = { ...values, pledge: [file('s.pdf')] };
    expect(repairDocumentAt(all, 0)).toEqual({ kind: 'application', position: 0 });
    expect(repairDocumentAt(all, 1)).toEqual({ kind: 'pledge', position: 0 });
    expect(repairDocumentAt(all, 3)).toEqual({ kind: 'proof', position: 1 });
    expect(repairDocumentAt(all, 4)).toBeNull();
  });
});

describe('commitments', () => {
  const period: [dayjs.Dayjs, dayjs.Dayjs] = [dayjs('2026-12-01'), dayjs('2027-11-30')];

  it('sends scope and return days only for an offline no-reason return commitment', () => {
    expect(
      toCommitmentCreate('e1', {
        associationId: 'a1',
        kind: 'quality_safety',
        content: ' 我们承诺…………保证质量 ',
        scope: '门店',
        returnDays: 7,
        period,
      }),
    ).toEqual({
      enterpriseId: 'e1',
      associationId: 'a1',
      kind: 'quality_safety',
      content: '我们承诺…………保证质量',
      validFrom: '2026-12-01',
      validUntil: '2027-11-30',
    });
    expect(
      toCommitmentCreate('e1', {
        associationId: 'a1',
        kind: 'offline_no_reason_return',
        content: '线下购物七日无理由退货',
        scope: ' 全部门店的家具类商品 ',
        returnDays: 15,
        period,
      }),
    ).toMatchObject({ scope: '全部门店的家具类商品', returnDays: 15 });
  });

  it('records a breach with the commitment version', () => {
    expect(
      toCommitmentBreach({ reason: ' 拒绝退货 ', severity: 'general', occurredOn: dayjs('2026-11-20') }, 4),
    ).toEqual({
      version: 4,
      reason: '拒绝退货',
      severity: 'general',
      occurredOn: '2026-11-20',
    });
  });
});
