import { z } from 'astro/zod';

/** How an entry relates to one it builds on. */
export const RELATIONS = ['extends', 'improves', 'combines', 'replaces', 'inspired-by'] as const;
export type Relation = (typeof RELATIONS)[number];

/** One edge of the lineage graph, from the entry that declares it back to its ancestor. */
export const buildsOnSchema = z
  .object({
    /** Id (file name without extension) of the earlier entry, in any area. */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'must be an entry id: lower-case letters, digits, dashes' }),
    /** Kind of debt: `extends` adds to it, `improves` fixes a weakness, `combines` merges it with another, `replaces` supersedes it, `inspired-by` borrows an idea. */
    relation: z.enum(RELATIONS),
    /** What exactly was taken over, in a few words. */
    note: z.string().optional(),
  })
  .strict();

export type BuildsOn = z.infer<typeof buildsOnSchema>;
