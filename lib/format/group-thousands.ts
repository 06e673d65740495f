/**
 * "1,234", as `toLocaleString('en-US')` writes it, without Intl: in a browser the first Intl
 * object loads ICU's data (20-50 ms), which client code that only counts should not pay for.
 */
export function groupThousands(n: number): string {
  return Number.isInteger(n)
    ? String(n).replace(/\B(?=(\d{3})+$)/g, ',')
    : n.toLocaleString('en-US');
}
