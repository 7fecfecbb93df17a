// Pure helpers shared by the extension and the node tests (no `vscode` import,
// so the tests exercise exactly the objects the extension sends).

/** Configuration keys the server reads; same names in newsls.toml, initializationOptions
 *  and the `newsls` section of workspace/configuration. */
export const SERVER_KEYS = [
  'include',
  'exclude',
  'maxFileSize',
  'maxArticles',
  'maxWorkspaceSize',
  'debounceMs',
  'knowledgeBase',
  'inlayHints',
  'severity',
  'ignore',
] as const;

/** Settings under `newsls.` that only the client uses; never sent to the server. */
export const CLIENT_ONLY_KEYS = ['server.path', 'trace.server'] as const;

export const DIAGNOSTIC_CODES = [
  'conflicting-quantity',
  'conflicting-date',
  'conflicting-role',
  'conflicting-place',
  'conflicting-attribution',
  'quote-variant',
  'spelling-variant',
  'config',
  'knowledge-base',
  'analysis-failed',
] as const;

export type ServerSettings = { [K in (typeof SERVER_KEYS)[number]]?: unknown };

/**
 * The server's view of the `newsls` settings: only the keys it knows, so that
 * client-only keys (`server`, `trace`) never reach it and cannot trip its
 * unknown-key check. `get` reads one key of the `newsls` section.
 */
export function serverSettings(get: (key: string) => unknown): ServerSettings {
  const out: ServerSettings = {};
  for (const key of SERVER_KEYS) {
    const value = get(key);
    if (value !== undefined && value !== null) out[key] = value;
  }
  return out;
}

/** `serverSettings` for a plain object such as a workspace/configuration result. */
export function serverSettingsOf(section: unknown): ServerSettings {
  if (typeof section !== 'object' || section === null) return {};
  const obj = section as Record<string, unknown>;
  return serverSettings((key) => obj[key]);
}
