import { describe, expect, it } from 'vitest';
import { notificationPath, notificationText } from './notificationText';

describe('notificationText', () => {
  it('gives a known kind the e-mail’s subject and text, with the deadline kind in words', () => {
    const text = notificationText(
      { kind: 'complaint.due_soon', params: { trackingNo: 'TS1', dueOn: '2026-05-12', dueKind: 'acceptance' } },
      'zh-CN',
    );
    expect(text.subject).toContain('TS1');
    expect(text.body).toContain('2026-05-12');
    expect(text.body).toContain('受理');
  });

  it('shows an unknown kind as it is', () => {
    expect(notificationText({ kind: 'credit.new', params: {} }, 'en-US')).toEqual({ subject: 'credit.new', body: '' });
  });
});

describe('notificationPath', () => {
  it('follows console paths only', () => {
    expect(notificationPath('/console/complaints/1')).toBe('/console/complaints/1');
    expect(notificationPath('https://evil.example/console')).toBeNull();
    expect(notificationPath(null)).toBeNull();
  });
});
