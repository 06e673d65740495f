/** The Orbit Index mark: a planet with a tilted orbit and a satellite on it. */
export function LogoMark({ className = 'size-7' }: { className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 32 32" className={className} fill="none">
      <circle cx="16" cy="16" r="7" className="fill-accent" />
      <ellipse
        cx="16"
        cy="16"
        rx="14"
        ry="5.5"
        transform="rotate(-28 16 16)"
        className="stroke-ink"
        strokeWidth="1.75"
      />
      <circle cx="27.2" cy="9.6" r="2.25" className="fill-ink" />
    </svg>
  );
}
