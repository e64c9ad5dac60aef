import { z } from 'astro/zod';
import { paperSchema } from './paper';
import { codeLinkSchema } from './code-link';
import { buildsOnSchema } from './lineage';
import { metricValueSchema } from './metric';
import { designSchema } from './design';
import { weightsSchema } from './weights';
import { venueSchema } from './venue';

/** A question a candidate should be able to answer about the entry, with a short model answer. */
export const interviewSchema = z.object({ q: z.string().min(5), a: z.string().min(5) }).strict();

/**
 * Frontmatter of one roadmap entry (`content/<area>/<id>.md`). The file name is the entry id,
 * unique across all areas, and the page lives at `/<area>/<id>/`.
 */
export const entrySchema = z
  .object({
    /** Short name as people say it, e.g. "ResNet". */
    title: z.string().min(1),
    /** Exact title of the paper (or of the system's defining publication). */
    fullTitle: z.string().min(1),
    /** Other names readers search for, e.g. ["Residual Network", "ResNet-50"]. */
    aliases: z.array(z.string()).default([]),
    /** Authors in paper order, "Given Family". */
    authors: z.array(z.string().min(2)).min(1),
    /** Year of first public appearance (arXiv v1 where there is one). */
    year: z.number().int().min(1940).max(2100),
    /** Where it was published, e.g. "CVPR 2016", "NeurIPS 2017", or "arXiv" when only a preprint. */
    venue: venueSchema,
    /** Organisations of the authors, e.g. ["Microsoft Research"]. */
    organizations: z.array(z.string()).default([]),
    /** Id of a group of the area (declared in the area's `_area.mdx`). */
    group: z.string(),
    /** One sentence that says what it is and why it matters. */
    summary: z.string().min(20).max(300),
    /** Shown on the area's line of landmark models on the home page. */
    landmark: z.boolean().default(false),
    /** Where to read the paper. */
    paper: paperSchema,
    /** Implementations, official first. */
    code: z.array(codeLinkSchema).default([]),
    /** Earlier entries this one builds on; the lineage graphs are derived from this field only. */
    builds_on: z.array(buildsOnSchema).default([]),
    /** Reported numbers, each with its source. */
    metrics: z.array(metricValueSchema).default([]),
    /** Design facts for the classic comparison table. */
    design: designSchema.optional(),
    /** For trained models: whether and how the weights were released. */
    weights: weightsSchema.optional(),
    /** Interview questions. */
    interview: z.array(interviewSchema).default([]),
  })
  .strict();

export type EntryData = z.infer<typeof entrySchema>;
