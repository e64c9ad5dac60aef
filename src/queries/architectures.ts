import { getCollection } from 'astro:content';
import { compileArchitectureFile, type CompiledVariant } from '../lib/architecture/compile';
import { ARCHITECTURES_COLLECTION } from './collection-names';

let cached: Promise<Map<string, CompiledVariant[]>> | undefined;

/** Compiled architecture variants by entry id, primary variant first; computed once per build. */
export function getArchitectures(): Promise<Map<string, CompiledVariant[]>> {
  cached ??= (async () => {
    const byEntry = new Map<string, CompiledVariant[]>();
    for (const file of await getCollection(ARCHITECTURES_COLLECTION)) {
      const result = compileArchitectureFile(file.data);
      // The content check has already failed the build on any problem; this guards dev mode.
      if (!result.ok) throw new Error(`${file.id}: ${result.problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ')}`);
      const variants = [...result.variants].sort((a, b) => Number(b.variant.primary) - Number(a.variant.primary));
      byEntry.set(file.data.entry, variants);
    }
    return byEntry;
  })();
  return cached;
}
