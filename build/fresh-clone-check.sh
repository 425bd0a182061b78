#!/usr/bin/env bash
# What a newcomer meets: a fresh clone of this repository, the README's first command run as
# written, then `plangen --version`. Fails when the README's set-up does not give a working
# `plangen` command. The command is installed into a folder of the clone, which is deleted
# afterwards: the machine's own tools are left as they were.
#
#   bash build/fresh-clone-check.sh
set -euo pipefail
repository="$(cd "$(dirname "$0")/.." && pwd)"

clone="$(mktemp -d)"
trap 'rm -rf "$clone"' EXIT
git clone --quiet --no-hardlinks "$repository" "$clone/plangen"
cd "$clone/plangen"

# The README's first command: the first line of its first sh block.
first="$(awk '/^```sh$/ { inside = 1; next } inside { print; exit }' README.md)"
case "$first" in
  *install.sh*) ;;
  *) echo "fresh-clone-check: the README's first command does not install plangen: $first" >&2; exit 1 ;;
esac
echo "== README's first command: $first"

export PLANGEN_TOOL_PATH="$clone/tools"
export PATH="$PLANGEN_TOOL_PATH:$PATH"
bash -c "$first"

echo "== plangen --version"
version="$(plangen --version)"
echo "$version"
[[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+ ]] || { echo "fresh-clone-check: 'plangen --version' printed no version" >&2; exit 1; }
echo "fresh-clone-check: passed"
