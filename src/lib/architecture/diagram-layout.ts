import type { LeafLayer } from '../../schemas/architecture';
import { formatShape, type Annotated, type ArchitectureModel, type Shape } from './infer';
import { isAsymmetric, isModifier, layerKind, layerLabel, type LayerKind } from './describe-layer';

/** Drawing primitives; the component turns them into SVG elements with theme classes. */
export type Primitive =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; rx: number; className: string; title?: string }
  | { kind: 'ellipse'; cx: number; cy: number; rx: number; ry: number; className: string; title?: string }
  | { kind: 'circle'; cx: number; cy: number; r: number; className: string; title?: string }
  | { kind: 'path'; d: string; className: string }
  | { kind: 'text'; x: number; y: number; text: string; className: string; anchor: 'start' | 'middle' | 'end' };

/** Geometry in SVG user units. A column holds one layer: node, label, feature-map bar, shape. */
export const GEOMETRY = {
  column: 78,
  nodeWidth: 22,
  nodeHeight: 34,
  /** Distance from a row's top to the flow line through the node centres. */
  mid: 17,
  labelY: 50,
  extraY: 62,
  barBase: 112,
  barMax: 38,
  shapeY: 126,
  rowHeight: 134,
  dot: 6,
  dotColumn: 30,
  arcSpace: 30,
  boxPad: 10,
  branchGap: 8,
} as const;

interface Block {
  width: number;
  height: number;
  /** Flow line height, from the block's top. */
  mid: number;
  draw(x: number, y: number, out: Primitive[]): void;
}

/** Average glyph widths of the label fonts, to size columns to their text. */
const CHAR_WIDTH = { label: 6.4, shape: 6 } as const;

/** A panel of the diagram: one named stage (or the layers between stages), drawn as its own SVG. */
export interface DiagramPanel {
  name: string;
  /** Stage name when the panel is a named stage. */
  stage?: string;
  input: Shape;
  output: Shape;
  params: number;
  macs: number;
  width: number;
  height: number;
  primitives: Primitive[];
}

export interface DiagramModel {
  panels: DiagramPanel[];
  /** Colour classes that occur, for the legend. */
  kinds: LayerKind[];
}

/** Height of the feature-map bar: square root of the spatial size against the largest in the network. */
const barHeight = (shape: Shape, largest: number) => (shape.flat ? 4 : Math.max(3, Math.round((Math.sqrt(shape.h * shape.w) / largest) * GEOMETRY.barMax)));

class Builder {
  constructor(private readonly largest: number) {}

  column(kind: LayerKind, label: string, extras: string[], shape: Shape, title: string, ellipse: boolean): Block {
    const { nodeWidth, nodeHeight, labelY, extraY, barBase, shapeY, rowHeight, mid } = GEOMETRY;
    const bar = barHeight(shape, this.largest);
    // Long custom labels widen their column instead of running into the neighbours.
    const column = Math.max(GEOMETRY.column, Math.ceil(label.length * CHAR_WIDTH.label) + 12, Math.ceil(formatShape(shape).length * CHAR_WIDTH.shape) + 12);
    const block: Block = {
      width: column,
      height: rowHeight,
      mid,
      draw: (x, y, out) => {
        const cx = x + column / 2;
        if (ellipse) out.push({ kind: 'ellipse', cx, cy: y + mid, rx: nodeWidth / 2 + 2, ry: nodeHeight / 2, className: `arch-node arch-${kind}`, title });
        else out.push({ kind: 'rect', x: cx - nodeWidth / 2, y, width: nodeWidth, height: nodeHeight, rx: kind === 'fc' || kind === 'output' ? 3 : 6, className: `arch-node arch-${kind}`, title });
        out.push({ kind: 'text', x: cx, y: y + labelY, text: label, className: 'arch-label', anchor: 'middle' });
        if (extras.length) out.push({ kind: 'text', x: cx, y: y + extraY, text: extras.join(', '), className: 'arch-extra', anchor: 'middle' });
        out.push({ kind: 'rect', x: cx - 14, y: y + barBase - bar, width: 28, height: bar, rx: 2, className: 'arch-bar' });
        out.push({ kind: 'text', x: cx, y: y + shapeY, text: formatShape(shape), className: 'arch-shape', anchor: 'middle' });
      },
    };
    return block;
  }

  sequence(nodes: readonly Annotated[]): Block {
    const blocks: Block[] = [];
    for (const node of nodes) {
      const previous = blocks.at(-1) as (Block & { extras?: string[] }) | undefined;
      if (node.kind === 'leaf' && isModifier(node.layer) && previous?.extras) {
        previous.extras.push(layerLabel(node.layer));
        continue;
      }
      blocks.push(this.node(node));
    }
    if (blocks.length === 0) return this.passThrough();
    const mid = Math.max(...blocks.map((block) => block.mid));
    const height = Math.max(...blocks.map((block) => mid - block.mid + block.height));
    const width = blocks.reduce((total, block) => total + block.width, 0);
    return {
      width,
      height,
      mid,
      draw: (x, y, out) => {
        out.push({ kind: 'path', d: `M${x},${y + mid} H${x + width}`, className: 'arch-flow' });
        let cursor = x;
        for (const block of blocks) {
          block.draw(cursor, y + mid - block.mid, out);
          cursor += block.width;
        }
      },
    };
  }

  passThrough(): Block {
    return { width: GEOMETRY.column / 2, height: GEOMETRY.rowHeight, mid: GEOMETRY.mid, draw: () => {} };
  }

  node(node: Annotated): Block & { extras?: string[] } {
    switch (node.kind) {
      case 'leaf': {
        const extras: string[] = [];
        const layer: LeafLayer = node.layer;
        const title = `${layerLabel(layer)} → ${formatShape(node.output)}${node.params ? `, ${node.params.toLocaleString('en')} parameters` : ''}`;
        const block = this.column(layerKind(layer), layerLabel(layer), extras, node.output, title, isAsymmetric(layer));
        return Object.assign(block, { extras });
      }
      case 'stage':
        return this.sequence(node.children);
      case 'tap':
        return this.tag(`tap: ${node.name}`);
      case 'head':
        return this.box(this.sequence(node.children), `head from ${node.from}`, 'arch-head-box');
      case 'repeat': {
        const rest = this.box(this.sequence(node.rest), `×${node.first ? node.times - 1 : node.times}`, 'arch-repeat-box');
        if (!node.first) return rest;
        return this.sequenceOfBlocks([this.sequence(node.first), rest]);
      }
      case 'dense': {
        const asBranches = { ...node, kind: 'branches' as const, branches: [[], node.layers], output: { ...node.input, c: node.input.c + node.growth } };
        return this.box(this.branches(asBranches), `×${node.times} dense, +${node.growth} each`, 'arch-repeat-box');
      }
      case 'residual':
        return this.residual(node);
      case 'branches':
        return this.branches(node);
    }
  }

  sequenceOfBlocks(blocks: Block[]): Block {
    const mid = Math.max(...blocks.map((block) => block.mid));
    return {
      width: blocks.reduce((total, block) => total + block.width, 0),
      height: Math.max(...blocks.map((block) => mid - block.mid + block.height)),
      mid,
      draw: (x, y, out) => {
        let cursor = x;
        for (const block of blocks) {
          block.draw(cursor, y + mid - block.mid, out);
          cursor += block.width;
        }
      },
    };
  }

  tag(text: string): Block {
    return {
      width: GEOMETRY.column,
      height: GEOMETRY.rowHeight,
      mid: GEOMETRY.mid,
      draw: (x, y, out) => {
        out.push({ kind: 'circle', cx: x + GEOMETRY.column / 2, cy: y + GEOMETRY.mid, r: 4, className: 'arch-tap' });
        out.push({ kind: 'text', x: x + GEOMETRY.column / 2, y: y + GEOMETRY.labelY, text, className: 'arch-extra', anchor: 'middle' });
      },
    };
  }

  box(inner: Block, label: string, className: string): Block {
    const pad = GEOMETRY.boxPad;
    return {
      width: inner.width + 2 * pad,
      height: inner.height + 2 * pad + 12,
      mid: inner.mid + pad + 12,
      draw: (x, y, out) => {
        out.push({ kind: 'rect', x: x + 2, y: y + 2, width: inner.width + 2 * pad - 4, height: inner.height + 2 * pad + 8, rx: 12, className });
        out.push({ kind: 'text', x: x + inner.width + 2 * pad - 10, y: y + 16, text: label, className: 'arch-box-label', anchor: 'end' });
        inner.draw(x + pad, y + pad + 12, out);
      },
    };
  }

  residual(node: Extract<Annotated, { kind: 'residual' }>): Block & { extras: string[] } {
    const extras: string[] = [];
    const body = this.sequence(node.body);
    const shortcut = node.shortcut?.filter((item) => !(item.kind === 'leaf' && isModifier(item.layer)));
    const lead = 14;
    const arc = GEOMETRY.arcSpace + (shortcut?.length ? 18 : 0);
    return {
      extras,
      width: lead + body.width + GEOMETRY.dotColumn,
      height: arc + body.height,
      mid: arc + body.mid,
      draw: (x, y, out) => {
        const flowY = y + arc + body.mid;
        const dotX = x + lead + body.width + GEOMETRY.dotColumn / 2;
        const topY = y + 8;
        out.push({ kind: 'path', d: `M${x},${flowY} H${x + lead}`, className: 'arch-flow' });
        out.push({ kind: 'path', d: `M${x + lead + body.width},${flowY} H${x + lead + body.width + GEOMETRY.dotColumn}`, className: 'arch-flow' });
        out.push({ kind: 'path', d: `M${x + 4},${flowY} C${x + 4},${topY} ${x + 4},${topY} ${x + 24},${topY} H${dotX - 20} C${dotX},${topY} ${dotX},${topY} ${dotX},${flowY - GEOMETRY.dot}`, className: 'arch-skip' });
        if (shortcut?.length) {
          const label = shortcut.map((item) => (item.kind === 'leaf' ? layerLabel(item.layer) : '')).filter(Boolean).join(' + ');
          const cx = x + lead + body.width / 2;
          out.push({ kind: 'rect', x: cx - 9, y: topY - 9, width: 18, height: 18, rx: 4, className: 'arch-node arch-conv', title: `projection shortcut: ${label}` });
          out.push({ kind: 'text', x: cx + 14, y: topY - 4, text: label, className: 'arch-extra', anchor: 'start' });
        }
        body.draw(x + lead, y + arc, out);
        out.push({ kind: 'circle', cx: dotX, cy: flowY, r: GEOMETRY.dot, className: 'arch-sum', title: `sum${extras.length ? `, ${extras.join(', ')}` : ''} → ${formatShape(node.output)}` });
      },
    };
  }

  branches(node: Extract<Annotated, { kind: 'branches' }>): Block & { extras: string[] } {
    const extras: string[] = [];
    const rows = node.branches.map((branch) => this.sequence(branch));
    const lead = 20;
    const width = Math.max(...rows.map((row) => row.width));
    const height = rows.reduce((total, row) => total + row.height, 0) + GEOMETRY.branchGap * (rows.length - 1);
    const mid = rows[0]!.mid;
    return {
      extras,
      width: lead + width + GEOMETRY.dotColumn + 10,
      height,
      mid,
      draw: (x, y, out) => {
        const forkY = y + mid;
        const dotX = x + lead + width + GEOMETRY.dotColumn / 2 + 5;
        let top = y;
        for (const row of rows) {
          const rowY = top + row.mid;
          out.push({ kind: 'path', d: `M${x},${forkY} C${x + lead / 2},${forkY} ${x + lead / 2},${rowY} ${x + lead},${rowY}`, className: 'arch-flow' });
          out.push({ kind: 'path', d: `M${x + lead + row.width},${rowY} H${dotX - 24} C${dotX - 8},${rowY} ${dotX - 8},${forkY} ${dotX - GEOMETRY.dot},${forkY}`, className: 'arch-flow' });
          row.draw(x + lead, top, out);
          top += row.height + GEOMETRY.branchGap;
        }
        out.push({ kind: 'circle', cx: dotX, cy: forkY, r: GEOMETRY.dot, className: 'arch-concat', title: `concat${extras.length ? `, ${extras.join(', ')}` : ''} → ${formatShape(node.output)}` });
        out.push({ kind: 'path', d: `M${dotX + GEOMETRY.dot},${forkY} H${x + lead + width + GEOMETRY.dotColumn + 10}`, className: 'arch-flow' });
      },
    };
  }
}

function largestSide(model: ArchitectureModel): number {
  let largest = Math.sqrt(model.input.h * model.input.w);
  const visit = (nodes: readonly Annotated[]) => {
    for (const node of nodes) {
      if (!node.output.flat) largest = Math.max(largest, Math.sqrt(node.output.h * node.output.w));
      if (node.kind === 'stage' || node.kind === 'head') visit(node.children);
      if (node.kind === 'repeat') visit([...(node.first ?? []), ...node.rest]);
      if (node.kind === 'residual') visit(node.body);
      if (node.kind === 'branches') node.branches.forEach(visit);
      if (node.kind === 'dense') visit(node.layers);
    }
  };
  visit(model.layers);
  return largest;
}

/**
 * Lays out a computed architecture as panels: each named stage is a panel that the page can fold;
 * the layers between stages form panels of their own. The input node opens the first panel and
 * the last fully connected layer is drawn as the output.
 */
export function layoutDiagram(model: ArchitectureModel): DiagramModel {
  const builder = new Builder(largestSide(model));
  const groups: { stage?: Extract<Annotated, { kind: 'stage' }>; nodes: Annotated[] }[] = [];
  for (const node of model.layers) {
    if (node.kind === 'stage') groups.push({ stage: node, nodes: node.children });
    else if (groups.at(-1) && !groups.at(-1)!.stage) groups.at(-1)!.nodes.push(node);
    else groups.push({ nodes: [node] });
  }
  const lastLeaf = findLastWeighted(model.layers);
  const panels = groups.map((group, index) => {
    const blocks: Block[] = [];
    if (index === 0) blocks.push(builder.column('input', 'input', [], model.input, `input ${formatShape(model.input)}`, false));
    blocks.push(builder.sequence(group.nodes));
    const block = builder.sequenceOfBlocks(blocks);
    const primitives: Primitive[] = [];
    block.draw(8, 8, primitives);
    if (lastLeaf) {
      for (const primitive of primitives) if (primitive.kind === 'rect' && primitive.title === lastLeaf) primitive.className = 'arch-node arch-output';
    }
    const first = group.nodes[0];
    const last = group.nodes.at(-1);
    return {
      name: group.stage?.label ?? group.stage?.name ?? (index === 0 ? 'input' : 'layers'),
      stage: group.stage?.name,
      input: first?.input ?? model.input,
      output: last?.output ?? model.input,
      params: group.nodes.reduce((total, node) => total + node.params, 0),
      macs: group.nodes.reduce((total, node) => total + node.macs, 0),
      width: block.width + 16,
      height: block.height + 16,
      primitives,
    };
  });
  // The legend lists the colours actually drawn (after the classifier took the output colour).
  const drawn = new Set(panels.flatMap((panel) => panel.primitives.flatMap((shape) => ('className' in shape ? shape.className.split(' ') : []))));
  const order = ['input', 'conv', 'conv-grouped', 'deconv', 'maxpool', 'avgpool', 'fc', 'output', 'norm', 'attention', 'sum', 'concat', 'other'] as const;
  return { panels, kinds: order.filter((kind) => drawn.has(`arch-${kind}`)) };
}

/** Title of the final fully connected layer's node, which is drawn in the output colour. */
function findLastWeighted(nodes: readonly Annotated[]): string | undefined {
  const last = nodes.at(-1);
  if (!last) return undefined;
  if (last.kind === 'stage') return findLastWeighted(last.children) ?? findLastWeighted(nodes.slice(0, -1));
  if (last.kind === 'leaf') {
    if (last.layer.type === 'fc') return `${layerLabel(last.layer)} → ${formatShape(last.output)}${last.params ? `, ${last.params.toLocaleString('en')} parameters` : ''}`;
    if (isModifier(last.layer) || last.layer.type === 'flatten') return findLastWeighted(nodes.slice(0, -1));
  }
  return undefined;
}
