#!/usr/bin/env bash
# Tests the native rhc executable: the CLI test suite with every CLI run spawning the binary, then
# every example compiled to every target by the binary and by the jar, compared byte for byte
# (files, exit codes, printed diagnostics), once more under a Turkish locale and another time zone.
# Builds the binary (scripts/build-native.sh) when it is missing or older than the sources.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
native=$root/cli/target/native/rhc
jar=$root/cli/target/rhc.jar
if [ ! -x "$native" ] || [ -n "$(find pom.xml ./*/pom.xml ./*/src targets/*/pom.xml targets/*/src schema/*.json -newer "$native" -type f -print -quit)" ]; then
  scripts/build-native.sh
fi

echo "test-native: CLI test suite against $native"
mvn -B -ntp -q -pl cli -am test -Dtest='io.rhc.cli.**' -Dsurefire.failIfNoSpecifiedTests=false -Drhc.binary="$native"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
run_all() { # $1 = label, then the command
  local label=$1
  shift
  for spec in examples/*/spec.yaml; do
    name=$(basename "$(dirname "$spec")")
    for target in kubernetes compose systemd; do
      dir=$work/$label/$name-$target
      mkdir -p "$dir"
      code=0
      "$@" compile --color=never --target "$target" --out "$dir/out" "$spec" >"$dir/stdout" 2>"$dir/stderr" || code=$?
      echo "$code" >"$dir/exit-code"
      sed -i "s|$dir/out|OUT|g" "$dir/stdout" "$dir/stderr"
    done
  done
}
run_all jar java -jar "$jar"
run_all native "$native"
run_all native-tr env LC_ALL=tr_TR.UTF-8 TZ=Pacific/Kiritimati \
  "$native" -Duser.language=tr -Duser.country=TR -Duser.timezone=Pacific/Kiritimati
diff -r "$work/jar" "$work/native"
diff -r "$work/jar" "$work/native-tr"
compiled=$(grep -lx 0 "$work"/jar/*/exit-code | wc -l)
echo "test-native: 12 example x target compiles ($compiled succeeded) identical from the native binary and the jar"
