import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeArticle } from '../core/input';
import { nodeUtf8 } from '../node/utf8';

export const ARTICLE_EXTENSIONS = new Set(['.txt', '.md']);
const SKIPPED_DIRS = new Set(['node_modules', '.git', 'dist', 'out']);

export interface InputFile {
  /** The path as the user gave it (or joined under the folder they gave), for output. */
  path: string;
  text: string;
}

export interface InputProblem {
  path: string;
  reason: string;
}

/** Expands files and folders into articles. Files named directly are read whatever their extension. */
export function collectInputs(paths: string[], maxBytes: number): { files: InputFile[]; problems: InputProblem[] } {
  const files: InputFile[] = [];
  const problems: InputProblem[] = [];
  // Folders by their real path: a symbolic link back up the tree is read once, not forever.
  const seen = new Set<string>();
  const visit = (p: string, named: boolean) => {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      problems.push({ path: p, reason: 'no such file or folder' });
      return;
    }
    if (stat.isDirectory()) {
      const real = fs.realpathSync(p);
      if (seen.has(real)) return;
      seen.add(real);
      for (const name of fs.readdirSync(p).sort()) {
        if (SKIPPED_DIRS.has(name) || name.startsWith('.')) continue;
        const child = path.join(p, name);
        const isArticle = ARTICLE_EXTENSIONS.has(path.extname(name).toLowerCase());
        if (isArticle || fs.statSync(child).isDirectory()) visit(child, false);
      }
      return;
    }
    if (!named && !ARTICLE_EXTENSIONS.has(path.extname(p).toLowerCase())) return;
    if (stat.size > maxBytes) {
      problems.push({ path: p, reason: `file is ${(stat.size / 1e6).toFixed(1)} MB, over the ${(maxBytes / 1e6).toFixed(0)} MB limit (--max-size); not read` });
      return;
    }
    const decoded = decodeArticle(fs.readFileSync(p), nodeUtf8);
    if (decoded.ok) files.push({ path: p, text: decoded.text });
    else problems.push({ path: p, reason: decoded.reason });
  };
  for (const p of paths) visit(p, true);
  return { files, problems };
}
