import { fieldMessage } from '@gongzhi/contracts';
import { describe, expect, it } from 'vitest';
import {
  emptyIntake,
  type IntakeValues,
  intakeFieldOf,
  nameAttachmentErrors,
  todayInShanghai,
  toIntakeBody,
  validateIntake,
} from './intakeForm';

const filled = (changes: Partial<IntakeValues> = {}): IntakeValues => ({
  ...emptyIntake(),
  enterprise: {
    id: 'e1',
    name: '佛山市顺德区顺安建材有限公司',
    associations: [{ id: 'a1', name: '佛山市建材行业协会' }],
  },
  category: 'quality',
  facts: '购买的瓷砖铺贴后两周出现大面积开裂。',
  request: '退货退款',
  complainantName: '王小明',
  complainantPhone: '13800138000',
  complainantAddress: '广东省佛山市禅城区季华路 1 号',
  ...changes,
});

describe('validateIntake', () => {
  it('accepts a complete complaint against a member', () => {
    expect(validateIntake(filled(), 'zh-CN', '2026-05-01')).toEqual({});
  });

  it('names every missing item at once, with the server’s Chinese messages', () => {
    const errors = validateIntake(emptyIntake(), 'zh-CN', '2026-05-01');
    expect(errors).toMatchObject({
      respondent: fieldMessage('zh-CN', 'respondent_required'),
      associationId: fieldMessage('zh-CN', 'association_required'),
      category: fieldMessage('zh-CN', 'required'),
      facts: fieldMessage('zh-CN', 'required'),
      request: fieldMessage('zh-CN', 'request_required'),
      complainantName: fieldMessage('zh-CN', 'required'),
      complainantPhone: fieldMessage('zh-CN', 'required'),
      complainantAddress: fieldMessage('zh-CN', 'required'),
    });
  });

  it('checks the phone, the ID number, short facts and a future date', () => {
    const errors = validateIntake(
      filled({
        complainantPhone: '12345',
        complainantIdNumber: '110101199003071234',
        facts: '太短',
        harmKnownOn: '2026-05-02',
      }),
      'zh-CN',
      '2026-05-01',
    );
    expect(errors.complainantPhone).toBe(fieldMessage('zh-CN', 'phone'));
    expect(errors.complainantIdNumber).toBe(fieldMessage('zh-CN', 'id_number'));
    expect(errors.facts).toBe(fieldMessage('zh-CN', 'too_short', { limit: 10 }));
    expect(errors.harmKnownOn).toBe(fieldMessage('zh-CN', 'future_date'));
    expect(validateIntake(filled({ complainantPhone: '0757-83301234' }), 'zh-CN', '2026-05-01')).toEqual({});
  });

  it('asks a consultation for no request, and a member of several associations for one', () => {
    expect(validateIntake(filled({ kind: 'consultation', request: '' }), 'zh-CN', '2026-05-01')).toEqual({});
    const several = filled({
      enterprise: {
        id: 'e1',
        name: 'x',
        associations: [
          { id: 'a1', name: 'A' },
          { id: 'a2', name: 'B' },
        ],
      },
    });
    expect(validateIntake(several, 'en-US', '2026-05-01')).toEqual({
      associationId: fieldMessage('en-US', 'association_required'),
    });
  });
});

describe('toIntakeBody', () => {
  it('sends the member’s id and leaves out blanks and the association of a single membership', () => {
    expect(toIntakeBody(filled({ associationId: 'a1', productName: '  ' }))).toEqual({
      kind: 'complaint',
      enterpriseId: 'e1',
      category: 'quality',
      facts: '购买的瓷砖铺贴后两周出现大面积开裂。',
      request: '退货退款',
      complainantName: '王小明',
      complainantPhone: '13800138000',
      complainantAddress: '广东省佛山市禅城区季华路 1 号',
      consentShareContact: false,
    });
  });

  it('sends a typed name with the chosen association, and the attachments', () => {
    const body = toIntakeBody(
      filled({
        enterprise: null,
        respondentName: ' 某建材店 ',
        associationId: 'a9',
        complainantIdNumber: '11010119900307123x',
        attachments: [
          { filename: 'a.jpg', contentBase64: 'QUJD', bytes: 3, originalName: 'a.heic', mediaType: 'image/jpeg' },
        ],
      }),
    );
    expect(body).toMatchObject({
      respondentName: '某建材店',
      associationId: 'a9',
      complainantIdNumber: '11010119900307123X',
      attachments: [{ filename: 'a.jpg', contentBase64: 'QUJD' }],
    });
    expect(body.enterpriseId).toBeUndefined();
  });
});

describe('intakeFieldOf', () => {
  it('maps server paths onto the form’s fields', () => {
    expect(intakeFieldOf('complainantPhone')).toBe('complainantPhone');
    expect(intakeFieldOf('enterpriseId')).toBe('respondent');
    expect(intakeFieldOf('respondentName')).toBe('respondent');
    expect(intakeFieldOf('attachments.2.contentBase64')).toBe('attachments');
    expect(intakeFieldOf('something')).toBeNull();
  });
});

describe('todayInShanghai', () => {
  it('is the date in China, not in UTC', () => {
    expect(todayInShanghai(new Date('2026-04-30T17:00:00Z'))).toBe('2026-05-01');
  });
});

describe('nameAttachmentErrors', () => {
  it('puts the file’s name before the server’s message about it', () => {
    const file = {
      filename: 'a.jpg',
      contentBase64: 'QUJD',
      bytes: 3,
      originalName: 'IMG_1.HEIC',
      mediaType: 'image/jpeg',
    };
    const named = nameAttachmentErrors(
      [
        { field: 'attachments.0.contentBase64', issue: 'attachment_type', message: '附件类型不支持' },
        { field: 'attachments.3', issue: 'attachment_size', message: '附件不能超过 5 MB' },
        { field: 'facts', issue: 'required', message: '必填' },
      ],
      [file],
    );
    expect(named.map((e) => e.message)).toEqual(['IMG_1.HEIC: 附件类型不支持', '附件不能超过 5 MB', '必填']);
  });
});
