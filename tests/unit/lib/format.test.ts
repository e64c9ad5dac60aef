import { describe, expect, it } from 'vitest';
import { formatFlag, formatValue } from '../../../src/lib/format';

describe('formatValue', () => {
  it('shows millions of a thousand or more as billions', () => {
    expect(formatValue(4090, 'M')).toBe('4.09 G');
    expect(formatValue(15470, 'M')).toBe('15.47 G');
    expect(formatValue(569, 'M')).toBe('569 M');
  });
  it('uses the glossary unit for thousands when one is given', () => {
    expect(formatValue(175000, 'M', 'B')).toBe('175 B');
    expect(formatValue(1571000, 'M', 'B')).toBe('1.57 T');
    expect(formatValue(14800, 'B', 'T')).toBe('14.8 T');
    expect(formatValue(300, 'B', 'T')).toBe('300 B');
    expect(formatValue(2048, 'tokens')).toBe('2,048 tokens');
  });
  it('writes percentages without a space and separates thousands', () => {
    expect(formatValue(3.57, '%')).toBe('3.57%');
    expect(formatValue(138357.544, '')).toBe('138,357.544');
  });
  it('writes flags as words', () => {
    expect([formatFlag(true), formatFlag(false)]).toEqual(['yes', 'no']);
  });
});
