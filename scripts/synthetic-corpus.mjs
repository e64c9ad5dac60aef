// Writes a synthetic content/ folder shaped like the real one: areas with groups and tables,
// entries with builds_on references, metrics with sources, formulas, a table and, on every
// twentieth entry, a Mermaid fence.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const AREAS = 10;

export function generateCorpus(dir, count, glossaryYaml) {
  mkdirSync(join(dir, 'glossary'), { recursive: true });
  writeFileSync(join(dir, 'glossary/metrics.yaml'), glossaryYaml);
  const perArea = Math.ceil(count / AREAS);
  for (let a = 0; a < AREAS; a += 1) {
    const area = `area-${a}`;
    mkdirSync(join(dir, area), { recursive: true });
    writeFileSync(
      join(dir, area, '_area.mdx'),
      `---\ntitle: Synthetic area ${a}\nsummary: A synthetic area used to measure how the build grows with the catalogue.\norder: ${a + 1}\ncolor: "#${((a * 2654435761) % 0xffffff).toString(16).padStart(6, '0')}"\ngroups:\n  - { id: early, title: Early }\n  - { id: late, title: Late }\ncomparisons:\n  - id: main\n    caption: Synthetic comparison.\n    columns:\n      - { field: year }\n      - { metric: top1-acc, dataset: ImageNet val }\n      - { metric: params, dataset: ImageNet val }\n---\n\nIntro of area ${a} with $x^2$ math.\n`,
    );
  }
  for (let i = 0; i < count; i += 1) {
    const area = `area-${i % AREAS}`;
    const id = `model-${i}`;
    const parents = [i - AREAS, i - AREAS * 3 - 1].filter((p) => p >= 0).map((p) => `  - { id: model-${p}, relation: extends }`);
    const mermaid = i % 20 === 0 ? '\n```mermaid\nflowchart LR\n  a[input] --> b[model] --> c[output]\n```\n' : '';
    const words = Array.from({ length: 160 }, (_, w) => ['residual', 'attention', 'convolution', 'network', 'training', 'layer', 'feature', 'scale'][(i + w) % 8]).join(' ');
    writeFileSync(
      join(dir, area, `${id}.md`),
      `---\ntitle: Model ${i}\nfullTitle: A Synthetic Paper Number ${i}\naliases: [M${i}]\nauthors: [Ada Lovelace, Alan Turing]\nyear: ${1998 + (i % 27)}\nvenue: CVPR ${1998 + (i % 27)}\ngroup: ${i % 2 ? 'late' : 'early'}\nsummary: Synthetic entry number ${i}, shaped like a real one for benchmarking.\npaper:\n  arxiv: "${String(1500 + (i % 900)).padStart(4, '0')}.${String(10000 + i).slice(-5)}"\ncode:\n  - { url: https://github.com/example/model-${i}, kind: official, framework: PyTorch }\n${parents.length ? `builds_on:\n${parents.join('\n')}\n` : ''}metrics:\n  - { dataset: ImageNet val, metric: top1-acc, value: ${50 + (i % 40)}.5, source: "paper, Table 1" }\n  - { dataset: ImageNet val, metric: params, value: ${1 + (i % 90)}.2, source: "paper, Table 1" }\ninterview:\n  - { q: "What does model ${i} change?", a: "It changes one synthetic thing." }\n---\n\n## Key idea\n\n${words}\n\n$$\n\\mathbf{y} = \\mathcal{F}(\\mathbf{x}) + \\mathbf{x}\n$$\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n${mermaid}`,
    );
  }
}
