import type { ReactNode } from 'react';

interface StateBoxProps {
  title: string;
  text?: string;
  tone?: 'neutral' | 'error';
  action?: ReactNode;
}

/** Empty, error and not-found states of the portal. */
export function StateBox({ title, text, tone = 'neutral', action }: StateBoxProps) {
  return (
    <div
      className={tone === 'error' ? 'pt-state pt-state--error' : 'pt-state'}
      role={tone === 'error' ? 'alert' : 'status'}
    >
      <p className="pt-state__title">{title}</p>
      {text ? <p>{text}</p> : null}
      {action}
    </div>
  );
}
