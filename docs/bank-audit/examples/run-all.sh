#!/usr/bin/env bash
# Runs every example script in the chroot made by setup-without-pypi.sh; prints the ones that fail.
# Usage (as root, from the repository root): bash docs/bank-audit/examples/run-all.sh /tmp/trixie
set -uo pipefail
root="${1:?chroot folder}"
here="$(cd "$(dirname "$0")" && pwd)"
rm -rf "$root/examples" && cp -r "$here" "$root/examples"
failed=0
for script in "$root"/examples/*/*.py; do
    rel="${script#"$root"}"
    if ! (cd "$(dirname "$script")" && timeout 60 chroot "$root" env PYTHONPATH=/opt/py python3 "$rel" >/dev/null 2>&1); then
        echo "FAILED ${rel#/examples/}"
        failed=$((failed + 1))
    fi
done
echo "$(ls "$root"/examples/*/*.py | wc -l) scripts, $failed failed"
[ "$failed" -eq 0 ]
