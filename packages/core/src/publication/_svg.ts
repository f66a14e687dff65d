import { escapeHtml as h } from './_format.js';

/** Internal: horizontal bar charts as inline SVG strings (no DOM, no script, no external asset). */

export interface ChartBar {
  readonly value: number | null;
  /** Text after the bar end: '3.45', '54万円'. */
  readonly text: string;
  /** CSS class of the rect, also naming the series: 'bar bar-city'. */
  readonly className: string;
  readonly fill: string;
  /** Tooltip (SVG <title>). */
  readonly title: string;
}

export interface ChartRow {
  readonly label: string;
  /** A second line under the label, smaller (the English label). */
  readonly sublabel?: string;
  /** A mark after the label: '⚠'. */
  readonly flag?: string;
  readonly bars: readonly ChartBar[];
}

export interface ChartSpec {
  readonly id: string;
  /** Accessible name of the chart. */
  readonly title: string;
  readonly rows: readonly ChartRow[];
  readonly max: number;
  readonly ticks: readonly { readonly value: number; readonly label: string }[];
  readonly legend?: readonly { readonly label: string; readonly fill: string }[];
  /** A shaded band along the axis (the ±threshold around 100% of plan). */
  readonly band?: { readonly from: number; readonly to: number; readonly label: string };
  /** A stronger reference line (100% of plan). */
  readonly reference?: number;
  /** Text where a bar has no value. */
  readonly emptyText: string;
}

const WIDTH = 760;
const LABEL_WIDTH = 250;
const VALUE_ROOM = 86;
const BAR = 16;
const BAR_GAP = 3;
const ROW_PAD = 12;
const FONT = 13;

/** Cut a label to what fits the label column (full-width characters count two). */
function fit(text: string, room: number): string {
  let width = 0;
  let out = '';
  for (const c of text) {
    const w = (c.codePointAt(0) ?? 0) < 0x100 ? 0.55 : 1;
    if (width + w > room) return `${out}…`;
    width += w;
    out += c;
  }
  return out;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** A horizontal bar chart, one group of bars per row, as an SVG element string. */
export function barChart(spec: ChartSpec): string {
  const legendHeight = spec.legend && spec.legend.length > 0 ? 26 : 0;
  const axisTop = legendHeight + 22;
  const plotLeft = LABEL_WIDTH;
  const plotWidth = WIDTH - LABEL_WIDTH - VALUE_ROOM;
  const x = (v: number) => plotLeft + (Math.max(0, Math.min(v, spec.max)) / spec.max) * plotWidth;
  const rowHeight = (row: ChartRow) =>
    Math.max(row.bars.length * BAR + (row.bars.length - 1) * BAR_GAP, row.sublabel ? 30 : BAR) + ROW_PAD;
  const plotHeight = spec.rows.reduce((n, r) => n + rowHeight(r), 0) + 4;
  const height = axisTop + plotHeight + 8;
  const parts: string[] = [];

  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="${h(spec.id)}" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="${h(spec.id)}-title">`,
    `<title id="${h(spec.id)}-title">${h(spec.title)}</title>`,
    `<rect x="0" y="0" width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
  );
  if (spec.legend && spec.legend.length > 0) {
    let lx = plotLeft;
    for (const item of spec.legend) {
      parts.push(
        `<rect class="legend-key" x="${lx}" y="6" width="14" height="14" rx="2" fill="${item.fill}"/>`,
        `<text x="${lx + 20}" y="18" font-size="${FONT}" fill="#222">${h(item.label)}</text>`,
      );
      lx += 28 + item.label.length * (/^[\x20-\x7e]*$/u.test(item.label) ? 7 : 13) + 12;
    }
  }
  if (spec.band) {
    const bx = x(spec.band.from);
    parts.push(
      `<rect class="band" x="${round(bx)}" y="${axisTop}" width="${round(x(spec.band.to) - bx)}" height="${plotHeight}" fill="#eef3f8"><title>${h(spec.band.label)}</title></rect>`,
    );
  }
  for (const tick of spec.ticks) {
    const tx = round(x(tick.value));
    parts.push(
      `<line x1="${tx}" y1="${axisTop}" x2="${tx}" y2="${axisTop + plotHeight}" stroke="${spec.reference === tick.value ? '#555' : '#d5d9de'}" stroke-width="${spec.reference === tick.value ? 1.5 : 1}"${spec.reference === tick.value ? ' stroke-dasharray="4 3"' : ''}/>`,
      `<text x="${tx}" y="${axisTop - 7}" font-size="11" fill="#555" text-anchor="middle">${h(tick.label)}</text>`,
    );
  }
  let y = axisTop + 6;
  for (const row of spec.rows) {
    const rh = rowHeight(row);
    const barsHeight = row.bars.length * BAR + (row.bars.length - 1) * BAR_GAP;
    const center = y + (rh - ROW_PAD) / 2;
    const label = fit(row.label, 17) + (row.flag ? ` ${row.flag}` : '');
    if (row.sublabel) {
      parts.push(
        `<text class="row-label" x="${plotLeft - 10}" y="${round(center - 2)}" font-size="${FONT}" fill="#1a1a1a" text-anchor="end">${h(label)}</text>`,
        `<text x="${plotLeft - 10}" y="${round(center + 12)}" font-size="10.5" fill="#666" text-anchor="end">${h(fit(row.sublabel, 22))}</text>`,
      );
    } else {
      parts.push(
        `<text class="row-label" x="${plotLeft - 10}" y="${round(center + 4.5)}" font-size="${FONT}" fill="#1a1a1a" text-anchor="end">${h(label)}</text>`,
      );
    }
    let by = y + (rh - ROW_PAD - barsHeight) / 2;
    for (const bar of row.bars) {
      if (bar.value === null) {
        parts.push(
          `<text class="no-value" x="${plotLeft + 6}" y="${round(by + BAR - 4)}" font-size="11" fill="#888">${h(spec.emptyText)}</text>`,
        );
      } else {
        const w = Math.max(1, x(bar.value) - plotLeft);
        parts.push(
          `<rect class="${h(bar.className)}" x="${plotLeft}" y="${round(by)}" width="${round(w)}" height="${BAR}" rx="2" fill="${bar.fill}"><title>${h(bar.title)}</title></rect>`,
          `<text x="${round(plotLeft + w + 5)}" y="${round(by + BAR - 4)}" font-size="12" fill="#222">${h(bar.text)}</text>`,
        );
      }
      by += BAR + BAR_GAP;
    }
    y += rh;
  }
  parts.push(
    `<line x1="${plotLeft}" y1="${axisTop}" x2="${plotLeft}" y2="${axisTop + plotHeight}" stroke="#444" stroke-width="1"/>`,
    '</svg>',
  );
  return parts.join('');
}
