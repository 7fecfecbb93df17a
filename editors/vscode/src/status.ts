import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

/** Result of the server's `newsls/status` request. */
export interface ServerStatus {
  articles: number;
  open: number;
  skipped: { uri: string; reason: string }[];
  pending: boolean;
  indexing: boolean;
  findings: number;
  version: string;
}

const POLL_MS = 5_000;
const BUSY_POLL_MS = 1_000;
const DEBOUNCE_MS = 300;

/**
 * Status bar item with the workspace's conflict count. Refreshed shortly after
 * diagnostics arrive, and on a slow timer because findings in articles that are
 * not open change without any notification this side could hook.
 */
export class ConflictStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('newsls.status', vscode.StatusBarAlignment.Left, 10);
  private timer: NodeJS.Timeout | undefined;
  private inFlight = false;

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.item.name = 'newsls conflicts';
    this.item.command = 'workbench.actions.view.problems';
  }

  start(): void {
    this.item.text = '$(sync~spin) newsls';
    this.item.tooltip = 'newsls: starting';
    this.item.show();
    this.schedule(0);
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  showStopped(reason: string): void {
    this.stop();
    this.item.text = '$(error) newsls';
    this.item.tooltip = `newsls: ${reason} (click for problems; "newsls: Show Output" for details)`;
    this.item.show();
  }

  refreshSoon(): void {
    this.schedule(DEBOUNCE_MS);
  }

  dispose(): void {
    this.stop();
    this.item.dispose();
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  private async refresh(): Promise<void> {
    const client = this.client();
    if (!client?.isRunning()) return;
    if (this.inFlight) return this.schedule(BUSY_POLL_MS);
    this.inFlight = true;
    let next = POLL_MS;
    try {
      const s = await client.sendRequest<ServerStatus>('newsls/status');
      this.render(s);
      if (s.pending || s.indexing) next = BUSY_POLL_MS;
    } catch (error) {
      this.item.text = '$(question) newsls';
      this.item.tooltip = `newsls: status unavailable (${error instanceof Error ? error.message : String(error)})`;
    } finally {
      this.inFlight = false;
    }
    if (this.client() === client) this.schedule(next);
  }

  private render(s: ServerStatus): void {
    const busy = s.pending || s.indexing;
    const icon = busy ? '$(sync~spin)' : s.findings > 0 ? '$(warning)' : '$(check)';
    this.item.text = `${icon} ${s.findings} conflict${s.findings === 1 ? '' : 's'}`;
    const lines = [
      `newsls ${s.version}: ${s.findings} finding(s) at warning or above`,
      `${s.articles} article(s) indexed, ${s.open} open${busy ? ' — analysing…' : ''}`,
    ];
    if (s.skipped.length) {
      lines.push(`${s.skipped.length} file(s) skipped:`);
      for (const { uri, reason } of s.skipped.slice(0, 10)) {
        lines.push(`• ${vscode.workspace.asRelativePath(vscode.Uri.parse(uri))}: ${reason}`);
      }
    }
    this.item.tooltip = lines.join('\n');
    this.item.show();
  }
}
