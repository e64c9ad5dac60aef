import { describe, expect, it } from 'vitest';
import { codeLabel, entryPath, paperLinks, withBase } from '../../../src/lib/links';

describe('paperLinks', () => {
  it('links the arXiv abstract and PDF', () => {
    expect(paperLinks({ arxiv: '1512.03385' })).toEqual([
      { label: 'arXiv:1512.03385', url: 'https://arxiv.org/abs/1512.03385' },
      { label: 'PDF', url: 'https://arxiv.org/pdf/1512.03385' },
    ]);
  });
  it('links the venue page and its PDF when there is no arXiv id', () => {
    expect(paperLinks({ url: 'https://papers.nips.cc/paper/4824', pdf: 'https://papers.nips.cc/paper/4824.pdf' }).map((link) => link.label)).toEqual(['Publisher page', 'PDF']);
  });
});

describe('codeLabel', () => {
  it('names a repository by owner/name, whatever path follows', () => {
    expect(codeLabel('https://github.com/pytorch/vision/blob/main/torchvision/models/resnet.py')).toBe('pytorch/vision');
    expect(codeLabel('https://github.com/KaimingHe/deep-residual-networks.git')).toBe('KaimingHe/deep-residual-networks');
  });
  it('falls back to the host elsewhere', () => {
    expect(codeLabel('https://www.example.org/code.zip')).toBe('example.org');
  });
});

describe('withBase', () => {
  it('joins a root or sub-path base with one slash', () => {
    expect(withBase('/', entryPath('classification', 'resnet'))).toBe('/classification/resnet/');
    expect(withBase('/AlphaTree/', '/glossary/')).toBe('/AlphaTree/glossary/');
    expect(withBase('/AlphaTree', 'search/')).toBe('/AlphaTree/search/');
  });
});
