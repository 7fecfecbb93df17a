// activate() against a fake `vscode`: what the user sees when the server
// binary is missing or cannot run. (Starting the real server needs VS Code itself;
// the protocol side is covered by server.test.ts.)
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, beforeEach, describe, test } from 'node:test';
import { FakeVscode } from './vscodeStub';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsls-ext-'));
const vscode = new FakeVscode(tmp);
vscode.install();
// Loaded after install() so its `import 'vscode'` gets the fake.
const extension: typeof import('../extension') = require('../extension');

const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8'));
const context = () => ({ extensionPath: path.join(tmp, 'ext-without-server'), subscriptions: [] as unknown[] }) as never;

describe('activation without a usable server', () => {
  beforeEach(() => {
    vscode.errors.length = 0;
    vscode.executed.length = 0;
    vscode.answer = 'Open Setting';
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test('registers the commands the manifest contributes', async () => {
    vscode.config = { 'server.path': path.join(tmp, 'missing') };
    await extension.activate(context());
    const contributed = manifest.contributes.commands.map((c: { command: string }) => c.command);
    assert.deepEqual([...vscode.registered].sort(), contributed.sort());
  });

  test('a missing binary: one message naming the setting, with a button that opens it', async () => {
    const missing = path.join(tmp, 'no', 'newsls');
    vscode.config = { 'server.path': missing };
    await extension.activate(context());
    await new Promise((r) => setImmediate(r));
    assert.equal(vscode.errors.length, 1);
    const [{ message, items }] = vscode.errors;
    assert.match(message, /newsls\.server\.path/);
    assert.ok(message.includes(missing), message);
    assert.doesNotMatch(message, /\n\s+at /, 'no stack trace');
    assert.deepEqual(items, ['Open Setting', 'Show Output']);
    assert.deepEqual(vscode.executed, [['workbench.action.openSettings', 'newsls.server.path']]);
    assert.match(vscode.statusItem.text, /\$\(error\)/);
  });

  test('a binary that cannot run: its own error, not a stack trace', async () => {
    const broken = path.join(tmp, 'broken-newsls');
    fs.writeFileSync(broken, '#!/bin/sh\necho "cannot execute: wrong architecture" >&2\nexit 126\n', { mode: 0o755 });
    vscode.config = { 'server.path': broken };
    await extension.activate(context());
    await new Promise((r) => setImmediate(r));
    assert.equal(vscode.errors.length, 1);
    assert.match(vscode.errors[0].message, /could not be run: cannot execute: wrong architecture/);
    assert.doesNotMatch(vscode.errors[0].message, /\n\s+at /);
  });

  test('no setting, nothing bundled, nothing on PATH: says how to get the server', async () => {
    vscode.config = {};
    const savedPath = process.env.PATH;
    process.env.PATH = '';
    try {
      await extension.activate(context());
    } finally {
      process.env.PATH = savedPath;
    }
    await new Promise((r) => setImmediate(r));
    assert.equal(vscode.errors.length, 1);
    assert.match(vscode.errors[0].message, /not found.*cargo build --release/s);
  });
});
