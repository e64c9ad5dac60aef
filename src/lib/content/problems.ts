/** A fault in authored content, located precisely enough for an author to fix it. */
export interface ContentProblem {
  /** Path of the file relative to the repository root, e.g. `content/classification/resnet.md`. */
  file: string;
  /** Dotted path of the field, e.g. `builds_on[0].id`; empty for the whole file. */
  field: string;
  /** What is wrong. */
  message: string;
}

/** `file: field: message`, the one format every content error is printed in. */
export function formatProblem({ file, field, message }: ContentProblem): string {
  return field ? `${file}: ${field}: ${message}` : `${file}: ${message}`;
}

/** Turns a zod issue path such as `['code', 0, 'url']` into `code[0].url`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text ? `${text}.${String(key)}` : String(key);
  }, '');
}
