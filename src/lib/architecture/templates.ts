/**
 * Expands `{ use: name, with: { arg: value } }` items into the template's layers, replacing
 * every string `$arg` by its value, recursively (templates may use other templates). Pure data
 * in, pure data out: the schema validates the result.
 */
export class TemplateError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
  }
}

type Json = unknown;

function substitute(value: Json, args: Record<string, Json>, path: string): Json {
  if (typeof value === 'string' && value.startsWith('$')) {
    const name = value.slice(1);
    if (!(name in args)) throw new TemplateError(path, `template argument "${name}" is not given`);
    return args[name];
  }
  if (Array.isArray(value)) return value.map((item, index) => substitute(item, args, `${path}[${index}]`));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, substitute(item, args, `${path}.${key}`)]));
  }
  return value;
}

export function expandTemplates(layers: Json[], templates: Record<string, Json[]>, path = 'layers', depth = 0): Json[] {
  if (depth > 20) throw new TemplateError(path, 'templates nest more than 20 levels deep (a template uses itself?)');
  return layers.flatMap((layer, index) => {
    const here = `${path}[${index}]`;
    if (layer && typeof layer === 'object' && !Array.isArray(layer) && 'use' in layer) {
      const { use, with: args = {} } = layer as { use: string; with?: Record<string, Json> };
      const template = templates[use];
      if (!template) throw new TemplateError(here, `unknown template "${use}"`);
      return expandTemplates(substitute(template, args, `${here} (${use})`) as Json[], templates, here, depth + 1);
    }
    return [expandNested(layer, templates, here, depth)];
  });
}

const NESTED_LISTS = ['layers', 'first', 'body', 'shortcut'] as const;

function expandNested(layer: Json, templates: Record<string, Json[]>, path: string, depth: number): Json {
  if (!layer || typeof layer !== 'object' || Array.isArray(layer)) return layer;
  const copy: Record<string, Json> = { ...(layer as Record<string, Json>) };
  for (const key of NESTED_LISTS) {
    if (Array.isArray(copy[key])) copy[key] = expandTemplates(copy[key] as Json[], templates, `${path}.${key}`, depth);
  }
  if (Array.isArray(copy.branches)) {
    copy.branches = (copy.branches as Json[]).map((branch, index) => (Array.isArray(branch) ? expandTemplates(branch, templates, `${path}.branches[${index}]`, depth) : branch));
  }
  return copy;
}
