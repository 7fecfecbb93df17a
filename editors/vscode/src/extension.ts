import { execFile } from 'node:child_process';
import * as vscode from 'vscode';
import {
  CloseAction,
  DidChangeConfigurationNotification,
  ErrorAction,
  LanguageClient,
  LanguageClientOptions,
  RevealOutputChannelOn,
  State,
} from 'vscode-languageclient/node';
import { resolveServerPath } from './serverPath';
import { serverSettings, serverSettingsOf } from './settings';
import { ConflictStatus } from './status';

let client: LanguageClient | undefined;
let output: vscode.OutputChannel;
let status: ConflictStatus;
let extensionDir: string;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  extensionDir = context.extensionPath;
  output = vscode.window.createOutputChannel('newsls');
  status = new ConflictStatus(() => client);
  context.subscriptions.push(
    output,
    status,
    vscode.commands.registerCommand('newsls.restartServer', restart),
    vscode.commands.registerCommand('newsls.showOutput', () => output.show(true)),
    vscode.workspace.onDidChangeConfiguration(onConfigurationChanged),
  );
  await start();
}

export async function deactivate(): Promise<void> {
  await stop();
}

function firstFolder(): vscode.WorkspaceFolder | undefined {
  return vscode.workspace.workspaceFolders?.[0];
}

function currentServerSettings() {
  const config = vscode.workspace.getConfiguration('newsls', firstFolder()?.uri);
  return serverSettings((key) => config.get(key));
}

async function start(): Promise<void> {
  const config = vscode.workspace.getConfiguration('newsls', firstFolder()?.uri);
  const resolved = resolveServerPath(
    config.get<string>('server.path') ?? '',
    extensionDir,
    firstFolder()?.uri.fsPath,
  );
  if (!resolved.ok) {
    output.appendLine(resolved.message);
    status.showStopped('server not found');
    void reportUnstartable(resolved.message);
    return;
  }
  // Probe the binary before handing it to vscode-languageclient: a wrong-arch
  // or broken file then gets our message instead of the client's stack trace.
  const probe = await probeVersion(resolved.path);
  if (!probe.ok) {
    const message = `${resolved.path} could not be run: ${probe.error}`;
    output.appendLine(message);
    status.showStopped('server cannot start');
    void reportUnstartable(message);
    return;
  }
  output.appendLine(`Starting ${resolved.path} (${resolved.source}): ${probe.version}`);

  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'file', language: 'markdown' },
    ],
    initializationOptions: currentServerSettings(),
    synchronize: {
      // Articles edited outside VS Code, newsls.toml and the knowledge base.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{txt,md,toml}'),
    },
    outputChannel: output,
    traceOutputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    errorHandler: crashHandler(),
    initializationFailedHandler: (error) => {
      void reportUnstartable(`newsls failed to initialize: ${errorText(error)}`);
      return false;
    },
    middleware: {
      // vscode-languageclient answers workspace/configuration with the whole
      // `newsls` section; strip client-only keys so the server sees exactly
      // what it gets in initializationOptions.
      workspace: {
        configuration: async (params, token, next) => {
          const result = await next(params, token);
          if (!Array.isArray(result)) return result;
          return result.map((value, i) =>
            params.items[i]?.section === 'newsls' ? serverSettingsOf(value) : value,
          );
        },
      },
      handleDiagnostics: (uri, diagnostics, next) => {
        next(uri, diagnostics);
        status.refreshSoon();
      },
    },
  };

  client = new LanguageClient(
    'newsls',
    'newsls',
    { command: resolved.path, args: ['--stdio'] },
    clientOptions,
  );
  client.onDidChangeState((e) => {
    if (e.newState === State.Running) status.start();
    else if (e.newState === State.Stopped) status.showStopped('server stopped');
  });
  try {
    await client.start();
  } catch (error) {
    output.appendLine(`Starting newsls failed: ${errorText(error)}`);
    client = undefined;
    status.showStopped('server cannot start');
    void reportUnstartable(`newsls could not start: ${errorText(error)}`);
  }
}

async function stop(): Promise<void> {
  const old = client;
  client = undefined;
  status.stop();
  if (old?.needsStop()) {
    try {
      await old.stop();
    } catch (error) {
      output.appendLine(`Stopping newsls failed: ${errorText(error)}`);
    }
  }
}

async function restart(): Promise<void> {
  await stop();
  await start();
}

async function onConfigurationChanged(event: vscode.ConfigurationChangeEvent): Promise<void> {
  if (event.affectsConfiguration('newsls.server.path')) {
    await restart();
    return;
  }
  if (event.affectsConfiguration('newsls') && client?.isRunning()) {
    // Push mode, same shape vscode-languageclient's configurationSection sends;
    // a pull-mode server re-requests the section on this notification anyway.
    await client.sendNotification(DidChangeConfigurationNotification.type, {
      settings: { newsls: currentServerSettings() },
    });
    status.refreshSoon();
  }
}

/** Restart after a crash, but give up (with our message) after 4 crashes in 3 minutes. */
function crashHandler() {
  const crashes: number[] = [];
  return {
    // Same policy as the library default: tolerate a few garbled messages.
    error: (_error: Error, _message: unknown, count: number | undefined) => ({
      action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown,
    }),
    closed: () => {
      const now = Date.now();
      crashes.push(now);
      while (crashes.length && now - crashes[0] > 3 * 60_000) crashes.shift();
      if (crashes.length <= 4) return { action: CloseAction.Restart, handled: true };
      void reportUnstartable('newsls crashed 5 times in 3 minutes and was not restarted. See the output for details.');
      return { action: CloseAction.DoNotRestart, handled: true };
    },
  };
}

function probeVersion(file: string): Promise<{ ok: true; version: string } | { ok: false; error: string }> {
  return new Promise((resolve) => {
    execFile(file, ['--version'], { timeout: 10_000 }, (error, stdout, stderr) => {
      if (error) resolve({ ok: false, error: (stderr.trim() || error.message).split('\n')[0] });
      else resolve({ ok: true, version: stdout.trim() || 'unknown version' });
    });
  });
}

async function reportUnstartable(message: string): Promise<void> {
  const choice = await vscode.window.showErrorMessage(message, 'Open Setting', 'Show Output');
  if (choice === 'Open Setting') {
    await vscode.commands.executeCommand('workbench.action.openSettings', 'newsls.server.path');
  } else if (choice === 'Show Output') {
    output.show(true);
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
