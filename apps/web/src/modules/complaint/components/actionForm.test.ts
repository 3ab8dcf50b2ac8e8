import { COMPLAINT_ACTIONS } from '@gongzhi/contracts';
import { describe, expect, it } from 'vitest';
import { ACTION_EMPHASIS, ACTION_FIELDS, orderedActions, toActionBody } from './actionForm';

describe('toActionBody', () => {
  it('sends only the fields of the action, trimmed, blanks left out', () => {
    expect(
      toActionBody('refuse', 3, {
        refusalGround: 'time_barred',
        resolution: '  超过三年 ',
        note: 'ignored',
        response: 'x',
      }),
    ).toEqual({ action: 'refuse', version: 3, refusalGround: 'time_barred', resolution: '超过三年' });
    expect(toActionBody('accept', 1, { note: '   ' })).toEqual({ action: 'accept', version: 1 });
    expect(toActionBody('enterprise_respond', 2, { response: '同意退货' })).toEqual({
      action: 'enterprise_respond',
      version: 2,
      response: '同意退货',
    });
  });

  it('sends both consents for mediation and the justified answer only when decided', () => {
    expect(toActionBody('start_mediation', 4, { consumerConsent: true, enterpriseConsent: true })).toEqual({
      action: 'start_mediation',
      version: 4,
      consumerConsent: true,
      enterpriseConsent: true,
    });
    expect(toActionBody('record_agreement', 5, { resolution: '退款 800 元', justified: 'yes' })).toMatchObject({
      justified: true,
    });
    expect(toActionBody('terminate', 5, { terminationGround: 'agreement_impossible', justified: 'no' })).toEqual({
      action: 'terminate',
      version: 5,
      terminationGround: 'agreement_impossible',
      justified: false,
    });
    expect(toActionBody('terminate', 5, { terminationGround: 'other', justified: 'undecided' })).not.toHaveProperty(
      'justified',
    );
  });

  it('sends the regulator of a transfer', () => {
    expect(toActionBody('transfer', 2, { regulatorId: 'r1', note: '涉嫌违法' })).toEqual({
      action: 'transfer',
      version: 2,
      regulatorId: 'r1',
      note: '涉嫌违法',
    });
  });
});

describe('action table', () => {
  it('covers every action of the contract', () => {
    expect(Object.keys(ACTION_FIELDS).sort()).toEqual([...COMPLAINT_ACTIONS].sort());
    expect(Object.keys(ACTION_EMPHASIS).sort()).toEqual([...COMPLAINT_ACTIONS].sort());
  });

  it('orders the allowed actions as the workflow does, comment last', () => {
    expect(orderedActions(['comment', 'forward', 'accept'])).toEqual(['accept', 'forward', 'comment']);
  });
});
