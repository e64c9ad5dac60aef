import type { Column, Comparison } from '../../schemas/area';
import type { MetricDefinition, MetricValue } from '../../schemas/metric';
import type { CatalogueEntry } from '../catalogue';
import { formatFlag, formatValue } from '../format';
import { WEIGHT_ACCESS_LABELS } from '../weights';

/** A column heading; metric columns link to the glossary and carry the unit. */
export interface ComparisonHeader {
  label: string;
  /** Glossary key when the column is a metric. */
  metric?: string;
  unit?: string;
  /** Which way is better, for metric columns. */
  better?: 'higher' | 'lower';
  /** Whether sorting compares numbers. */
  numeric: boolean;
}

/** One cell: the text shown, a value to sort by and, for numbers, where they come from. */
export interface ComparisonCell {
  text: string;
  sortValue: number | string | null;
  /** Provenance shown with the number: source and setting. */
  source?: string;
  setting?: string;
}

export interface ComparisonRow {
  entry: CatalogueEntry;
  cells: ComparisonCell[];
}

export interface ComparisonModel {
  id: string;
  caption: string;
  headers: ComparisonHeader[];
  rows: ComparisonRow[];
}

const EMPTY: ComparisonCell = { text: '—', sortValue: null };

/** Totals of an entry's primary architecture spec, for `computed` columns. */
export interface ComputedTotals {
  variant: string;
  params: number;
  macs: number;
  depth: number;
  /** The reference the parameter count was checked against. */
  reference: string;
}

const COMPUTED_LABELS = { params: 'Params (computed)', macs: 'MACs (computed)', depth: 'Depth (computed)' } as const;

const DESIGN_LABELS: Record<string, string> = {
  variant: 'Variant',
  depth: 'Depth',
  convLayers: 'Conv layers',
  kernelSizes: 'Kernel sizes',
  fcLayers: 'FC layers',
  fcSizes: 'FC sizes',
  dataAugmentation: 'Data augmentation',
  dropout: 'Dropout',
  lrn: 'LRN',
  batchNorm: 'BN',
};

/** The value of a metric column for an entry: same metric and dataset, preferring the setting asked for. */
export function pickMetric(metrics: readonly MetricValue[], column: { metric: string; dataset: string; setting?: string }): MetricValue | undefined {
  const candidates = metrics.filter((value) => value.metric === column.metric && value.dataset === column.dataset);
  if (column.setting === undefined) return candidates[0];
  return candidates.find((value) => value.setting?.includes(column.setting!));
}

function header(column: Column, glossary: ReadonlyMap<string, MetricDefinition>): ComparisonHeader {
  if ('computed' in column) return { label: column.label ?? COMPUTED_LABELS[column.computed], numeric: true, better: column.computed === 'depth' ? undefined : 'lower' };
  if ('field' in column) return { label: column.label ?? column.field[0]!.toUpperCase() + column.field.slice(1), numeric: column.field === 'year' };
  if ('design' in column) return { label: column.label ?? DESIGN_LABELS[column.design] ?? column.design, numeric: ['depth', 'convLayers', 'fcLayers'].includes(column.design) };
  const definition = glossary.get(column.metric);
  return {
    label: column.label ?? `${definition?.short ?? column.metric} (${column.dataset})`,
    metric: column.metric,
    unit: definition?.unit,
    better: definition?.better,
    numeric: true,
  };
}

function cell(entry: CatalogueEntry, column: Column, glossary: ReadonlyMap<string, MetricDefinition>, computed: ReadonlyMap<string, ComputedTotals>): ComparisonCell {
  if ('computed' in column) {
    const totals = computed.get(entry.id);
    if (!totals) return EMPTY;
    const value = totals[column.computed];
    const text = column.computed === 'depth' ? String(value) : formatValue(Math.round(value / 1e4) / 100, 'M');
    return { text, sortValue: value, setting: totals.variant, source: `computed from AlphaTree's architecture spec, checked against ${totals.reference}` };
  }
  if ('field' in column) {
    if (column.field === 'weights') {
      const weights = entry.data.weights;
      if (!weights) return EMPTY;
      return { text: WEIGHT_ACCESS_LABELS[weights.access], sortValue: weights.access, setting: weights.license, source: weights.source };
    }
    const value = entry.data[column.field];
    if (Array.isArray(value)) return value.length ? { text: value.join(', '), sortValue: value.join(', ') } : EMPTY;
    return { text: String(value), sortValue: value };
  }
  if ('design' in column) {
    const design = entry.data.design;
    if (!design) return EMPTY;
    const value = design[column.design];
    const source = `${design.source} (${design.variant})`;
    if (typeof value === 'boolean') return { text: formatFlag(value), sortValue: value ? 1 : 0, source };
    if (Array.isArray(value)) return { text: value.length ? value.map((n) => (column.design === 'kernelSizes' ? `${n}×${n}` : String(n))).join(', ') : 'none', sortValue: value.length, source };
    return { text: String(value), sortValue: typeof value === 'number' ? value : String(value), source };
  }
  const value = pickMetric(entry.data.metrics, column);
  if (!value) return EMPTY;
  const definition = glossary.get(column.metric);
  return { text: formatValue(value.value, definition?.unit ?? '', definition?.thousandsUnit), sortValue: value.value, source: value.source, setting: value.setting };
}

const hasMetricValue = (entry: CatalogueEntry, columns: readonly Column[]) =>
  columns.some((column) => 'metric' in column && pickMetric(entry.data.metrics, column) !== undefined);

/**
 * Builds a comparison table from entry data. Rows are the table's listed entries in that order,
 * or else every entry of the area that reports at least one of the table's metrics.
 */
export function buildComparison(
  table: Comparison,
  areaEntries: readonly CatalogueEntry[],
  byId: ReadonlyMap<string, CatalogueEntry>,
  glossary: ReadonlyMap<string, MetricDefinition>,
  computed: ReadonlyMap<string, ComputedTotals> = new Map(),
): ComparisonModel {
  const entries = table.entries
    ? table.entries.map((id) => byId.get(id)).filter((entry): entry is CatalogueEntry => entry !== undefined)
    : areaEntries.filter((entry) => hasMetricValue(entry, table.columns) || (table.columns.some((column) => 'computed' in column) && computed.has(entry.id)));
  return {
    id: table.id,
    caption: table.caption,
    headers: table.columns.map((column) => header(column, glossary)),
    rows: entries.map((entry) => ({ entry, cells: table.columns.map((column) => cell(entry, column, glossary, computed)) })),
  };
}
