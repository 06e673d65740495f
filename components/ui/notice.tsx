const TONES = {
  info: {
    box: 'border-info-line bg-info-soft text-info-ink',
    icon: <path d="M12 16v-5M12 8h.01M21 12a9 9 0 1 1-18 0 9 9 0 0 1 18 0Z" />,
  },
  warning: {
    box: 'border-pending-line bg-pending-soft text-pending-ink',
    icon: (
      <path d="M12 9v4M12 17h.01M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0Z" />
    ),
  },
} as const;

export interface NoticeProps {
  tone?: keyof typeof TONES;
  title?: string;
  className?: string;
  children: React.ReactNode;
}

/** A polite message box ("Showing cached data", "Some filters were ignored"). */
export function Notice({ tone = 'info', title, className = '', children }: NoticeProps) {
  const t = TONES[tone];
  return (
    <div
      role="status"
      className={`flex gap-3 rounded-xl border px-4 py-3 text-sm ${t.box} ${className}`}
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="mt-0.5 size-4 shrink-0"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        {t.icon}
      </svg>
      <div className="min-w-0">
        {title ? <p className="font-semibold">{title}</p> : null}
        <div className={title ? 'mt-0.5' : ''}>{children}</div>
      </div>
    </div>
  );
}
