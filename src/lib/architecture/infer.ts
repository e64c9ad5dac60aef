import type { Layer, LeafLayer } from '../../schemas/architecture';

/** A feature map: channels × height × width (a vector is C×1×1 with `flat`). */
export interface Shape {
  c: number;
  h: number;
  w: number;
  flat?: boolean;
}

interface Totals {
  /** Where the layer is in the spec, e.g. `layers[4].layers[0].body[2]`. */
  path: string;
  input: Shape;
  output: Shape;
  /** Learned parameters of this node and everything inside it (all repeats). */
  params: number;
  /** Multiply-accumulates at the spec's input size (all repeats). */
  macs: number;
  /** Weighted layers (conv, deconv, fc) along the main path. */
  depth: number;
}

export type Annotated =
  | (Totals & { kind: 'leaf'; layer: LeafLayer })
  | (Totals & { kind: 'stage'; name: string; label?: string; children: Annotated[] })
  | (Totals & { kind: 'repeat'; times: number; first?: Annotated[]; rest: Annotated[]; label?: string })
  | (Totals & { kind: 'residual'; body: Annotated[]; shortcut?: Annotated[]; label?: string })
  | (Totals & { kind: 'branches'; branches: Annotated[][]; label?: string })
  | (Totals & { kind: 'dense'; times: number; layers: Annotated[]; growth: number; label?: string })
  | (Totals & { kind: 'tap'; name: string })
  | (Totals & { kind: 'head'; from: string; children: Annotated[]; label?: string });

/** A spec that cannot be computed, located by its path in the spec. */
export class ArchitectureError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
  }
}

export const formatShape = (shape: Shape): string => (shape.flat || (shape.h === 1 && shape.w === 1 && shape.flat) ? `${shape.c}` : `${shape.c}×${shape.h}×${shape.w}`);

const pair = (value: number | [number, number]): [number, number] => (Array.isArray(value) ? value : [value, value]);

function convOutput(size: number, kernel: number, stride: number, padding: number | 'same', dilation: number, path: string, axis: string): number {
  if (padding === 'same') return Math.ceil(size / stride);
  const out = Math.floor((size + 2 * padding - dilation * (kernel - 1) - 1) / stride) + 1;
  if (out < 1) throw new ArchitectureError(path, `kernel ${kernel} does not fit the input ${axis} of ${size} (padding ${padding}, dilation ${dilation})`);
  return out;
}

function poolOutput(size: number, kernel: number, stride: number, padding: number | 'same', ceil: boolean, path: string, axis: string): number {
  if (padding === 'same') return Math.ceil(size / stride);
  const span = size + 2 * padding - kernel;
  if (span < 0) throw new ArchitectureError(path, `pooling window ${kernel} does not fit the input ${axis} of ${size}`);
  let out = (ceil ? Math.ceil(span / stride) : Math.floor(span / stride)) + 1;
  // PyTorch drops a last window that would start entirely in the right padding.
  if (ceil && (out - 1) * stride >= size + padding) out -= 1;
  return out;
}

const spatial = (shape: Shape, path: string, what: string) => {
  if (shape.flat) throw new ArchitectureError(path, `${what} needs a feature map, got a flat vector of ${shape.c}`);
};

function leaf(layer: LeafLayer, input: Shape, path: string): Omit<Totals, 'path' | 'input'> {
  const none = { params: 0, macs: 0, depth: 0 };
  switch (layer.type) {
    case 'conv': {
      spatial(input, path, 'a convolution');
      const groups = layer.groups === 'depthwise' ? input.c : layer.groups;
      const out = layer.out ?? (layer.groups === 'depthwise' ? input.c : undefined);
      if (out === undefined) throw new ArchitectureError(path, 'a convolution needs `out` channels');
      if (input.c % groups !== 0 || out % groups !== 0) throw new ArchitectureError(path, `${groups} groups do not divide ${input.c} input and ${out} output channels`);
      const [kh, kw] = pair(layer.kernel);
      const [sh, sw] = pair(layer.stride);
      const [dh, dw] = pair(layer.dilation);
      const [ph, pw] = layer.padding === 'same' ? (['same', 'same'] as const) : pair(layer.padding);
      const h = convOutput(input.h, kh, sh, ph, dh, path, 'height');
      const w = convOutput(input.w, kw, sw, pw, dw, path, 'width');
      const weights = (input.c / groups) * kh * kw * out;
      return { output: { c: out, h, w }, params: weights + (layer.bias ? out : 0), macs: weights * h * w, depth: 1 };
    }
    case 'deconv': {
      spatial(input, path, 'a transposed convolution');
      const [kh, kw] = pair(layer.kernel);
      const [sh, sw] = pair(layer.stride);
      const [ph, pw] = pair(layer.padding);
      const h = (input.h - 1) * sh - 2 * ph + kh + layer.outputPadding;
      const w = (input.w - 1) * sw - 2 * pw + kw + layer.outputPadding;
      if (h < 1 || w < 1) throw new ArchitectureError(path, 'the transposed convolution produces an empty output');
      const weights = input.c * layer.out * kh * kw;
      return { output: { c: layer.out, h, w }, params: weights + (layer.bias ? layer.out : 0), macs: weights * input.h * input.w, depth: 1 };
    }
    case 'maxpool':
    case 'avgpool': {
      spatial(input, path, 'pooling');
      const [kh, kw] = pair(layer.kernel);
      const [sh, sw] = pair(layer.stride ?? layer.kernel);
      const [ph, pw] = layer.padding === 'same' ? (['same', 'same'] as const) : pair(layer.padding);
      return { output: { c: input.c, h: poolOutput(input.h, kh, sh, ph, layer.ceil, path, 'height'), w: poolOutput(input.w, kw, sw, pw, layer.ceil, path, 'width') }, ...none };
    }
    case 'globalpool':
      spatial(input, path, 'global pooling');
      return { output: { c: input.c, h: 1, w: 1 }, ...none };
    case 'fc': {
      const features = input.c * input.h * input.w;
      return { output: { c: layer.out, h: 1, w: 1, flat: true }, params: features * layer.out + (layer.bias ? layer.out : 0), macs: features * layer.out, depth: 1 };
    }
    case 'bn':
    case 'ln':
      return { output: input, params: 2 * input.c, macs: 0, depth: 0 };
    case 'layerscale':
    case 'l2norm':
      return { output: input, params: input.c, macs: 0, depth: 0 };
    case 'lrn':
    case 'act':
    case 'dropout':
      return { output: input, ...none };
    case 'flatten':
      return { output: { c: input.c * input.h * input.w, h: 1, w: 1, flat: true }, ...none };
    case 'upsample':
      spatial(input, path, 'up-sampling');
      return { output: { c: input.c, h: input.h * layer.scale, w: input.w * layer.scale }, ...none };
    case 'shuffle':
      if (input.c % layer.groups !== 0) throw new ArchitectureError(path, `${layer.groups} groups do not divide ${input.c} channels`);
      return { output: input, ...none };
    case 'slice':
      if (layer.start + layer.count > input.c) throw new ArchitectureError(path, `channels ${layer.start}–${layer.start + layer.count - 1} do not exist in ${input.c} channels`);
      return { output: { ...input, c: layer.count }, ...none };
    case 'se': {
      const squeeze = layer.squeeze ?? Math.floor(input.c / layer.reduction!);
      if (squeeze < 1) throw new ArchitectureError(path, `reduction ${layer.reduction} leaves no channels of ${input.c}`);
      return { output: input, params: 2 * input.c * squeeze + squeeze + input.c, macs: 2 * input.c * squeeze, depth: 0 };
    }
  }
}

const sameShape = (a: Shape, b: Shape) => a.c === b.c && a.h === b.h && a.w === b.w;

interface Context {
  taps: Map<string, Shape>;
}

function sequence(layers: readonly Layer[], input: Shape, path: string, context: Context): Annotated[] {
  const nodes: Annotated[] = [];
  let current = input;
  layers.forEach((layer, index) => {
    const node = annotate(layer, current, `${path}[${index}]`, context);
    nodes.push(node);
    current = node.output;
  });
  return nodes;
}

const sum = (nodes: readonly Annotated[], key: 'params' | 'macs' | 'depth') => nodes.reduce((total, node) => total + node[key], 0);
const outputOf = (nodes: readonly Annotated[], input: Shape) => nodes.at(-1)?.output ?? input;

function annotate(layer: Layer, input: Shape, path: string, context: Context): Annotated {
  switch (layer.type) {
    case 'stage': {
      const children = sequence(layer.layers, input, `${path}.layers`, context);
      return { kind: 'stage', name: layer.name, label: layer.label, children, path, input, output: outputOf(children, input), params: sum(children, 'params'), macs: sum(children, 'macs'), depth: sum(children, 'depth') };
    }
    case 'repeat': {
      const first = layer.first ? sequence(layer.first, input, `${path}.first`, context) : undefined;
      const afterFirst = first ? outputOf(first, input) : input;
      if (!first || layer.times > 1) {
        const rest = sequence(layer.layers, afterFirst, `${path}.layers`, context);
        const restOut = outputOf(rest, afterFirst);
        const repeats = first ? layer.times - 1 : layer.times;
        if (repeats > 1 && !sameShape(restOut, afterFirst)) {
          throw new ArchitectureError(path, `a block repeated ${repeats} times must keep its shape, but it turns ${formatShape(afterFirst)} into ${formatShape(restOut)} (give the changing block as \`first\`)`);
        }
        const once = (key: 'params' | 'macs' | 'depth') => (first ? sum(first, key) : 0) + repeats * sum(rest, key);
        return { kind: 'repeat', times: layer.times, first, rest, label: layer.label, path, input, output: restOut, params: once('params'), macs: once('macs'), depth: once('depth') };
      }
      return { kind: 'repeat', times: 1, first: undefined, rest: first, label: layer.label, path, input, output: afterFirst, params: sum(first, 'params'), macs: sum(first, 'macs'), depth: sum(first, 'depth') };
    }
    case 'residual': {
      const body = sequence(layer.body, input, `${path}.body`, context);
      const shortcut = layer.shortcut ? sequence(layer.shortcut, input, `${path}.shortcut`, context) : undefined;
      const bodyOut = outputOf(body, input);
      const shortcutOut = shortcut ? outputOf(shortcut, input) : input;
      if (!sameShape(bodyOut, shortcutOut)) {
        throw new ArchitectureError(
          path,
          `${layer.label ?? 'residual block'} adds tensors of different shapes: body ${formatShape(bodyOut)}, shortcut ${formatShape(shortcutOut)}${shortcut ? '' : ' (identity; give a projection shortcut)'}`,
        );
      }
      const all = [...body, ...(shortcut ?? [])];
      return { kind: 'residual', body, shortcut, label: layer.label, path, input, output: bodyOut, params: sum(all, 'params'), macs: sum(all, 'macs'), depth: sum(body, 'depth') };
    }
    case 'branches': {
      const branches = layer.branches.map((branch, index) => sequence(branch, input, `${path}.branches[${index}]`, context));
      const outputs = branches.map((branch) => outputOf(branch, input));
      const [firstOut] = outputs;
      const mismatch = outputs.findIndex((shape) => shape.h !== firstOut!.h || shape.w !== firstOut!.w);
      if (mismatch !== -1) {
        throw new ArchitectureError(path, `${layer.label ?? 'branches'} cannot be concatenated: branch 0 gives ${formatShape(firstOut!)}, branch ${mismatch} gives ${formatShape(outputs[mismatch]!)}`);
      }
      const output = { c: outputs.reduce((total, shape) => total + shape.c, 0), h: firstOut!.h, w: firstOut!.w };
      return {
        kind: 'branches',
        branches,
        label: layer.label,
        path,
        input,
        output,
        params: branches.reduce((total, branch) => total + sum(branch, 'params'), 0),
        macs: branches.reduce((total, branch) => total + sum(branch, 'macs'), 0),
        depth: Math.max(...branches.map((branch) => sum(branch, 'depth'))),
      };
    }
    case 'dense': {
      // Each layer sees the concatenation of the block input and every earlier layer's output.
      let current = input;
      let params = 0;
      let macs = 0;
      let depth = 0;
      let first: Annotated[] = [];
      let growth = 0;
      for (let index = 0; index < layer.times; index += 1) {
        const nodes = sequence(layer.layers, current, `${path}.layers`, context);
        const out = outputOf(nodes, current);
        if (out.h !== current.h || out.w !== current.w) {
          throw new ArchitectureError(path, `a dense layer must keep the resolution ${current.h}×${current.w}, got ${formatShape(out)}`);
        }
        if (index === 0) {
          first = nodes;
          growth = out.c;
        }
        params += sum(nodes, 'params');
        macs += sum(nodes, 'macs');
        depth += sum(nodes, 'depth');
        current = { c: current.c + out.c, h: current.h, w: current.w };
      }
      return { kind: 'dense', times: layer.times, layers: first, growth, label: layer.label, path, input, output: current, params, macs, depth };
    }
    case 'tap':
      context.taps.set(layer.name, input);
      return { kind: 'tap', name: layer.name, path, input, output: input, params: 0, macs: 0, depth: 0 };
    case 'head': {
      const from = context.taps.get(layer.from);
      if (!from) throw new ArchitectureError(path, `no tap named "${layer.from}" before this head`);
      const children = sequence(layer.layers, from, `${path}.layers`, context);
      return { kind: 'head', from: layer.from, children, label: layer.label, path, input, output: input, params: sum(children, 'params'), macs: sum(children, 'macs'), depth: 0 };
    }
    default:
      return { kind: 'leaf', layer, path, input, ...leaf(layer, input, path) };
  }
}

/** The computed architecture: annotated layers and totals. */
export interface ArchitectureModel {
  input: Shape;
  output: Shape;
  layers: Annotated[];
  params: number;
  macs: number;
  depth: number;
}

/** Infers every shape and counts parameters, MACs and depth; throws ArchitectureError on impossible shapes. */
export function inferArchitecture(input: readonly number[], layers: readonly Layer[]): ArchitectureModel {
  const shape: Shape = input.length === 3 ? { c: input[0]!, h: input[1]!, w: input[2]! } : { c: input[0]!, h: 1, w: 1 };
  const annotated = sequence(layers, shape, 'layers', { taps: new Map() });
  return { input: shape, output: outputOf(annotated, shape), layers: annotated, params: sum(annotated, 'params'), macs: sum(annotated, 'macs'), depth: sum(annotated, 'depth') };
}
