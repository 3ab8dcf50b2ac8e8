import { gradeTone } from '../../../../modules/credit/portal/creditPortal';

interface GradeBadgeProps {
  code: string;
  large?: boolean;
  /** True (default) when the grade is also written out next to the badge, so screen readers skip it. */
  decorative?: boolean;
}

/** A grade code in its colour; colour is never the only cue (the code is the badge's text). */
export function GradeBadge({ code, large = false, decorative = true }: GradeBadgeProps) {
  const classes = ['pt-grade', `pt-grade--${gradeTone(code)}`];
  if (large) classes.push('pt-grade--large');
  return (
    <span className={classes.join(' ')} aria-hidden={decorative ? true : undefined}>
      {code}
    </span>
  );
}
