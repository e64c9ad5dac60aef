import { formatShape, type Annotated } from './infer';
import { layerLabel, layerTypeName } from './describe-layer';

/** One row of the text alternative of a diagram. */
export interface LayerRow {
  /** Nesting level, for indentation. */
  level: number;
  name: string;
  detail: string;
  output: string;
  params: number;
  /** How many times the row's block runs, when it is inside a repeat. */
  times?: number;
}

/** Flattens the annotated tree into rows: repeats listed once with their count, modifiers kept. */
export function layerTable(nodes: readonly Annotated[], level = 0, rows: LayerRow[] = []): LayerRow[] {
  for (const node of nodes) {
    switch (node.kind) {
      case 'leaf':
        rows.push({ level, name: layerTypeName(node.layer), detail: layerLabel(node.layer), output: formatShape(node.output), params: node.params });
        break;
      case 'stage':
        rows.push({ level, name: `stage ${node.label ?? node.name}`, detail: '', output: formatShape(node.output), params: node.params });
        layerTable(node.children, level + 1, rows);
        break;
      case 'repeat':
        if (node.first) {
          rows.push({ level, name: 'first block', detail: '', output: formatShape(node.first.at(-1)?.output ?? node.input), params: node.first.reduce((t, n) => t + n.params, 0) });
          layerTable(node.first, level + 1, rows);
        }
        rows.push({ level, name: node.first ? 'then, repeated' : 'repeated block', detail: `×${node.first ? node.times - 1 : node.times}`, output: formatShape(node.output), params: node.rest.reduce((t, n) => t + n.params, 0), times: node.first ? node.times - 1 : node.times });
        layerTable(node.rest, level + 1, rows);
        break;
      case 'residual':
        rows.push({ level, name: node.label ?? 'residual block', detail: node.shortcut ? 'projection shortcut' : 'identity shortcut', output: formatShape(node.output), params: node.params });
        layerTable(node.body, level + 1, rows);
        if (node.shortcut) {
          rows.push({ level: level + 1, name: 'shortcut', detail: '', output: formatShape(node.output), params: node.shortcut.reduce((t, n) => t + n.params, 0) });
          layerTable(node.shortcut, level + 2, rows);
        }
        break;
      case 'branches':
        rows.push({ level, name: node.label ?? 'parallel branches', detail: `${node.branches.length} branches, concatenated`, output: formatShape(node.output), params: node.params });
        node.branches.forEach((branch, index) => {
          rows.push({ level: level + 1, name: `branch ${index + 1}`, detail: branch.length ? '' : 'identity', output: formatShape(branch.at(-1)?.output ?? node.input), params: branch.reduce((t, n) => t + n.params, 0) });
          layerTable(branch, level + 2, rows);
        });
        break;
      case 'dense':
        rows.push({ level, name: node.label ?? 'dense block', detail: `×${node.times}, each adds ${node.growth} channels`, output: formatShape(node.output), params: node.params, times: node.times });
        layerTable(node.layers, level + 1, rows);
        break;
      case 'tap':
        rows.push({ level, name: 'tap', detail: node.name, output: formatShape(node.output), params: 0 });
        break;
      case 'head':
        rows.push({ level, name: node.label ?? 'head', detail: `from ${node.from}`, output: formatShape(node.children.at(-1)?.output ?? node.input), params: node.params });
        layerTable(node.children, level + 1, rows);
        break;
    }
  }
  return rows;
}
