import type { StatusTone } from '@/lib/format/status';
import type { CardModel } from '@/lib/seo/og-card';
import { BRAND } from '@/lib/seo/site';
import { CardFrame } from './card-frame';

/** Badge colours: the dark theme's status tints (globals.css), readable on the dark card. */
const TONES: Record<StatusTone, { bg: string; ink: string; line: string }> = {
  success: { bg: '#0d2a22', ink: '#6ee7b7', line: '#14532d' },
  failure: { bg: '#2f1418', ink: '#fca5a5', line: '#7f1d1d' },
  pending: { bg: '#2d2210', ink: '#fcd34d', line: '#78350f' },
  info: { bg: '#13223f', ink: '#93c5fd', line: '#1e3a8a' },
  neutral: { bg: '#172033', ink: '#cbd5e1', line: '#334155' },
};

const TITLE_MAX = 90;

function titleSize(title: string): number {
  if (title.length <= 28) return 76;
  if (title.length <= 48) return 62;
  return 50;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function Badge({ label, tone }: { label: string; tone: StatusTone }) {
  const t = TONES[tone];
  return (
    <div
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: 12,
        fontSize: 26,
        padding: '8px 22px',
        borderRadius: 999,
        backgroundColor: t.bg,
        color: t.ink,
        border: `2px solid ${t.line}`,
      }}
    >
      <div style={{ width: 12, height: 12, borderRadius: 999, backgroundColor: t.ink }} />
      {clip(label, 36)}
    </div>
  );
}

/** A record's card: name, status/type badge and up to four facts. */
export function RecordCard({ model, host }: { model: CardModel; host: string }) {
  const title = clip(model.title, TITLE_MAX);
  return (
    <CardFrame kind={model.kind} host={host}>
      <div
        style={{
          display: 'flex',
          fontSize: titleSize(title),
          lineHeight: 1.1,
          letterSpacing: -1.5,
          maxWidth: 1000,
          color: '#ffffff',
        }}
      >
        {title}
      </div>
      {model.badge ? (
        <div style={{ display: 'flex', marginTop: 26 }}>
          <Badge label={model.badge.label} tone={model.badge.tone} />
        </div>
      ) : null}
      {model.facts.length > 0 ? (
        <div style={{ display: 'flex', flexWrap: 'wrap', marginTop: 36, rowGap: 22 }}>
          {model.facts.map((f) => (
            <div
              key={f.label}
              style={{ display: 'flex', flexDirection: 'column', width: '50%', paddingRight: 32 }}
            >
              <div
                style={{
                  fontSize: 20,
                  letterSpacing: 2,
                  textTransform: 'uppercase',
                  color: BRAND.muted,
                }}
              >
                {f.label}
              </div>
              <div style={{ fontSize: 30, marginTop: 4, color: BRAND.ink }}>
                {clip(f.value, 44)}
              </div>
            </div>
          ))}
        </div>
      ) : null}
    </CardFrame>
  );
}
