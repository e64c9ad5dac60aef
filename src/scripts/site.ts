// The only script every page loads: keyboard access to search, the theme toggle, and a hook that
// loads instant search results on the first keystroke in the header's search box.
const THEME_KEY = 'alphatree-theme';
const root = document.documentElement;

const effectiveTheme = () => root.dataset.theme ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
  button.setAttribute('aria-pressed', String(effectiveTheme() === 'dark'));
  button.addEventListener('click', () => {
    const next = effectiveTheme() === 'dark' ? 'light' : 'dark';
    root.dataset.theme = next;
    button.setAttribute('aria-pressed', String(next === 'dark'));
    try {
      localStorage.setItem(THEME_KEY, next);
    } catch {}
    document.dispatchEvent(new CustomEvent('alphatree:theme', { detail: next }));
  });
}

document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement | null;
  const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
  const isSlash = event.key === '/' && !typing;
  const isModK = event.key.toLowerCase() === 'k' && (event.metaKey || event.ctrlKey);
  if (!isSlash && !isModK) return;
  const input = document.querySelector<HTMLInputElement>('#search-input') ?? document.querySelector<HTMLInputElement>('#site-search');
  if (!input) return;
  event.preventDefault();
  input.focus();
  input.select();
});

const headerSearch = document.querySelector<HTMLInputElement>('#site-search');
headerSearch?.addEventListener(
  'input',
  () => void import('./header-search').then(({ attachInstantResults }) => attachInstantResults(headerSearch)),
  { once: true },
);
