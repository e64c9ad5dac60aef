import { architectureFileSchema, layerSchema, type ArchitectureVariant, type Layer } from '../../schemas/architecture';
import { fieldPath } from '../content/problems';
import { expandTemplates, TemplateError } from './templates';
import { ArchitectureError, inferArchitecture, type ArchitectureModel } from './infer';

/** One variant compiled: its metadata and the computed model. */
export interface CompiledVariant {
  /** Entry id the diagram belongs to. */
  entry: string;
  /** Fragment-safe id, e.g. `resnet-50`. */
  id: string;
  variant: ArchitectureVariant;
  model: ArchitectureModel;
}

/** A compilation fault, with the field path inside the spec file. */
export interface SpecProblem {
  field: string;
  message: string;
}

export type CompileResult = { ok: true; variants: CompiledVariant[] } | { ok: false; problems: SpecProblem[] };

export const variantId = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Validates a spec file, expands its templates, parses the layers and infers every variant. */
export function compileArchitectureFile(data: unknown): CompileResult {
  const parsed = architectureFileSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((issue) => ({ field: fieldPath(issue.path), message: issue.message })) };
  const file = parsed.data;
  const problems: SpecProblem[] = [];
  const variants: CompiledVariant[] = [];
  file.variants.forEach((variant, index) => {
    const base = `variants[${index}].layers`;
    try {
      const expanded = expandTemplates(variant.layers, file.templates as Record<string, unknown[]>, base);
      const layers = layerSchema.array().safeParse(expanded);
      if (!layers.success) {
        for (const issue of layers.error.issues) problems.push({ field: `${base}${fieldPath(issue.path)}`, message: issue.message });
        return;
      }
      const model = inferArchitecture(variant.input, layers.data as Layer[]);
      variants.push({ entry: file.entry, id: variantId(variant.name), variant, model });
    } catch (error) {
      if (error instanceof TemplateError) problems.push({ field: error.path, message: error.message.slice(error.path.length + 2) });
      else if (error instanceof ArchitectureError) problems.push({ field: error.path.replace(/^layers/, base), message: error.reason });
      else throw error;
    }
  });
  return problems.length ? { ok: false, problems } : { ok: true, variants };
}
