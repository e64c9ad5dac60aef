import { describe, expect, it } from 'vitest';
import { parseAddedLog } from '../../../src/lib/added-dates';

describe('parseAddedLog', () => {
  it('maps each path to the date of the oldest commit that added it', () => {
    const log = '@2026-11-28T16:30:00+00:00\n\ncontent/a.md\n@2026-11-28T15:00:00+00:00\n\ncontent/a.md\ncontent/b.md\n';
    expect(parseAddedLog(log)).toEqual(new Map([['content/a.md', '2026-11-28T15:00:00+00:00'], ['content/b.md', '2026-11-28T15:00:00+00:00']]));
  });
});
