/** Shows a number as readers expect it: thousands separated, no float noise. */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 }).format(value);
}

/**
 * A value with its glossary unit. Millions of a thousand or more read better as billions
 * (`4090` M MACs → `4.09 G`), percentages take no space.
 */
export function formatValue(value: number, unit: string, thousandsUnit: string | undefined = unit === 'M' ? 'G' : undefined): string {
  if (thousandsUnit && Math.abs(value) >= 1000) return `${formatNumber(Math.round(value / 10) / 100)} ${thousandsUnit}`;
  if (unit === '%') return `${formatNumber(value)}%`;
  if (unit === '×') return `${formatNumber(value)}×`;
  return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
}

/** Yes/no facts in tables: a word, not a glyph, so that screen readers and search read it. */
export const formatFlag = (flag: boolean): string => (flag ? 'yes' : 'no');
