#!/usr/bin/env bash
# Time and memory of the key-point coverage checker, once warm, on this machine. Results go in docs/coverage.md.
# Usage: bash bench/coverage-speed.sh   (from the repository root; needs a JDK 21+ as JAVA_HOME or on the PATH)
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
./mvnw -q -B compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
echo "cores: $(nproc), $("$JAVA" -version 2>&1 | head -1)"
"$JAVA" --enable-native-access=ALL-UNNAMED -Dlogback.configurationFile=logback-command.xml \
    -cp "target/classes:$(cat target/bench-classpath.txt)" bench/CoverageSpeed.java
