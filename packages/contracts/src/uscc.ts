/**
 * Unified Social Credit Code (统一社会信用代码, GB 32100-2015) and the embedded
 * organisation code (GB 11714). Pure functions shared by server and web so that the
 * form validates as the user types with exactly the rule the server applies.
 */
const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

export type UsccProblem =
  | { kind: 'length'; length: number }
  | { kind: 'character'; position: number; character: string }
  | { kind: 'division'; division: string }
  | { kind: 'orgCodeCheck'; expected: string; actual: string }
  | { kind: 'checkCharacter'; expected: string; actual: string };

export type UsccResult = { ok: true; code: string } | { ok: false; code: string; problem: UsccProblem };

/** Accepts lower case and surrounding spaces from users; the stored form is upper case. */
export function normaliseUscc(input: string): string {
  return input.trim().toUpperCase();
}

function orgCodeValue(ch: string): number {
  if (ch >= '0' && ch <= '9') return ch.charCodeAt(0) - 48;
  return ch.charCodeAt(0) - 55; // A=10 … Z=35
}

/** Check character of the 9-character organisation code (positions 9–17 of a USCC). */
export function organisationCodeCheck(first8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += orgCodeValue(first8.charAt(i)) * (ORG_CODE_WEIGHTS[i] ?? 0);
  const c = 11 - (sum % 11);
  if (c === 10) return 'X';
  if (c === 11) return '0';
  return String(c);
}

/** Check character (position 18) of a USCC, given its first 17 characters. */
export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(first17.charAt(i)) * (USCC_WEIGHTS[i] ?? 0);
  const c = (31 - (sum % 31)) % 31;
  return USCC_ALPHABET.charAt(c);
}

export function validateUscc(input: string): UsccResult {
  const code = normaliseUscc(input);
  if (code.length !== 18) return { ok: false, code, problem: { kind: 'length', length: code.length } };
  for (let i = 0; i < 18; i++) {
    const ch = code.charAt(i);
    if (!USCC_ALPHABET.includes(ch)) {
      return { ok: false, code, problem: { kind: 'character', position: i + 1, character: ch } };
    }
  }
  const division = code.slice(2, 8);
  if (!/^\d{6}$/.test(division)) return { ok: false, code, problem: { kind: 'division', division } };
  const orgCode = code.slice(8, 17);
  // The organisation code's own check uses 0-9 and A-Z; its last character may be X.
  if (/^[0-9A-Z]{8}[0-9X]$/.test(orgCode)) {
    const expected = organisationCodeCheck(orgCode.slice(0, 8));
    if (expected !== orgCode.charAt(8)) {
      return { ok: false, code, problem: { kind: 'orgCodeCheck', expected, actual: orgCode.charAt(8) } };
    }
  } else {
    return { ok: false, code, problem: { kind: 'orgCodeCheck', expected: '0-9/X', actual: orgCode.charAt(8) } };
  }
  const expected = usccCheckCharacter(code.slice(0, 17));
  if (expected !== code.charAt(17)) {
    return { ok: false, code, problem: { kind: 'checkCharacter', expected, actual: code.charAt(17) } };
  }
  return { ok: true, code };
}

/** Build a valid code from a registration prefix, a division and an 8-character organisation body. */
export function makeUscc(prefix2: string, division6: string, orgBody8: string): string {
  const org = orgBody8 + organisationCodeCheck(orgBody8);
  const first17 = prefix2 + division6 + org;
  return first17 + usccCheckCharacter(first17);
}
