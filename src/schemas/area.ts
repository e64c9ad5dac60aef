import { z } from 'astro/zod';
import { designSchema } from './design';

/** A sub-topic of an area; entries name it in `group`, and the area page lists groups in this order. */
export const groupSchema = z
  .object({
    /** Id used by entries, lower-case with dashes. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** Heading shown on the area page. */
    title: z.string(),
    /** One sentence on what the group is about. */
    description: z.string().optional(),
  })
  .strict();

/** Entry fields that a comparison column can show directly. */
export const ENTRY_FIELDS = ['year', 'venue', 'organizations', 'weights'] as const;

const designKeys = designSchema.keyof().exclude(['source']);

/** One column of a comparison table: an entry field, a design fact, a computed architecture total, or a metric on a dataset. */
export const columnSchema = z.union([
  z.object({ /** Entry field to show. */ field: z.enum(ENTRY_FIELDS), /** Heading. */ label: z.string().optional() }).strict(),
  z.object({ /** Design fact to show (see `design`). */ design: designKeys, /** Heading. */ label: z.string().optional() }).strict(),
  z
    .object({
      /** A total computed from the entry's primary architecture spec (content/architectures/). */
      computed: z.enum(['params', 'macs', 'depth']),
      /** Heading. */
      label: z.string().optional(),
    })
    .strict(),
  z
    .object({
      /** Metric key of the glossary. */
      metric: z.string(),
      /** Dataset the number must be reported on. */
      dataset: z.string(),
      /** When several values match, the one whose `setting` contains this text. */
      setting: z.string().optional(),
      /** Heading; defaults to the metric's short name and the dataset. */
      label: z.string().optional(),
    })
    .strict(),
]);

export type Column = z.infer<typeof columnSchema>;

/** A comparison table generated from entry data. */
export const comparisonSchema = z
  .object({
    /** Fragment id of the table on the area page. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** Caption that says what is compared and under which conditions. */
    caption: z.string(),
    /** Entry ids in row order; when absent, every entry of the area that has a value in a metric column. */
    entries: z.array(z.string()).optional(),
    /** Columns after the model name. */
    columns: z.array(columnSchema).min(1),
  })
  .strict();

export type Comparison = z.infer<typeof comparisonSchema>;

/** Frontmatter of `content/<area>/_area.mdx`; its body is the area intro. */
export const areaSchema = z
  .object({
    /** Name of the area, e.g. "Image classification". */
    title: z.string(),
    /** One sentence for cards and meta descriptions. */
    summary: z.string().min(20).max(300),
    /** Position on the home page. */
    order: z.number().int(),
    /** Line colour of the area (CSS colour that reads on light and dark backgrounds). */
    color: z.string().regex(/^#[0-9a-f]{6}$/i),
    /** Groups in reading order. */
    groups: z.array(groupSchema).min(1),
    /** Short name for navigation and the metro map, e.g. "Pose" (defaults to the title). */
    shortTitle: z.string().optional(),
    /** Entries of other areas that are also stations of this area's metro line (interchanges). */
    interchanges: z.array(z.string()).default([]),
    /** Comparison tables shown on the area page. */
    comparisons: z.array(comparisonSchema).default([]),
  })
  .strict();

export type AreaData = z.infer<typeof areaSchema>;
