// Instant results under the header's search box, loaded on the first keystroke. Enter opens the
// highlighted result, or the full search page when none is highlighted; Escape closes the list.
import { escapeHtml } from '../lib/search-state';
import { searchRanked, type PagefindResultData } from './pagefind-client';

export function attachInstantResults(input: HTMLInputElement): void {
  const form = input.form!;
  const list = document.createElement('ul');
  list.id = 'instant-results';
  list.className = 'instant-results';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Search suggestions');
  list.hidden = true;
  form.append(list);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');

  let results: PagefindResultData[] = [];
  let active = -1;
  let generation = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (index: number) => {
    active = index;
    list.querySelectorAll('[role="option"]').forEach((option, position) => option.setAttribute('aria-selected', String(position === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', `instant-${index}`);
    else input.removeAttribute('aria-activedescendant');
  };

  const update = async () => {
    const query = input.value.trim();
    const mine = (generation += 1);
    if (!query) return close();
    const found = await searchRanked(query, {}, 12);
    if (!found || mine !== generation) return;
    results = found.results.slice(0, 6);
    list.innerHTML = results.length
      ? results
          .map(
            (result, index) =>
              `<li role="option" id="instant-${index}" aria-selected="false"><a href="${escapeHtml(result.url)}" tabindex="-1"><strong>${escapeHtml(result.meta.title ?? result.url)}</strong> <span>${[result.meta.area, result.meta.year].filter((part): part is string => Boolean(part)).map(escapeHtml).join(' · ')}</span></a></li>`,
          )
          .join('') + `<li class="instant-all" role="presentation">Enter: all ${found.total} results</li>`
      : '<li class="instant-all" role="presentation">No results</li>';
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    highlight(-1);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(), 100);
  });
  input.addEventListener('keydown', (event) => {
    if (list.hidden) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const count = results.length;
      if (count) highlight(event.key === 'ArrowDown' ? (active + 1) % count : (active - 1 + count) % count);
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      location.href = results[active]!.url;
    } else if (event.key === 'Escape') {
      close();
    }
  });
  document.addEventListener('click', (event) => {
    if (!form.contains(event.target as Node)) close();
  });
  void update();
}
