import { useRef } from 'react';

/**
 * What a dialog shows: the value while it is open (non-null), and the last one while it closes, so
 * that its content does not vanish during the closing animation.
 */
export function useLastShown<T>(value: T | null): T | null {
  const last = useRef(value);
  if (value) last.current = value;
  return value ?? last.current;
}
