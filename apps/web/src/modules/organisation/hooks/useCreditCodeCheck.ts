import { normaliseUscc } from '@gongzhi/contracts';
import { useCallback, useRef, useState } from 'react';
import type { CreditCodeCheck } from '../../../lib/types';
import { organisationApi } from '../api/organisation.api';

/**
 * Asks the server whether a (syntactically valid) credit code is already registered.
 * Only the answer for the latest code is kept.
 */
export function useCreditCodeCheck() {
  const [result, setResult] = useState<CreditCodeCheck | null>(null);
  const [checking, setChecking] = useState(false);
  const latest = useRef('');

  const check = useCallback(async (input: string) => {
    const code = normaliseUscc(input);
    latest.current = code;
    setChecking(true);
    try {
      const answer = await organisationApi.checkCreditCode(code);
      if (latest.current === code) setResult(answer);
    } catch {
      if (latest.current === code) setResult(null);
    } finally {
      if (latest.current === code) setChecking(false);
    }
  }, []);

  const clear = useCallback(() => {
    latest.current = '';
    setResult(null);
    setChecking(false);
  }, []);

  return { result, checking, check, clear };
}
