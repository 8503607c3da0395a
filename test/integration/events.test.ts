import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { ArticleNode, EventNode } from '../../src/extension/eventsTree';
import { api, nextEvent, workspaceUri } from './helpers';

describe('events tree in VS Code', () => {
  before(async () => {
    await (await api()).eventsReady();
  });

  it('groups the corpus articles by event, and leaves out unreadable files', async () => {
    const { tree } = await api();
    const events = tree.getChildren() as EventNode[];
    const corpusEvents = events.filter((e) => e.event.articles.some((a) => a.id.includes('/corpus/')));
    const sizes = corpusEvents.map((e) => e.event.articles.filter((a) => a.id.includes('/corpus/')).length).sort();
    // Four outlets on the Aleppo truce, one article on a Security Council vote months later.
    assert.deepStrictEqual(sizes, [1, 4], `corpus events: ${corpusEvents.map((e) => e.event.title).join(' | ')}`);
    const ids = events.flatMap((e) => e.event.articles.map((a) => a.id));
    for (const bad of ['binary.txt', 'windows-1256.txt', 'empty.txt', 'english.txt']) assert.ok(!ids.some((id) => id.endsWith(`/bad/${bad}`)), `${bad} is not an article`);
    const children = tree.getChildren(corpusEvents.find((e) => e.event.articles.length >= 4)) as ArticleNode[];
    assert.ok(children.every((c) => tree.getParent(c) !== undefined), 'every article knows its event (reveal needs it)');
  });

  it('reveals the active article in the tree', async () => {
    const { tree, treeView } = await api();
    await vscode.commands.executeCommand('tadqiq.events.focus');
    const big = (tree.getChildren() as EventNode[]).find((e) => e.event.articles.length >= 4);
    assert.ok(big);
    const target = vscode.Uri.parse(big.event.articles[1].id);
    const selected = nextEvent(treeView.onDidChangeSelection, (e) => e.selection.some((n) => n.kind === 'article' && n.article.id === target.toString()));
    await vscode.window.showTextDocument(target);
    await selected;
    assert.strictEqual((treeView.selection[0] as ArticleNode).article.id, target.toString());
  });

  it('jumps to the next and previous article of the same event', async () => {
    const { tree } = await api();
    const big = (tree.getChildren() as EventNode[]).find((e) => e.event.articles.length >= 4);
    assert.ok(big);
    const [first, second] = big.event.articles;
    await vscode.window.showTextDocument(vscode.Uri.parse(first.id));
    const next = await vscode.commands.executeCommand<vscode.TextEditor>('tadqiq.nextRelatedArticle');
    assert.strictEqual(next?.document.uri.toString(), second.id);
    const back = await vscode.commands.executeCommand<vscode.TextEditor>('tadqiq.previousRelatedArticle');
    assert.strictEqual(back?.document.uri.toString(), first.id);
  });

  it('keeps a split in .tadqiq/events.json and regroups', async () => {
    const tadqiq = await api();
    const big = (tadqiq.tree.getChildren() as EventNode[]).find((e) => e.event.articles.length >= 4);
    assert.ok(big);
    const alone = big.event.articles[big.event.articles.length - 1];
    const node = tadqiq.tree.articleNode(vscode.Uri.parse(alone.id));
    const regrouped = nextEvent(tadqiq.tree.onDidChangeTreeData, () => tadqiq.tree.articleNode(vscode.Uri.parse(alone.id))?.event.articles.length === 1);
    await vscode.commands.executeCommand('tadqiq.splitFromEvent', node);
    await regrouped;
    const saved = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri('.tadqiq', 'events.json'))));
    assert.deepStrictEqual(saved.splits, [vscode.workspace.asRelativePath(vscode.Uri.parse(alone.id), false)]);
  });
});
