import { type UsccProblem, validateUscc } from '@gongzhi/contracts';
import type { FieldProblem } from '../../kernel/app-error.js';

/** The field problem for a credit code that fails GB 32100, or null when it passes. */
export function creditCodeProblem(field: string, input: string): { code: string; problem: FieldProblem | null } {
  const result = validateUscc(input);
  if (result.ok) return { code: result.code, problem: null };
  return { code: result.code, problem: problemOf(field, result.problem) };
}

function problemOf(field: string, problem: UsccProblem): FieldProblem {
  switch (problem.kind) {
    case 'length':
      return { field, issue: 'uscc_length', params: { length: problem.length } };
    case 'character':
      return { field, issue: 'uscc_character', params: { position: problem.position, character: problem.character } };
    case 'division':
      return { field, issue: 'uscc_division' };
    case 'orgCodeCheck':
      return { field, issue: 'uscc_org_code_check', params: { expected: problem.expected } };
    case 'checkCharacter':
      return { field, issue: 'uscc_check_character', params: { expected: problem.expected } };
  }
}

/** A legal early pilot code fails the check; only its format can be required of it. */
export function pilotCodeAcceptable(code: string): boolean {
  return /^[0-9A-HJ-NP-RTUW-Y]{2}\d{6}[0-9A-HJ-NP-RTUW-Y]{10}$/.test(code);
}
