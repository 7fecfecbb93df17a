// Locating the server binary (no `vscode` import, so it is unit-tested in node).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export type Resolved =
  | { ok: true; path: string; source: 'setting' | 'bundled' | 'PATH' }
  | { ok: false; message: string };

const EXE = process.platform === 'win32' ? 'newsls.exe' : 'newsls';

function isExecutableFile(file: string): boolean {
  try {
    if (!fs.statSync(file).isFile()) return false;
    if (process.platform !== 'win32') fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name: string, env: NodeJS.ProcessEnv): string | undefined {
  const exts = process.platform === 'win32' ? (env.PATHEXT ?? '.EXE').split(';') : [''];
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    for (const ext of exts) {
      const candidate = path.join(dir, name + ext);
      if (isExecutableFile(candidate)) return candidate;
    }
  }
  return undefined;
}

/**
 * `newsls.server.path` if set (relative paths are taken from the first workspace
 * folder, `~` is the home directory), else the binary bundled in the extension's
 * `server/` folder, else `newsls` on PATH. Failing all, a message for the user.
 */
export function resolveServerPath(
  configured: string,
  extensionDir: string,
  workspaceDir: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): Resolved {
  const setting = configured.trim();
  if (setting) {
    let file = setting.startsWith('~') ? path.join(os.homedir(), setting.slice(1)) : setting;
    if (!path.isAbsolute(file)) {
      // A bare command name ("newsls-dev") is looked up on PATH, like a shell would.
      const bare = !file.includes('/') && !file.includes('\\');
      const found = bare ? onPath(file, env) : undefined;
      if (found) return { ok: true, path: found, source: 'setting' };
      file = path.resolve(workspaceDir ?? process.cwd(), file);
    }
    if (isExecutableFile(file)) return { ok: true, path: file, source: 'setting' };
    return {
      ok: false,
      message: `The setting newsls.server.path is "${setting}", but there is no executable file at ${file}.`,
    };
  }

  const bundled = path.join(extensionDir, 'server', EXE);
  if (fs.existsSync(bundled)) {
    // Some unzip paths drop the executable bit; restoring it is cheaper than failing.
    if (!isExecutableFile(bundled)) {
      try {
        fs.chmodSync(bundled, 0o755);
      } catch {
        /* reported below if still not executable */
      }
    }
    if (isExecutableFile(bundled)) return { ok: true, path: bundled, source: 'bundled' };
  }

  const found = onPath('newsls', env);
  if (found) return { ok: true, path: found, source: 'PATH' };
  return {
    ok: false,
    message:
      'The newsls language server was not found: this extension has no bundled binary and there is no `newsls` on PATH. ' +
      'Build it with `cargo build --release` and set newsls.server.path to target/release/newsls.',
  };
}
