#!/usr/bin/env bash
# Times rhc side by side with `kubectl kustomize` in one run and prints a table of medians:
#   cold compile of one example to one target (native, plain jar, jar through bin/rhc, JVM flag variants,
#   a JDK 25 AOT cache when a JDK 25+ is found: JDK25_HOME, else /usr/lib/jvm/*), into an output directory
#   that is already up to date (the CI and pre-commit case: nothing is written) and into a fresh one,
#   `rhc lint` of the four examples in one invocation, `rhc audit` of a manifest of the audit corpus and
#   `rhc import` of a chart values file (issue 19: as fast as lint), and a batch of 1,000 specs x 3 targets that writes
#   all 3,000 output directories each run into a new directory (and once more with all of them up to date).
#   The batches need about 4 GB of disk in the temporary directory.
# Builds the jar and the native executable when missing. Uses hyperfine when installed, else a bash loop.
# Usage: scripts/bench.sh [RUNS]     (RUNS per single-spec command, default 15; batches run 3 times)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
runs=${1:-15}
batch_runs=3
jar=$root/cli/target/rhc.jar
native=$root/cli/target/native/rhc
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
java25=""
for home in ${JDK25_HOME:+"$JDK25_HOME"} /usr/lib/jvm/*; do
  if [ -x "$home/bin/java" ] && grep -Eq '^JAVA_VERSION="(2[5-9]|[3-9][0-9])' "$home/release" 2>/dev/null; then
    java25=$home/bin/java
    break
  fi
done
[ -x "$native" ] || scripts/build-native.sh
[ -f "$jar" ] || mvn -B -ntp -q -DskipTests package
command -v kubectl >/dev/null || { echo "bench: kubectl is not installed" >&2; exit 3; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
results=$work/results.tsv
example=examples/homelab-k8s/spec.yaml
lint_specs=(examples/*/spec.yaml)

# One spec every target accepts: gateway-k8s without secret references, with veza-systemd's hosts
# and the proxy off the Redis port (systemd hosts run both). 1,000 copies with distinct names.
portable() {
  sed '/^  auth:/,$d; s/^    replicas: 2$/    replicas: 2\n    port: 6380/' examples/gateway-k8s/spec.yaml
  printf '  auth:\n    mode: none\n    protectedMode: false\n'
  sed -n '/^  systemd:/,$p' examples/veza-systemd/spec.yaml
}
mkdir -p "$work/specs"
portable >"$work/portable.yaml"
for i in $(seq -w 1 1000); do
  sed "s/^  name: redis-gateway\$/  name: bench-$i/; s/masterName: gateway-master/masterName: bench-$i-master/" \
    "$work/portable.yaml" >"$work/specs/bench-$i.yaml"
done
"$native" compile --color=never -t all -o "$work/check" "$work/specs/bench-0001.yaml" >/dev/null 2>"$work/check.err" \
  || { echo "bench: the generated batch spec does not compile to every target:" >&2; cat "$work/check.err" >&2; exit 1; }
"$native" compile -t kubernetes -o "$work/k8s" "$example" >/dev/null 2>&1

# measure LABEL RUNS COMMAND [PREPARE]: appends "LABEL<TAB>median seconds<TAB>kustomize median seconds" to
# $results; PREPARE runs before each timed run, outside the timing. With hyperfine, a single-spec command is timed
# right after kustomize in the same hyperfine call and its ratio is to that kustomize: this machine's speed drifts
# by 10 % within minutes, which made ratios to a kustomize timed minutes earlier swing from 2.8x to 3.2x.
measure() {
  local label=$1 n=$2 cmd=$3 prepare=${4:-true}
  echo "bench: $label" >&2
  if command -v hyperfine >/dev/null; then
    if [ "$n" -gt "$batch_runs" ]; then
      hyperfine --style none --warmup 1 --runs "$n" --prepare "$prepare" \
        --export-csv "$work/one.csv" "kubectl kustomize $work/k8s" "$cmd" >/dev/null
      printf '%s\t%s\t%s\n' "$label" "$(awk -F, 'NR == 3 { print $4 }' "$work/one.csv")" \
        "$(awk -F, 'NR == 2 { print $4 }' "$work/one.csv")" >>"$results"
      return
    fi
    hyperfine --style none --runs "$n" --prepare "$prepare" --export-csv "$work/one.csv" "$cmd" >/dev/null
    printf '%s\t%s\n' "$label" "$(awk -F, 'NR == 2 { print $4 }' "$work/one.csv")" >>"$results"
  else
    bash -c "$prepare"
    bash -c "$cmd" >/dev/null 2>&1 || true
    local times=() start end
    for _ in $(seq "$n"); do
      bash -c "$prepare"
      start=$(date +%s%N)
      bash -c "$cmd" >/dev/null 2>&1 || true
      end=$(date +%s%N)
      times+=("$(( end - start ))")
    done
    printf '%s\t%s\n' "$label" "$(printf '%s\n' "${times[@]}" | sort -n \
      | awk '{ t[NR] = $1 } END { m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2; print m / 1e9 }')" \
      >>"$results"
  fi
}

compile_args="compile -t kubernetes -o $work/out $example"
fresh_args="compile -t kubernetes -o $work/fresh $example"
lint_args="lint ${lint_specs[*]}"
audit_args="audit examples/audit/readonly-sentinel-mount/after/redis-gateway.yaml"
import_args="import examples/import/dandydeveloper-redis-ha-values.yaml"
batch_args="compile -t all -o $work/batch $work/specs"
# each timed batch writes into a directory of its own, created by the timed shell: nothing is deleted until
# the end, because ext4 allocates inodes slowly right after tens of thousands were deleted (find_inode_bit,
# recently_deleted), which made the same build take from 6.9 s to 20 s
mkdir -p "$work/batches"
fresh_batch_args="compile -t all -o \$(mktemp -d -p $work/batches) $work/specs"
cds=$work/rhc.jsa
"$java" -XX:ArchiveClassesAtExit="$cds" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$jar" \
  compile -t kubernetes -o "$work/out" "$example" >/dev/null 2>&1
# the archive records the classes of one compile; each JVM variant below differs in one flag group only
aot=$work/rhc.aot
if [ -n "$java25" ]; then
  "$java25" -XX:AOTCacheOutput="$aot" -Xlog:aot=off -Xlog:cds=off -jar "$jar" \
    compile -t kubernetes -o "$work/out" "$example" >/dev/null 2>&1
fi
measure "kubectl kustomize (Go, reference)" "$runs" "kubectl kustomize $work/k8s"
# (its own ratio is to the kustomize run just before it: about 1)
measure "compile: native, output up to date" "$runs" "$native $compile_args"
measure "compile: native, fresh output directory" "$runs" "$native $fresh_args" "rm -rf $work/fresh"
measure "version: native" "$runs" "$native version"
measure "compile: java -jar (plain)" "$runs" "$java -jar $jar $compile_args"
measure "compile: java -jar + C1 + SerialGC" "$runs" \
  "$java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar $jar $compile_args"
measure "compile: java -jar + AppCDS" "$runs" \
  "$java -XX:SharedArchiveFile=$cds -Xlog:cds=off -jar $jar $compile_args"
if [ -n "$java25" ]; then
  measure "compile: JDK 25 java -jar (plain)" "$runs" "$java25 -jar $jar $compile_args"
  measure "compile: JDK 25 java -jar + AOT cache + C1 + SerialGC" "$runs" \
    "$java25 -XX:AOTCache=$aot -Xlog:aot=off -Xlog:cds=off -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar $jar $compile_args"
  measure "compile: same + JNI reflection accessors" "$runs" \
    "$java25 -XX:AOTCache=$aot -Xlog:aot=off -Xlog:cds=off -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
    -Djdk.reflect.useNativeAccessorOnly=true -jar $jar $compile_args"
  measure "compile: same + fallback locale data" "$runs" \
    "$java25 -XX:AOTCache=$aot -Xlog:aot=off -Xlog:cds=off -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
    -Djdk.reflect.useNativeAccessorOnly=true -Djava.locale.providers=SPI -jar $jar $compile_args"
fi
measure "compile: bin/rhc jar (launcher's JVM and flags)" "$runs" "RHC_USE_JAR=1 bin/rhc $compile_args"
measure "compile: bin/rhc jar, fresh output directory" "$runs" "RHC_USE_JAR=1 bin/rhc $fresh_args" "rm -rf $work/fresh"
measure "lint 4 specs: native" "$runs" "$native $lint_args"
measure "lint 4 specs: java -jar (plain)" "$runs" "$java -jar $jar $lint_args"
measure "lint 4 specs: bin/rhc jar" "$runs" "RHC_USE_JAR=1 bin/rhc $lint_args"
measure "audit 1 manifest: native" "$runs" "$native $audit_args"
measure "audit 1 manifest: bin/rhc jar" "$runs" "RHC_USE_JAR=1 bin/rhc $audit_args"
measure "import 1 values file: native" "$runs" "$native $import_args"
measure "import 1 values file: bin/rhc jar" "$runs" "RHC_USE_JAR=1 bin/rhc $import_args"
measure "batch 1000 specs x 3 targets: native" "$batch_runs" "$native $fresh_batch_args"
measure "batch 1000 specs x 3 targets: java -jar (plain)" "$batch_runs" "$java -jar $jar $fresh_batch_args"
measure "batch 1000 specs x 3 targets: bin/rhc jar" "$batch_runs" "RHC_USE_JAR=1 bin/rhc $fresh_batch_args"
bash -c "$native $batch_args" >/dev/null 2>&1
measure "batch, outputs up to date: native" "$batch_runs" "$native $batch_args"
files=$(find "$work/batch" -type f | wc -l)
kustomize=$(awk -F'\t' 'NR == 1 { print $2 }' "$results")
echo
echo "$("$native" version | head -1), $(nproc) cores, $(uname -m), $("$java" -version 2>&1 | head -1)${java25:+, JDK 25: $("$java25" -version 2>&1 | head -1)}"
echo "median of $runs runs (batches: $batch_runs); the batch writes $files files"
echo "x kustomize: to kustomize timed in the same hyperfine call, just before (batches: to the first row)"
printf '| %-48s | %10s | %13s |\n' "command" "median ms" "x kustomize"
printf '|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..50})" "$(printf -- '-%.0s' {1..11}):" "$(printf -- '-%.0s' {1..14}):"
while IFS=$'\t' read -r label seconds paired; do
  awk -v l="$label" -v s="$seconds" -v k="${paired:-$kustomize}" \
    'BEGIN { printf "| %-48s | %10.1f | %13.2f |\n", l, s * 1000, s / k }'
done <"$results"
batch=$(awk -F'\t' '/^batch 1000 specs x 3 targets: native/ { print $2 }' "$results")
awk -v b="$batch" 'BEGIN { printf "batch goal (< 10 s, native): %s (%.1f s)\n", (b < 10 ? "met" : "MISSED"), b }'
# start-up goals (issue 18): a native compile at most 0.25x kustomize, `rhc version` at most 0.1x
awk -F'\t' -v k="$kustomize" '
  function goal(what, limit, ratio) {
    printf "start-up goal (%s <= %.2fx kustomize): %s (%.2fx)\n", what, limit, (ratio <= limit ? "met" : "MISSED"), ratio
  }
  /^compile: native, / { r = $2 / ($3 == "" ? k : $3); if (r > worst) worst = r }
  /^version: native/ { version = $2 / ($3 == "" ? k : $3) }
  END { goal("native compile", 0.25, worst); goal("native version", 0.10, version) }' "$results"
# issue 19: audit and import as fast as lint (native, each to the lint of the four examples)
awk -F'\t' '
  /^lint 4 specs: native/ { lint = $2 }
  /^audit 1 manifest: native/ { audit = $2 }
  /^import 1 values file: native/ { imp = $2 }
  END {
    printf "audit goal (native audit <= native lint): %s (%.2fx)\n", (audit <= lint ? "met" : "MISSED"), audit / lint
    printf "import goal (native import <= native lint): %s (%.2fx)\n", (imp <= lint ? "met" : "MISSED"), imp / lint
  }' "$results"
