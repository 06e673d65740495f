import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { hydrateAfterPaint, pageScripts } from '@/lib/page-cache/hydrate-after-paint';

const chunk = (name: string) => `<script src="/_next/static/chunks/${name}.js" async=""></script>`;
const PAGE =
  '<!DOCTYPE html><html><head><meta charSet="utf-8"/>' +
  '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/boot.js"/>' +
  chunk('react-dom') +
  chunk('runtime') +
  '<title>Launches</title>' +
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script></head>' +
  '<body><main><h1>Launches</h1></main>' +
  '<script id="_R_">(globalThis.TURBOPACK=globalThis.TURBOPACK||[]).push({})</script>' +
  chunk('boot') +
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>';

describe('hydrateAfterPaint (document rewrite)', () => {
  const out = hydrateAfterPaint(PAGE);

  it('takes every chunk script and chunk preload out of the document', () => {
    expect(out).not.toMatch(/<script src="\/_next\/static\/chunks\/[^"]+" async/);
    expect(out).not.toContain('rel="preload" as="script"');
  });

  it('keeps everything else: stylesheet, title, the noModule polyfill, inline scripts in order', () => {
    expect(out).toContain('<link rel="stylesheet" href="/_next/static/chunks/site.css"');
    expect(out).toContain('<script src="/_next/static/chunks/polyfills.js" noModule="">');
    expect(out.indexOf('<h1>Launches</h1>')).toBeLessThan(out.indexOf('id="_R_"'));
    expect(out.indexOf('id="_R_"')).toBeLessThan(out.indexOf('__next_f'));
  });

  it('puts one loader, listing each chunk once, where the bootstrap script was', () => {
    const loaders = out.match(/<script>\(function\(s\)/g) ?? [];
    expect(loaders).toHaveLength(1);
    const at = out.indexOf('<script>(function(s)');
    expect(at).toBeGreaterThan(out.indexOf('id="_R_"'));
    expect(at).toBeLessThan(out.indexOf('__next_f'));
    expect(out).toContain(
      '["/_next/static/chunks/react-dom.js","/_next/static/chunks/runtime.js","/_next/static/chunks/boot.js"]',
    );
  });

  it('leaves a document without chunks, or without head and body, as it is', () => {
    const plain = '<!DOCTYPE html><html><head></head><body><p>x</p></body></html>';
    expect(hydrateAfterPaint(plain)).toBe(plain);
    expect(hydrateAfterPaint(chunk('a'))).toBe(chunk('a'));
  });
});

/** Runs the loader in a minimal browser: records added scripts and lets a test fire events. */
function runLoader(
  html: string,
  { hidden = false, paintTiming = true }: { hidden?: boolean; paintTiming?: boolean } = {},
) {
  const loader = /<script>(\(function\(s\)[\s\S]*?)<\/script>/.exec(html)?.[1];
  if (!loader) throw new Error('no loader in the document');
  const added: string[] = [];
  // Which task (timer run) each insertion happened in.
  let task = 0;
  const insertionTasks = new Set<number>();
  const timers: { fn: () => void; ms: number }[] = [];
  const frames: (() => void)[] = [];
  let observer: ((list: { getEntriesByName: (n: string) => unknown[] }) => void) | null = null;
  class FakeObserver {
    static supportedEntryTypes = ['paint', 'resource'];
    constructor(callback: typeof observer) {
      observer = callback;
    }
    observe() {}
  }
  const element = { src: '', async: false };
  const window = { PerformanceObserver: paintTiming ? FakeObserver : undefined };
  const context = vm.createContext({
    window,
    document: {
      visibilityState: hidden ? 'hidden' : 'visible',
      createElement: () => ({ ...element }),
      head: {
        appendChild: (e: typeof element) => {
          added.push(`${e.src}${e.async ? ' async' : ''}`);
          insertionTasks.add(task);
        },
      },
    },
    setTimeout: (fn: () => void, ms: number) => timers.push({ fn, ms }),
    requestAnimationFrame: (fn: () => void) => frames.push(fn),
  });
  vm.runInContext(loader, context);
  return {
    added,
    insertionTasks: () => insertionTasks.size,
    paint: (name: string) => observer?.({ getEntriesByName: (n) => (n === name ? [{}] : []) }),
    frame: () => frames.splice(0).forEach((f) => f()),
    /** Runs the timers due after `ms`, each as a task, and any they schedule for the same delay. */
    timer: (ms: number) => {
      for (let due = timers.filter((t) => t.ms === ms); due.length > 0; ) {
        for (const t of due) {
          timers.splice(timers.indexOf(t), 1);
          task++;
          t.fn();
        }
        due = timers.filter((t) => t.ms === ms);
      }
    },
  };
}

describe('hydrateAfterPaint (the loader in the browser)', () => {
  const html = hydrateAfterPaint(PAGE);
  const all = [
    '/_next/static/chunks/react-dom.js async',
    '/_next/static/chunks/runtime.js async',
    '/_next/static/chunks/boot.js async',
  ];

  it('adds no script before the first contentful paint, then every chunk once', () => {
    const page = runLoader(html);
    expect(page.added).toEqual([]);
    page.paint('first-paint');
    expect(page.added).toEqual([]);
    page.paint('first-contentful-paint');
    expect(page.added).toEqual([]);
    page.timer(0);
    expect(page.added).toEqual(all);
    // Each script's request starts in a task of its own, so none of them is a long task.
    expect(page.insertionTasks()).toBe(all.length);
    page.paint('first-contentful-paint');
    page.timer(0);
    page.timer(2000);
    expect(page.added).toEqual(all);
  });

  it('still loads after two seconds when no paint is ever reported', () => {
    const page = runLoader(html);
    page.timer(2000);
    page.timer(0);
    expect(page.added).toEqual(all);
  });

  it('loads at once in a hidden tab, which does not paint', () => {
    const page = runLoader(html, { hidden: true });
    page.timer(0);
    expect(page.added).toEqual(all);
  });

  it('without the Paint Timing API, loads after the next frame', () => {
    const page = runLoader(html, { paintTiming: false });
    expect(page.added).toEqual([]);
    page.frame();
    expect(page.added).toEqual([]);
    page.timer(0);
    expect(page.added).toEqual(all);
  });
});

describe('pageScripts (what the first-load JavaScript gate counts)', () => {
  const expected = ['react-dom', 'runtime', 'boot'].map((n) => `/_next/static/chunks/${n}.js`);

  it('finds the same chunks before and after the rewrite, never the noModule polyfill', () => {
    expect(pageScripts(PAGE).sort()).toEqual([...expected].sort());
    expect(pageScripts(hydrateAfterPaint(PAGE))).toEqual(expected);
  });
});
