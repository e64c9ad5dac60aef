// Reading progress without an account: entry toggles, area and home counters, export and import.
import { PROGRESS_KEY, countProgress, exportProgress, mergeProgress, parseProgress, setState, type Progress, type ProgressState } from '../lib/progress';

const load = (): Progress => {
  try {
    return parseProgress(localStorage.getItem(PROGRESS_KEY));
  } catch {
    return {};
  }
};
const save = (progress: Progress) => {
  try {
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(progress));
  } catch {}
};

function paint() {
  const progress = load();
  for (const toggle of document.querySelectorAll<HTMLElement>('[data-progress-entry]')) {
    toggle.hidden = false;
    const state = progress[toggle.dataset.progressEntry!];
    for (const button of toggle.querySelectorAll<HTMLButtonElement>('button[data-state]')) button.setAttribute('aria-pressed', String(button.dataset.state === state));
  }
  for (const counter of document.querySelectorAll<HTMLElement>('[data-progress-ids]')) {
    const { read, toRead, total } = countProgress(progress, counter.dataset.progressIds!.split(','));
    counter.hidden = false;
    counter.textContent = `Your progress: ${read} of ${total} read${toRead ? `, ${toRead} to read` : ''}`;
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

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-progress-export]')) {
  button.hidden = false;
  button.addEventListener('click', () => {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([exportProgress(load())], { type: 'application/json' }));
    link.download = 'alphatree-progress.json';
    link.click();
    URL.revokeObjectURL(link.href);
  });
}
for (const input of document.querySelectorAll<HTMLInputElement>('[data-progress-import]')) {
  input.closest<HTMLElement>('[hidden]')?.removeAttribute('hidden');
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    if (!file) return;
    save(mergeProgress(load(), parseProgress(await file.text())));
    paint();
  });
}

paint();
