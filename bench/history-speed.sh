#!/usr/bin/env bash
# Server time of the history's first page of answers for a person with 10,000 answers. Results go in
# docs/history-speed.md. Usage: bash bench/history-speed.sh   (from the repository root; a JDK 21+ as JAVA_HOME or on
# the PATH)
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench-test-classpath.txt >/dev/null
echo "cores: $(nproc), $("$JAVA" -version 2>&1 | head -1)"
"$JAVA" --enable-native-access=ALL-UNNAMED \
    -cp "target/classes:target/test-classes:$(cat target/bench-test-classpath.txt)" bench/HistorySpeed.java
