import type { LeafLayer } from '../../schemas/architecture';

/** Colour classes of the visual language, in legend order. */
export const LAYER_KINDS = {
  input: 'Input',
  conv: 'Convolution',
  'conv-grouped': 'Depthwise / grouped conv.',
  deconv: 'Deconvolution / up-sampling',
  maxpool: 'Max pooling',
  avgpool: 'Average pooling',
  fc: 'Fully connected',
  output: 'Output',
  norm: 'Normalisation (LRN, BN)',
  attention: 'Squeeze-excitation',
  sum: 'Element-wise sum',
  concat: 'Concatenation',
  other: 'Other (activation, dropout, reshape)',
} as const;

export type LayerKind = keyof typeof LAYER_KINDS;

const pair = (value: number | [number, number]): [number, number] => (Array.isArray(value) ? value : [value, value]);
const kernelText = (value: number | [number, number]) => {
  const [h, w] = pair(value);
  return `${h}×${w}`;
};
const strideText = (value: number | [number, number]) => {
  const [h, w] = pair(value);
  return h > 1 || w > 1 ? ` /${h === w ? h : `${h}×${w}`}` : '';
};

/** Colour class of a layer. */
export function layerKind(layer: LeafLayer): LayerKind {
  switch (layer.type) {
    case 'conv':
      return layer.groups === 1 ? 'conv' : 'conv-grouped';
    case 'deconv':
    case 'upsample':
      return 'deconv';
    case 'maxpool':
      return 'maxpool';
    case 'avgpool':
    case 'globalpool':
      return layer.type === 'globalpool' && layer.mode === 'max' ? 'maxpool' : 'avgpool';
    case 'fc':
      return 'fc';
    case 'bn':
    case 'ln':
    case 'lrn':
    case 'l2norm':
      return 'norm';
    case 'se':
      return 'attention';
    default:
      return 'other';
  }
}

/** Whether the node is drawn as an ellipse (asymmetric 1×n or n×1 kernels). */
export function isAsymmetric(layer: LeafLayer): boolean {
  if (layer.type !== 'conv') return false;
  const [h, w] = pair(layer.kernel);
  return h !== w;
}

/** The label under a node in the diagram's shorthand: `7×7, 64 /2`, `max 3×3 /2`, `4096`. */
export function layerLabel(layer: LeafLayer): string {
  if (layer.label) return layer.label;
  switch (layer.type) {
    case 'conv': {
      const prefix = layer.groups === 'depthwise' ? 'dw ' : '';
      const groups = typeof layer.groups === 'number' && layer.groups > 1 ? ` g${layer.groups}` : '';
      const dilation = pair(layer.dilation)[0] > 1 ? ` d${pair(layer.dilation)[0]}` : '';
      return `${prefix}${kernelText(layer.kernel)}${layer.out ? `, ${layer.out}` : ''}${groups}${dilation}${strideText(layer.stride)}`;
    }
    case 'deconv':
      return `${kernelText(layer.kernel)}↑, ${layer.out}${strideText(layer.stride)}`;
    case 'maxpool':
      return `max ${kernelText(layer.kernel)}${strideText(layer.stride ?? layer.kernel)}`;
    case 'avgpool':
      return `avg ${kernelText(layer.kernel)}${strideText(layer.stride ?? layer.kernel)}`;
    case 'globalpool':
      return `global ${layer.mode}`;
    case 'fc':
      return String(layer.out);
    case 'bn':
      return 'BN';
    case 'ln':
      return 'LN';
    case 'layerscale':
      return 'layer scale';
    case 'lrn':
      return 'LRN';
    case 'l2norm':
      return 'L2 norm';
    case 'act':
      return layer.fn === 'hswish' ? 'h-swish' : layer.fn === 'relu' ? 'ReLU' : layer.fn;
    case 'dropout':
      return `dropout ${layer.p}`;
    case 'flatten':
      return 'flatten';
    case 'upsample':
      return `up ×${layer.scale}`;
    case 'shuffle':
      return `shuffle g${layer.groups}`;
    case 'se':
      return layer.squeeze ? `SE ${layer.squeeze}` : `SE /${layer.reduction}`;
    case 'slice':
      return `split ${layer.count}`;
  }
}

/** Layers that only modify the previous node (drawn as a note on it rather than a node of their own). */
export const isModifier = (layer: LeafLayer): boolean => ['bn', 'ln', 'act', 'dropout', 'layerscale'].includes(layer.type);

/** Long name of a layer type for tables and tooltips. */
export function layerTypeName(layer: LeafLayer): string {
  switch (layer.type) {
    case 'conv':
      return layer.groups === 'depthwise' ? 'depthwise conv' : typeof layer.groups === 'number' && layer.groups > 1 ? 'grouped conv' : 'conv';
    case 'deconv':
      return 'transposed conv';
    case 'globalpool':
      return `global ${layer.mode} pool`;
    case 'fc':
      return 'fully connected';
    case 'bn':
      return 'batch norm';
    case 'ln':
      return 'layer norm';
    case 'act':
      return 'activation';
    case 'se':
      return 'squeeze-excitation';
    case 'slice':
      return 'channel split';
    default:
      return layer.type;
  }
}
