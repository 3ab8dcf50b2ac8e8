import { type ChangeEvent, type CompositionEvent, useEffect, useRef, useState } from 'react';

const DEBOUNCE_MS = 350;

/**
 * A search box's text that reports changes after a short pause and ignores the
 * intermediate pinyin while a Chinese input method is composing.
 */
export function useSearchText(value: string | undefined, onSearch: (text: string) => void) {
  const [text, setText] = useState(value ?? '');
  const composing = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  const latest = useRef(onSearch);
  latest.current = onSearch;

  useEffect(() => {
    setText(value ?? '');
  }, [value]);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const schedule = (next: string) => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => latest.current(next.trim()), DEBOUNCE_MS);
  };

  return {
    value: text,
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      setText(event.target.value);
      if (!composing.current) schedule(event.target.value);
    },
    onCompositionStart: () => {
      composing.current = true;
    },
    onCompositionEnd: (event: CompositionEvent<HTMLInputElement>) => {
      composing.current = false;
      schedule(event.currentTarget.value);
    },
    /** Search now (Enter or the search button). */
    submit: (next: string = text) => {
      window.clearTimeout(timer.current);
      latest.current(next.trim());
    },
  };
}
