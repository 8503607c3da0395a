import * as vscode from 'vscode';
import { ARABIC_SAMPLE, hasArabic } from '../core/input';
import type { CoreClient } from './coreClient';
import type { TextRef } from './protocol';

/**
 * A document's text, taken for the core without holding the extension host: VS Code builds a
 * document's text by joining its lines on the host's thread (~70 ms for 10 MB), and cloning it into
 * a message to the worker took as long again. Long documents go in pieces, a macrotask apart. Most
 * of a piece's time is VS Code's getText, then the clone: in the host benchmark's profiles, the
 * longest stretch while sending an 11.5 MB text read 55–105 ms with pieces of 2^19 code units and
 * 23 ms with 2^18, as the profiles were then read (any `dist/extension.js` on the stack counted,
 * VS Code's own extensions' too); read by Tadqiq's own file, a 2^18 piece holds the host 4–8 ms, but
 * on two busy cores a piece's getText was now and then preempted, and a stretch then read 58–70 ms
 * (3 runs of 8). With 2^17 the longest stretch read 12–13 ms in two runs.
 */
export const PIECE = 1 << 17;

/** The document's length in UTF-16 code units, without joining its lines. */
export function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

/** Whether the document is Arabic text: hasArabic on its start, without taking its whole text. */
export function startsArabic(document: vscode.TextDocument): boolean {
  return hasArabic(document.getText(new vscode.Range(new vscode.Position(0, 0), document.positionAt(ARABIC_SAMPLE))));
}

/**
 * The document's text for a request to the core: a short one as it is, a long one sent ahead in
 * pieces (each ends where the next starts, so they join into the text; an edit while they are read
 * makes a text no version had, which the caller drops by its version check as it drops any late result).
 */
export function documentText(document: vscode.TextDocument, core: CoreClient): TextRef | Promise<TextRef> {
  const length = documentLength(document);
  if (length <= PIECE) return document.getText();
  return core.sendText(pieces(document, length));
}

function* pieces(document: vscode.TextDocument, length: number): Generator<string> {
  for (let from = 0; from < length; from += PIECE) {
    yield document.getText(new vscode.Range(document.positionAt(from), document.positionAt(Math.min(from + PIECE, length))));
  }
}
