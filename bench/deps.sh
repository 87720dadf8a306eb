#!/bin/sh
# Installs the bench-only dependencies into bench/node_modules, once per lockfile, so `npm ci` at the root stays free of them.
set -e
cd "$(dirname "$0")"
# sqlite3 (pulled by emmett-sqlite) compiles from source: prebuild-install must not try to download a binary.
export npm_config_build_from_source=true
if [ ! -f package-lock.json ]; then
  npm install --no-audit --no-fund
  cp package-lock.json node_modules/.bench-installed-lock
elif ! cmp -s package-lock.json node_modules/.bench-installed-lock; then
  npm ci --no-audit --no-fund
  cp package-lock.json node_modules/.bench-installed-lock
fi
