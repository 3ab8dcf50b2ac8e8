import {
  type FieldIssue,
  fieldMessage,
  type Locale,
  normaliseUscc,
  type UsccProblem,
  validateUscc,
} from '@gongzhi/contracts';

const ISSUE_OF: Record<UsccProblem['kind'], FieldIssue> = {
  length: 'uscc_length',
  character: 'uscc_character',
  division: 'uscc_division',
  orgCodeCheck: 'uscc_org_code_check',
  checkCharacter: 'uscc_check_character',
};

function messageOf(problem: UsccProblem, locale: Locale): string {
  const { kind, ...params } = problem;
  return fieldMessage(locale, ISSUE_OF[kind], params);
}

/**
 * The message the server would give for this credit code, or null when it is valid.
 * While the user is still typing (`partial`), a code shorter than 18 characters is only
 * checked for characters that can never be right, so the message does not nag at every key.
 */
export function usccMessage(input: string, locale: Locale, partial: boolean): string | null {
  const code = normaliseUscc(input);
  if (!code) return null;
  if (code.length < 18 && partial) {
    const probe = validateUscc(code.padEnd(18, '0'));
    if (probe.ok) return null;
    const { problem } = probe;
    if (problem.kind === 'character' && problem.position <= code.length) return messageOf(problem, locale);
    if (problem.kind === 'division' && code.length > 2) return messageOf(problem, locale);
    return null;
  }
  const result = validateUscc(code);
  return result.ok ? null : messageOf(result.problem, locale);
}
