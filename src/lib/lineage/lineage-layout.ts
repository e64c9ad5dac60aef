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
  /** Horizontal swimlanes, one per group that has nodes, with their titles. */
  bands: { id: string; title: string; y: number; height: number }[];
}

/** A swimlane: nodes of one group of the area (or the ancestors from other areas). */
export interface LineageBand {
  id: string;
  title: string;
}

/** Band of the ancestors that come from other areas, drawn first. */
export const EXTERNAL_BAND: LineageBand = { id: '__external', title: 'From other areas' };

/** Sizes in SVG user units; the SVG scales with its frame, so these set proportions and text fit. */
export const LAYOUT = { nodeWidth: 150, nodeHeight: 34, columnGap: 56, rowGap: 14, top: 34, margin: 12, bandHeader: 26, bandGap: 10 } as const;

/**
 * Places nodes in one column per year (left to right) and, when groups are given, in one
 * horizontal swimlane per group in the area's reading order, so that a family stays together.
 * Inside a lane and column, nodes are ordered by the mean row of their ancestors so that edges
 * cross less. Deterministic: the same graph always gives the same picture.
 */
export function layoutLineage(graph: LineageGraph, groups?: readonly LineageBand[]): LineageLayout {
  const { nodeWidth, nodeHeight, columnGap, rowGap, top, margin, bandHeader, bandGap } = LAYOUT;
  const years = [...new Set(graph.nodes.map((node) => node.entry.data.year))].sort((a, b) => a - b);
  const columnOf = new Map(years.map((year, index) => [year, index]));
  const parents = new Map<string, string[]>();
  for (const edge of graph.edges) parents.set(edge.to, [...(parents.get(edge.to) ?? []), edge.from]);

  const bandOf = (node: LineageNode) => (!groups ? '' : node.external ? EXTERNAL_BAND.id : node.entry.data.group);
  const bandList: LineageBand[] = groups ? [EXTERNAL_BAND, ...groups, { id: '__other', title: 'Other' }] : [{ id: '', title: '' }];
  const known = new Set(bandList.map((band) => band.id));
  const laneOf = (node: LineageNode) => (known.has(bandOf(node)) ? bandOf(node) : '__other');

  // Global rows accumulate lane by lane, so barycentres can use rows of earlier lanes too.
  const row = new Map<string, number>();
  const bands: LineageLayout['bands'] = [];
  const nodes: PlacedNode[] = [];
  let y = top;
  for (const band of bandList) {
    const members = graph.nodes.filter((node) => laneOf(node) === band.id);
    if (members.length === 0) continue;
    const headerSpace = groups ? bandHeader : 0;
    const taken = new Set<string>();
    const localRow = new Map<string, number>();
    for (const year of years) {
      const column = members.filter((node) => node.entry.data.year === year).sort((a, b) => a.entry.data.title.localeCompare(b.entry.data.title));
      const barycentre = (node: LineageNode) => {
        const placed = (parents.get(node.entry.id) ?? []).map((id) => localRow.get(id)).filter((r): r is number => r !== undefined);
        return placed.length ? placed.reduce((sum, r) => sum + r, 0) / placed.length : Infinity;
      };
      const keyed = column.map((node, index) => ({ node, key: barycentre(node), index }));
      keyed.sort((a, b) => (a.key === b.key ? a.index - b.index : a.key - b.key));
      for (const { node, key } of keyed) {
        let wanted = Number.isFinite(key) ? Math.round(key) : 0;
        while (taken.has(`${columnOf.get(year)}:${wanted}`)) wanted += 1;
        taken.add(`${columnOf.get(year)}:${wanted}`);
        localRow.set(node.entry.id, wanted);
      }
    }
    const usedRows = [...new Set(localRow.values())].sort((a, b) => a - b);
    const compact = new Map(usedRows.map((r, index) => [r, index]));
    for (const node of members) {
      const r = compact.get(localRow.get(node.entry.id)!)!;
      row.set(node.entry.id, r);
      nodes.push({
        ...node,
        x: margin + columnOf.get(node.entry.data.year)! * (nodeWidth + columnGap),
        y: y + headerSpace + r * (nodeHeight + rowGap),
        width: nodeWidth,
        height: nodeHeight,
      });
    }
    const height = headerSpace + usedRows.length * (nodeHeight + rowGap) - rowGap;
    if (groups) bands.push({ id: band.id, title: band.title, y, height });
    y += height + (groups ? bandGap + rowGap : rowGap);
  }
  nodes.sort((a, b) => a.x - b.x || a.y - b.y);
  const placed = new Map(nodes.map((node) => [node.entry.id, node]));
  const edges: PlacedEdge[] = graph.edges.map((edge) => ({ ...edge, path: edgePath(placed.get(edge.from)!, placed.get(edge.to)!) }));
  return {
    width: margin * 2 + years.length * nodeWidth + Math.max(0, years.length - 1) * columnGap,
    height: y - rowGap - (groups ? bandGap : 0) + margin,
    nodes,
    edges,
    years: years.map((year, index) => ({ year, x: margin + index * (nodeWidth + columnGap) + nodeWidth / 2 })),
    bands,
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
