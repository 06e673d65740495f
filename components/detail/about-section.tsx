import { Prose } from './prose';
import { DetailSection } from './section';

/** The record's own description; nothing when it has none. */
export function AboutSection({ text }: { text: string | null | undefined }) {
  if (!text) return null;
  return (
    <DetailSection title="About">
      <Prose text={text} />
    </DetailSection>
  );
}
