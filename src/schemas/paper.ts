import { z } from 'astro/zod';

/** New-style arXiv identifiers (since 2007): YYMM.NNNN or YYMM.NNNNN, no version suffix. */
export const ARXIV_ID = /^\d{4}\.\d{4,5}$/;

/** An absolute https URL; plain http links are refused because the site is served over https. */
export const httpsUrl = z
  .string()
  .url({ message: 'must be an absolute URL' })
  .refine((url) => url.startsWith('https://'), { message: 'must use https://' });

/** Where the paper can be read. At least one of `arxiv` or `url` is required. */
export const paperSchema = z
  .object({
    /** arXiv identifier such as `1512.03385` (no `arXiv:` prefix, no version). */
    arxiv: z
      .string()
      .regex(ARXIV_ID, { message: 'must look like 1512.03385 (YYMM.NNNNN, no prefix or version)' })
      .optional(),
    /** The publisher's or venue's page for the paper, when there is no arXiv id or it adds something (open-access proceedings). */
    url: httpsUrl.optional(),
    /** A direct PDF link where the venue page is not itself the PDF and the paper is not on arXiv. */
    pdf: httpsUrl.optional(),
  })
  .strict()
  .refine((paper) => paper.arxiv || paper.url, { message: 'needs an arxiv id or a url' });

export type Paper = z.infer<typeof paperSchema>;
