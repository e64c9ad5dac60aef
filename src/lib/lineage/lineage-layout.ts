import type { LineageEdge, LineageGraph, LineageNode } from './lineage-graph';

export interface PlacedNode extends LineageNode {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedEdge extends LineageEdge {
  /** SVG path data from the ancestor to the descendant. */
  path: string;
}

export interface LineageLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  /** Column headings: one per distinct year. */
  years: { year: number; x: number }[];
}

/** Sizes in SVG user units; the SVG scales with its frame, so these set proportions and text fit. */
export const LAYOUT = { nodeWidth: 150, nodeHeight: 34, columnGap: 56, rowGap: 14, top: 34, margin: 12 } as const;

/**
 * Places nodes in one column per year (left to right), and inside a column orders them by the
 * mean row of their ancestors, so that families stay side by side and edges cross less.
 * Deterministic: the same graph always gives the same picture.
 */
export function layoutLineage(graph: LineageGraph): LineageLayout {
  const { nodeWidth, nodeHeight, columnGap, rowGap, top, margin } = LAYOUT;
  const years = [...new Set(graph.nodes.map((node) => node.entry.data.year))].sort((a, b) => a - b);
  const parents = new Map<string, string[]>();
  for (const edge of graph.edges) parents.set(edge.to, [...(parents.get(edge.to) ?? []), edge.from]);

  const row = new Map<string, number>();
  const columns = years.map((year) =>
    graph.nodes.filter((node) => node.entry.data.year === year).sort((a, b) => a.entry.data.title.localeCompare(b.entry.data.title)),
  );
  columns.forEach((column) => {
    const barycentre = (node: LineageNode) => {
      const placed = (parents.get(node.entry.id) ?? []).map((id) => row.get(id)).filter((r): r is number => r !== undefined);
      return placed.length ? placed.reduce((sum, r) => sum + r, 0) / placed.length : Infinity;
    };
    const keyed = column.map((node, index) => ({ node, key: barycentre(node), index }));
    keyed.sort((a, b) => (a.key === b.key ? a.index - b.index : a.key - b.key));
    // Rows are claimed near the barycentre so that a child sits level with its parents when it can.
    const taken = new Set<number>();
    for (const { node, key } of keyed) {
      let wanted = Number.isFinite(key) ? Math.round(key) : 0;
      while (taken.has(wanted)) wanted += 1;
      taken.add(wanted);
      row.set(node.entry.id, wanted);
    }
  });

  const usedRows = [...new Set(row.values())].sort((a, b) => a - b);
  const compact = new Map(usedRows.map((r, index) => [r, index]));
  const nodes: PlacedNode[] = columns.flatMap((column, columnIndex) =>
    column.map((node) => ({
      ...node,
      x: margin + columnIndex * (nodeWidth + columnGap),
      y: top + compact.get(row.get(node.entry.id)!)! * (nodeHeight + rowGap),
      width: nodeWidth,
      height: nodeHeight,
    })),
  );
  const placed = new Map(nodes.map((node) => [node.entry.id, node]));
  const edges: PlacedEdge[] = graph.edges.map((edge) => ({ ...edge, path: edgePath(placed.get(edge.from)!, placed.get(edge.to)!) }));
  return {
    width: margin * 2 + years.length * nodeWidth + Math.max(0, years.length - 1) * columnGap,
    height: top + usedRows.length * (nodeHeight + rowGap) - rowGap + margin,
    nodes,
    edges,
    years: years.map((year, index) => ({ year, x: margin + index * (nodeWidth + columnGap) + nodeWidth / 2 })),
  };
}

/** A smooth curve between two boxes; boxes in the same column are joined by a bow on the right. */
export function edgePath(from: PlacedNode, to: PlacedNode): string {
  const fromY = from.y + from.height / 2;
  const toY = to.y + to.height / 2;
  if (from.x === to.x) {
    const x = from.x + from.width;
    const bow = 24;
    return `M${x},${fromY} C${x + bow},${fromY} ${x + bow},${toY} ${x},${toY}`;
  }
  const startX = from.x + from.width;
  const endX = to.x;
  const middle = (startX + endX) / 2;
  return `M${startX},${fromY} C${middle},${fromY} ${middle},${toY} ${endX},${toY}`;
}
