/** A small bar chart the sidebar draws as inline SVG. */
export interface ChartView {
  readonly title: string;
  readonly bars: readonly { readonly label: string; readonly value: number }[];
}

const LABEL_KEYS = [
  'label',
  'name',
  'project',
  'item',
  'form',
  'domain',
  'program',
  'evaluator',
  'actor',
  'id',
];
const VALUE_KEYS = ['mean', 'score', 'amount', 'total', 'count', 'rate', 'value'];
const MAX_BARS = 12;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function labelText(v: unknown, lang: 'ja' | 'en'): string | undefined {
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (isRecord(v) && typeof v[lang] === 'string') return v[lang] as string;
  return undefined;
}

function barOf(key: string, v: unknown, lang: 'ja' | 'en'): { label: string; value: number } | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return { label: key, value: v };
  if (!isRecord(v)) return undefined;
  const valueKey = VALUE_KEYS.find((k) => typeof v[k] === 'number' && Number.isFinite(v[k] as number));
  if (valueKey === undefined) return undefined;
  const labelKey = LABEL_KEYS.find((k) => labelText(v[k], lang) !== undefined);
  return {
    label: labelKey === undefined ? key : labelText(v[labelKey], lang)!,
    value: v[valueKey] as number,
  };
}

/**
 * Bar charts from a sheet's scores (SheetReport.scores: kind-specific plain data): every
 * score that is a list or a table of numbers, or of rows with a label and a number (mean,
 * amount, count …), becomes one chart of at most 12 bars. Other scores are left to the
 * results sheet.
 */
export function chartsOf(scores: Readonly<Record<string, unknown>> | null, lang: 'ja' | 'en'): ChartView[] {
  if (scores === null) return [];
  const charts: ChartView[] = [];
  for (const [title, value] of Object.entries(scores)) {
    const entries: [string, unknown][] = Array.isArray(value)
      ? value.map((v, i) => [String(i + 1), v])
      : isRecord(value)
        ? Object.entries(value)
        : [];
    const bars = entries
      .map(([k, v]) => barOf(k, v, lang))
      .filter((b): b is { label: string; value: number } => b !== undefined);
    if (bars.length > 0 && bars.length === entries.length)
      charts.push({ title, bars: bars.slice(0, MAX_BARS) });
  }
  return charts;
}
