export function ShareIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 16 16"
      className="size-4"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
    >
      <path d="M8 10V2m0 0L5 5m3-3 3 3" strokeLinecap="round" strokeLinejoin="round" />
      <path
        d="M4 7H3.5A1.5 1.5 0 0 0 2 8.5v4A1.5 1.5 0 0 0 3.5 14h9a1.5 1.5 0 0 0 1.5-1.5v-4A1.5 1.5 0 0 0 12.5 7H12"
        strokeLinecap="round"
      />
    </svg>
  );
}
