import type { AreaData } from '../schemas/area';
import type { EntryData } from '../schemas/entry';
import type { MetricDefinition } from '../schemas/metric';
import type { Relation } from '../schemas/lineage';

/** An entry with the area it lives in. */
export interface CatalogueEntry {
  id: string;
  area: string;
  data: EntryData;
}

/** An area with its frontmatter. */
export interface CatalogueArea {
  id: string;
  data: AreaData;
}

/** An edge seen from the ancestor: which later entry builds on it, and how. */
export interface Descendant {
  entry: CatalogueEntry;
  relation: Relation;
  note?: string;
}

/** Everything the pages need, indexed once. */
export interface Catalogue {
  areas: CatalogueArea[];
  entries: CatalogueEntry[];
  metrics: ReadonlyMap<string, MetricDefinition>;
  byId: ReadonlyMap<string, CatalogueEntry>;
  areaById: ReadonlyMap<string, CatalogueArea>;
  /** Entries of an area in reading order: by group order, then year, then title. */
  entriesOf(area: string): CatalogueEntry[];
  /** Later entries that build on the given one. */
  descendantsOf(id: string): Descendant[];
}

/** Reading order inside an area: groups as the area declares them, then chronological. */
export function readingOrder(area: AreaData, entries: readonly CatalogueEntry[]): CatalogueEntry[] {
  const groupRank = new Map(area.groups.map((group, index) => [group.id, index]));
  return [...entries].sort(
    (a, b) =>
      (groupRank.get(a.data.group) ?? Infinity) - (groupRank.get(b.data.group) ?? Infinity) ||
      a.data.year - b.data.year ||
      a.data.title.localeCompare(b.data.title),
  );
}

/** Builds the lookup structures over plain data; no I/O. */
export function indexCatalogue(areas: CatalogueArea[], entries: CatalogueEntry[], metrics: ReadonlyMap<string, MetricDefinition>): Catalogue {
  const sortedAreas = [...areas].sort((a, b) => a.data.order - b.data.order);
  const areaById = new Map(sortedAreas.map((area) => [area.id, area]));
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const ordered = new Map(
    sortedAreas.map((area) => [area.id, readingOrder(area.data, entries.filter((entry) => entry.area === area.id))]),
  );
  const descendants = new Map<string, Descendant[]>();
  for (const entry of entries) {
    for (const edge of entry.data.builds_on) {
      const list = descendants.get(edge.id) ?? [];
      list.push({ entry, relation: edge.relation, note: edge.note });
      descendants.set(edge.id, list);
    }
  }
  for (const list of descendants.values()) list.sort((a, b) => a.entry.data.year - b.entry.data.year || a.entry.data.title.localeCompare(b.entry.data.title));
  return {
    areas: sortedAreas,
    entries: sortedAreas.flatMap((area) => ordered.get(area.id) ?? []),
    metrics,
    byId,
    areaById,
    entriesOf: (area) => ordered.get(area) ?? [],
    descendantsOf: (id) => descendants.get(id) ?? [],
  };
}
