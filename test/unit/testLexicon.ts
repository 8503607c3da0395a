import * as path from 'node:path';
import { loadLexiconFile, type CompactLexicon } from '../../src/core/lexicon';

let cached: CompactLexicon | undefined;

/** The lexicon the build wrote (dist/lexicon/ar.lex): the real word list, loaded once per test run. */
export function lexicon(): CompactLexicon {
  cached ??= loadLexiconFile(path.resolve(__dirname, '..', '..', '..', 'dist', 'lexicon', 'ar.lex'));
  return cached;
}

export const repoRoot = path.resolve(__dirname, '..', '..', '..');
