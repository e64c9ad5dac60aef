// The search page: Pagefind loads on the first query, not with the page.
import { escapeHtml, readSearchState, writeSearchState, type SearchState } from '../lib/search-state';
import { rankByName } from '../lib/search-rank';
import { ALIAS_SEPARATOR } from '../lib/search-attributes';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, unknown> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const base = import.meta.env.BASE_URL;
const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = document.querySelector<HTMLInputElement>('#search-input')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
const extra = document.querySelector<HTMLElement>('[data-extra-filters]')!;

let pagefind: Promise<Pagefind> | undefined;
const loadPagefind = () =>
  (pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await module.options({ baseUrl: base });
    await buildYearFilter(module);
    return module;
  })());

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
  const module = await loadPagefind();
  const filters: Record<string, unknown> = {};
  if (state.areas.length) filters.area = { any: state.areas };
  if (state.group) filters.group = state.group;
  if (state.decade) filters.decade = state.decade;
  if (state.code) filters.code = state.code;
  if (state.year) filters.year = state.year;
  if (state.venue) filters.venue = state.venue;
  const search = await module.search(state.query, { filters });
  if (!search || mine !== generation) return;
  // Names are matched on the first 30 hits only, so a broad query stays cheap to load.
  const loaded = await Promise.all(search.results.slice(0, 30).map((result) => result.data()));
  if (mine !== generation) return;
  const results = rankByName(
    state.query,
    loaded.map((data) => ({
      data,
      title: data.meta.title ?? '',
      aliases: data.meta.aliases ? data.meta.aliases.split(ALIAS_SEPARATOR) : [],
      paperTitle: data.meta.paper ?? '',
      year: data.meta.year ? Number(data.meta.year) : undefined,
    })),
  )
    .slice(0, 20)
    .map((item) => item.data);
  status.textContent = `${search.results.length} result${search.results.length === 1 ? '' : 's'} for “${state.query}”`;
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
input.addEventListener('focus', () => void loadPagefind(), { once: true });

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
