import { describe, expect, it } from 'vitest';
import { nameScore, normalise, rankByName, type RankableResult } from '../../../src/lib/search-rank';

const result = (title: string, aliases: string[], paperTitle: string, year: number): RankableResult => ({ title, aliases, paperTitle, year });
const resnet = result('ResNet', ['Residual Network', 'residual learning'], 'Deep Residual Learning for Image Recognition', 2015);
const inceptionResnet = result('Inception-ResNet-v2', ['Inception-ResNet', 'residual scaling'], 'Inception-v4, Inception-ResNet and the Impact of Residual Connections on Learning', 2016);
const senet = result('SENet', ['Squeeze-and-Excitation', 'SE block'], 'Squeeze-and-Excitation Networks', 2017);
const mobilenetV3 = result('MobileNet V3', ['MobileNetV3', 'h-swish'], 'Searching for MobileNetV3', 2019);
const swin = result('Swin Transformer', ['Swin'], 'Swin Transformer: Hierarchical Vision Transformer using Shifted Windows', 2021);
const vit = result('ViT', ['Vision Transformer'], 'An Image is Worth 16x16 Words', 2020);

describe('normalise', () => {
  it('folds case, accents, hyphens and punctuation', () => {
    expect(normalise('Squeeze-and-Excitation')).toBe('squeeze and excitation');
    expect(normalise('  Léon  Bottou! ')).toBe('leon bottou');
  });
});

describe('nameScore', () => {
  it('ranks title over alias over paper title over body text', () => {
    expect(nameScore('resnet', resnet)).toBe(6);
    expect(nameScore('residual network', resnet)).toBe(5);
    expect(nameScore('deep residual learning for image recognition', resnet)).toBe(5);
    expect(nameScore('residual', resnet)).toBe(4);
    expect(nameScore('image recognition', resnet)).toBe(2);
    expect(nameScore('degradation', resnet)).toBe(0);
  });
  it('matches whole words only', () => {
    expect(nameScore('res', resnet)).toBe(0);
  });
});

describe('rankByName', () => {
  it('puts the entry an alias names above pages that only mention the words', () => {
    expect(rankByName('squeeze and excitation', [mobilenetV3, senet]).map((r) => r.title)).toEqual(['SENet', 'MobileNet V3']);
    expect(rankByName('vision transformer', [swin, vit]).map((r) => r.title)).toEqual(['ViT', 'Swin Transformer']);
  });
  it('puts the earlier work first when two names match equally', () => {
    expect(rankByName('residual', [inceptionResnet, resnet]).map((r) => r.title)).toEqual(['ResNet', 'Inception-ResNet-v2']);
  });
  it("puts a person's first-author papers first, then their other papers, earliest first", () => {
    const gan = { ...result('GAN', [], 'Generative Adversarial Nets', 2014), authors: ['Ian Goodfellow', 'Jean Pouget-Abadie'] };
    const sagan = { ...result('SAGAN', [], 'Self-Attention Generative Adversarial Networks', 2018), authors: ['Han Zhang', 'Ian Goodfellow'] };
    const tutorial = { ...result('NIPS 2016 tutorial', [], 'NIPS 2016 Tutorial: Generative Adversarial Networks', 2016), authors: ['Ian Goodfellow'] };
    expect(rankByName('ian goodfellow', [sagan, tutorial, vit, gan]).map((r) => r.title)).toEqual(['GAN', 'NIPS 2016 tutorial', 'SAGAN', 'ViT']);
  });
  it('keeps the search engine order for results no name matches', () => {
    expect(rankByName('degradation', [swin, resnet, vit]).map((r) => r.title)).toEqual(['Swin Transformer', 'ResNet', 'ViT']);
  });
});
