/**
 * Orders two table cells by their `data-sort` text. Empty cells always go last, whatever the
 * direction, so that missing numbers never look like the best or the worst.
 */
export function compareSortValues(a: string, b: string, numeric: boolean, ascending: boolean): number {
  if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
  const order = numeric ? Number(a) - Number(b) : a.localeCompare(b);
  return ascending ? order : -order;
}
