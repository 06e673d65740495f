import type { StatusTone } from '@/lib/format/status';

export type BadgeTone = StatusTone;

// The shared shape is `.badge` in app/globals.css.
const TONES: Record<BadgeTone, { box: string; dot: string }> = {
  success: { box: 'bg-success-soft text-success-ink ring-success-line', dot: 'bg-success-ink' },
  failure: { box: 'bg-failure-soft text-failure-ink ring-failure-line', dot: 'bg-failure-ink' },
  pending: { box: 'bg-pending-soft text-pending-ink ring-pending-line', dot: 'bg-pending-ink' },
  info: { box: 'bg-info-soft text-info-ink ring-info-line', dot: 'bg-info-ink' },
  neutral: { box: 'bg-neutral-soft text-neutral-ink ring-neutral-line', dot: 'bg-neutral-ink' },
};

export interface BadgeProps {
  /** Use `statusTone(status.name)` from lib/format/status for LL2 statuses. */
  tone?: BadgeTone;
  /** A leading dot, so the state does not rely on colour alone next to similar badges. */
  dot?: boolean;
  title?: string;
  className?: string;
  children: React.ReactNode;
}

/** A small status label. Text colours meet AA on their tint in both themes. */
export function Badge({
  tone = 'neutral',
  dot = false,
  title,
  className = '',
  children,
}: BadgeProps) {
  const t = TONES[tone];
  return (
    <span title={title} className={className ? `badge ${t.box} ${className}` : `badge ${t.box}`}>
      {dot ? <span aria-hidden="true" className={`badge-dot ${t.dot}`} /> : null}
      {children}
    </span>
  );
}

/** A record's status in its tone, with the dot; nothing while the status is unknown. */
export function StatusBadge({
  status,
  title,
}: {
  status: { name: string; tone: BadgeTone } | null;
  title?: string;
}) {
  if (!status) return null;
  return (
    <Badge tone={status.tone} dot title={title}>
      {status.name}
    </Badge>
  );
}
