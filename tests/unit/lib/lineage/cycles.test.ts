import { describe, expect, it } from 'vitest';
import { findCycle } from '../../../../src/lib/lineage/cycles';

describe('findCycle', () => {
  it('returns undefined for a tree', () => {
    expect(findCycle(new Map([['b', ['a']], ['c', ['a', 'b']], ['a', []]]))).toBeUndefined();
  });
  it('names the ids along a cycle, first id repeated', () => {
    expect(findCycle(new Map([['a', ['c']], ['b', ['a']], ['c', ['b']]]))).toEqual(['a', 'c', 'b', 'a']);
  });
  it('finds a self-loop', () => {
    expect(findCycle(new Map([['a', ['a']]]))).toEqual(['a', 'a']);
  });
  it('ignores references to unknown ids', () => {
    expect(findCycle(new Map([['a', ['missing']]]))).toBeUndefined();
  });
});
