#!/usr/bin/env bash
# The README's first command: check the bundled ANTARA-style article and show the checker's
# own exit code (make would turn an exit 1 into its own exit 2).
set -u
cd "$(dirname "$0")/.."
echo "\$ compliance check examples/antara-article.txt"
.venv/bin/compliance check examples/antara-article.txt
code=$?
echo
echo "compliance exited with code $code (0 pass, 1 gate failed on content, 2 usage/invalid rules, 3 undetermined, 4 internal error)"
