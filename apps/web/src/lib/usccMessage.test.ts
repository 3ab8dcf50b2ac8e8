import { fieldMessage, makeUscc } from '@gongzhi/contracts';
import { describe, expect, it } from 'vitest';
import { usccMessage } from './usccMessage';

describe('usccMessage', () => {
  const valid = makeUscc('91', '440605', 'MA4W1234');

  it('accepts a valid code, in any case and with spaces around it', () => {
    expect(usccMessage(valid, 'zh-CN', false)).toBeNull();
    expect(usccMessage(` ${valid.toLowerCase()} `, 'zh-CN', false)).toBeNull();
  });

  it('gives the server’s own message for a wrong check character', () => {
    const wrong = `${valid.slice(0, 17)}${valid.endsWith('0') ? '1' : '0'}`;
    expect(usccMessage(wrong, 'zh-CN', false)).toBe(
      fieldMessage('zh-CN', 'uscc_check_character', { expected: valid.charAt(17) }),
    );
  });

  it('does not nag about the length while the user is still typing', () => {
    expect(usccMessage('914406', 'zh-CN', true)).toBeNull();
    expect(usccMessage('914406', 'zh-CN', false)).toBe(fieldMessage('zh-CN', 'uscc_length', { length: 6 }));
  });

  it('reports a forbidden character as soon as it is typed', () => {
    expect(usccMessage('91440I', 'en-US', true)).toBe(
      fieldMessage('en-US', 'uscc_character', { position: 6, character: 'I' }),
    );
  });

  it('reports a division that is not six digits as soon as it is typed', () => {
    expect(usccMessage('9144A', 'zh-CN', true)).toBe(fieldMessage('zh-CN', 'uscc_division'));
  });
});
