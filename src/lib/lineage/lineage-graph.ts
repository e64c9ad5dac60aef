import type { Relation } from '../../schemas/lineage';
import type { CatalogueEntry } from '../catalogue';

/** A node of an area's lineage graph. */
export interface LineageNode {
  entry: CatalogueEntry;
  /** True for an ancestor from another area, drawn as a context node. */
  external: boolean;
}

export interface LineageEdge {
  from: string;
  to: string;
  relation: Relation;
}

export interface LineageGraph {
  nodes: LineageNode[];
  edges: LineageEdge[];
}

/**
 * The lineage of one area: its entries, the entries of other areas they build on (as context),
 * and every `builds_on` edge between them. Derived from `builds_on` only.
 */
export function areaLineage(area: string, entries: readonly CatalogueEntry[], byId: ReadonlyMap<string, CatalogueEntry>): LineageGraph {
  const own = entries.filter((entry) => entry.area === area);
  const nodes = new Map<string, LineageNode>(own.map((entry) => [entry.id, { entry, external: false }]));
  const edges: LineageEdge[] = [];
  for (const entry of own) {
    for (const edge of entry.data.builds_on) {
      const ancestor = byId.get(edge.id);
      if (!ancestor) continue;
      if (!nodes.has(ancestor.id)) nodes.set(ancestor.id, { entry: ancestor, external: true });
      edges.push({ from: ancestor.id, to: entry.id, relation: edge.relation });
    }
  }
  return { nodes: [...nodes.values()], edges };
}
