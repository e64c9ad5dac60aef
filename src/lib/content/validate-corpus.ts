import type { z } from 'astro/zod';
import { entrySchema, type EntryData } from '../../schemas/entry';
import { areaSchema, type AreaData } from '../../schemas/area';
import { metricDefinitionSchema } from '../../schemas/metric';
import { readingListSchema } from '../../schemas/reading-list';
import { findCycle } from '../lineage/cycles';
import { proseWordCount } from './frontmatter';
import { AREA_PAGE_IDS, headingSlugs } from './heading-ids';
import { fieldPath, type ContentProblem } from './problems';
import { compileArchitectureFile } from '../architecture/compile';
import type { SpecFile } from '../architecture/read-specs';

/** One authored file, already split into frontmatter and body. */
export interface SourceFile {
  /** Path relative to the repository root. */
  path: string;
  /** Area folder the file lives in. */
  area: string;
  /** File name without extension. */
  id: string;
  data: unknown;
  body: string;
  /** Set when the frontmatter is not valid YAML; the file is then reported and skipped. */
  parseError?: string;
}

/** Everything under `content/` that the site is built from. */
export interface Corpus {
  entries: SourceFile[];
  areas: SourceFile[];
  readingLists: SourceFile[];
  metrics: { path: string; data: unknown };
  /** Architecture spec files (`content/architectures/*.yaml`). */
  architectures?: SpecFile[];
}

/** Links known to be dead or misleading: the original roadmap's image host and Google Code. */
export const DEAD_LINKS: { pattern: RegExp; reason: string }[] = [
  { pattern: /weslynn\/graphic-deep-neural-network/, reason: 'points at the original roadmap\'s removed diagram repository' },
  { pattern: /^https?:\/\/code\.google\.com\//, reason: 'Google Code is shut down; link the archive or a GitHub export instead' },
];

function deadLinkProblems(file: { path: string; data: unknown; body?: string }): ContentProblem[] {
  const urls = [...JSON.stringify(file.data ?? null).matchAll(/https?:\/\/[^"\s)]+/g), ...(file.body ?? '').matchAll(/https?:\/\/[^"\s)]+/g)].map((match) => match[0]);
  return urls.flatMap((url) => DEAD_LINKS.filter(({ pattern }) => pattern.test(url)).map(({ reason }) => ({ file: file.path, field: 'links', message: `${url} ${reason}` })));
}

/** Minimum words of explanation an entry page must carry. */
export const MIN_BODY_WORDS = 150;

function schemaProblems<T>(schema: z.ZodType<T>, file: SourceFile | { path: string; data: unknown }, problems: ContentProblem[]): T | undefined {
  if ('parseError' in file && file.parseError) {
    problems.push({ file: file.path, field: 'frontmatter', message: `is not valid YAML: ${file.parseError}` });
    return undefined;
  }
  const result = schema.safeParse(file.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) problems.push({ file: file.path, field: fieldPath([...issue.path, key]), message: 'unknown field (check the spelling against src/schemas/)' });
    } else {
      problems.push({ file: file.path, field: fieldPath(issue.path), message: issue.message });
    }
  }
  return undefined;
}

/**
 * Checks the whole corpus: every file against its schema, then the facts that span files —
 * unique ids, known `builds_on` targets, groups declared by the area, metric keys in the glossary,
 * comparison rows that exist, an acyclic lineage and enough prose on every page.
 */
export function validateCorpus(corpus: Corpus): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const metricDefinitions = new Map<string, unknown>();
  if (typeof corpus.metrics.data !== 'object' || corpus.metrics.data === null) {
    problems.push({ file: corpus.metrics.path, field: '', message: 'must be a map of metric keys to definitions' });
  } else {
    for (const [key, definition] of Object.entries(corpus.metrics.data)) {
      schemaProblems(metricDefinitionSchema, { path: corpus.metrics.path, data: definition }, problems);
      metricDefinitions.set(key, definition);
    }
  }

  const areas = new Map<string, AreaData>();
  for (const file of corpus.areas) {
    const area = schemaProblems(areaSchema, file, problems);
    if (area) areas.set(file.area, area);
  }

  const entries = new Map<string, { file: SourceFile; data: EntryData }>();
  // Ids of every entry file, valid or not, so that one broken file does not cascade into
  // "unknown entry" reports in the files that reference it.
  const knownIds = new Map<string, SourceFile>();
  for (const file of corpus.entries) {
    const previous = knownIds.get(file.id);
    if (previous) {
      problems.push({ file: file.path, field: '', message: `duplicate entry id "${file.id}", also used by ${previous.path}` });
      continue;
    }
    knownIds.set(file.id, file);
    const data = schemaProblems(entrySchema, file, problems);
    if (data) entries.set(file.id, { file, data });
    const words = proseWordCount(file.body);
    if (!file.parseError && words < MIN_BODY_WORDS) {
      problems.push({ file: file.path, field: 'body', message: `has ${words} words of explanation, needs at least ${MIN_BODY_WORDS}` });
    }
  }

  for (const { file, data } of entries.values()) {
    const area = areas.get(file.area);
    if (!area) {
      problems.push({ file: file.path, field: '', message: `folder "${file.area}" has no _area.mdx` });
    } else if (!area.groups.some((group) => group.id === data.group)) {
      problems.push({ file: file.path, field: 'group', message: `unknown group "${data.group}"; ${file.area} declares ${area.groups.map((g) => g.id).join(', ')}` });
    }
    data.builds_on.forEach((edge, index) => {
      if (!knownIds.has(edge.id)) problems.push({ file: file.path, field: `builds_on[${index}].id`, message: `unknown entry "${edge.id}"` });
      if (edge.id === file.id) problems.push({ file: file.path, field: `builds_on[${index}].id`, message: 'an entry cannot build on itself' });
    });
    data.metrics.forEach((metric, index) => {
      if (!metricDefinitions.has(metric.metric)) {
        problems.push({ file: file.path, field: `metrics[${index}].metric`, message: `"${metric.metric}" is not in the metric glossary` });
      }
    });
  }

  // Relative links between pages in bodies: `../id/` (same area) and `../../area/id/` (another area)
  // from an entry; `id/` and `../area/` from an area intro. The build-output test checks the rest.
  const areaIds = new Set(corpus.areas.map((file) => file.area));
  const entryArea = new Map([...knownIds].map(([id, file]) => [id, file.area]));
  const checkLinks = (file: SourceFile, isAreaIntro: boolean) => {
    for (const match of file.body.matchAll(/\]\((\.\.\/|(?![a-z]+:|\/|#))([^)#\s]*)(#[^)\s]*)?\)/g)) {
      const target = (match[1] === '../' ? '../' : '') + match[2];
      const parts = target.split('/').filter(Boolean);
      const up = parts.filter((part) => part === '..').length;
      const rest = parts.filter((part) => part !== '..');
      // Depth of the directory the link resolves from: an entry page is /area/id/, an intro /area/.
      const base = (isAreaIntro ? 1 : 2) - up;
      const global = (name: string) => areaIds.has(name) || ['glossary', 'timeline', 'compare', 'search'].includes(name);
      let ok: boolean;
      if (base === 1 && rest.length === 1) ok = entryArea.get(rest[0]!) === file.area;
      else if (base === 0 && rest.length === 1) ok = global(rest[0]!);
      else if (base === 0 && rest.length === 2) ok = entryArea.get(rest[1]!) === rest[0];
      else if (base < 0 || rest.length === 0) ok = false;
      else continue;
      if (!ok) problems.push({ file: file.path, field: 'body', message: `link to "${match[1] === '../' ? '../' : ''}${match[2]}" does not lead to an entry or area page` });
    }
  };
  for (const file of corpus.entries) if (!file.parseError) checkLinks(file, false);
  for (const file of [...corpus.entries, ...corpus.areas, ...corpus.readingLists]) problems.push(...deadLinkProblems(file));
  for (const file of corpus.areas) if (!file.parseError) checkLinks(file, true);

  for (const file of corpus.areas) {
    const area = areas.get(file.area);
    area?.interchanges.forEach((id, index) => {
      if (!knownIds.has(id)) problems.push({ file: file.path, field: `interchanges[${index}]`, message: `unknown entry "${id}"` });
    });
    // Headings, tables and the page's own sections share one id space on the area page.
    const headings = headingSlugs(file.body);
    headings.forEach((slug) => {
      if ((AREA_PAGE_IDS as readonly string[]).includes(slug)) problems.push({ file: file.path, field: 'body', message: `heading id "${slug}" is also the id of a section of the area page; reword the heading` });
    });
    area?.comparisons.forEach((table, tableIndex) => {
      if (headings.includes(table.id) || (AREA_PAGE_IDS as readonly string[]).includes(table.id)) {
        problems.push({ file: file.path, field: `comparisons[${tableIndex}].id`, message: `"${table.id}" is already the id of a heading or section of the area page; pick another` });
      }
      table.entries?.forEach((id, index) => {
        if (!knownIds.has(id)) problems.push({ file: file.path, field: `comparisons[${tableIndex}].entries[${index}]`, message: `unknown entry "${id}"` });
      });
      table.columns.forEach((column, index) => {
        if ('metric' in column && !metricDefinitions.has(column.metric)) {
          problems.push({ file: file.path, field: `comparisons[${tableIndex}].columns[${index}].metric`, message: `"${column.metric}" is not in the metric glossary` });
        }
      });
    });
  }

  for (const file of corpus.readingLists) {
    const list = schemaProblems(readingListSchema, file, problems);
    const area = areas.get(file.area);
    list?.items.forEach((item, index) => {
      if (area && !area.groups.some((group) => group.id === item.group)) {
        problems.push({ file: file.path, field: `items[${index}].group`, message: `unknown group "${item.group}"` });
      }
    });
  }

  for (const spec of corpus.architectures ?? []) {
    if (spec.parseError) {
      problems.push({ file: spec.path, field: '', message: `is not valid YAML: ${spec.parseError}` });
      continue;
    }
    const result = compileArchitectureFile(spec.data);
    if (!result.ok) {
      for (const problem of result.problems) problems.push({ file: spec.path, field: problem.field, message: problem.message });
      continue;
    }
    const entry = (spec.data as { entry: string }).entry;
    if (entry !== spec.id) problems.push({ file: spec.path, field: 'entry', message: `must equal the file name "${spec.id}"` });
    if (!knownIds.has(entry)) problems.push({ file: spec.path, field: 'entry', message: `unknown entry "${entry}"` });
  }

  const cycle = findCycle(new Map([...entries].map(([id, { data }]) => [id, data.builds_on.map((edge) => edge.id)])));
  if (cycle) {
    const first = entries.get(cycle[0]!)!;
    problems.push({ file: first.file.path, field: 'builds_on', message: `lineage cycle ${cycle.join(' → ')}` });
  }
  return problems;
}
