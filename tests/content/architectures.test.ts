import { describe, expect, it } from 'vitest';
import { readSpecFiles } from '../../src/lib/architecture/read-specs';
import { compileArchitectureFile, type CompiledVariant } from '../../src/lib/architecture/compile';
import { readCorpus } from '../../src/lib/content/read-corpus';

const root = process.cwd();
const files = readSpecFiles(root);
const entryIds = new Set(readCorpus(root).entries.map((entry) => entry.id));

const compiled = files.map((file) => ({ file, result: file.parseError ? undefined : compileArchitectureFile(file.data) }));
const variants: { path: string; variant: CompiledVariant }[] = compiled.flatMap(({ file, result }) => (result?.ok ? result.variants.map((variant) => ({ path: file.path, variant })) : []));

describe('architecture specs', () => {
  it('exist', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(compiled.map(({ file, result }) => [file.path, file, result] as const))('%s compiles and belongs to an entry of the same id', (_path, file, result) => {
    expect(file.parseError, file.parseError).toBeUndefined();
    const problems = result && !result.ok ? result.problems.map((problem) => `${file.path}: ${problem.field}: ${problem.message}`) : [];
    expect(problems).toEqual([]);
    expect((file.data as { entry?: string }).entry).toBe(file.id);
    expect(entryIds.has(file.id), `no entry "${file.id}" for ${file.path}`).toBe(true);
  });

  // One test per variant: the parameter count computed from our spec against the reference implementation's.
  it.each(variants.map(({ path, variant }) => [variant.variant.name, variant.variant.reference.source, path, variant] as const))(
    '%s has the parameter count of %s',
    (_name, _source, path, { variant, model }) => {
      const { params, tolerance } = variant.reference;
      const difference = Math.abs(model.params - params) / params;
      expect(difference, `${path}: computed ${model.params.toLocaleString('en')} parameters, reference ${params.toLocaleString('en')} (tolerance ${tolerance * 100}%${variant.reference.note ? `: ${variant.reference.note}` : ''})`).toBeLessThanOrEqual(tolerance);
    },
  );

  it.each(variants.filter(({ variant }) => variant.variant.reference.macs).map(({ path, variant }) => [variant.variant.name, variant.variant.reference.source, path, variant] as const))(
    '%s has the MACs of %s within the stated tolerance',
    (_name, _source, path, { variant, model }) => {
      const reference = variant.reference.macs! * 1e6;
      const difference = Math.abs(model.macs - reference) / reference;
      expect(difference, `${path}: computed ${(model.macs / 1e6).toFixed(1)} M MACs, reference ${variant.reference.macs} M`).toBeLessThanOrEqual(variant.reference.macsTolerance);
    },
  );
});
