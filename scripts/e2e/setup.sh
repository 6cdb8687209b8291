#!/usr/bin/env bash
# Installs what the end-to-end tests need: Debian's Chromium, ripgrep and Kerberos headers, then
# code-server (VS Code on a web page) and playwright-core in .cache/e2e/<version>/.
# Idempotent: a finished install leaves a stamp file and later runs return at once.
# code-server's own postinstall cannot run here (it fetches from GitHub), so its steps are done by
# hand from the registry only; see /work/shared/notes/vscode-e2e.md for why each one is needed.
set -euo pipefail

CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.96.4}"
PLAYWRIGHT_VERSION="${PLAYWRIGHT_VERSION:-1.65.1}"
PROXY_AGENT_VERSION="0.27.0"

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
CACHE="$ROOT/.cache/e2e/code-server-$CODE_SERVER_VERSION"
STAMP="$CACHE/.ready"

fail() { echo "e2e setup failed: $*" >&2; exit 1; }
step() { echo "[e2e setup $(date +%H:%M:%S)] $*"; }

if [[ -f "$STAMP" ]]; then
  step "already set up in $CACHE"
  exit 0
fi
start=$SECONDS

# 1. System packages (CI is a fresh Debian machine, running as root).
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
if ((${#missing[@]})); then
  step "apt-get install ${missing[*]}"
  [[ $(id -u) -eq 0 ]] || fail "need root to apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # Wait for another apt/dpkg run to finish instead of failing on its lock.
  apt_opts=(-o DPkg::Lock::Timeout=900)
  apt-get "${apt_opts[@]}" update -qq || fail "apt-get update"
  apt-get "${apt_opts[@]}" install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || fail "apt-get install ${missing[*]}"
fi
CHROMIUM="$(command -v chromium)" || fail "chromium not found after install"
RG="$(command -v rg)" || fail "rg not found after install"

# 2. code-server and playwright-core, without their download-from-GitHub install scripts.
rm -rf "$CACHE"
mkdir -p "$CACHE"
cd "$CACHE"
echo '{"name":"shipshape-e2e-cache","private":true}' > package.json
step "npm install code-server@$CODE_SERVER_VERSION playwright-core@$PLAYWRIGHT_VERSION"
npm install --no-audit --no-fund --ignore-scripts "code-server@$CODE_SERVER_VERSION" "playwright-core@$PLAYWRIGHT_VERSION" \
  || fail "npm install code-server"
step "npm rebuild argon2"
npm rebuild argon2 || fail "npm rebuild argon2"

# 3. VS Code's own node modules. Its shrinkwrap pins @vscode/proxy-agent to a git URL; point it at
#    the registry tarball instead.
VSCODE="$CACHE/node_modules/code-server/lib/vscode"
[[ -d "$VSCODE" ]] || fail "missing $VSCODE"
cd "$VSCODE"
step "rewrite @vscode/proxy-agent in npm-shrinkwrap.json to $PROXY_AGENT_VERSION"
node -e '
  const fs = require("fs");
  const [version] = process.argv.slice(1);
  const file = "npm-shrinkwrap.json";
  const wrap = JSON.parse(fs.readFileSync(file, "utf8"));
  const entry = wrap.packages && wrap.packages["node_modules/@vscode/proxy-agent"];
  if (!entry) { console.error("no @vscode/proxy-agent entry"); process.exit(1); }
  entry.version = version;
  entry.resolved = `https://registry.npmjs.org/@vscode/proxy-agent/-/proxy-agent-${version}.tgz`;
  delete entry.integrity;
  fs.writeFileSync(file, JSON.stringify(wrap, null, 2));
' "$PROXY_AGENT_VERSION" || fail "rewrite npm-shrinkwrap.json"
step "npm install (lib/vscode)"
npm install --omit=dev --ignore-scripts --no-audit --no-fund || fail "npm install in lib/vscode"
step "npm rebuild native modules (lib/vscode)"
npm rebuild kerberos @parcel/watcher @vscode/spdlog @vscode/deviceid native-watchdog node-pty \
  || fail "npm rebuild native modules in lib/vscode"
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf "$RG" node_modules/@vscode/ripgrep/bin/rg
ln -sfn node_modules node_modules.asar

# 4. The built-in extensions' dependencies (YAML, Docker grammar, etc.).
cd "$VSCODE/extensions"
step "npm install (lib/vscode/extensions)"
npm install --omit=dev --ignore-scripts --no-audit --no-fund || fail "npm install in lib/vscode/extensions"

# 5. Smoke check: the server prints its version.
node "$CACHE/node_modules/code-server/out/node/entry.js" --version >/dev/null || fail "code-server does not start"

printf 'chromium=%s\n' "$CHROMIUM" > "$STAMP"
step "done in $((SECONDS - start)) s ($CACHE)"
