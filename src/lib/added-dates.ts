import { execFileSync } from 'node:child_process';

/**
 * When each content file was first committed, from `git log`, as ISO dates by path. Empty when
 * git or its history is unavailable (a tarball build); callers then fall back to another date.
 */
export function addedDates(root: string, folder = 'content'): Map<string, string> {
  let log = '';
  try {
    log = execFileSync('git', ['log', '--diff-filter=A', '--name-only', '--format=@%aI', '--', folder], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return new Map();
  }
  return parseAddedLog(log);
}

/** Parses `git log --format=@<date> --name-only` output; the oldest commit adding a path wins. */
export function parseAddedLog(log: string): Map<string, string> {
  const dates = new Map<string, string>();
  let current = '';
  for (const line of log.split('\n')) {
    if (line.startsWith('@')) current = line.slice(1);
    else if (line.trim() && current) dates.set(line.trim(), current);
  }
  return dates;
}
