/**
 * `[████░░░░]`: a fixed-width bar for terminal progress lines (sync, import, snapshot load). An
 * unknown total draws an empty bar.
 */
export function progressBar(done: number, total: number, width = 20, glyphs = '█░'): string {
  const ratio = total > 0 ? Math.min(1, done / total) : 0;
  const filled = Math.round(ratio * width);
  return `[${glyphs[0]!.repeat(filled)}${glyphs[1]!.repeat(width - filled)}]`;
}
