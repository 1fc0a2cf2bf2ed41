#!/usr/bin/env bash
# Installs code-server (VS Code served to a browser) for the extension tests, from the npm registry
# and Debian only. code-server's own postinstall downloads ripgrep and node-gyp headers from the
# internet, so it is skipped (--ignore-scripts) and done here by hand.
# The install lives in a cache folder outside the project and is reused once complete.
# Prints the code-server folder on the last line of stdout; everything else goes to stderr.
set -euo pipefail

VERSION=4.100.3
DIR="${CORPUS_LINT_CODE_SERVER_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/corpus-lint/code-server-$VERSION}"
MARKER="$DIR/.install-complete"
SERVER="$DIR/node_modules/code-server"
DEBIAN_PACKAGES=(libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config ripgrep chromium)

log() { echo "[install-code-server] $*" >&2; }

if [ -f "$MARKER" ] && [ -f "$SERVER/out/node/entry.js" ]; then
  log "reusing $DIR"
  echo "$SERVER"
  exit 0
fi

node_major="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$node_major" != 20 ]; then
  log "code-server $VERSION needs Node 20, this is Node $node_major"
  exit 1
fi

missing=()
for package in "${DEBIAN_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$package")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing Debian packages: ${missing[*]}"
  sudo=""
  if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
  $sudo apt-get -o DPkg::Lock::Timeout=600 update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${missing[@]}" >&2
fi

# Native modules compile against the installed Node's headers rather than downloading them.
if [ -f /usr/include/node/node.h ]; then export npm_config_nodedir=/usr; fi
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false

# Start over from a half-finished install.
rm -rf "$DIR/node_modules" "$DIR/package-lock.json"
mkdir -p "$DIR"
echo '{ "private": true, "description": "code-server for corpus-lint extension tests" }' > "$DIR/package.json"

log "npm install code-server@$VERSION (scripts skipped)"
(cd "$DIR" && npm install --no-save --ignore-scripts "code-server@$VERSION" >&2)

log "installing VS Code's own dependencies"
cd "$SERVER/lib/vscode"
npm install --omit=dev --ignore-scripts >&2

# @vscode/ripgrep's postinstall downloads a binary unless bin/ already holds one.
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf /usr/bin/rg node_modules/@vscode/ripgrep/bin/rg

log "building native modules"
# node-pty's build runs `npx node-gyp`, which must not stop at a prompt.
npm_config_yes=true npm rebuild >&2

# The links code-server's postinstall would make.
rm -rf node_modules.asar && ln -s node_modules node_modules.asar
(cd bin/remote-cli && rm -f code-server && ln -s code-linux.sh code-server)
(cd bin/helpers && rm -f browser.sh && ln -s browser-linux.sh browser.sh)

log "installing the built-in extensions' dependencies"
(cd extensions && npm install --omit=dev >&2)

cd "$DIR"
npm rebuild argon2 >&2

echo "code-server $VERSION, $(date -u +%Y-%m-%dT%H:%M:%SZ)" > "$MARKER"
log "done: $SERVER"
echo "$SERVER"
