/** Edges from an entry id to the ids it builds on. */
export type Dependencies = ReadonlyMap<string, readonly string[]>;

/**
 * Finds one cycle in the builds-on graph, returned as the ids along it with the first id repeated
 * at the end (`a → b → a`), or `undefined` when the graph is acyclic. Unknown ids are ignored;
 * they are reported separately.
 */
export function findCycle(dependencies: Dependencies): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];

  const visit = (id: string): string[] | undefined => {
    if (state.get(id) === 'done') return undefined;
    if (state.get(id) === 'open') return [...path.slice(path.indexOf(id)), id];
    state.set(id, 'open');
    path.push(id);
    for (const next of dependencies.get(id) ?? []) {
      if (!dependencies.has(next)) continue;
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(id, 'done');
    return undefined;
  };

  for (const id of dependencies.keys()) {
    const cycle = visit(id);
    if (cycle) return cycle;
  }
  return undefined;
}
