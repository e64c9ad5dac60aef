/** A reader's progress, kept in localStorage without an account. */
export type ProgressState = 'read' | 'to-read';
export type Progress = Record<string, ProgressState>;

export const PROGRESS_KEY = 'alphatree-progress';

/** The file format of an export: versioned so that later versions can still import it. */
export interface ProgressFile {
  app: 'alphatree';
  version: 1;
  progress: Progress;
}

/** Reads stored or imported JSON, keeping only well-formed `id: state` pairs; anything else is dropped. */
export function parseProgress(text: string | null): Progress {
  if (!text) return {};
  try {
    const value = JSON.parse(text) as unknown;
    const map = value && typeof value === 'object' && 'progress' in value ? (value as ProgressFile).progress : value;
    if (!map || typeof map !== 'object' || Array.isArray(map)) return {};
    return Object.fromEntries(Object.entries(map).filter(([id, state]) => /^[a-z0-9][a-z0-9-]*$/.test(id) && (state === 'read' || state === 'to-read'))) as Progress;
  } catch {
    return {};
  }
}

/** Sets, changes or (with `undefined`) clears an entry's state; returns a new object. */
export function setState(progress: Progress, id: string, state: ProgressState | undefined): Progress {
  const next = { ...progress };
  if (state) next[id] = state;
  else delete next[id];
  return next;
}

/** How many of the given entries are read and marked to read. */
export function countProgress(progress: Progress, ids: readonly string[]): { read: number; toRead: number; total: number } {
  return {
    read: ids.filter((id) => progress[id] === 'read').length,
    toRead: ids.filter((id) => progress[id] === 'to-read').length,
    total: ids.length,
  };
}

/** Merges an imported file into the current progress; imported states win. */
export const mergeProgress = (current: Progress, imported: Progress): Progress => ({ ...current, ...imported });

export const exportProgress = (progress: Progress): string => JSON.stringify({ app: 'alphatree', version: 1, progress } satisfies ProgressFile, null, 2);
