import type { Lexicon } from './types';

/** Words of either list (the lexicon lacks some names and loans that the common list has: نيكي, داعش). */
export function eitherLexicon(a: Lexicon, b: Lexicon | undefined): Lexicon {
  if (!b) return a;
  return {
    has: (folded) => a.has(folded) || b.has(folded),
    forEachWordEnd(folded, start, visit) {
      const ends: number[] = [];
      a.forEachWordEnd(folded, start, (e) => ends.push(e));
      b.forEachWordEnd(folded, start, (e) => {
        if (!ends.includes(e)) ends.push(e);
      });
      for (const e of ends.sort((x, y) => x - y)) visit(e);
    },
  };
}
