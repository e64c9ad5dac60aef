import { z } from 'astro/zod';
import { paperSchema } from './paper';
import { codeLinkSchema } from './code-link';
import { isSoftwareVenue, venueSchema } from './venue';

/** A paper that belongs to the area but has no page of its own. */
export const readingItemSchema = z
  .object({
    /** Short name, e.g. "R-FCN". */
    title: z.string(),
    /** Paper title. */
    fullTitle: z.string(),
    /** Authors in paper order (for software, its author or the account that publishes it). */
    authors: z.array(z.string()).min(1),
    /** True when the work has further authors that no source seen confirms; the list then reads "… et al.". */
    moreAuthors: z.boolean().default(false),
    /** First public year; for software, the year of its first release. Only software may leave it out, when no dated source gives that year. */
    year: z.number().int().min(1940).max(2100).optional(),
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
  .strict()
  .refine((item) => item.year !== undefined || isSoftwareVenue(item.venue), {
    message: 'a paper needs its year; only software (venue "GitHub (software, not a paper)") may be undated',
    path: ['year'],
  });

/** `content/<area>/reading-list.yaml`: the long tail of an area, rendered as a table. */
export const readingListSchema = z.object({ /** Items in any order; the page sorts by group then year. */ items: z.array(readingItemSchema) }).strict();

export type ReadingItem = z.infer<typeof readingItemSchema>;
