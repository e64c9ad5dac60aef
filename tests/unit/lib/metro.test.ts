import { describe, expect, it } from 'vitest';
import { METRO, layoutMetro, metroSegment } from '../../../src/lib/metro/metro-layout';
import { makeArea, makeEntry } from './test-data';

const cls = makeArea('cls', { groups: [{ id: 'main', title: 'Main' }, { id: 'side', title: 'Side' }] });
const det = makeArea('det', { order: 2 });
const alexnet = makeEntry('alexnet', 'cls', { year: 2012 });
const vgg = makeEntry('vgg', 'cls', { year: 2014, builds_on: [{ id: 'alexnet', relation: 'extends' }] });
const googlenet = makeEntry('googlenet', 'cls', { year: 2014, group: 'side', builds_on: [{ id: 'alexnet', relation: 'improves' }] });
const resnet = makeEntry('resnet', 'cls', { year: 2015, builds_on: [{ id: 'vgg', relation: 'extends' }] });
const rcnn = makeEntry('r-cnn', 'det', { year: 2013, builds_on: [{ id: 'alexnet', relation: 'extends' }] });

const map = layoutMetro([cls, det], (area) =>
  area.id === 'cls'
    ? [resnet, alexnet, googlenet, vgg].map((entry) => ({ entry, interchange: false }))
    : [{ entry: rcnn, interchange: false }, { entry: resnet, interchange: true }],
);
const station = (line: number, id: string) => map.lines[line]!.stations.find((item) => item.entry.id === id)!;

describe('layoutMetro', () => {
  it('shares year columns across lines, oldest on the left', () => {
    expect(map.years.map((column) => column.year)).toEqual([2012, 2013, 2014, 2015]);
    expect(station(0, 'alexnet').x).toBeLessThan(station(1, 'r-cnn').x);
    expect(station(1, 'r-cnn').x).toBeLessThan(station(0, 'vgg').x);
  });

  it('gives two stations of one line in the same year their own slots', () => {
    expect(station(0, 'vgg').x).not.toBe(station(0, 'googlenet').x);
  });

  it('puts a second group on a branch track', () => {
    expect(station(0, 'googlenet').y).not.toBe(station(0, 'vgg').y);
    expect(station(0, 'vgg').y).toBe(station(0, 'alexnet').y);
  });

  it('draws an interchange above the same entry on its home line, with a transfer', () => {
    expect(station(1, 'resnet').x).toBe(station(0, 'resnet').x);
    expect(map.transfers).toEqual([{ x: station(0, 'resnet').x, y1: station(1, 'resnet').y, y2: station(0, 'resnet').y }]);
  });

  it('connects a station to the earlier station it builds on', () => {
    const resnetPath = map.lines[0]!.paths.find((path) => path.endsWith(`${station(0, 'resnet').x},${station(0, 'resnet').y}`))!;
    expect(resnetPath.startsWith(`M${station(0, 'vgg').x},${station(0, 'vgg').y}`)).toBe(true);
  });

  it('is wide and tall enough for every station', () => {
    for (const line of map.lines) for (const item of line.stations) {
      expect(item.x).toBeLessThan(map.width);
      expect(item.y).toBeLessThan(map.height);
    }
    expect(map.lines[1]!.y - map.lines[0]!.y).toBe(METRO.rowGap);
  });
});

describe('metroSegment', () => {
  it('runs horizontally, then bends at 45°', () => {
    expect(metroSegment(0, 0, 100, 20)).toBe('M0,0 H80 L100,20');
    expect(metroSegment(0, 0, 10, 20)).toBe('M0,0 L10,20');
  });
});
