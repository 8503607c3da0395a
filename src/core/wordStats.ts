import { arabicWords } from './tokenize';

/**
 * How the corpus itself spells words: counts of folded words and of adjacent word pairs.
 * It is the spelling evidence of the run-together rule (a pair seen apart elsewhere is
 * evidence for a split; a glued form the corpus uses often, and never apart, is a name).
 * Pairs are keyed by a 32-bit hash to keep memory flat on large corpora; a rare collision
 * only adds a little evidence, never a fix by itself.
 */
export class WordStats {
  private readonly words = new Map<string, number>();
  private readonly pairs = new Map<number, number>();
  private total = 0;

  get wordCount(): number {
    return this.total;
  }

  add(text: string, sign: 1 | -1 = 1): void {
    let previous = '';
    let previousEnd = -2;
    for (const t of arabicWords(text)) {
      if (!t.folded) {
        previous = '';
        continue;
      }
      bump(this.words, t.folded, sign);
      this.total += sign;
      // A pair counts only when the two words are separated by plain spaces.
      if (previous && isPlainGap(text, previousEnd, t.start)) bump(this.pairs, pairKey(previous, t.folded), sign);
      previous = t.folded;
      previousEnd = t.end;
    }
  }

  remove(text: string): void {
    this.add(text, -1);
  }

  count(folded: string): number {
    return this.words.get(folded) ?? 0;
  }

  pairCount(left: string, right: string): number {
    return this.pairs.get(pairKey(left, right)) ?? 0;
  }
}

function bump<K>(map: Map<K, number>, key: K, by: number): void {
  const n = (map.get(key) ?? 0) + by;
  if (n > 0) map.set(key, n);
  else map.delete(key);
}

function isPlainGap(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0xa0) return false;
  }
  return true;
}

/** FNV-1a over "left|right". */
function pairKey(left: string, right: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < left.length; i++) h = Math.imul(h ^ left.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ 0x7c, 0x01000193);
  for (let i = 0; i < right.length; i++) h = Math.imul(h ^ right.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
