import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { api, quickFixes, tadqiqDiagnostics, workspaceUri } from './helpers';

async function openFresh(name: string): Promise<vscode.TextEditor> {
  const uri = workspaceUri('spacing', name);
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  return editor;
}

/** Diagnostics of the document's current version (after a revert or edit, the old ones are gone). */
async function settled(document: vscode.TextDocument): Promise<vscode.Diagnostic[]> {
  const checked = await (await api()).diagnostics.checkNow(document);
  assert.ok(checked, 'the document was checked');
  return checked.diagnostics;
}

describe('spacing diagnostics in VS Code', () => {
  let editor: vscode.TextEditor;
  let original: string;

  before(async () => {
    await api();
    const uri = workspaceUri('spacing', 'glued.txt');
    const pending = tadqiqDiagnostics(uri);
    editor = await openFresh('glued.txt');
    original = editor.document.getText();
    await pending;
  });

  afterEach(async () => {
    // Back to the file as written, so every test starts from the same text.
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('flags run-together words with a rule link, and a detached letter', async () => {
    const diagnostics = await tadqiqDiagnostics(editor.document.uri);
    const texts = diagnostics.map((d) => editor.document.getText(d.range));
    assert.ok(texts.includes('الولاياتالمتحدة'), `flagged: ${texts.join(' | ')}`);
    assert.ok(texts.includes('الأممالمتحدة'));
    assert.ok(texts.includes('روسياوالولاياتالمتحدة'));
    const d = diagnostics.find((x) => editor.document.getText(x.range) === 'الولاياتالمتحدة');
    assert.ok(d);
    assert.strictEqual(d.source, 'Tadqiq');
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning);
    const code = d.code as { value: string; target: vscode.Uri };
    assert.strictEqual(code.value, 'run-together');
    assert.match(code.target.path, /docs\/rules\/run-together\.md$/);
    assert.ok(diagnostics.some((x) => (x.code as { value: string }).value === 'detached-clitic' && editor.document.getText(x.range).startsWith('و ')));
    assert.strictEqual((await api()).statusBar.text, `$(warning) Tadqiq: ${diagnostics.length}`, 'the status bar counts them');
  });

  it('applies the preferred quick fix: a space, nothing else', async () => {
    const uri = editor.document.uri;
    const diagnostics = await settled(editor.document);
    const d = diagnostics.find((x) => editor.document.getText(x.range) === 'روسياوالولاياتالمتحدة');
    assert.ok(d);
    const actions = await quickFixes(uri, d.range);
    const preferred = actions.find((a) => a.isPreferred);
    assert.ok(preferred, `actions: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(actions.some((a) => a.command?.command === 'workbench.action.openSettings' && a.command.arguments?.[0] === 'tadqiq.rules.runTogether'), 'the rule can be turned off from the light bulb');
    assert.ok(preferred.command);
    const applied = await vscode.commands.executeCommand(preferred.command.command, ...(preferred.command.arguments ?? []));
    assert.strictEqual(applied, true);
    const text = editor.document.getText();
    assert.ok(text.includes('روسيا والولايات المتحدة'), 'split into three words');
    assert.strictEqual(text.replace(/\s/g, ''), original.replace(/\s/g, ''), 'only whitespace changed');
  });

  it('fixes all problems of the file as one edit, undone by one undo', async () => {
    const uri = editor.document.uri;
    await settled(editor.document);
    const applied = await vscode.commands.executeCommand('tadqiq.fixAllInFile', uri);
    assert.strictEqual(applied, true);
    const fixed = editor.document.getText();
    for (const glued of ['الولاياتالمتحدة', 'الأممالمتحدة', 'روسياوالولايات', 'الوفد و ممثلي']) assert.ok(!fixed.includes(glued), `${glued} is fixed`);
    assert.ok(fixed.includes('الوفد وممثلي'));
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), original, 'one undo restores the text');
  });

  it('fixes a long run of words completely in one fix-all, undone by one undo', async () => {
    // Five words run together: one round of single fixes splits off at most three of them.
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'أعلنت الولاياتالمتحدةوروسياوالصينوفرنسا اتفاقا جديدا.\n'));
    const before = editor.document.getText();
    assert.strictEqual(await vscode.commands.executeCommand('tadqiq.fixAllInFile', editor.document.uri), true);
    assert.ok(editor.document.getText().startsWith('أعلنت الولايات المتحدة وروسيا والصين وفرنسا اتفاقا جديدا.\n'), editor.document.getText().split('\n')[0]);
    const left = await settled(editor.document);
    assert.deepStrictEqual(left.map((d) => editor.document.getText(d.range)), [], 'nothing left to fix');
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), before, 'one undo restores the text');
  });

  it('refuses a fix computed for an older version of the document', async () => {
    const uri = editor.document.uri;
    await settled(editor.document);
    const checked = (await api()).diagnostics.current(editor.document);
    assert.ok(checked && checked.findings.length > 0);
    const staleVersion = checked.version;
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'x'));
    const edited = editor.document.getText();
    const applied = await vscode.commands.executeCommand('tadqiq.applyFix', uri, staleVersion, checked.findings[0].fixes[0].edits);
    assert.strictEqual(applied, false);
    assert.strictEqual(editor.document.getText(), edited, 'the text is untouched');
  });

  it('reports nothing on clean text (والمدينة, بالأحياء, للمدنيين, الأبرياء)', async () => {
    const clean = await openFresh('clean.txt');
    const checked = await (await api()).diagnostics.checkNow(clean.document);
    assert.ok(checked, 'the clean file was checked');
    assert.deepStrictEqual(checked.findings.map((f) => f.text), []);
  });

  it('offers both readings of an ambiguous run-together word, the better one preferred', async () => {
    const other = await openFresh('two-readings.txt');
    const uri = other.document.uri;
    const before = other.document.getText();
    const d = (await settled(other.document)).find((x) => other.document.getText(x.range) === 'عندماقصف');
    assert.ok(d, 'عندماقصف is flagged');
    const splits = (await quickFixes(uri, d.range)).filter((a) => a.title.startsWith('Split into'));
    assert.deepStrictEqual(splits.map((a) => a.title), ['Split into "عندما قصف"', 'Split into "عند ما قصف"']);
    assert.deepStrictEqual(splits.map((a) => a.isPreferred === true), [true, false]);
    const second = splits[1].command;
    assert.ok(second);
    assert.strictEqual(await vscode.commands.executeCommand(second.command, ...(second.arguments ?? [])), true);
    assert.ok(other.document.getText().includes('ارتفع عند ما قصف الطيران'), 'the reading the user chose');
    assert.strictEqual(other.document.getText().replace(/\s/g, ''), before.replace(/\s/g, ''), 'only whitespace changed');
  });

  it('offers source.fixAll.tadqiq for editor.codeActionsOnSave', async () => {
    const uri = editor.document.uri;
    await settled(editor.document);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.tadqiq');
    const fixAll = actions.find((a) => a.kind?.value === 'source.fixAll.tadqiq');
    assert.ok(fixAll?.edit, 'a fix-all action with an edit');
    assert.ok(fixAll.edit.get(uri).length >= 4);
  });
});
