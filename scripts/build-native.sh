#!/usr/bin/env bash
# Builds the native rhc executable: cli/target/native/rhc and its lib/ folder (ship both together;
# bin/rhc prefers it). Uses GRAALVM_HOME when it names a GraalVM; otherwise the toolchain assembled
# from Maven Central jars in ~/.cache/rhc-graalvm, assembling it first when missing (~5 min, once).
set -euo pipefail
cd "$(dirname "$0")/.."
jdk25=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
graal=${GRAALVM_HOME:-$HOME/.cache/rhc-graalvm}
if [ ! -x "$graal/bin/native-image" ]; then
  assemble=${RHC_GRAALVM_ASSEMBLE:-$(pwd)/../shared/tools/graalvm/assemble.sh}
  if [ ! -x "$assemble" ]; then
    echo "build-native: no native-image in $graal and no toolchain script at $assemble;" \
      "set GRAALVM_HOME to a GraalVM or RHC_GRAALVM_ASSEMBLE to assemble.sh" >&2
    exit 3
  fi
  echo "build-native: assembling the native-image toolchain in $graal (about 5 minutes, once)"
  JDK25=$jdk25 "$assemble" "$graal" setup
fi
java_home=$graal
extra=()
if [ ! -x "$graal/bin/java" ]; then
  java_home=$jdk25 # the assembled toolchain has no java of its own; it runs on Temurin 25
  # its driver passes -H: options through but not --features
  extra=(-Drhc.native.features=-H:Features=io.rhc.cli.nativeimage.BuildTimeInit)
fi
if [ -z "$(find "$graal/" -name libextnet.a -print -quit)" ]; then
  # no static libextnet (the assembled toolchain): link the stand-in rhc drill's UDP socket needs
  stub_dir=$(pwd)/cli/target/native-stub
  mkdir -p "$stub_dir"
  gcc -O2 -fPIC -c -I"$jdk25/include" -I"$jdk25/include/linux" -o "$stub_dir/extnet-stub.o" scripts/native/extnet-stub.c
  extra+=("-Drhc.native.linker=-H:NativeLinkerOption=$stub_dir/extnet-stub.o")
fi
GRAALVM_HOME=$graal JAVA_HOME=$java_home mvn -B -ntp -q -Pnative -pl cli -am -DskipTests "${extra[@]}" package
echo "build-native: $(pwd)/cli/target/native/rhc"
