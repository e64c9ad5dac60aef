// The compare page: loads the entry export once, then renders the selection kept in the URL.
import { compareMetricRows, lineageRelation, selectedIds } from '../lib/compare/compare-entries';
import type { EntriesExport, ExportedEntry } from '../lib/export/entries-json';
import { escapeHtml } from '../lib/search-state';
import { formatValue } from '../lib/format';

const base = import.meta.env.BASE_URL;
const form = document.querySelector<HTMLFormElement>('[data-compare-form]')!;
const input = document.querySelector<HTMLInputElement>('#compare-add')!;
const status = document.querySelector<HTMLElement>('[data-compare-status]')!;
const output = document.querySelector<HTMLElement>('[data-compare-output]')!;

const data = (await (await fetch(`${base}data/entries.json`)).json()) as EntriesExport;
const byId = new Map(data.entries.map((entry) => [entry.id, entry]));
const areaTitle = new Map(data.areas.map((area) => [area.id, area.title]));
let ids = selectedIds(location.search, new Set(byId.keys()));

const millions = (count: number) => formatValue(Math.round(count / 1e4) / 100, 'M');

/** A thumbnail of the architecture: one bar per stage, height by feature-map side, width by parameters. */
function thumbnail(entry: ExportedEntry): string {
  const stages = entry.architecture?.stages ?? [];
  if (!stages.length) return '—';
  const maxSide = Math.max(...stages.map((stage) => stage.side), 1);
  const totalParams = Math.max(stages.reduce((total, stage) => total + stage.params, 0), 1);
  let x = 0;
  const bars = stages
    .map((stage) => {
      const width = 6 + Math.round((stage.params / totalParams) * 120);
      const height = Math.max(4, Math.round((Math.sqrt(stage.side) / Math.sqrt(maxSide)) * 40));
      const bar = `<rect x="${x}" y="${44 - height}" width="${width}" height="${height}" rx="2" class="arch-conv"><title>${escapeHtml(stage.name)}: ${stage.channels} channels, ${stage.side}×${stage.side}</title></rect>`;
      x += width + 3;
      return bar;
    })
    .join('');
  return `<a href="${base}${entry.path}#architecture" aria-label="${escapeHtml(entry.title)} architecture diagram"><svg width="${x}" height="46" role="img" aria-label="${stages.length} stages; bar height follows the feature-map size, width the share of parameters">${bars}</svg></a>`;
}
const cell = (html: string) => `<td>${html}</td>`;

function codeSummary(entry: ExportedEntry): string {
  if (!entry.code.length) return 'none listed';
  return entry.code
    .map((code) => `<a href="${escapeHtml(code.url)}" rel="noopener">${escapeHtml(new URL(code.url).pathname.split('/').slice(1, 3).join('/') || code.url)}</a> <span class="badge" data-kind="${code.kind}">${code.kind}</span>`)
    .join('<br>');
}

function render() {
  history.replaceState(null, '', ids.length ? `${location.pathname}?ids=${ids.join(',')}` : location.pathname);
  const entries = ids.map((id) => byId.get(id)!);
  if (entries.length < 2) {
    status.textContent = entries.length ? `${entries[0]!.title} selected — add at least one more entry.` : 'Add two to four entries to compare.';
  } else {
    status.textContent = `Comparing ${entries.map((entry) => entry.title).join(', ')}.`;
  }
  if (!entries.length) {
    output.hidden = true;
    return;
  }
  const rows: [string, (entry: ExportedEntry) => string][] = [
    ['Area', (entry) => escapeHtml(areaTitle.get(entry.area) ?? entry.area)],
    ['Year · venue', (entry) => `${entry.year} · ${escapeHtml(entry.venue)}`],
    ['Summary', (entry) => escapeHtml(entry.summary)],
    ['Parameters (computed)', (entry) => (entry.architecture ? `${millions(entry.architecture.params)}<span class="src">${escapeHtml(entry.architecture.variant)}, from its architecture spec</span>` : '—')],
    ['MACs (computed)', (entry) => (entry.architecture ? `${formatValue(entry.architecture.macs / 1e6, 'M')}<span class="src">at ${entry.architecture.input}</span>` : '—')],
    ['Architecture', thumbnail],
    ['Code', codeSummary],
  ];
  const metricRows = compareMetricRows(entries).slice(0, 12);
  const relations =
    entries.length > 1
      ? entries.flatMap((a, i) => entries.slice(i + 1).map((b) => `<li>${escapeHtml(lineageRelation(a, b, byId))}</li>`)).join('')
      : '';
  output.innerHTML = `<table>
    <caption>Side by side. Every number names its source; “—” means the entry reports none.</caption>
    <thead><tr><th scope="col">Fact</th>${entries
      .map((entry) => `<th scope="col"><a href="${base}${entry.path}">${escapeHtml(entry.title)}</a> <button type="button" class="control" data-remove="${entry.id}" aria-label="Remove ${escapeHtml(entry.title)}">×</button></th>`)
      .join('')}</tr></thead>
    <tbody>
      ${rows.map(([label, value]) => `<tr><th scope="row">${label}</th>${entries.map((entry) => cell(value(entry))).join('')}</tr>`).join('')}
      ${metricRows
        .map(
          (row) =>
            `<tr><th scope="row"><a href="${base}glossary/#${row.metric}">${escapeHtml(data.glossary[row.metric]?.short ?? row.metric)}</a> · ${escapeHtml(row.dataset)}</th>${row.values
              .map((value) => cell(value ? `${formatValue(value.value, data.glossary[row.metric]?.unit ?? '', data.glossary[row.metric]?.thousandsUnit)}<span class="src">${escapeHtml([value.setting, value.source].filter(Boolean).join(' — '))}</span>` : '—'))
              .join('')}</tr>`,
        )
        .join('')}
      ${relations ? `<tr><th scope="row">Lineage</th><td colspan="${entries.length}"><ul>${relations}</ul></td></tr>` : ''}
    </tbody></table>`;
  output.hidden = false;
}

output.addEventListener('click', (event) => {
  const id = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-remove]')?.dataset.remove;
  if (!id) return;
  ids = ids.filter((item) => item !== id);
  render();
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const wanted = input.value.trim().toLowerCase();
  const match = data.entries.find((entry) => entry.title.toLowerCase() === wanted || entry.id === wanted) ?? data.entries.find((entry) => entry.title.toLowerCase().startsWith(wanted));
  if (!match) {
    status.textContent = `No entry called “${input.value}”.`;
    return;
  }
  if (!ids.includes(match.id)) ids = [...ids, match.id].slice(-4);
  input.value = '';
  render();
});

render();
