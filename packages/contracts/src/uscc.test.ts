import { describe, expect, it } from 'vitest';
import { makeUscc, normaliseUscc, organisationCodeCheck, usccCheckCharacter, validateUscc } from './uscc.js';

describe('Unified Social Credit Code (GB 32100)', () => {
  it.each(['91350100M000100Y43', '9144060573144633XL', '914403001922038216', '91310115MA1K3BTP2B'])(
    'accepts the valid code %s',
    (code) => {
      expect(validateUscc(code)).toEqual({ ok: true, code });
    },
  );

  it('names the expected check character when the 18th is wrong', () => {
    expect(validateUscc('91110000600037341N')).toMatchObject({
      ok: false,
      problem: { kind: 'checkCharacter', expected: 'L', actual: 'N' },
    });
  });

  it('refuses characters outside the alphabet (I, O, Z, S, V) with their position', () => {
    expect(validateUscc('9111000060003IOZSV')).toMatchObject({
      ok: false,
      problem: { kind: 'character', position: 14, character: 'I' },
    });
  });

  it('refuses a wrong length', () => {
    expect(validateUscc('911100006000341L')).toMatchObject({ ok: false, problem: { kind: 'length', length: 16 } });
  });

  it('checks the embedded organisation code (positions 9–17) on its own', () => {
    const right = organisationCodeCheck('MA4W0000');
    const wrong = right === '1' ? '2' : '1';
    // The 18th character is made right for the broken organisation code, so only the inner check can catch it.
    const first17 = `91440605MA4W0000${wrong}`;
    const result = validateUscc(first17 + usccCheckCharacter(first17));
    expect(result).toMatchObject({ ok: false, problem: { kind: 'orgCodeCheck', expected: right, actual: wrong } });
  });

  it('refuses a legal early pilot code that fails the check (an administrator may override)', () => {
    expect(validateUscc('91350211M0000XUF46').ok).toBe(false);
  });

  it('accepts lower case and surrounding spaces, normalised to upper case', () => {
    expect(normaliseUscc('  9144060573144633xl ')).toBe('9144060573144633XL');
    expect(validateUscc(' 91310115ma1k3btp2b ')).toEqual({ ok: true, code: '91310115MA1K3BTP2B' });
  });

  it('makes codes that validate, for every organisation-code check value', () => {
    for (const body of ['MA4W0000', 'MA4W0001', 'MA4W0002', '73144633', '19220382', 'M0001000']) {
      expect(validateUscc(makeUscc('91', '440606', body)).ok).toBe(true);
    }
  });
});
