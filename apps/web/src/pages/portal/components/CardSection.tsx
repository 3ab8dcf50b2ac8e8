import { Link } from 'react-router';

export interface PortalCard {
  key: string;
  title: string;
  text: string;
  /** Makes the whole card a link. */
  to?: string;
}

/** A titled portal section of cards in a wide grid. */
export function CardSection({ title, cards }: { title: string; cards: PortalCard[] }) {
  return (
    <section className="pt-section">
      <h2 className="pt-section__title">{title}</h2>
      <div className="pt-grid pt-grid--wide">
        {cards.map((card) => {
          const body = (
            <>
              <h3 className="pt-card__title">{card.title}</h3>
              <p className="pt-card__text">{card.text}</p>
            </>
          );
          return card.to ? (
            <Link key={card.key} to={card.to} className="pt-card">
              {body}
            </Link>
          ) : (
            <article key={card.key} className="pt-card">
              {body}
            </article>
          );
        })}
      </div>
    </section>
  );
}
