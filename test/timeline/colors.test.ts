import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FALLBACK_COLORS,
  KNOWN_FAMILY_COLORS,
  familyColor,
  legendFor,
  type FamilyColor,
} from '@/lib/timeline/colors';

// Tailwind's own colour values, so the check follows the palette if Tailwind changes it.
const theme = readFileSync(
  path.resolve(__dirname, '../../node_modules/tailwindcss/theme.css'),
  'utf8',
);
const vars = new Map(
  [...theme.matchAll(/--color-([a-z]+-\d+|white|black):\s*([^;]+);/g)].map((m) => [
    m[1]!,
    m[2]!.trim(),
  ]),
);

function srgb(name: string): [number, number, number] {
  const value = vars.get(name);
  if (!value) throw new Error(`no Tailwind colour ${name}`);
  if (value.startsWith('#')) {
    const hex =
      value.length === 4 ? [...value.slice(1)].map((c) => c + c).join('') : value.slice(1);
    return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [
      number,
      number,
      number,
    ];
  }
  const m = /oklch\(([\d.]+)%\s+([\d.]+)\s+([\d.]+)\)/.exec(value);
  if (!m) throw new Error(`cannot read ${name}: ${value}`);
  const [L, C, H] = [Number(m[1]) / 100, Number(m[2]), (Number(m[3]) * Math.PI) / 180];
  const a = C * Math.cos(H);
  const b = C * Math.sin(H);
  const l = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const mm = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (L - 0.0894841775 * a - 1.291485548 * b) ** 3;
  const linear = [
    4.0767416621 * l - 3.3077115913 * mm + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * mm - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * mm + 1.707614701 * s,
  ];
  return linear.map((c) => {
    const x = Math.min(1, Math.max(0, c));
    return x <= 0.0031308 ? 12.92 * x : 1.055 * x ** (1 / 2.4) - 0.055;
  }) as [number, number, number];
}

function luminance(name: string): number {
  const [r, g, b] = srgb(name).map((c) =>
    c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  ) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/** `fill-sky-700 dark:fill-sky-300` → { light: 'sky-700', dark: 'sky-300' }. */
function modes(classes: string, prefix: 'fill' | 'bg'): { light: string; dark: string } {
  const light = new RegExp(`(?:^|\\s)${prefix}-([a-z]+(?:-\\d+)?)(?:\\s|$)`).exec(classes)?.[1];
  const dark = new RegExp(`dark:${prefix}-([a-z]+(?:-\\d+)?)`).exec(classes)?.[1];
  if (!light || !dark) throw new Error(`light and dark ${prefix} expected in "${classes}"`);
  return { light, dark };
}

const all: [string, FamilyColor][] = [
  ...Object.entries(KNOWN_FAMILY_COLORS),
  ...FALLBACK_COLORS.map((c, i): [string, FamilyColor] => [`fallback ${i}`, c]),
];

describe('family colours', () => {
  it.each(all)(
    '%s: label text on the bar passes WCAG AA (4.5:1) in light and dark mode',
    (_, color) => {
      const bar = modes(color.bar, 'fill');
      const text = modes(color.text, 'fill');
      expect(contrast(bar.light, text.light)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(bar.dark, text.dark)).toBeGreaterThanOrEqual(4.5);
      // The bar itself stands out from a white / slate-950 page (WCAG 1.4.11 asks 3:1).
      expect(contrast(bar.light, 'white')).toBeGreaterThanOrEqual(3);
      expect(contrast(bar.dark, 'slate-950')).toBeGreaterThanOrEqual(3);
      // The legend swatch is the same colour as the bar.
      expect(modes(color.swatch, 'bg')).toEqual(bar);
    },
  );

  it('gives the known families their own colours', () => {
    const families = [
      'Dragon',
      'Soyuz',
      'Progress',
      'Cygnus',
      'HTV',
      'Starliner',
      'Shuttle',
      'ATV',
      'Tianzhou',
      'Shenzhou',
      'Payload',
      'Space station',
    ];
    const bars = families.map((f) => familyColor(f).bar);
    expect(new Set(bars).size).toBe(families.length);
    const known = new Set(Object.values(KNOWN_FAMILY_COLORS).map((c) => c.bar));
    for (const c of FALLBACK_COLORS) expect(known.has(c.bar)).toBe(false);
  });

  it('gives an unknown family the same fallback colour every time', () => {
    expect(familyColor('Gaganyaan')).toBe(familyColor('Gaganyaan'));
    expect(FALLBACK_COLORS).toContain(familyColor('Gaganyaan'));
    const spread = new Set(
      ['Gaganyaan', 'Orion', 'Dream Chaser', 'Kliper', 'Buran', 'Mengzhou', 'Tiangong'].map(
        (f) => familyColor(f).bar,
      ),
    );
    expect(spread.size).toBeGreaterThan(2);
  });

  it('lists the legend by frequency', () => {
    const legend = legendFor([
      { chaser: { family: 'Soyuz' } },
      { chaser: { family: 'Dragon' } },
      { chaser: { family: 'Dragon' } },
    ]);
    expect(legend.map((e) => [e.family, e.count])).toEqual([
      ['Dragon', 2],
      ['Soyuz', 1],
    ]);
    expect(legend[0]!.color).toBe(KNOWN_FAMILY_COLORS.Dragon);
  });
});
