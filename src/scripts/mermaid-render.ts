import mermaid from 'mermaid';

const isDark = () =>
  document.documentElement.dataset.theme === 'dark' ||
  (!document.documentElement.dataset.theme && matchMedia('(prefers-color-scheme: dark)').matches);

let counter = 0;

/** Renders every `.mermaid-diagram` on the page; the source stays in the page for reference. */
export async function renderMermaidDiagrams(): Promise<void> {
  mermaid.initialize({ startOnLoad: false, theme: isDark() ? 'dark' : 'neutral', securityLevel: 'strict', fontFamily: 'system-ui, sans-serif' });
  for (const figure of document.querySelectorAll<HTMLElement>('.mermaid-diagram')) {
    const source = figure.querySelector('.mermaid-source');
    if (!source) continue;
    const { svg } = await mermaid.render(`mermaid-${(counter += 1)}`, source.textContent ?? '');
    let output = figure.querySelector<HTMLElement>('.mermaid-output');
    if (!output) {
      output = document.createElement('div');
      output.className = 'mermaid-output';
      figure.prepend(output);
    }
    output.innerHTML = svg;
    output.querySelector('svg')?.setAttribute('role', 'img');
    figure.dataset.rendered = 'true';
    source.setAttribute('hidden', '');
  }
}

document.addEventListener('alphatree:theme', () => void renderMermaidDiagrams());
