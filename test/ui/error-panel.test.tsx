import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ListError } from '@/components/list/list-error';
import { ErrorPanel } from '@/components/ui/error-panel';
import { PAGE_ERROR_STYLES } from '@/components/ui/error-panel-styles';
import { LiveDataUnavailableError } from '@/lib/data/live-error';

const retry = () => {};
const LL2_DOWN = 'Launch Library 2 isn’t answering right now';

describe('error boundaries’ panel', () => {
  it('says LL2 is down for the error itself and for the digest a client boundary sees', () => {
    for (const error of [
      new LiveDataUnavailableError('LL2 answered HTTP 502', 120),
      { digest: 'LL2_UNAVAILABLE;retry-after=120' },
    ]) {
      const out = renderToStaticMarkup(
        <ErrorPanel
          error={error}
          retry={retry}
          styles={PAGE_ERROR_STYLES}
          title="This page didn’t load"
          message="It may be a short hiccup."
          link={{ href: '/', label: 'Go to the home page' }}
        />,
      );
      expect(out).toContain(LL2_DOWN);
      expect(out).not.toContain('short hiccup');
    }
  });

  it('a list’s boundary names the list, shows the digest and links back to it', () => {
    const error = Object.assign(new Error('boom'), { digest: '2961417519' });
    const out = renderToStaticMarkup(
      <ListError error={error} retry={retry} title="Docking events" home="/docking-events" />,
    );
    expect(out).toContain('Docking events didn’t load');
    expect(out).toContain('Something went wrong while reading the list.');
    expect(out).not.toContain(LL2_DOWN);
    expect(out).toContain('<code class="font-mono">2961417519</code>');
    expect(out).toMatch(/<a [^>]*href="\/docking-events"[^>]*>Start over without filters<\/a>/);
    expect(out).toContain('class="btn-primary"');
  });
});
