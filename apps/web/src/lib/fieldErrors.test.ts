import type { FieldError } from '@gongzhi/contracts';
import { describe, expect, it } from 'vitest';
import { groupFieldErrors } from './fieldErrors';

const error = (field: string, message: string): FieldError => ({ field, issue: 'required', message });

describe('groupFieldErrors', () => {
  it('puts each message next to its field and keeps the rest apart', () => {
    const fieldOf = (path: string) =>
      path.startsWith('attachments') ? 'attachments' : path === 'facts' ? 'facts' : null;
    const result = groupFieldErrors(
      [
        error('facts', '不能少于 10 个字符'),
        error('attachments.1.contentBase64', '附件不能超过 5 MB'),
        error('attachments.3', '附件类型不支持'),
        error('attachments.4', '附件类型不支持'),
        error('header.x', '其他'),
      ],
      fieldOf,
    );
    expect(result.byField).toEqual({ facts: '不能少于 10 个字符', attachments: '附件不能超过 5 MB；附件类型不支持' });
    expect(result.unmatched.map((e) => e.field)).toEqual(['header.x']);
  });

  it('returns nothing for no errors', () => {
    expect(groupFieldErrors([], () => 'x')).toEqual({ byField: {}, unmatched: [] });
  });
});
