import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CheckList } from '@/components/list/check-list';
import { HistogramBars } from '@/components/list/histogram-bars';

// These client components turn compact data into the markup the server used to render itself;
// the no-JavaScript form and the e2e specs depend on that markup.
describe('CheckList', () => {
  it('renders a named checkbox per option, ticked ones checked, counts grouped', () => {
    const html = renderToStaticMarkup(
      <CheckList
        param="lsp__id"
        options={[
          ['121', 'SpaceX', 12345],
          ['44', 'NASA & co <1>', 0],
        ]}
        checked={['44']}
      />,
    );
    expect(html).toBe(
      '<div class="filter-checks">' +
        '<label><input type="checkbox" name="lsp__id" value="121"/>SpaceX<span>12,345</span></label>' +
        '<label><input type="checkbox" name="lsp__id" checked="" value="44"/>NASA &amp; co &lt;1&gt;</label>' +
        '</div>',
    );
  });

  it('drops the scroll box of a whole short list', () => {
    const html = renderToStaticMarkup(<CheckList param="p" options={[]} checked={[]} whole />);
    expect(html).toBe('<div class="filter-checks max-h-none"></div>');
  });
});

describe('HistogramBars', () => {
  it('links each non-empty bar with its label and marks the current one', () => {
    const html = renderToStaticMarkup(
      <HistogramBars
        label="launches per year"
        bars={[
          ['2023', '2023: 10 launches', '100.0', '/launches?year=2023', true],
          ['2024', '2024: 0 launches', '0.0', null, false],
          ['2025', '2025: 1 launch', '10.0', '/launches?year=2025', false],
        ]}
      />,
    );
    expect(html).toContain('<ol class="hist mt-2" aria-label="launches per year">');
    expect(html).toContain(
      '<a aria-label="2023: 10 launches" title="2023: 10 launches" aria-current="true" class="hist-bar" href="/launches?year=2023"><span aria-hidden="true" class="hist-fill bg-accent-strong" style="height:max(3px, 100.0%)"></span></a>',
    );
    expect(html).toContain(
      '<li aria-hidden="true"><span class="hist-bar"><span aria-hidden="true" class="hist-fill bg-line" style="height:2px"></span></span></li>',
    );
    expect(html).toContain('href="/launches?year=2025"');
    expect(html).toContain('class="hist-fill" style="height:max(3px, 10.0%)"');
  });
});
