import { z } from 'astro/zod';
import { paperSchema } from './paper';
import { codeLinkSchema } from './code-link';
import { venueSchema } from './venue';

/** A paper that belongs to the area but has no page of its own. */
export const readingItemSchema = z
  .object({
    /** Short name, e.g. "R-FCN". */
    title: z.string(),
    /** Paper title. */
    fullTitle: z.string(),
    /** Authors in paper order. */
    authors: z.array(z.string()).min(1),
    /** First public year. */
    year: z.number().int().min(1940).max(2100),
    /** Venue, or "arXiv". */
    venue: venueSchema,
    /** Group id of the area. */
    group: z.string(),
    /** Where to read it. */
    paper: paperSchema,
    /** Implementations, with provenance. */
    code: z.array(codeLinkSchema).default([]),
    /** One line on why it is worth reading. */
    note: z.string().optional(),
  })
  .strict();

/** `content/<area>/reading-list.yaml`: the long tail of an area, rendered as a table. */
export const readingListSchema = z.object({ /** Items in any order; the page sorts by group then year. */ items: z.array(readingItemSchema) }).strict();

export type ReadingItem = z.infer<typeof readingItemSchema>;
