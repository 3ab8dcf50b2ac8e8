import type { ReactNode } from 'react';

/** An item's heading: h2 in a page's own list, h3 inside a section of the enterprise page. */
export function ItemHeading({ level, children }: { level: 2 | 3; children: ReactNode }) {
  return level === 2 ? <h2 className="pt-org__name">{children}</h2> : <h3 className="pt-org__name">{children}</h3>;
}
