import { useEffect, useRef } from 'react';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'mousemove'] as const;
const CHECK_EVERY_MS = 15_000;

/** Calls `onIdle` once after `seconds` without keyboard, mouse or touch activity. */
export function useIdleTimeout(seconds: number, onIdle: () => void): void {
  const lastActivity = useRef(Date.now());
  const callback = useRef(onIdle);
  callback.current = onIdle;

  useEffect(() => {
    if (!seconds || seconds <= 0) return;
    lastActivity.current = Date.now();
    let fired = false;
    const touch = () => {
      lastActivity.current = Date.now();
    };
    for (const event of ACTIVITY_EVENTS) window.addEventListener(event, touch, { passive: true });
    const timer = window.setInterval(
      () => {
        if (fired || Date.now() - lastActivity.current < seconds * 1000) return;
        fired = true;
        callback.current();
      },
      Math.min(CHECK_EVERY_MS, seconds * 1000),
    );
    return () => {
      window.clearInterval(timer);
      for (const event of ACTIVITY_EVENTS) window.removeEventListener(event, touch);
    };
  }, [seconds]);
}
