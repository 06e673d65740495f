import { Countdown } from '@/components/time/countdown';

/**
 * The live countdown, as big blocks where they fit and as one line on phones (the blocks are
 * wider than a 390 px screen). The hidden copy is `display: none`, so screen readers hear one.
 */
export function CountdownPanel({ iso, label }: { iso: string; label: string }) {
  return (
    <div className="mb-5">
      <div className="hidden sm:block">
        <Countdown iso={iso} label={label} />
      </div>
      <div className="sm:hidden">
        <Countdown
          iso={iso}
          label={label}
          variant="inline"
          className="text-ink text-2xl font-semibold"
        />
      </div>
    </div>
  );
}
