// Progressive enhancement: header cells become buttons that sort rows by their data-sort values.
import { compareSortValues } from '../lib/compare/sort-values';

for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
  const headers = [...table.tHead!.rows[0]!.cells];
  headers.forEach((cell, column) => {
    // Only the label becomes the button: a glossary link next to it must stay a separate control.
    const label = cell.querySelector('[data-sort-label]') ?? cell;
    const button = document.createElement('button');
    button.type = 'button';
    button.append(...label.childNodes);
    label.append(button);
    cell.setAttribute('aria-sort', 'none');
    button.addEventListener('click', () => {
      const ascending = cell.getAttribute('aria-sort') !== 'ascending';
      headers.forEach((other) => other.setAttribute('aria-sort', 'none'));
      cell.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const body = table.tBodies[0]!;
      const numeric = cell.hasAttribute('data-numeric');
      const rows = [...body.rows].sort((a, b) =>
        compareSortValues(a.cells[column]?.dataset.sort ?? '', b.cells[column]?.dataset.sort ?? '', numeric, ascending),
      );
      body.append(...rows);
    });
  });
}
