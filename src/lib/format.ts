/** Shows a number as readers expect it: thousands separated, no float noise. */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 }).format(value);
}

/** The unit a thousand times larger than a billion-sized unit: 1,571 B parameters read as 1.57 T. */
const TRILLIONS: Record<string, string> = { G: 'T', B: 'T' };

/**
 * A value with its glossary unit. Millions of a thousand or more read better as billions
 * (`4090` M MACs → `4.09 G`), and billions of a thousand or more as trillions; percentages take no space.
 */
export function formatValue(value: number, unit: string, thousandsUnit: string | undefined = unit === 'M' ? 'G' : undefined): string {
  const trillions = thousandsUnit && TRILLIONS[thousandsUnit];
  if (trillions && Math.abs(value) >= 1e6) return `${formatNumber(Math.round(value / 1e4) / 100)} ${trillions}`;
  if (thousandsUnit && Math.abs(value) >= 1000) return `${formatNumber(Math.round(value / 10) / 100)} ${thousandsUnit}`;
  if (unit === '%') return `${formatNumber(value)}%`;
  if (unit === '×') return `${formatNumber(value)}×`;
  return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
}

/** Yes/no facts in tables: a word, not a glyph, so that screen readers and search read it. */
export const formatFlag = (flag: boolean): string => (flag ? 'yes' : 'no');
