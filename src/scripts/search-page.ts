// The search page: Pagefind loads on the first query, not with the page.
import { escapeHtml, readSearchState, writeSearchState, type SearchState } from '../lib/search-state';
import { loadPagefind, searchRanked, type Pagefind } from './pagefind-client';

const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = document.querySelector<HTMLInputElement>('#search-input')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
const extra = document.querySelector<HTMLElement>('[data-extra-filters]')!;

let filtersReady: Promise<void> | undefined;
const prepare = () => (filtersReady ??= loadPagefind().then(buildYearFilter));

async function buildYearFilter(module: Pagefind) {
  const filters = await module.filters();
  const options = (name: string) =>
    Object.keys(filters[name] ?? {})
      .sort()
      .map((value) => `<option value="${escapeHtml(value)}">${escapeHtml(value)}</option>`)
      .join('');
  extra.innerHTML = `
    <label><span class="filter-name">Topic</span><select name="group"><option value="">any</option>${options('group')}</select></label>
    <label><span class="filter-name">Decade</span><select name="decade"><option value="">any</option>${options('decade')}</select></label>
    <label><span class="filter-name">Year</span><select name="year"><option value="">any</option>${options('year')}</select></label>
    <label><span class="filter-name">Venue</span><select name="venue"><option value="">any</option>${options('venue')}</select></label>
    <label><span class="filter-name">Code</span><select name="code"><option value="">any</option>${options('code')}</select></label>`;
  applyState(readSearchState(location.search), false);
}

function currentState(): SearchState {
  const data = new FormData(form);
  return {
    query: input.value.trim(),
    areas: data.getAll('area').map(String),
    group: String(data.get('group') ?? ''),
    decade: String(data.get('decade') ?? ''),
    code: String(data.get('code') ?? ''),
    year: String(data.get('year') ?? ''),
    venue: String(data.get('venue') ?? ''),
  };
}

function applyState(state: SearchState, setQuery = true) {
  if (setQuery) input.value = state.query;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="area"]')) box.checked = state.areas.includes(box.value);
  for (const name of ['group', 'decade', 'year', 'venue', 'code'] as const) {
    const select = form.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
    if (select) select.value = state[name];
  }
}

let generation = 0;
async function run() {
  const state = currentState();
  history.replaceState(null, '', `${location.pathname}${writeSearchState(state)}`);
  const mine = (generation += 1);
  if (!state.query) {
    list.innerHTML = '';
    status.textContent = 'Type to search all entries.';
    return;
  }
  status.textContent = 'Searching…';
  await prepare();
  const filters: Record<string, unknown> = {};
  if (state.areas.length) filters.area = { any: state.areas };
  if (state.group) filters.group = state.group;
  if (state.decade) filters.decade = state.decade;
  if (state.code) filters.code = state.code;
  if (state.year) filters.year = state.year;
  if (state.venue) filters.venue = state.venue;
  const found = await searchRanked(state.query, filters);
  if (!found || mine !== generation) return;
  const results = found.results.slice(0, 20);
  status.textContent = `${found.total} result${found.total === 1 ? '' : 's'} for “${state.query}”`;
  list.innerHTML = results
    .map(
      (result) => `<li>
        <h2><a href="${escapeHtml(result.url)}">${escapeHtml(result.meta.title ?? result.url)}</a></h2>
        <p class="result-meta">${[result.meta.area, result.meta.year].filter((part): part is string => Boolean(part)).map(escapeHtml).join(' · ')}</p>
        ${result.meta.summary ? `<p>${escapeHtml(result.meta.summary)}</p>` : ''}
        <p class="result-meta">${result.excerpt}</p>
      </li>`,
    )
    .join('');
}

let timer: ReturnType<typeof setTimeout> | undefined;
form.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => void run(), 120);
});
form.addEventListener('change', () => void run());
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run();
});
input.addEventListener('focus', () => void prepare(), { once: true });

// Arrow keys move between the search box and the results; Enter follows the focused result.
document.addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...list.querySelectorAll<HTMLAnchorElement>('h2 a')];
  if (!links.length) return;
  const current = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (document.activeElement === input && event.key === 'ArrowDown') {
    event.preventDefault();
    links[0]!.focus();
  } else if (current !== -1) {
    event.preventDefault();
    const next = current + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) input.focus();
    else links[Math.min(next, links.length - 1)]!.focus();
  }
});

const initial = readSearchState(location.search);
applyState(initial);
if (initial.query) void run();
else status.textContent = 'Type to search all entries.';
input.focus();
