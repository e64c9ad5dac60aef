import type { CatalogueArea, CatalogueEntry } from '../catalogue';

/** A station on a line: an entry drawn at its year, on its group's track. */
export interface MetroStation {
  entry: CatalogueEntry;
  line: string;
  x: number;
  y: number;
  /** Drawn as an interchange: the entry belongs to this line and to its home area's line. */
  interchange: boolean;
  /** Label below (true) or above (false) the station, alternated to avoid collisions. */
  labelBelow: boolean;
}

export interface MetroLine {
  area: CatalogueArea;
  y: number;
  /** SVG path of the line through its stations, metro style (horizontal runs, 45° bends). */
  paths: string[];
  stations: MetroStation[];
}

export interface MetroMap {
  width: number;
  height: number;
  lines: MetroLine[];
  years: { year: number; x: number }[];
  /** Vertical connectors between an interchange station and the same entry on its home line. */
  transfers: { x: number; y1: number; y2: number }[];
}

export const METRO = { column: 92, rowGap: 74, track: 20, left: 40, top: 40, right: 60, bottom: 30 } as const;

/** Metro-style segment: run horizontally, then bend at 45° into the target track. */
export function metroSegment(x1: number, y1: number, x2: number, y2: number): string {
  const rise = Math.abs(y2 - y1);
  if (rise === 0 || x2 - x1 <= rise) return `M${x1},${y1} L${x2},${y2}`;
  return `M${x1},${y1} H${x2 - rise} L${x2},${y2}`;
}

/**
 * Lays out one line per area. Stations are the area's landmarks plus its `interchanges`, placed
 * in year columns shared by all lines; a group other than the line's first group runs on its own
 * track, so a family that forks (the Inception and the depth lines of classification) is drawn as
 * a branch. Each station connects to the latest earlier station it builds on, else to the
 * previous station of its track, else to the previous station of the line.
 */
export function layoutMetro(areas: readonly CatalogueArea[], stationsOf: (area: CatalogueArea) => { entry: CatalogueEntry; interchange: boolean }[]): MetroMap {
  const perLine = areas.map((area) => ({ area, stations: [...stationsOf(area)].sort((a, b) => a.entry.data.year - b.entry.data.year || a.entry.data.title.localeCompare(b.entry.data.title)) }));
  const years = [...new Set(perLine.flatMap((line) => line.stations.map((station) => station.entry.data.year)))].sort((a, b) => a - b);
  // A year is as wide as the most stations any one line has in it.
  const slots = new Map(years.map((year) => [year, Math.max(1, ...perLine.map((line) => line.stations.filter((station) => station.entry.data.year === year).length))]));
  const yearX = new Map<number, number>();
  let cursor = METRO.left;
  for (const year of years) {
    yearX.set(year, cursor);
    cursor += slots.get(year)! * METRO.column;
  }
  const home = new Map<string, { x: number; y: number }>();
  const placedLines = perLine.map(({ area, stations }, index) => {
    const y = METRO.top + index * METRO.rowGap + METRO.track;
    const groups = [...new Set(stations.filter((station) => !station.interchange).map((station) => station.entry.data.group))];
    const trackOf = (group: string) => {
      const rank = groups.indexOf(group);
      if (rank <= 0) return 0;
      // Branch tracks alternate above and below the main track.
      return (rank % 2 === 1 ? -1 : 1) * Math.ceil(rank / 2) * METRO.track;
    };
    const used = new Map<number, number>();
    const placed: MetroStation[] = stations.map(({ entry, interchange }, position) => {
      const slot = used.get(entry.data.year) ?? 0;
      used.set(entry.data.year, slot + 1);
      const station = {
        entry,
        line: area.id,
        x: yearX.get(entry.data.year)! + slot * METRO.column + METRO.column / 2,
        y: y + (interchange ? 0 : trackOf(entry.data.group)),
        interchange,
        labelBelow: position % 2 === 0,
      };
      if (!interchange) home.set(entry.id, { x: station.x, y: station.y });
      return station;
    });
    return { area, y, placed };
  });
  // An interchange stands right above or below the same entry on its home line.
  for (const { placed } of placedLines) {
    for (const station of placed) if (station.interchange && home.has(station.entry.id)) station.x = home.get(station.entry.id)!.x;
    placed.sort((a, b) => a.x - b.x);
  }
  const lines: MetroLine[] = placedLines.map(({ area, y, placed }) => ({
    area,
    y,
    stations: placed,
    paths: placed.slice(1).map((station, index) => {
      const earlier = placed.slice(0, index + 1);
      const ids = new Set(station.entry.data.builds_on.map((edge) => edge.id));
      const parent =
        [...earlier].reverse().find((candidate) => ids.has(candidate.entry.id)) ??
        [...earlier].reverse().find((candidate) => candidate.y === station.y) ??
        earlier.at(-1)!;
      return metroSegment(parent.x, parent.y, station.x, station.y);
    }),
  }));
  const transfers = lines.flatMap((line) =>
    line.stations.filter((station) => station.interchange && home.has(station.entry.id)).map((station) => ({ x: station.x, y1: station.y, y2: home.get(station.entry.id)!.y })),
  );
  return {
    width: cursor + METRO.right,
    height: METRO.top + lines.length * METRO.rowGap + METRO.bottom,
    lines,
    years: years.map((year) => ({ year, x: yearX.get(year)! + (slots.get(year)! * METRO.column) / 2 })),
    transfers,
  };
}
