import { describe, expect, it } from 'vitest';
import { countProgress, exportProgress, mergeProgress, parseProgress, setState } from '../../../src/lib/progress';

describe('progress', () => {
  it('toggles states and clears them', () => {
    const read = setState({}, 'resnet', 'read');
    expect(read).toEqual({ resnet: 'read' });
    expect(setState(read, 'resnet', undefined)).toEqual({});
  });
  it('counts read and to-read entries of an area', () => {
    expect(countProgress({ a: 'read', b: 'to-read', z: 'read' }, ['a', 'b', 'c'])).toEqual({ read: 1, toRead: 1, total: 3 });
  });
  it('round-trips an export file and accepts a bare map', () => {
    const progress = { resnet: 'read' as const, vgg: 'to-read' as const };
    expect(parseProgress(exportProgress(progress))).toEqual(progress);
    expect(parseProgress(JSON.stringify(progress))).toEqual(progress);
  });
  it('drops anything malformed instead of failing', () => {
    expect(parseProgress('not json')).toEqual({});
    expect(parseProgress(JSON.stringify({ progress: { ok: 'read', 'Bad Id': 'read', other: 'done' } }))).toEqual({ ok: 'read' });
    expect(parseProgress(null)).toEqual({});
  });
  it('lets imported states win when merging', () => {
    expect(mergeProgress({ a: 'read', b: 'to-read' }, { b: 'read' })).toEqual({ a: 'read', b: 'read' });
  });
});
