import * as vscode from 'vscode';
import type { EventOverrides } from './protocol';

/**
 * The user's corrections to the grouping, kept in `.tadqiq/events.json` in the workspace so they
 * are reviewable and travel with the corpus. Article ids are paths relative to the workspace folder.
 */
export class OverridesFile {
  constructor(private readonly folder: vscode.Uri | undefined) {}

  private get uri(): vscode.Uri | undefined {
    return this.folder && vscode.Uri.joinPath(this.folder, '.tadqiq', 'events.json');
  }

  /** Overrides with workspace-relative paths turned into article ids (URIs). */
  async read(): Promise<EventOverrides> {
    const empty: EventOverrides = { moves: {}, splits: [] };
    if (!this.uri || !this.folder) return empty;
    try {
      const raw = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(this.uri))) as Partial<EventOverrides>;
      const toId = (p: string) => vscode.Uri.joinPath(this.folder as vscode.Uri, p).toString();
      return {
        moves: Object.fromEntries(Object.entries(raw.moves ?? {}).map(([a, b]) => [toId(a), toId(String(b))])),
        splits: (raw.splits ?? []).map((p) => toId(String(p))),
      };
    } catch {
      return empty;
    }
  }

  async write(overrides: EventOverrides): Promise<void> {
    if (!this.uri || !this.folder) throw new Error('Open a folder to keep event corrections.');
    const toPath = (id: string) => vscode.workspace.asRelativePath(vscode.Uri.parse(id), false);
    const data = {
      $comment: 'Corrections to Tadqiq event grouping: moves maps an article to an article of the event it joins; splits lists articles kept alone.',
      moves: Object.fromEntries(Object.entries(overrides.moves).map(([a, b]) => [toPath(a), toPath(b)])),
      splits: overrides.splits.map(toPath),
    };
    await vscode.workspace.fs.writeFile(this.uri, new TextEncoder().encode(JSON.stringify(data, null, 2) + '\n'));
  }
}
