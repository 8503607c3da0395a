import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { ArticleNode, EventNode } from '../../src/extension/eventsTree';
import { api, nextEvent, workspaceUri } from './helpers';

describe('events tree in VS Code', () => {
  before(async () => {
    await (await api()).eventsReady();
  });

  after(async () => {
    // The corrections these tests make are the workspace's: leave it as it was found.
    await vscode.workspace.fs.delete(workspaceUri('.tadqiq'), { recursive: true, useTrash: false });
  });

  it('groups articles by event, keeps a near miss apart, and leaves out unreadable files', async () => {
    const { tree } = await api();
    const events = tree.getChildren() as EventNode[];
    const names = (e: EventNode) => e.event.articles.map((a) => a.id.slice(a.id.lastIndexOf('/') + 1)).sort();
    const eventOf = (file: string) => events.find((e) => e.event.articles.some((a) => a.id.endsWith(`/events/${file}`)));
    assert.deepStrictEqual(names(eventOf('fire-outlet-a.txt') as EventNode), ['fire-outlet-a.txt', 'fire-outlet-b-copy.txt', 'fire-outlet-b.txt', 'fire-outlet-c.txt']);
    assert.deepStrictEqual(names(eventOf('fire-months-later.txt') as EventNode), ['fire-months-later.txt'], 'same place, months later: another event');
    assert.deepStrictEqual(names(eventOf('match-outlet-a.txt') as EventNode), ['match-outlet-a.txt', 'match-outlet-b.txt']);
    const duplicate = (eventOf('fire-outlet-b.txt') as EventNode).event.articles.filter((a) => a.duplicateOf);
    assert.strictEqual(duplicate.length, 1, 'the copied article is marked as a duplicate');
    const ids = events.flatMap((e) => e.event.articles.map((a) => a.id));
    assert.ok(ids.some((id) => id.includes('/corpus/')), 'the corpus articles are in the tree');
    for (const bad of ['binary.txt', 'windows-1256.txt', 'empty.txt', 'english.txt']) assert.ok(!ids.some((id) => id.endsWith(`/bad/${bad}`)), `${bad} is not an article`);
    const children = tree.getChildren(eventOf('fire-outlet-a.txt')) as ArticleNode[];
    assert.ok(children.length === 4 && children.every((c) => tree.getParent(c)?.kind === 'event'), 'every article knows its event (reveal needs it)');
  });

  it('counts the articles with spacing problems, opened or not, in the view badge', async () => {
    const { tree, treeView } = await api();
    // The seeds and glued.txt have spacing problems; nothing has to be opened for them to count.
    // The counts come from the worker after the grouping: wait for the redraw that brings them.
    const counted = () => (treeView.badge?.value ?? 0) >= 4;
    if (!counted()) await nextEvent(tree.onDidChangeTreeData, counted);
    assert.ok(treeView.badge && treeView.badge.value >= 4, `badge: ${JSON.stringify(treeView.badge)}`);
    assert.match(treeView.badge.tooltip ?? '', /spacing problems/);
  });

  it('redraws only the checked article after an edit, not the whole tree', async () => {
    const { tree } = await api();
    const uri = workspaceUri('events', 'fire-outlet-a.txt');
    const editor = await vscode.window.showTextDocument(uri);
    const redrawn = nextEvent(tree.onDidChangeTreeData, (node) => node?.kind === 'article' && node.article.id === uri.toString());
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'الولاياتالمتحدة '));
    const node = (await redrawn) as ArticleNode;
    assert.strictEqual(node, tree.articleNode(uri), 'the node of the article itself, so VS Code asks for that item alone');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('reveals the active article in the tree', async () => {
    const { tree, treeView } = await api();
    await vscode.commands.executeCommand('tadqiq.events.focus');
    const big = (tree.getChildren() as EventNode[]).find((e) => e.event.articles.some((a) => a.id.endsWith('/fire-outlet-a.txt')));
    assert.ok(big);
    const target = vscode.Uri.parse(big.event.articles[1].id);
    const selected = nextEvent(treeView.onDidChangeSelection, (e) => e.selection.some((n) => n.kind === 'article' && n.article.id === target.toString()));
    await vscode.window.showTextDocument(target);
    await selected;
    assert.strictEqual((treeView.selection[0] as ArticleNode).article.id, target.toString());
  });

  it('jumps to the next and previous article of the same event', async () => {
    const { tree } = await api();
    const big = (tree.getChildren() as EventNode[]).find((e) => e.event.articles.some((a) => a.id.endsWith('/fire-outlet-a.txt')));
    assert.ok(big);
    const [first, second] = big.event.articles;
    await vscode.window.showTextDocument(vscode.Uri.parse(first.id));
    const next = await vscode.commands.executeCommand<vscode.TextEditor>('tadqiq.nextRelatedArticle');
    assert.strictEqual(next?.document.uri.toString(), second.id);
    const back = await vscode.commands.executeCommand<vscode.TextEditor>('tadqiq.previousRelatedArticle');
    assert.strictEqual(back?.document.uri.toString(), first.id);
  });

  it('follows files live: a new article joins its event, a deleted one leaves, without a reload', async () => {
    const { tree } = await api();
    const source = await vscode.workspace.fs.readFile(workspaceUri('events', 'fire-outlet-c.txt'));
    const added = workspaceUri('events', 'fire-outlet-d.txt');
    const text = new TextDecoder().decode(source).replace('بالصور:', 'فيديو:');
    const joined = nextEvent(tree.onDidChangeTreeData, () => (tree.articleNode(added)?.event.articles.length ?? 0) >= 5);
    await vscode.workspace.fs.writeFile(added, new TextEncoder().encode(text));
    await joined;
    assert.ok(tree.articleNode(added)?.event.articles.some((a) => a.id.endsWith('/fire-outlet-a.txt')), 'joined the fire event');
    const left = nextEvent(tree.onDidChangeTreeData, () => tree.articleNode(added) === undefined);
    await vscode.workspace.fs.delete(added);
    await left;
    assert.strictEqual(tree.articleNode(workspaceUri('events', 'fire-outlet-a.txt'))?.event.articles.length, 4);
  });

  it('opens a related article side by side', async () => {
    const { tree } = await api();
    const fire = tree.articleNode(workspaceUri('events', 'fire-outlet-a.txt'));
    assert.ok(fire);
    await vscode.commands.executeCommand('tadqiq.openSideBySide', fire);
    const shown = vscode.window.visibleTextEditors.map((e) => e.document.uri.toString());
    assert.ok(shown.includes(fire.article.id), 'the article itself');
    assert.ok(shown.some((id) => id !== fire.article.id && fire.event.articles.some((a) => a.id === id)), `a related article beside it: ${shown.join(', ')}`);
    assert.ok(new Set(vscode.window.visibleTextEditors.map((e) => e.viewColumn)).size >= 2, 'in two columns');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('moves an article to another event, kept in .tadqiq/events.json', async () => {
    const tadqiq = await api();
    const near = tadqiq.tree.articleNode(workspaceUri('events', 'fire-months-later.txt'));
    assert.ok(near);
    const target = workspaceUri('events', 'fire-outlet-a.txt').toString();
    const moved = nextEvent(tadqiq.tree.onDidChangeTreeData, () => !!tadqiq.tree.articleNode(workspaceUri('events', 'fire-months-later.txt'))?.event.articles.some((a) => a.id === target));
    await vscode.commands.executeCommand('tadqiq.moveToEvent', near, target);
    await moved;
    const saved = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri('.tadqiq', 'events.json'))));
    assert.deepStrictEqual(saved.moves, { 'events/fire-months-later.txt': 'events/fire-outlet-a.txt' });
  });

  it('keeps a split in .tadqiq/events.json and regroups', async () => {
    const tadqiq = await api();
    const big = (tadqiq.tree.getChildren() as EventNode[]).find((e) => e.event.articles.some((a) => a.id.endsWith('/match-outlet-a.txt')));
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
