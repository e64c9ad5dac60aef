import { z } from 'astro/zod';
import { httpsUrl } from './paper';

/**
 * Provenance of an implementation. Only `official` may be labelled as the paper's code:
 * - `official`: the authors' or their organisation's own repository;
 * - `framework`: a port maintained by a framework library (torchvision, timm, Keras, TF Model Garden…);
 * - `annotated`: an explanatory re-implementation written to teach (annotated notebooks, labml…);
 * - `community`: any other third-party re-implementation.
 */
export const CODE_KINDS = ['official', 'framework', 'annotated', 'community'] as const;
export type CodeKind = (typeof CODE_KINDS)[number];

/** Hosts that serve source code; `official` links must point at one of them. */
export const CODE_HOSTS = ['github.com', 'gitlab.com', 'bitbucket.org', 'huggingface.co'] as const;

/** One implementation of an entry. */
export const codeLinkSchema = z
  .object({
    /** Repository or source-file URL (https). */
    url: httpsUrl,
    /** Who wrote it; drives the badge on the code card. */
    kind: z.enum(CODE_KINDS),
    /** The framework it is written in, e.g. `PyTorch`, `Caffe`, `TensorFlow`, `JAX`. */
    framework: z.string().min(1),
    /** What is special about this implementation, e.g. "torchvision.models.resnet50". */
    note: z.string().optional(),
  })
  .strict()
  .refine((code) => code.kind !== 'official' || CODE_HOSTS.some((host) => new URL(code.url).hostname === host), {
    message: `official code must live on a code host (${CODE_HOSTS.join(', ')})`,
    path: ['url'],
  });

export type CodeLink = z.infer<typeof codeLinkSchema>;
