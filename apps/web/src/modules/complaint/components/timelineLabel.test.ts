import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { timelineLabel } from './timelineLabel';

const t = ((key: string) => `<${key}>`) as unknown as TFunction;

describe('timelineLabel', () => {
  it('labels workflow actions, known events and otherwise the status reached', () => {
    expect(timelineLabel({ action: 'accept', toStatus: 'accepted' }, t)).toBe('<enums.complaintAction.accept>');
    expect(timelineLabel({ action: 'complaint.forward', toStatus: null }, t)).toBe('<enums.complaintAction.forward>');
    expect(timelineLabel({ action: 'submit', toStatus: 'received' }, t)).toBe('<complaint.events.submitted>');
    expect(timelineLabel({ action: 'something_new', toStatus: 'closed' }, t)).toBe('<enums.complaintStatus.closed>');
    expect(timelineLabel({ action: 'something_new', toStatus: null }, t)).toBe('something_new');
  });
});
