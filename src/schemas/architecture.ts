import { z } from 'astro/zod';

/** A size given once for both dimensions (`3`) or as `[height, width]` (`[1, 7]`). */
const size2 = z.union([z.number().int().positive(), z.tuple([z.number().int().positive(), z.number().int().positive()])]);
/** Padding as a number, `[h, w]`, or `same` (output = ceil(input / stride), TensorFlow style). */
const padding = z.union([z.number().int().nonnegative(), z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]), z.literal('same')]);

const common = {
  /** Optional label shown instead of the generated one. */
  label: z.string().optional(),
};

/** Convolution. `groups: depthwise` means one filter per input channel. */
export const convSchema = z
  .object({
    type: z.literal('conv'),
    /** Output channels (for depthwise, equal to the input channels unless a multiplier is wanted). */
    out: z.number().int().positive().optional(),
    kernel: size2,
    stride: size2.default(1),
    padding: padding.default(0),
    dilation: size2.default(1),
    groups: z.union([z.number().int().positive(), z.literal('depthwise')]).default(1),
    bias: z.boolean().default(true),
    ...common,
  })
  .strict();

/** Transposed convolution (deconvolution), as `torch.nn.ConvTranspose2d`. */
export const deconvSchema = z
  .object({
    type: z.literal('deconv'),
    out: z.number().int().positive(),
    kernel: size2,
    stride: size2.default(1),
    padding: z.union([z.number().int().nonnegative(), z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])]).default(0),
    outputPadding: z.number().int().nonnegative().default(0),
    bias: z.boolean().default(true),
    ...common,
  })
  .strict();

/** Max or average pooling; `ceil` follows PyTorch's ceil_mode. */
export const poolSchema = z
  .object({
    type: z.enum(['maxpool', 'avgpool']),
    kernel: size2,
    stride: size2.optional(),
    padding: padding.default(0),
    ceil: z.boolean().default(false),
    ...common,
  })
  .strict();

/** Global average (or max) pooling to 1×1. */
export const globalPoolSchema = z.object({ type: z.literal('globalpool'), mode: z.enum(['avg', 'max']).default('avg'), ...common }).strict();

/** Fully connected layer; flattens its input first. */
export const fcSchema = z.object({ type: z.literal('fc'), out: z.number().int().positive(), bias: z.boolean().default(true), ...common }).strict();

/** Batch normalisation: 2 learned values per channel (running statistics are buffers, not parameters). */
export const batchNormSchema = z.object({ type: z.literal('bn'), ...common }).strict();

/** Layer normalisation over channels (ConvNeXt, transformers): a scale and a shift per channel. */
export const layerNormSchema = z.object({ type: z.literal('ln'), ...common }).strict();

/** A learned per-channel multiplier on a residual branch (ConvNeXt's layer scale): one value per channel. */
export const layerScaleSchema = z.object({ type: z.literal('layerscale'), ...common }).strict();

/** Local response normalisation (AlexNet): no parameters. */
export const lrnSchema = z.object({ type: z.literal('lrn'), size: z.number().int().positive().default(5), ...common }).strict();

/** Element-wise activation. */
export const activationSchema = z
  .object({ type: z.literal('act'), fn: z.enum(['relu', 'relu6', 'leaky-relu', 'tanh', 'sigmoid', 'hswish', 'hsigmoid', 'swish', 'gelu', 'softmax']), ...common })
  .strict();

/** Dropout (no parameters, no shape change). */
export const dropoutSchema = z.object({ type: z.literal('dropout'), p: z.number().min(0).max(1), ...common }).strict();

/** Flatten C×H×W to a vector. */
export const flattenSchema = z.object({ type: z.literal('flatten'), ...common }).strict();

/** Nearest or bilinear up-sampling by an integer factor. */
export const upsampleSchema = z.object({ type: z.literal('upsample'), scale: z.number().int().positive(), ...common }).strict();

/** Channel shuffle (ShuffleNet): permutes channels between groups, no parameters. */
export const shuffleSchema = z.object({ type: z.literal('shuffle'), groups: z.number().int().positive(), ...common }).strict();

/** Squeeze-and-excitation: global pool, FC down to `squeeze` channels, FC back up, sigmoid gate. */
export const seSchema = z
  .object({
    type: z.literal('se'),
    /** Channels of the bottleneck; give this or `reduction`. */
    squeeze: z.number().int().positive().optional(),
    /** Divide the channels by this to get the bottleneck width. */
    reduction: z.number().int().positive().optional(),
    ...common,
  })
  .strict()
  .refine((se) => (se.squeeze === undefined) !== (se.reduction === undefined), { message: 'give exactly one of squeeze or reduction' });

/** Keeps the input channels `[start, start+count)`, as ShuffleNet V2's channel split does. */
export const sliceSchema = z.object({ type: z.literal('slice'), start: z.number().int().nonnegative(), count: z.number().int().positive(), ...common }).strict();

/** A learned per-channel scale (SSD's L2 normalisation of conv4_3): C parameters. */
export const l2normSchema = z.object({ type: z.literal('l2norm'), ...common }).strict();

export type LeafLayer =
  | z.infer<typeof convSchema>
  | z.infer<typeof deconvSchema>
  | z.infer<typeof poolSchema>
  | z.infer<typeof globalPoolSchema>
  | z.infer<typeof fcSchema>
  | z.infer<typeof batchNormSchema>
  | z.infer<typeof layerNormSchema>
  | z.infer<typeof layerScaleSchema>
  | z.infer<typeof lrnSchema>
  | z.infer<typeof activationSchema>
  | z.infer<typeof dropoutSchema>
  | z.infer<typeof flattenSchema>
  | z.infer<typeof upsampleSchema>
  | z.infer<typeof shuffleSchema>
  | z.infer<typeof seSchema>
  | z.infer<typeof sliceSchema>
  | z.infer<typeof l2normSchema>;

/** A named stage: folds and unfolds as one unit in the diagram. */
export interface Stage {
  type: 'stage';
  name: string;
  layers: Layer[];
  label?: string;
}
/** The same block `times` times; `first` replaces the block for the first repeat (the one that strides or projects). */
export interface Repeat {
  type: 'repeat';
  times: number;
  layers: Layer[];
  first?: Layer[];
  label?: string;
}
/** Residual connection: `body` plus the shortcut (identity when absent, else the given projection). */
export interface Residual {
  type: 'residual';
  body: Layer[];
  shortcut?: Layer[];
  label?: string;
}
/** Parallel branches on the same input, concatenated along channels (an empty branch passes the input through). */
export interface Branches {
  type: 'branches';
  branches: Layer[][];
  label?: string;
}
/** A dense block (DenseNet): `times` layers, each concatenating its output to everything before it. */
export interface Dense {
  type: 'dense';
  times: number;
  layers: Layer[];
  label?: string;
}
/** Saves the current tensor under a name, for a later `head` (detectors predict from several scales). */
export interface Tap {
  type: 'tap';
  name: string;
  label?: string;
}
/** A side output computed from a tapped tensor; it adds parameters and MACs but not to the main path. */
export interface Head {
  type: 'head';
  from: string;
  layers: Layer[];
  label?: string;
}

export type Layer = LeafLayer | Stage | Repeat | Residual | Branches | Dense | Tap | Head;

const layerList: z.ZodType<Layer[]> = z.lazy(() => z.array(layerSchema));

export const stageSchema = z.object({ type: z.literal('stage'), name: z.string(), layers: layerList, label: z.string().optional() }).strict();
export const repeatSchema = z
  .object({ type: z.literal('repeat'), times: z.number().int().min(1), layers: layerList, first: layerList.optional(), label: z.string().optional() })
  .strict();
export const residualSchema = z.object({ type: z.literal('residual'), body: layerList, shortcut: layerList.optional(), label: z.string().optional() }).strict();
export const branchesSchema = z.object({ type: z.literal('branches'), branches: z.array(layerList).min(2), label: z.string().optional() }).strict();
export const denseSchema = z.object({ type: z.literal('dense'), times: z.number().int().min(1), layers: layerList, label: z.string().optional() }).strict();
export const tapSchema = z.object({ type: z.literal('tap'), name: z.string(), label: z.string().optional() }).strict();
export const headSchema = z.object({ type: z.literal('head'), from: z.string(), layers: layerList, label: z.string().optional() }).strict();

export const layerSchema: z.ZodType<Layer> = z.lazy(() =>
  z.union([
    convSchema,
    deconvSchema,
    poolSchema,
    globalPoolSchema,
    fcSchema,
    batchNormSchema,
    layerNormSchema,
    layerScaleSchema,
    lrnSchema,
    activationSchema,
    dropoutSchema,
    flattenSchema,
    upsampleSchema,
    shuffleSchema,
    seSchema,
    sliceSchema,
    l2normSchema,
    stageSchema,
    repeatSchema,
    residualSchema,
    branchesSchema,
    denseSchema,
    tapSchema,
    headSchema,
  ]),
) as z.ZodType<Layer>;

/** The published figure a spec is checked against. */
export const referenceSchema = z
  .object({
    /** Parameter count of the reference implementation. */
    params: z.number().int().positive(),
    /** Multiply-accumulates of the reference at the spec's input size, in millions, when published. */
    macs: z.number().positive().optional(),
    /** Which implementation or publication, e.g. "torchvision resnet50 (IMAGENET1K_V1 model card)". */
    source: z.string().min(3),
    /** Allowed relative difference of the parameter count, 0 = exact; explain it in `note`. */
    tolerance: z.number().min(0).max(0.1).default(0),
    /** Allowed relative difference of MACs (counting conventions differ slightly). */
    macsTolerance: z.number().min(0).max(0.2).default(0.03),
    /** Why a tolerance is needed, or what differs from the paper. */
    note: z.string().optional(),
  })
  .strict()
  .refine((reference) => reference.tolerance === 0 || reference.note, { message: 'a tolerance needs a note that explains it', path: ['note'] });

/** One model variant of a family, e.g. ResNet-50. */
export const architectureVariantSchema = z
  .object({
    /** Variant name, e.g. "ResNet-50". */
    name: z.string(),
    /** The variant shown first and used by comparison tables; exactly one per file. */
    primary: z.boolean().default(false),
    /** Input shape `[channels, height, width]` (or `[features]` for a vector input such as a GAN's noise). */
    input: z.union([z.tuple([z.number().int().positive(), z.number().int().positive(), z.number().int().positive()]), z.tuple([z.number().int().positive()])]),
    /** The network, input to output; items may be `{ use: template, with: { arg: value } }`. */
    layers: z.array(z.unknown()).min(1),
    /** Published parameter count (and MACs) the computed totals are tested against. */
    reference: referenceSchema,
  })
  .strict();

/** `content/architectures/<entry-id>.yaml`: the layer-by-layer architecture of an entry's model variants. */
export const architectureFileSchema = z
  .object({
    /** Entry whose page shows these diagrams (the file name must be the same id). */
    entry: z.string(),
    /** Reusable blocks shared by the variants: layer lists in which `$name` strings are replaced by the arguments of each `use`. */
    templates: z.record(z.string(), z.array(z.unknown())).default({}),
    /** Variants in display order. */
    variants: z.array(architectureVariantSchema).min(1),
  })
  .strict()
  .refine((file) => file.variants.filter((variant) => variant.primary).length === 1, { message: 'exactly one variant must be primary', path: ['variants'] });

export type ArchitectureFile = z.infer<typeof architectureFileSchema>;
export type ArchitectureVariant = z.infer<typeof architectureVariantSchema>;
