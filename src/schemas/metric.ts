import { z } from 'astro/zod';

/** One reported number, always with where it comes from. */
export const metricValueSchema = z
  .object({
    /** Dataset or benchmark, e.g. `ImageNet`, `COCO test-dev`. */
    dataset: z.string().min(1),
    /** Key of the metric glossary (`content/glossary/metrics.yaml`), e.g. `top5-error`. */
    metric: z.string().regex(/^[a-z0-9-]+$/, { message: 'must be a metric key such as top5-error' }),
    /** The number, in the glossary unit of the metric (percent for errors and accuracies, millions for params). */
    value: z.number(),
    /** Conditions that change the number: model variant, crops, test scale, ensemble. */
    setting: z.string().optional(),
    /** Where the number is published, e.g. "paper, Table 4" or "torchvision model card". */
    source: z.string().min(3, { message: 'every number needs a source' }),
  })
  .strict();

export type MetricValue = z.infer<typeof metricValueSchema>;

/** A metric of the glossary: what it measures and how it is computed. */
export const metricDefinitionSchema = z
  .object({
    /** Display name, e.g. "Top-5 error". */
    name: z.string(),
    /** Short column heading, e.g. "Top-5 err.". */
    short: z.string(),
    /** Unit shown after values: `%`, `M` (millions), `G` (billions), `FPS` or empty. */
    unit: z.string(),
    /** Unit for values of a thousand or more, shown divided by 1,000 (`B` for billions of parameters; defaults to `G` for `M`). */
    thousandsUnit: z.string().optional(),
    /** Whether a larger number is better; drives sorting hints. */
    better: z.enum(['higher', 'lower']),
    /** The definition in KaTeX (TeX without `$` delimiters). */
    formula: z.string(),
    /** One or two sentences on what it measures and its pitfalls, Markdown-free. */
    description: z.string(),
  })
  .strict();

export type MetricDefinition = z.infer<typeof metricDefinitionSchema>;
