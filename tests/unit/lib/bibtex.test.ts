import { describe, expect, it } from 'vitest';
import { citationKey, toBibtex } from '../../../src/lib/bibtex';

const resnet = {
  authors: ['Kaiming He', 'Xiangyu Zhang', 'Shaoqing Ren', 'Jian Sun'],
  year: 2015,
  fullTitle: 'Deep Residual Learning for Image Recognition',
  venue: 'CVPR 2016',
  paper: { arxiv: '1512.03385' },
};

describe('toBibtex', () => {
  it('writes an arXiv record with all authors and a stable key', () => {
    const bib = toBibtex(resnet);
    expect(bib.startsWith('@article{he2015deep,')).toBe(true);
    expect(bib).toContain('author = {Kaiming He and Xiangyu Zhang and Shaoqing Ren and Jian Sun}');
    expect(bib).toContain('title = {{Deep Residual Learning for Image Recognition}}');
    expect(bib).toContain('eprint = {1512.03385}');
    expect(bib.trim().endsWith('}')).toBe(true);
  });
  it('writes a misc record with the venue URL when there is no arXiv id, escaping specials', () => {
    const bib = toBibtex({ ...resnet, fullTitle: 'Gradient-Based Learning Applied to Document Recognition & more', venue: 'Proc. IEEE 1998', year: 1998, authors: ['Yann LeCun'], paper: { url: 'https://ieeexplore.ieee.org/document/726791' } });
    expect(bib.startsWith('@misc{lecun1998gradient,')).toBe(true);
    expect(bib).toContain('\\& more');
    expect(bib).toContain('url = {https://ieeexplore.ieee.org/document/726791}');
  });
  it('skips stop words and accents in the key', () => {
    expect(citationKey({ authors: ['Kaiming Hé'], year: 2016, fullTitle: 'On the Identity Mappings' })).toBe('he2016identity');
  });
});
