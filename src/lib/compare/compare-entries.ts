import type { ExportedEntry } from '../export/entries-json';

/** How two entries are related through `builds_on`, in words a reader can use. */
export function lineageRelation(a: ExportedEntry, b: ExportedEntry, byId: ReadonlyMap<string, ExportedEntry>): string {
  const direct = a.builds_on.find((edge) => edge.id === b.id);
  if (direct) return `${a.title} ${direct.relation} ${b.title}`;
  const reverse = b.builds_on.find((edge) => edge.id === a.id);
  if (reverse) return `${b.title} ${reverse.relation} ${a.title}`;
  const pathAB = ancestorPath(a.id, b.id, byId);
  if (pathAB) return `${a.title} descends from ${b.title} via ${pathAB.slice(1, -1).map((id) => byId.get(id)!.title).join(' → ')}`;
  const pathBA = ancestorPath(b.id, a.id, byId);
  if (pathBA) return `${b.title} descends from ${a.title} via ${pathBA.slice(1, -1).map((id) => byId.get(id)!.title).join(' → ')}`;
  const shared = nearestCommonAncestor(a.id, b.id, byId);
  if (shared) return `both descend from ${byId.get(shared)!.title}`;
  return 'no lineage link';
}

/** Breadth-first ancestor search: the shortest builds-on path from `from` back to `to`, both included. */
export function ancestorPath(from: string, to: string, byId: ReadonlyMap<string, ExportedEntry>): string[] | undefined {
  const previous = new Map<string, string>([[from, from]]);
  const queue = [from];
  while (queue.length) {
    const current = queue.shift()!;
    for (const edge of byId.get(current)?.builds_on ?? []) {
      if (previous.has(edge.id) || !byId.has(edge.id)) continue;
      previous.set(edge.id, current);
      if (edge.id === to) {
        const path = [to];
        while (path[0] !== from) path.unshift(previous.get(path[0]!)!);
        return path;
      }
      queue.push(edge.id);
    }
  }
  return undefined;
}

function ancestorsByDistance(id: string, byId: ReadonlyMap<string, ExportedEntry>): Map<string, number> {
  const distance = new Map<string, number>([[id, 0]]);
  const queue = [id];
  while (queue.length) {
    const current = queue.shift()!;
    for (const edge of byId.get(current)?.builds_on ?? []) {
      if (distance.has(edge.id) || !byId.has(edge.id)) continue;
      distance.set(edge.id, distance.get(current)! + 1);
      queue.push(edge.id);
    }
  }
  distance.delete(id);
  return distance;
}

/** The shared ancestor closest to both entries (smallest summed distance, then the later year). */
export function nearestCommonAncestor(a: string, b: string, byId: ReadonlyMap<string, ExportedEntry>): string | undefined {
  const fromA = ancestorsByDistance(a, byId);
  const fromB = ancestorsByDistance(b, byId);
  let best: { id: string; score: number; year: number } | undefined;
  for (const [id, distance] of fromA) {
    const other = fromB.get(id);
    if (other === undefined) continue;
    const candidate = { id, score: distance + other, year: byId.get(id)!.year };
    if (!best || candidate.score < best.score || (candidate.score === best.score && candidate.year > best.year)) best = candidate;
  }
  return best?.id;
}

/** A metric row of the comparison: one metric on one dataset, with each entry's value (or none). */
export interface CompareMetricRow {
  metric: string;
  dataset: string;
  values: ({ value: number; setting?: string; source: string } | undefined)[];
}

/** Metric rows reported by at least two of the entries, so that the row really compares; then the rest. */
export function compareMetricRows(entries: readonly ExportedEntry[]): CompareMetricRow[] {
  const keys = new Map<string, { metric: string; dataset: string }>();
  for (const entry of entries) for (const metric of entry.metrics) keys.set(`${metric.metric}|${metric.dataset}`, { metric: metric.metric, dataset: metric.dataset });
  const rows = [...keys.values()].map(({ metric, dataset }) => ({
    metric,
    dataset,
    values: entries.map((entry) => entry.metrics.find((item) => item.metric === metric && item.dataset === dataset)),
  }));
  const shared = (row: CompareMetricRow) => row.values.filter(Boolean).length;
  return rows.sort((x, y) => shared(y) - shared(x) || x.metric.localeCompare(y.metric) || x.dataset.localeCompare(y.dataset));
}

/** Parses `?ids=a,b,c` (also repeated `id=`), keeping 2–4 known, distinct ids in order. */
export function selectedIds(search: string, known: ReadonlySet<string>, max = 4): string[] {
  const params = new URLSearchParams(search);
  const raw = [...(params.get('ids')?.split(',') ?? []), ...params.getAll('id')];
  return [...new Set(raw.map((id) => id.trim()).filter((id) => known.has(id)))].slice(0, max);
}
