// A minimal LSP client over vscode-jsonrpc that behaves like the extension:
// same initializationOptions, same answer to workspace/configuration.
import { spawn, ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  MessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-jsonrpc/node';
import type {
  ConfigurationParams,
  Diagnostic,
  InitializeResult,
  Location,
  LocationLink,
  Position,
  Range,
} from 'vscode-languageserver-protocol';
import type { ServerStatus } from '../status';
import { ServerSettings } from '../settings';

export const REPO = path.resolve(__dirname, '../../../..');
export const SERVER = process.env.NEWSLS_BIN ?? path.join(REPO, 'target/release/newsls');

export const uriOf = (file: string) => pathToFileURL(file).href;

export class Session {
  readonly diagnostics = new Map<string, Diagnostic[]>();
  readonly configRequests: ConfigurationParams[] = [];
  readonly stderr: string[] = [];
  /** window/logMessage and window/showMessage of type Error. */
  readonly errors: string[] = [];
  initializeResult!: InitializeResult;
  private listeners = new Set<() => void>();

  private constructor(
    readonly root: string,
    public settings: ServerSettings,
    private readonly proc: ChildProcess,
    readonly conn: MessageConnection,
  ) {}

  /** Spawns the server on `root`, initializes it as VS Code + vscode-languageclient would. */
  static async start(root: string, settings: ServerSettings, positionEncodings = ['utf-16']): Promise<Session> {
    const proc = spawn(SERVER, ['--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    const conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const s = new Session(root, settings, proc, conn);
    proc.stderr!.on('data', (chunk) => s.stderr.push(String(chunk)));
    // Writes to a dead server fail through the connection; don't also crash on the stream event.
    proc.stdin!.on('error', () => {});
    conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => {
      s.diagnostics.set(p.uri, p.diagnostics);
      s.notify();
    });
    conn.onRequest('workspace/configuration', (p: ConfigurationParams) => {
      s.configRequests.push(p);
      s.notify();
      return p.items.map((item) => (item.section === 'newsls' ? s.settings : null));
    });
    // Requests a real client accepts; the server may send them at any time.
    conn.onRequest('client/registerCapability', () => null);
    conn.onRequest('client/unregisterCapability', () => null);
    conn.onRequest('window/workDoneProgress/create', () => null);
    conn.onRequest('workspace/semanticTokens/refresh', () => null);
    conn.onRequest('workspace/inlayHint/refresh', () => null);
    conn.onRequest('workspace/codeLens/refresh', () => null);
    conn.onRequest('workspace/diagnostic/refresh', () => null);
    for (const method of ['window/logMessage', 'window/showMessage']) {
      conn.onNotification(method, (p: { type: number; message: string }) => {
        if (p.type === 1) s.errors.push(p.message);
      });
    }
    conn.onNotification(() => {});
    conn.listen();

    // A server that dies early should fail the test with its stderr, not with EPIPE.
    const died = new Promise<never>((_, reject) =>
      proc.once('exit', (code, signal) =>
        reject(new Error(`server exited (code ${code}, signal ${signal}) during initialize; stderr:\n${s.stderr.join('').slice(-2000)}`)),
      ),
    );
    died.catch(() => {});
    const spawned = new Promise<void>((resolve, reject) => {
      proc.once('spawn', resolve);
      proc.once('error', reject);
    });
    await spawned;
    const initialize = withTimeout(
      conn.sendRequest<InitializeResult>('initialize', {
        processId: process.pid,
        clientInfo: { name: 'Visual Studio Code', version: '1.82.0' },
        rootUri: uriOf(root),
        workspaceFolders: [{ uri: uriOf(root), name: path.basename(root) }],
        initializationOptions: settings,
        capabilities: {
          general: { positionEncodings },
          workspace: {
            configuration: true,
            workspaceFolders: true,
            didChangeConfiguration: { dynamicRegistration: true },
            didChangeWatchedFiles: { dynamicRegistration: true },
          },
          textDocument: {
            synchronization: { dynamicRegistration: true, didSave: true },
            hover: { contentFormat: ['markdown', 'plaintext'] },
            definition: { linkSupport: true },
            references: {},
            publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true },
          },
          window: { workDoneProgress: true },
        },
      }),
      10_000,
      'initialize',
    );
    // A write to a dead process fails (EPIPE) before 'exit' fires; prefer the exit report.
    const settled = initialize.catch(async (error) => {
      await Promise.race([died, new Promise((r) => setTimeout(r, 500))]);
      throw error;
    });
    s.initializeResult = await Promise.race([settled, died]);
    await conn.sendNotification('initialized', {});
    return s;
  }

  private notify() {
    for (const l of this.listeners) l();
  }

  /** Resolves with the first truthy value of `probe`, re-checked on every server message and every 100 ms. */
  waitFor<T>(probe: () => T | undefined | false | null, what: string, ms = 15_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const value = probe();
        if (value) {
          cleanup();
          resolve(value);
        }
      };
      const timer = setInterval(check, 100);
      const deadline = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out after ${ms} ms waiting for ${what}; server stderr:\n${this.stderr.join('').slice(-2000)}`));
      }, ms);
      const cleanup = () => {
        clearInterval(timer);
        clearTimeout(deadline);
        this.listeners.delete(check);
      };
      this.listeners.add(check);
      check();
    });
  }

  status(): Promise<ServerStatus> {
    return withTimeout(this.conn.sendRequest<ServerStatus>('newsls/status'), 5_000, 'newsls/status');
  }

  /** Polls newsls/status until the server has nothing queued. */
  async idle(ms = 20_000): Promise<ServerStatus> {
    const deadline = Date.now() + ms;
    for (;;) {
      const s = await this.status();
      if (!s.pending && !s.indexing) return s;
      if (Date.now() > deadline) throw new Error(`server still busy after ${ms} ms: ${JSON.stringify(s)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async open(file: string): Promise<string> {
    const uri = uriOf(file);
    const languageId = file.endsWith('.md') ? 'markdown' : 'plaintext';
    await this.conn.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId, version: 1, text: fs.readFileSync(file, 'utf8') },
    });
    return uri;
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return withTimeout(this.conn.sendRequest<T>(method, params), 10_000, method);
  }

  /** shutdown + exit; resolves with the process exit code. */
  async close(): Promise<number | null> {
    if (this.proc.exitCode !== null) return this.proc.exitCode;
    const exited = new Promise<number | null>((resolve) => this.proc.once('exit', (code) => resolve(code)));
    try {
      await withTimeout(this.conn.sendRequest('shutdown'), 5_000, 'shutdown');
      await this.conn.sendNotification('exit');
    } catch {
      // fall through to the kill below
    }
    const code = await Promise.race([exited, new Promise<'hung'>((r) => setTimeout(() => r('hung'), 5_000))]);
    this.conn.dispose();
    if (code === 'hung') {
      this.proc.kill('SIGKILL');
      throw new Error('server did not exit within 5 s of shutdown/exit');
    }
    return code;
  }
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
    }),
  ]);
}

/** Position of the `nth` occurrence of `needle` in `file`, in UTF-16 code units (JS string indices) or UTF-8 bytes. */
export function positionOf(file: string, needle: string, nth = 0, encoding: 'utf-16' | 'utf-8' = 'utf-16'): Position {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  let seen = 0;
  for (let line = 0; line < lines.length; line++) {
    let col = lines[line].indexOf(needle);
    while (col >= 0) {
      if (seen++ === nth) {
        const character = encoding === 'utf-16' ? col : Buffer.byteLength(lines[line].slice(0, col));
        return { line, character };
      }
      col = lines[line].indexOf(needle, col + 1);
    }
  }
  throw new Error(`"${needle}" #${nth} not in ${file}`);
}

/** The text a UTF-16 range covers in the file behind `uri`. */
export function textAt(uri: string, range: Range): string {
  const lines = fs.readFileSync(fileURLToPath(uri), 'utf8').split('\n');
  if (range.start.line !== range.end.line) {
    return [lines[range.start.line].slice(range.start.character), lines[range.end.line].slice(0, range.end.character)].join('\n');
  }
  return lines[range.start.line].slice(range.start.character, range.end.character);
}

/** Definition/references results in one shape. */
export function locations(result: Location | Location[] | LocationLink[] | null): Location[] {
  if (!result) return [];
  const list = Array.isArray(result) ? result : [result];
  return list.map((l) => ('targetUri' in l ? { uri: l.targetUri, range: l.targetSelectionRange } : l));
}

/** Hover contents of any legal shape as one string. */
export function hoverText(contents: unknown): string {
  if (typeof contents === 'string') return contents;
  if (Array.isArray(contents)) return contents.map(hoverText).join('\n');
  if (contents && typeof contents === 'object' && 'value' in contents) return String((contents as { value: unknown }).value);
  return '';
}
