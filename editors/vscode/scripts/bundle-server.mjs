// Copies the release binary into server/ so `vsce package` ships it.
// NEWSLS_BIN overrides the source; default: <repo>/target/release/newsls.
import { chmodSync, copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const exe = process.platform === 'win32' ? 'newsls.exe' : 'newsls';
const source = process.env.NEWSLS_BIN ?? resolve(here, '../../../target/release', exe);
if (!existsSync(source)) {
  console.error(`bundle-server: no binary at ${source}; run \`cargo build --release\` or set NEWSLS_BIN.`);
  process.exit(1);
}
const target = join(here, '..', 'server', exe);
mkdirSync(dirname(target), { recursive: true });
copyFileSync(source, target);
chmodSync(target, 0o755);
console.log(`bundle-server: ${source} -> ${target}`);
