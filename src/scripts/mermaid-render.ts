// Mermaid is imported inside the renderer so that the page's loader only names this small module,
// not the list of Mermaid's chunks (which would weigh more than the loader itself).
const loadMermaid = () => import('mermaid').then((module) => module.default);

const isDark = () =>
  document.documentElement.dataset.theme === 'dark' ||
  (!document.documentElement.dataset.theme && matchMedia('(prefers-color-scheme: dark)').matches);

let counter = 0;

/** A text alternative from the diagram's own node labels, e.g. "Diagram: AlexNet 2012, ZFNet 2013, …". */
function describeDiagram(source: string): string {
  const labels = [...source.matchAll(/\[([^\]]+)\]/g)].map((match) => match[1]!.trim());
  return labels.length ? `Diagram: ${[...new Set(labels)].join(', ')}` : 'Diagram';
}

/** Renders every `.mermaid-diagram` on the page; the source stays in the page for reference. */
export async function renderMermaidDiagrams(): Promise<void> {
  const mermaid = await loadMermaid();
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
    const svgElement = output.querySelector('svg');
    // Mermaid scales a wide chart down to the column; on a phone its labels would become unreadable,
    // so it keeps at least 60% of its natural width and the figure scrolls sideways instead.
    const naturalWidth = svgElement?.viewBox.baseVal?.width;
    if (svgElement && naturalWidth) svgElement.style.minWidth = `${Math.round(naturalWidth * 0.6)}px`;
    svgElement?.setAttribute('role', 'img');
    svgElement?.setAttribute('aria-label', describeDiagram(source.textContent ?? ''));
    figure.dataset.rendered = 'true';
    source.setAttribute('hidden', '');
  }
}

document.addEventListener('alphatree:theme', () => void renderMermaidDiagrams());
