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

# rhc drill from the binary: the same scenarios as from the jar give a report of the same shape (the same
# scenarios, columns and report.json keys; the measurements differ from run to run) and both pass.
export PATH="$PATH:/usr/sbin:/sbin"
drill_shape() { # $1 = report dir: report.json's keys and report.txt's first two lines and run rows' scenario
  grep -o '"[A-Za-z]*" :' "$1/report.json" | sort -u
  sed -n '1,2p' "$1/report.txt"
  awk 'NR > 2 && /^[a-z-]+ +[0-9]+ /{print $1, $2}' "$1/report.txt"
}
for label in jar native; do
  if [ "$label" = jar ]; then cmd=(java -jar "$jar"); else cmd=("$native"); fi
  echo "test-native: rhc drill (master-crash, graceful-stop) of the veza example from the $label"
  "${cmd[@]}" drill --color=never examples/veza-systemd/spec.yaml --scenario master-crash --scenario graceful-stop \
    --report "$work/drill-$label" >"$work/drill-$label.out" 2>&1 || { cat "$work/drill-$label.out"; exit 1; }
  drill_shape "$work/drill-$label" >"$work/drill-$label.shape"
done
diff "$work/drill-jar.shape" "$work/drill-native.shape"
echo "test-native: rhc drill from the native binary boots, fails over, and reports like the jar"
