// Reading progress without an account: entry toggles and area / home counters. Export and import
// live in progress-transfer.ts, which only the home page loads.
import { PROGRESS_KEY, countProgress, parseProgress, setState, type Progress, type ProgressState } from '../lib/progress';

export const load = (): Progress => {
  try {
    return parseProgress(localStorage.getItem(PROGRESS_KEY));
  } catch {
    return {};
  }
};
export const save = (progress: Progress) => {
  try {
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(progress));
  } catch {}
};

export function paint() {
  const progress = load();
  for (const toggle of document.querySelectorAll<HTMLElement>('[data-progress-entry]')) {
    toggle.hidden = false;
    const state = progress[toggle.dataset.progressEntry!];
    for (const button of toggle.querySelectorAll<HTMLButtonElement>('button[data-state]')) button.setAttribute('aria-pressed', String(button.dataset.state === state));
  }
  for (const counter of document.querySelectorAll<HTMLElement>('[data-progress-ids]')) {
    const { read, toRead, total } = countProgress(progress, counter.dataset.progressIds!.split(','));
    counter.hidden = false;
    counter.textContent =
      counter.dataset.progressFormat === 'short' ? (read ? `${read}/${total} read` : '') : `Your progress: ${read} of ${total} read${toRead ? `, ${toRead} to read` : ''}`;
    counter.style.setProperty('--done', String(total ? read / total : 0));
  }
}

document.addEventListener('click', (event) => {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-progress-entry] button[data-state]');
  if (!button) return;
  const id = button.closest<HTMLElement>('[data-progress-entry]')!.dataset.progressEntry!;
  const wanted = button.dataset.state as ProgressState;
  const progress = load();
  save(setState(progress, id, progress[id] === wanted ? undefined : wanted));
  paint();
});

paint();
