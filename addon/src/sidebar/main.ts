/**
 * The sidebar (Sidebar.html): choose the profile, validate the workbook or the active sheet,
 * read the summary per sheet and the issues (each a button that selects its cell), scores as
 * small charts, and map columns by hand when detection failed. Japanese first, English by
 * the user's locale. Every text from the workbook is set with textContent, never as HTML.
 */
import { describeError } from '../errors/describeError.js';
import type { Failure, SidebarInfo } from '../handlers/handlers.js';
import type { Lang } from '../i18n/lang.js';
import type { ChartView } from '../validate/chartsOf.js';
import type { IssueView, ReviewView, SheetView, ValidationView } from '../validate/viewOf.js';
import { TEXT } from './sidebarWords.js';

interface Runner {
  withSuccessHandler(f: (value: unknown) => void): Runner;
  withFailureHandler(f: (error: unknown) => void): Runner;
  [handler: string]: unknown;
}
declare const google: { script: { run: Runner } };

type Key = keyof typeof TEXT;

let lang: Lang = /^ja/i.test(navigator.language || 'ja') ? 'ja' : 'en';
let info: SidebarInfo | null = null;
let busy = false;

function tr(key: Key, params: Record<string, string | number> = {}): string {
  return TEXT[key][lang].replace(/\{(\w+)\}/g, (w, n: string) => (n in params ? String(params[n]) : w));
}

/** Creates an element; children are nodes or strings (always as text). */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: {
    className?: string;
    type?: string;
    value?: string;
    name?: string;
    id?: string;
    htmlFor?: string;
  } = {},
  children: readonly (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props))
    if (v !== undefined) (node as unknown as Record<string, string>)[k] = v;
  for (const c of children) node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  return node;
}

function isFailure(value: unknown): value is Failure {
  return typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false;
}

/** google.script.run as a promise; a returned Failure or a transport error rejects with a sentence. */
function call<T>(name: string, ...args: unknown[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) =>
        isFailure(value) ? reject(new Error(value.error)) : resolve(value as T),
      )
      .withFailureHandler((error) => reject(new Error(describeError(error, lang))));
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}

const app = document.getElementById('app') as HTMLElement;
const progress = el('div');
const status = el('div');
const results = el('div');

/** What the progress line says while a call runs (set before a validation). */
let busyText: string | null = null;

function setBusy(on: boolean, key: Key = 'running'): void {
  busy = on;
  for (const b of Array.from(document.querySelectorAll('button, select, input, textarea')))
    (b as HTMLButtonElement).disabled = on;
  progress.replaceChildren();
  if (!on) return;
  status.replaceChildren();
  const started = Date.now();
  const what = busyText ?? tr(key);
  busyText = null;
  const label = el('div', { className: 'muted' }, [what]);
  const box = el('div', { className: 'progress' }, [el('div', { className: 'bar' }, [el('span')]), label]);
  progress.appendChild(box);
  const tick = () => {
    if (!busy || !box.isConnected) return;
    label.textContent = `${what} ${tr('seconds', { n: Math.round((Date.now() - started) / 1000) })}`;
    setTimeout(tick, 1000);
  };
  setTimeout(tick, 1000);
}

function showError(error: unknown): void {
  const message = error instanceof Error ? error.message : describeError(error, lang);
  status.replaceChildren(el('div', { className: 'error-box' }, [message]));
  status.firstElementChild?.setAttribute('role', 'alert');
}

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A small horizontal bar chart as inline SVG; labels and values are text nodes. */
function chart(view: ChartView): HTMLElement {
  const width = 268;
  const rowH = 18;
  const labelW = 110;
  const max = Math.max(...view.bars.map((b) => Math.abs(b.value)), 1e-9);
  const root = svg('svg', {
    width,
    height: view.bars.length * rowH + 4,
    viewBox: `0 0 ${width} ${view.bars.length * rowH + 4}`,
    role: 'img',
  });
  root.appendChild(svg('title', {}, view.title));
  view.bars.forEach((b, i) => {
    const y = i * rowH + 2;
    const w = Math.max(1, ((width - labelW - 44) * Math.abs(b.value)) / max);
    const label = b.label.length > 9 ? `${b.label.slice(0, 8)}…` : b.label;
    root.appendChild(svg('text', { x: 0, y: y + 12, 'font-size': 11, fill: '#5f6368' }, label));
    root.appendChild(
      svg('rect', { x: labelW, y: y + 3, width: w, height: rowH - 7, rx: 2, fill: '#1a73e8' }),
    );
    const shown = Number.isInteger(b.value) ? b.value.toLocaleString('ja-JP') : b.value.toFixed(1);
    root.appendChild(svg('text', { x: labelW + w + 4, y: y + 12, 'font-size': 11, fill: '#202124' }, shown));
  });
  return el('div', { className: 'chart' }, [
    el('div', { className: 'chart-title' }, [`${view.title}（${view.unit}）`]),
    root as unknown as Node,
  ]);
}

function mappingForm(sheet: SheetView): HTMLElement {
  const kinds = info?.kinds ?? [];
  const saved = info?.mappings[sheet.name];
  const box = el('details', { className: 'mapping' }, [el('summary', {}, [tr('mapping')])]);
  const kindSelect = el('select');
  kindSelect.setAttribute('aria-label', tr('kind'));
  for (const k of kinds) kindSelect.appendChild(el('option', { value: k.kind }, [k.label]));
  kindSelect.value = saved?.kind ?? sheet.kind ?? kinds[0]?.kind ?? '';
  const fieldsBox = el('div');
  const selects = new Map<string, HTMLSelectElement>();
  const renderFields = () => {
    fieldsBox.replaceChildren();
    selects.clear();
    const kind = kinds.find((k) => k.kind === kindSelect.value);
    for (const f of kind?.fields ?? []) {
      const select = el('select');
      select.appendChild(el('option', { value: '' }, [tr('none')]));
      for (const c of sheet.columns)
        select.appendChild(
          el('option', { value: c.letter }, [c.header ? `${c.letter}: ${c.header}` : c.letter]),
        );
      const current =
        saved?.fields?.[f.field] ?? sheet.mapping.find((m) => m.field === f.field)?.column ?? '';
      select.value = current;
      selects.set(f.field, select);
      fieldsBox.appendChild(el('label', {}, [f.label + (f.required ? tr('required') : '')]));
      fieldsBox.appendChild(select);
    }
  };
  kindSelect.addEventListener('change', renderFields);
  renderFields();
  const save = el('button', { type: 'button', className: 'primary' }, [tr('saveMapping')]);
  save.addEventListener('click', () => {
    const fields: Record<string, string> = {};
    for (const [field, s] of selects) if (s.value) fields[field] = s.value;
    void run(async () => {
      await call('saveMapping', sheet.name, { kind: kindSelect.value, fields });
      if (info)
        info = {
          ...info,
          mappings: { ...info.mappings, [sheet.name]: { kind: kindSelect.value as never, fields } },
        };
      await validateNow();
    });
  });
  const forget = el('button', { type: 'button' }, [tr('forgetMapping')]);
  forget.addEventListener('click', () => {
    void run(async () => {
      await call('clearMapping', sheet.name);
      if (info) {
        const { [sheet.name]: _gone, ...rest } = info.mappings;
        info = { ...info, mappings: rest };
      }
      await validateNow();
    });
  });
  box.append(
    el('label', {}, [tr('kind')]),
    kindSelect,
    fieldsBox,
    el('div', { className: 'buttons' }, [save, forget]),
  );
  return box;
}

const yen = (n: number) =>
  lang === 'ja' ? `${n.toLocaleString('ja-JP')}円` : `¥${n.toLocaleString('en-US')}`;

/** A review sheet's ranking (RULES X3): the budget line, then rank, project, score, award. */
function rankingTable(review: ReviewView): HTMLElement {
  const box = el('div', { className: 'ranking' }, [el('h3', {}, [tr('ranking')])]);
  if (review.waits !== null) {
    box.appendChild(el('p', { className: 'muted' }, [review.waits]));
    return box;
  }
  box.appendChild(
    el('div', { className: 'budget' }, [
      review.budget === null || review.awarded === null || review.remaining === null
        ? tr('noBudget')
        : tr('budgetLine', {
            budget: yen(review.budget),
            awarded: yen(review.awarded),
            remaining: yen(review.remaining),
          }),
    ]),
  );
  const head = el('tr', {}, [
    el('th', {}, [tr('rankHead')]),
    el('th', {}, [tr('projectHead')]),
    el('th', {}, [tr('scoreHead')]),
    el('th', {}, [tr('awardHead')]),
  ]);
  const body = el(
    'tbody',
    {},
    review.rows.map((r) => {
      // The amount, with what happened under it when it is not a plain award.
      const award: (Node | string)[] =
        r.award === null
          ? [r.passed ? '' : r.outcome]
          : r.award > 0
            ? [yen(r.award), ...(r.reduced ? [el('div', { className: 'muted' }, [r.outcome])] : [])]
            : [el('span', { className: 'muted' }, [r.outcome])];
      return el('tr', { className: r.reduced ? 'reduced' : r.passed ? '' : 'below' }, [
        el('td', { className: 'n' }, [String(r.rank)]),
        el('td', {}, [r.name]),
        el('td', { className: 'n' }, [r.score]),
        el('td', { className: 'n' }, award),
      ]);
    }),
  );
  box.appendChild(el('table', {}, [el('thead', {}, [head]), body]));
  return box;
}

function sheetCard(sheet: SheetView): HTMLElement {
  const kind = info?.kinds.find((k) => k.kind === sheet.kind)?.label ?? tr('unknownKind');
  const meta = [
    tr('rows', { n: sheet.rowsRead, s: sheet.skipped }),
    sheet.headerRow === null ? tr('noHeader') : tr('header', { n: sheet.headerRow }),
  ].join(' · ');
  const card = el('div', { className: 'card' }, [
    el('h3', {}, [`${sheet.name} — ${kind}`]),
    el('div', { className: 'meta' }, [meta]),
    el('div', { className: 'totals' }, [
      el('span', { className: 'chip error' }, [tr('errors', { n: sheet.errors })]),
      el('span', { className: 'chip warning' }, [tr('warnings', { n: sheet.warnings })]),
      el('span', { className: 'chip info' }, [tr('infos', { n: sheet.infos })]),
    ]),
  ]);
  if (sheet.review !== undefined) card.appendChild(rankingTable(sheet.review));
  else for (const c of sheet.charts) card.appendChild(chart(c));
  if (sheet.needsMapping) card.appendChild(mappingForm(sheet));
  return card;
}

function issueItem(issue: IssueView): HTMLElement {
  const where = issue.cell ? `${issue.sheet}!${issue.cell}` : `${issue.sheet} (${tr('wholeSheet')})`;
  const button = el('button', { type: 'button', className: 'issue' }, [
    el('span', { className: `chip ${issue.severity}` }, [
      tr(issue.severity === 'error' ? 'errors' : issue.severity === 'warning' ? 'warnings' : 'infos', {
        n: '',
      }).trim(),
    ]),
    ' ',
    el('span', { className: 'where' }, [where]),
    el('span', { className: 'message' }, [
      issue.count > 1 ? `${issue.message} (×${issue.count})` : issue.message,
    ]),
  ]);
  if (issue.value) button.appendChild(el('span', { className: 'value' }, [issue.value]));
  button.dataset.cell = issue.cell ?? '';
  button.dataset.sheet = issue.sheet;
  const cell = issue.cell;
  if (cell) button.addEventListener('click', () => void run(() => call('selectCell', issue.sheet, cell)));
  return el('li', {}, [button]);
}

function showResults(view: ValidationView): void {
  results.replaceChildren(
    el('h2', {}, [tr('summary')]),
    el('div', { className: 'totals' }, [
      el('span', { className: 'chip error' }, [tr('errors', { n: view.totals.errors })]),
      el('span', { className: 'chip warning' }, [tr('warnings', { n: view.totals.warnings })]),
      el('span', { className: 'chip info' }, [tr('infos', { n: view.totals.infos })]),
    ]),
    el('p', { className: 'muted' }, [tr('marked', { n: view.marked })]),
    el('h2', {}, [tr('sheets')]),
    ...view.sheets.map(sheetCard),
    el('h2', {}, [tr('issues')]),
    view.issues.length === 0
      ? el('p', {}, [tr('noIssues')])
      : el('ul', { className: 'issues' }, view.issues.map(issueItem)),
    ...(view.more > 0
      ? [el('p', { className: 'muted' }, [tr('more', { n: view.more, sheet: view.resultsSheet })])]
      : []),
  );
}

async function run(work: () => Promise<unknown>, key: Key = 'running'): Promise<void> {
  if (busy) return;
  setBusy(true, key);
  try {
    await work();
    setBusy(false);
  } catch (error) {
    setBusy(false);
    showError(error);
  }
}

let profileSelect: HTMLSelectElement;
let scopeActive: HTMLInputElement;
let budgetInput: HTMLInputElement;

async function validateNow(): Promise<void> {
  const view = await call<ValidationView>('validate', {
    scope: scopeActive.checked ? 'active' : 'workbook',
    profile: profileSelect.value,
    budget: budgetInput.value,
  });
  showResults(view);
}

function render(): void {
  document.documentElement.lang = lang;
  profileSelect = el('select', { id: 'profile' });
  for (const p of info?.profiles ?? []) profileSelect.appendChild(el('option', { value: p.id }, [p.name]));
  profileSelect.value = info?.profile ?? '';
  const scopeWorkbook = el('input', { type: 'radio', name: 'scope', value: 'workbook' });
  scopeWorkbook.checked = true;
  scopeActive = el('input', { type: 'radio', name: 'scope', value: 'active' });
  budgetInput = el('input', { type: 'text', id: 'budget', value: info?.budget ?? '' });
  budgetInput.placeholder = tr('budgetPlaceholder');
  const json = el('textarea', { id: 'profile-json' });
  json.rows = 6;
  json.placeholder = '{ "id": "…", "extends": "toride", "name": { "ja": "…", "en": "…" }, … }';
  const loadButton = el('button', { type: 'button', id: 'load-profile' }, [tr('load')]);
  loadButton.addEventListener(
    'click',
    () =>
      void run(async () => {
        const saved = await call<{ id: string; name: string }>('saveProfileJson', json.value);
        info = await call<SidebarInfo>('getSidebarInfo');
        render();
        status.replaceChildren(el('p', { className: 'muted' }, [tr('loaded', { name: saved.name })]));
      }),
  );
  const removeButton = el('button', { type: 'button', id: 'remove-profile' }, [tr('removeOwn')]);
  removeButton.addEventListener(
    'click',
    () =>
      void run(async () => {
        await call('removeProfileJson');
        info = await call<SidebarInfo>('getSidebarInfo');
        render();
        status.replaceChildren(el('p', { className: 'muted' }, [tr('removed')]));
      }),
  );
  const own = el('details', { className: 'mapping', id: 'own-profile' }, [
    el('summary', {}, [tr('ownProfile')]),
    el('p', { className: 'muted' }, [tr('ownProfileHelp')]),
    json,
    el('div', { className: 'buttons' }, [loadButton, removeButton]),
  ]);
  const validateButton = el('button', { type: 'button', className: 'primary', id: 'validate' }, [
    tr('validate'),
  ]);
  validateButton.addEventListener('click', () => {
    if (!scopeActive.checked && info) busyText = tr('runningSheets', { n: info.sheets.length });
    void run(validateNow);
  });
  const clearButton = el('button', { type: 'button', id: 'clear' }, [tr('clear')]);
  clearButton.addEventListener(
    'click',
    () =>
      void run(async () => {
        const done = await call<{ restored: number }>('clearMarks');
        results.replaceChildren(el('p', { className: 'muted' }, [tr('cleared', { n: done.restored })]));
      }, 'clearing'),
  );
  app.replaceChildren(
    el('h1', {}, [tr('title')]),
    el('label', { htmlFor: 'profile' }, [tr('profile')]),
    profileSelect,
    own,
    el('fieldset', {}, [
      el('legend', { className: 'muted' }, [tr('scope')]),
      el('label', {}, [scopeWorkbook, tr('workbook')]),
      el('label', {}, [scopeActive, tr('active')]),
    ]),
    el('label', { htmlFor: 'budget' }, [tr('budget')]),
    budgetInput,
    el('div', { className: 'buttons' }, [validateButton, clearButton]),
    progress,
    status,
    results,
  );
}

void (async () => {
  try {
    info = await call<SidebarInfo>('getSidebarInfo');
    lang = info.lang;
    render();
  } catch (error) {
    render();
    showError(error);
  }
})();
