import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface OrganisationHeadingProps {
  id: string;
  name: string;
  /** Next to the name: the organisation's kind, or its level in an association. */
  badge: ReactNode;
  /** The badge is a membership level. */
  level?: boolean;
}

/** The head of an organisation in a portal list: its name, linked to its public page, and a badge. */
export function OrganisationHeading({ id, name, badge, level = false }: OrganisationHeadingProps) {
  return (
    <div className="pt-org__head">
      <h3 className="pt-org__name">
        <Link to={`/directory/${id}`}>{name}</Link>
      </h3>
      <span className={level ? 'pt-badge pt-badge--level' : 'pt-badge'}>{badge}</span>
    </div>
  );
}
