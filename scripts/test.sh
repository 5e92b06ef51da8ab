#!/usr/bin/env bash
# Runs every test of redis-ha-compiler, installing the Debian tools the tests drive when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

# command -> Debian package. The tests run the real programs on generated files.
tools=(
  redis-server:redis-server
  redis-sentinel:redis-sentinel
  redis-cli:redis-tools
  haproxy:haproxy
  shellcheck:shellcheck
  docker-compose:docker-compose
  pre-commit:pre-commit
  systemd-analyze:systemd
  ip:iproute2
  unshare:util-linux
  kubectl:kubernetes-client
  promtool:prometheus
  git:git
  zsh:zsh
  fish:fish
  node:nodejs
  npm:npm
)
missing=()
for entry in "${tools[@]}"; do
  cmd=${entry%%:*}
  pkg=${entry#*:}
  if ! command -v "$cmd" >/dev/null 2>&1 && [ ! -x "/usr/sbin/$cmd" ] && [ ! -x "/sbin/$cmd" ]; then
    missing+=("$pkg")
  fi
done
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing test tools: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# The client libraries `rhc clients` writes settings for, driven against a live cluster.
if ! /usr/bin/python3 -c 'import redis' >/dev/null 2>&1; then
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3-redis >/dev/null
fi
export RHC_CLIENT_NODE_MODULES="${RHC_CLIENT_NODE_MODULES:-$HOME/.cache/rhc-clients/node_modules}"
if [ ! -d "$RHC_CLIENT_NODE_MODULES/ioredis" ]; then
  npm install --prefix "${RHC_CLIENT_NODE_MODULES%/node_modules}" --no-audit --no-fund --silent ioredis@5.11.1
fi
# Debian starts the packaged redis/sentinel services where systemd runs; tests use their own ports.
export PATH="$PATH:/usr/sbin:/sbin"
mvn -B -ntp verify

# The native executable: built and tested against the CLI suite when a GraalVM toolchain is at hand or can
# be assembled (see README "Native executable"); about 2.5 min with the toolchain, 5 min more to assemble it.
assemble=${RHC_GRAALVM_ASSEMBLE:-$(pwd)/../shared/tools/graalvm/assemble.sh}
if [ -x "${GRAALVM_HOME:-$HOME/.cache/rhc-graalvm}/bin/native-image" ] || [ -x "$assemble" ]; then
  bash scripts/test-native.sh
else
  echo "native executable: skipped (no GraalVM toolchain and no assembly script at $assemble)"
fi
