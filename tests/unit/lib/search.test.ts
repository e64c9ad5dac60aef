import { describe, expect, it } from 'vitest';
import { searchFilters, searchMeta, venueSeries } from '../../../src/lib/search-attributes';
import { escapeHtml, readSearchState, writeSearchState } from '../../../src/lib/search-state';

describe('search attributes', () => {
  it('derives filters for area, group, year, decade and official code', () => {
    expect(searchFilters('Image classification', 'The depth line', { year: 2015, venue: 'CVPR 2016', code: [{ url: 'https://github.com/a/b', kind: 'official', framework: 'Caffe' }] })).toEqual({
      area: 'Image classification',
      group: 'The depth line',
      year: '2015',
      decade: '2010s',
      venue: 'CVPR',
      code: 'official code',
    });
  });
  it('reduces a venue to its series', () => {
    expect(['CVPR 2016', 'ICCV 2017 Workshops', 'NeurIPS 2014 Deep Learning Workshop', 'arXiv', 'IEEE Signal Processing Letters 2018', 'SIGGRAPH 2017 (ACM TOG)'].map(venueSeries)).toEqual(['CVPR', 'ICCV', 'NeurIPS', 'arXiv', 'IEEE Signal Processing Letters', 'SIGGRAPH']);
  });
  it('puts title, area, year, summary and the names to match in the result metadata', () => {
    expect(searchMeta('Lightweight networks', { title: 'MobileNet', year: 2017, summary: 'Depthwise separable.', aliases: ['MobileNets', 'width multiplier'], fullTitle: 'MobileNets: Efficient CNNs', authors: ['Andrew G. Howard', 'Menglong Zhu'] })).toEqual({
      title: 'MobileNet',
      area: 'Lightweight networks',
      year: '2017',
      summary: 'Depthwise separable.',
      aliases: 'MobileNets | width multiplier',
      paper: 'MobileNets: Efficient CNNs',
      authors: 'Andrew G. Howard | Menglong Zhu',
    });
  });
});

describe('search state in the URL', () => {
  it('round-trips query and filters', () => {
    const state = { query: 'focal loss', areas: ['Detection', 'Image classification'], group: '', decade: '2010s', code: '', year: '2017', venue: 'ICCV' };
    const text = writeSearchState(state);
    expect(text).toBe('?q=focal+loss&area=Detection&area=Image+classification&decade=2010s&year=2017&venue=ICCV');
    expect(readSearchState(text)).toEqual(state);
  });
  it('writes nothing for an empty state', () => {
    expect(writeSearchState(readSearchState(''))).toBe('');
  });
  it('escapes HTML', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
