import { NavLink } from 'react-router';

export interface SectionLink {
  key: string;
  to: string;
  /** Only the exact path marks it current (the section's index page). */
  end: boolean;
  label: string;
}

/** A public area's sections, one tap apart (scrolls sideways on a narrow phone). */
export function SectionNav({ label, sections }: { label: string; sections: readonly SectionLink[] }) {
  return (
    <nav className="pt-section-nav" aria-label={label}>
      {sections.map((section) => (
        <NavLink key={section.key} to={section.to} end={section.end} className="pt-section-nav__link">
          {section.label}
        </NavLink>
      ))}
    </nav>
  );
}
