// Just enough of the `vscode` API to run activate() in plain node: records the
// messages, commands and status bar text a user would see. Anything not modelled
// is an inert proxy, which is all vscode-languageclient needs to load.
import Module = require('node:module');

function inert(name: string): any {
  return new Proxy(function () {}, {
    get: (target, key) => (key === 'prototype' ? target.prototype : inert(`${name}.${String(key)}`)),
    construct: () => inert(`new ${name}`),
    apply: () => inert(`${name}()`),
  });
}

const disposable = { dispose() {} };

export class FakeVscode {
  readonly errors: { message: string; items: string[] }[] = [];
  readonly executed: unknown[][] = [];
  readonly registered = new Set<string>();
  readonly output: string[] = [];
  readonly statusItem = { text: '', tooltip: '', name: '', command: '', shown: false, show() { this.shown = true; }, dispose() {} };
  /** Button the fake user clicks on every error message. */
  answer: string | undefined;
  config: Record<string, unknown> = {};

  constructor(private readonly folder: string) {}

  api(): unknown {
    const fake = this;
    const api = {
      StatusBarAlignment: { Left: 1, Right: 2 },
      window: {
        createOutputChannel: () => ({ appendLine: (l: string) => fake.output.push(l), append() {}, show() {}, dispose() {} }),
        createStatusBarItem: () => fake.statusItem,
        showErrorMessage: async (message: string, ...items: string[]) => {
          fake.errors.push({ message, items });
          return fake.answer;
        },
      },
      commands: {
        registerCommand: (id: string) => {
          fake.registered.add(id);
          return disposable;
        },
        executeCommand: async (...args: unknown[]) => {
          fake.executed.push(args);
        },
      },
      workspace: {
        workspaceFolders: [{ uri: { fsPath: this.folder }, name: 'ws', index: 0 }],
        getConfiguration: () => ({ get: (key: string) => fake.config[key] }),
        onDidChangeConfiguration: () => disposable,
        createFileSystemWatcher: () => inert('watcher'),
      },
    };
    return new Proxy(api, { get: (target, key: string) => (key in target ? (target as any)[key] : inert(key)) });
  }

  /** Routes `require('vscode')` to this fake for the rest of the process. */
  install(): void {
    const api = this.api();
    const mod = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
    const load = mod._load;
    mod._load = function (request: string, ...rest: unknown[]) {
      return request === 'vscode' ? api : load.call(this, request, ...rest);
    };
  }
}
