import { z } from 'astro/zod';

/**
 * Where a work was published, e.g. "CVPR 2016", "NeurIPS 2017", "Proc. IEEE 1998", or "arXiv" for a
 * preprint. The search filters group entries by the series before the year, so one series has one
 * spelling: NeurIPS for every year, including the years it was called NIPS.
 */
export const venueSchema = z
  .string()
  .min(2)
  .refine((venue) => !/^NIPS\b/.test(venue), { message: 'write "NeurIPS" for every year (the venue filter groups by series)' });

/** Software projects (no paper) carry a venue in the series GitHub, e.g. "GitHub (software, not a paper)". */
export function isSoftwareVenue(venue: string): boolean {
  return /^GitHub\b/.test(venue);
}
