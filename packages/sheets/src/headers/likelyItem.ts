import type { Item } from '@kyodo/core';
import { headerKey } from './headerKey.js';

/** The pairs of neighbouring characters of a text (a bigram set). */
function pairs(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) out.add(text.slice(i, i + 2));
  return out;
}

/** Dice's coefficient of two bigram sets: 2·|A∩B| / (|A|+|B|), 0 when either is empty. */
function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const p of a) if (b.has(p)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/**
 * The evaluation item a header most likely names (an evaluation sheet, docs/cli.md; RULES E1–E3,
 * E7), for a column whose values lie on the item scale but whose header no item's label, alias
 * or question matched: the item sharing the most pairs of neighbouring characters with the header
 * (its label, aliases and the plan's question compared, width, spaces and units folded as for
 * matching). Undefined when no item shares any.
 *
 * @example
 * likelyItem('市民の特性が発揮されたか', framework.items)?.id //=> 'shimin-tokusei'
 */
export function likelyItem(header: string, items: readonly Item[]): Item | undefined {
  const seen = pairs(headerKey(header).base);
  let best: { item: Item; score: number } | undefined;
  for (const item of items) {
    const texts = [
      item.label.ja,
      ...item.aliases,
      ...(item.question === undefined ? [] : [item.question.ja]),
    ];
    let score = 0;
    for (const t of texts) score = Math.max(score, dice(seen, pairs(headerKey(t).base)));
    if (score > 0 && (best === undefined || score > best.score)) best = { item, score };
  }
  return best?.item;
}
