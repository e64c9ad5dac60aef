// Export and import of reading progress as a JSON file (home page only).
import { exportProgress, mergeProgress, parseProgress } from '../lib/progress';
import { load, paint, save } from './progress';

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
