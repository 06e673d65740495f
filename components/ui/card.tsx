type CardElement = 'div' | 'article' | 'section' | 'li' | 'aside';

const PADDING = { none: '', sm: 'p-4', md: 'p-5 sm:p-6' } as const;

export interface CardProps {
  as?: CardElement;
  padding?: keyof typeof PADDING;
  /**
   * The card holds one main link: lifts on hover and shows the focus ring around the whole
   * card. Make the link cover the card with `after:absolute after:inset-0` on the link.
   */
  interactive?: boolean;
  className?: string;
  children: React.ReactNode;
}

export function Card({
  as: Element = 'div',
  padding = 'md',
  interactive = false,
  className = '',
  children,
}: CardProps) {
  return (
    <Element
      className={['card', PADDING[padding], interactive ? 'card-interactive' : '', className]
        .filter(Boolean)
        .join(' ')}
    >
      {children}
    </Element>
  );
}

/** A card heading with an optional trailing slot (badge, action). */
export function CardHeader({
  title,
  level = 3,
  action,
  className = '',
}: {
  title: React.ReactNode;
  level?: 2 | 3 | 4;
  action?: React.ReactNode;
  className?: string;
}) {
  const Heading = `h${level}` as const;
  return (
    <div className={`flex items-start justify-between gap-3 ${className}`}>
      <Heading className="text-ink text-base font-semibold">{title}</Heading>
      {action}
    </div>
  );
}
