import { z } from 'astro/zod';

/**
 * Design facts of a network as described in its paper, for the classic comparison table
 * (AlexNet, ZFNet, VGG, GoogLeNet, ResNet). All counts refer to the variant named in `variant`.
 */
export const designSchema = z
  .object({
    /** Which model of the family the facts describe, e.g. "VGG-16 (configuration D)". */
    variant: z.string(),
    /** Weighted layers (conv + fully connected), as the paper counts depth. */
    depth: z.number().int().positive(),
    /** Number of convolutional layers. */
    convLayers: z.number().int().nonnegative(),
    /** Distinct kernel sizes used by convolutions, e.g. [11, 5, 3]. */
    kernelSizes: z.array(z.number().int().positive()).min(1),
    /** Number of fully connected layers, including the classifier. */
    fcLayers: z.number().int().nonnegative(),
    /** Widths of the fully connected layers in order, e.g. [4096, 4096, 1000]. */
    fcSizes: z.array(z.number().int().positive()),
    /** Trained with data augmentation (crops, flips, colour or scale jitter). */
    dataAugmentation: z.boolean(),
    /** Uses dropout. */
    dropout: z.boolean(),
    /** Uses local response normalisation. */
    lrn: z.boolean(),
    /** Uses batch normalisation. */
    batchNorm: z.boolean(),
    /** Where these facts are stated, e.g. "paper, Section 3.1 and Figure 2". */
    source: z.string().min(3),
  })
  .strict();

export type Design = z.infer<typeof designSchema>;
