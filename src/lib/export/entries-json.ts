import type { Catalogue } from '../catalogue';
import type { CompiledVariant } from '../architecture/compile';
import { paperLinks, entryPath } from '../links';
import { toBibtex } from '../bibtex';

/**
 * One entry in `/data/entries.json`. The shape is documented in the README; change both together.
 */
export interface ExportedEntry {
  id: string;
  area: string;
  /** Site path of the entry page, relative to the site base. */
  path: string;
  title: string;
  fullTitle: string;
  aliases: string[];
  authors: string[];
  year: number;
  venue: string;
  organizations: string[];
  group: string;
  summary: string;
  landmark: boolean;
  paper: { arxiv?: string; url?: string; links: { label: string; url: string }[] };
  code: { url: string; kind: string; framework: string; note?: string }[];
  builds_on: { id: string; relation: string; note?: string }[];
  metrics: { dataset: string; metric: string; value: number; setting?: string; source: string }[];
  /** Totals computed from the primary architecture spec, when the entry has one. */
  architecture: {
    variant: string;
    params: number;
    macs: number;
    depth: number;
    input: string;
    /** Top-level stages for a thumbnail: name, output channels and spatial side, parameters. */
    stages: { name: string; channels: number; side: number; params: number }[];
  } | null;
  bibtex: string;
}

export interface EntriesExport {
  /** Version of this shape; bumped on breaking changes. */
  version: 1;
  count: number;
  areas: { id: string; title: string; color: string }[];
  /** The metric glossary: display name and unit of every metric key used in `entries[].metrics`. */
  glossary: Record<string, { name: string; short: string; unit: string; thousandsUnit?: string; better: 'higher' | 'lower' }>;
  entries: ExportedEntry[];
}

/** Builds the public JSON export of every entry from the catalogue and the compiled specs. */
export function exportEntries(catalogue: Catalogue, architectures: ReadonlyMap<string, CompiledVariant[]>): EntriesExport {
  const entries = catalogue.entries.map(({ id, area, data }): ExportedEntry => {
    const primary = architectures.get(id)?.[0];
    return {
      id,
      area,
      path: entryPath(area, id),
      title: data.title,
      fullTitle: data.fullTitle,
      aliases: data.aliases,
      authors: data.authors,
      year: data.year,
      venue: data.venue,
      organizations: data.organizations,
      group: data.group,
      summary: data.summary,
      landmark: data.landmark,
      paper: { arxiv: data.paper.arxiv, url: data.paper.url, links: paperLinks(data.paper) },
      code: data.code,
      builds_on: data.builds_on,
      metrics: data.metrics,
      architecture: primary
        ? {
            variant: primary.variant.name,
            params: primary.model.params,
            macs: primary.model.macs,
            depth: primary.model.depth,
            input: primary.variant.input.join('×'),
            stages: primary.model.layers.map((node) => ({
              name: node.kind === 'stage' ? (node.label ?? node.name) : node.kind,
              channels: node.output.c,
              side: Math.round(Math.sqrt(node.output.h * node.output.w)),
              params: node.params,
            })),
          }
        : null,
      bibtex: toBibtex(data),
    };
  });
  return {
    version: 1,
    count: entries.length,
    areas: catalogue.areas.map((area) => ({ id: area.id, title: area.data.title, color: area.data.color })),
    glossary: Object.fromEntries([...catalogue.metrics].map(([key, metric]) => [key, { name: metric.name, short: metric.short, unit: metric.unit, thousandsUnit: metric.thousandsUnit, better: metric.better }])),
    entries,
  };
}
