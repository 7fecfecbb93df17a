// Drives the real newsls binary the way the VS Code extension does.
// Run: npm test (NEWSLS_BIN overrides the binary; default target/release/newsls).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Hover, Location, LocationLink, MarkupContent } from 'vscode-languageserver-protocol';
import { resolveServerPath } from '../serverPath';
import type { ServerStatus } from '../status';
import { CLIENT_ONLY_KEYS, DIAGNOSTIC_CODES, SERVER_KEYS, serverSettings, serverSettingsOf } from '../settings';
import { hoverText, locations, positionOf, REPO, SERVER, Session, textAt, uriOf } from './lsp';

const EXTENSION_DIR = path.resolve(__dirname, '../..');
const manifest = JSON.parse(fs.readFileSync(path.join(EXTENSION_DIR, 'package.json'), 'utf8'));
const schema: Record<string, { default?: unknown; properties?: Record<string, unknown> }> =
  manifest.contributes.configuration.properties;

/** What `vscode.workspace.getConfiguration('newsls')` yields on a fresh install: the schema defaults. */
const defaultSettings = serverSettings((key) => schema[`newsls.${key}`]?.default);

const SEEDS = path.join(REPO, 'seeds');
const seedFiles = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));

/**
 * Status once the server is idle and `done` holds, or the last idle status after 10 s
 * (for the assertion to report). Waiting on `done` too because a server may look idle
 * for a moment before it picks up new settings.
 */
async function settled(s: Session, done: (st: ServerStatus) => boolean): Promise<ServerStatus> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const st = await s.idle();
    if (done(st) || Date.now() > deadline) return st;
    await new Promise((r) => setTimeout(r, 100));
  }
}

function tempWorkspace(extra: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsls-vscode-'));
  for (const f of seedFiles) fs.copyFileSync(path.join(SEEDS, f), path.join(dir, f));
  for (const [name, text] of Object.entries(extra)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('extension manifest', () => {
  test('settings schema mirrors the server configuration keys', () => {
    const keys = Object.keys(schema).map((k) => k.replace(/^newsls\./, ''));
    assert.deepEqual(new Set(keys), new Set([...SERVER_KEYS, ...CLIENT_ONLY_KEYS]));
    assert.deepEqual(Object.keys(schema['newsls.severity'].properties ?? {}).sort(), [...DIAGNOSTIC_CODES].sort());
    assert.deepEqual(defaultSettings, {
      include: ['**/*.txt', '**/*.md'],
      exclude: [],
      maxFileSize: 2000000,
      maxArticles: 20000,
      maxWorkspaceSize: 1000000000,
      debounceMs: 100,
      knowledgeBase: 'entities.toml',
      inlayHints: true,
      severity: {},
      ignore: [],
    });
  });

  test('client-only settings never reach the server', () => {
    const section = { ...defaultSettings, server: { path: '/x/newsls' }, trace: { server: 'verbose' } };
    assert.deepEqual(serverSettingsOf(section), defaultSettings);
  });
});

describe('server binary resolution', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsls-resolve-'));
  const ext = path.join(dir, 'ext');
  const bin = path.join(dir, 'bin');
  fs.mkdirSync(path.join(ext, 'server'), { recursive: true });
  fs.mkdirSync(bin);
  const exe = (file: string) => fs.writeFileSync(file, '#!/bin/sh\n', { mode: 0o755 });
  exe(path.join(bin, 'newsls'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('falls back to PATH, then prefers the bundled binary, then the setting', () => {
    const env = { PATH: bin };
    assert.deepEqual(resolveServerPath('', ext, dir, env), { ok: true, path: path.join(bin, 'newsls'), source: 'PATH' });
    exe(path.join(ext, 'server', 'newsls'));
    assert.deepEqual(resolveServerPath('', ext, dir, env), {
      ok: true,
      path: path.join(ext, 'server', 'newsls'),
      source: 'bundled',
    });
    assert.deepEqual(resolveServerPath('bin/newsls', ext, dir, env), {
      ok: true,
      path: path.join(bin, 'newsls'),
      source: 'setting',
    });
  });

  test('a missing binary yields a message naming the setting, not an exception', () => {
    const r = resolveServerPath('/nonexistent/newsls', ext, dir, { PATH: '' });
    assert.equal(r.ok, false);
    assert.match(!r.ok ? r.message : '', /newsls\.server\.path.*\/nonexistent\/newsls/);
    const none = resolveServerPath('', path.join(dir, 'no-ext'), dir, { PATH: '' });
    assert.equal(none.ok, false);
    assert.match(!none.ok ? none.message : '', /not found/);
  });
});

describe('newsls server as driven by the extension', { timeout: 120_000 }, () => {
  let root: string;
  let s: Session;

  before(async () => {
    assert.ok(fs.existsSync(SERVER), `no server binary at ${SERVER} (build it or set NEWSLS_BIN)`);
    root = tempWorkspace();
    s = await Session.start(root, defaultSettings);
  });
  after(async () => {
    await s?.close().catch(() => {});
    fs.rmSync(root, { recursive: true, force: true });
  });

  test('initialize negotiates what VS Code offers', () => {
    const { capabilities, serverInfo } = s.initializeResult;
    assert.equal(serverInfo?.name, 'newsls');
    // VS Code offers only UTF-16; the server must not pick anything else.
    assert.ok(capabilities.positionEncoding === undefined || capabilities.positionEncoding === 'utf-16');
    const sync = capabilities.textDocumentSync;
    assert.equal(typeof sync === 'object' ? sync.change : sync, 2, 'incremental sync');
    assert.ok(capabilities.hoverProvider, 'hover');
    assert.ok(capabilities.definitionProvider, 'definition');
    assert.ok(capabilities.referencesProvider, 'references');
  });

  test('server pulls the "newsls" section and accepts the default settings', async () => {
    await s.waitFor(
      () => s.configRequests.some((p) => p.items.some((i) => i.section === 'newsls')),
      'a workspace/configuration request for section "newsls"',
    );
    await s.open(path.join(root, '003_68503c5554548f8e.txt'));
    await s.idle();
    const configProblems = [...s.diagnostics.values()].flat().filter((d) => d.code === 'config');
    assert.deepEqual(configProblems, [], 'the extension defaults must be valid configuration');
  });

  test('newsls/status reports the workspace', async () => {
    const st = await s.idle();
    assert.equal(st.articles, seedFiles.length);
    assert.equal(st.open, 1);
    assert.deepEqual(st.skipped, []);
    assert.equal(typeof st.findings, 'number');
    assert.match(st.version, /^\d+\.\d+\.\d+/);
  });

  test('hover on "Vladimir Putin" names the entity and its type in markdown', async () => {
    const file = path.join(root, '003_68503c5554548f8e.txt');
    const hover = await s.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: uriOf(file) },
      position: positionOf(file, 'Vladimir Putin'),
    });
    assert.ok(hover, 'hover result');
    assert.equal((hover.contents as MarkupContent).kind, 'markdown');
    const text = hoverText(hover.contents);
    assert.match(text, /Putin/);
    assert.match(text, /PERSON/);
  });

  test('positions after non-ASCII text are UTF-16 (“…,” Putin said)', async () => {
    const file = path.join(root, '001_1843c79c0ab27d35.txt');
    await s.open(file);
    await s.idle();
    // The curly quotes before "Putin" are 1 UTF-16 unit but 3 UTF-8 bytes each:
    // a server that counts bytes lands before the name and returns nothing.
    const position = positionOf(file, '” Putin said');
    position.character += 2;
    const hover = await s.request<Hover | null>('textDocument/hover', { textDocument: { uri: uriOf(file) }, position });
    assert.ok(hover, 'hover result at the "P" of Putin');
    assert.match(hoverText(hover.contents), /Putin/);
  });

  test('definition goes to the first mention of the entity', async () => {
    const file = path.join(root, '003_68503c5554548f8e.txt');
    const result = await s.request<Location | Location[] | LocationLink[] | null>('textDocument/definition', {
      textDocument: { uri: uriOf(file) },
      position: positionOf(file, 'Putin', 3),
    });
    const locs = locations(result);
    assert.equal(locs.length, 1, JSON.stringify(result));
    assert.ok(seedFiles.some((f) => locs[0].uri === uriOf(path.join(root, f))), `${locs[0].uri} is a workspace article`);
    assert.match(textAt(locs[0].uri, locs[0].range), /Putin/);
  });

  test('references span several articles', async () => {
    const file = path.join(root, '003_68503c5554548f8e.txt');
    const result = await s.request<Location[] | null>('textDocument/references', {
      textDocument: { uri: uriOf(file) },
      position: positionOf(file, 'Vladimir Putin'),
      context: { includeDeclaration: true },
    });
    const locs = locations(result);
    // References may include linked descriptions ("the Russian president"), so only
    // the by-name ones are checked: they must cover "Putin" in at least two articles.
    const byName = locs.filter((l) => /Putin/.test(textAt(l.uri, l.range)));
    assert.ok(new Set(byName.map((l) => l.uri)).size >= 2, `"Putin" referenced in >= 2 articles: ${JSON.stringify(locs)}`);
    for (const l of locs) assert.ok(textAt(l.uri, l.range).trim(), `empty reference range ${JSON.stringify(l)}`);
  });

  test('settings changes are applied (didChangeConfiguration + workspace/configuration)', async () => {
    // 004 is not open: open documents may be analysed whatever the globs say.
    s.settings = { ...defaultSettings, exclude: ['**/004_*'] };
    // Push the new section as the extension does; a pull-mode server re-reads it via
    // workspace/configuration, which the session answers with the same object.
    await s.conn.sendNotification('workspace/didChangeConfiguration', { settings: { newsls: s.settings } });
    const st = await settled(s, (x) => x.articles !== seedFiles.length);
    assert.equal(st.articles, seedFiles.length - 1, 'exclude drops one article');
  });

  test('the server reported no errors about this session', () => {
    // e.g. rejecting the client's valid {"result": null} answer to window/workDoneProgress/create.
    assert.deepEqual(s.errors, []);
  });

  test('shutdown and exit end the process with code 0', async () => {
    assert.equal(await s.close(), 0);
  });
});

describe('configuration problems', { timeout: 60_000 }, () => {
  test('a malformed newsls.toml gets a "config" diagnostic on that file', async () => {
    const root = tempWorkspace({ 'newsls.toml': 'maxFileSize = "huge"\n' });
    const s = await Session.start(root, defaultSettings);
    try {
      const uri = uriOf(path.join(root, 'newsls.toml'));
      const diags = await s.waitFor(() => {
        const d = s.diagnostics.get(uri);
        return d?.length ? d : undefined;
      }, 'diagnostics on newsls.toml');
      const d = diags.find((x) => x.code === 'config');
      assert.ok(d, JSON.stringify(diags));
      assert.equal(d.source, 'newsls');
      assert.equal(d.range.start.line, 0);
    } finally {
      await s.close().catch(() => {});
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  test('initializationOptions are honoured before any file is opened', async () => {
    const root = tempWorkspace();
    const s = await Session.start(root, { ...defaultSettings, exclude: ['**/004_*'] });
    try {
      const st = await settled(s, (x) => x.articles > 0);
      assert.equal(st.articles, seedFiles.length - 1);
    } finally {
      await s.close().catch(() => {});
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
