#!/usr/bin/env bash
# Builds plangen from this repository and installs the `plangen` command (a .NET tool), so every
# later step of the README is `plangen …`. Run again after pulling to install the new version.
# Words after the script's name are a plangen command to run once it is installed, so the
# README's first line works on a machine whose PATH does not have the tools folder yet.
#
#   bash build/install.sh [build examples/…]
#
# PLANGEN_TOOL_PATH=DIR installs the command into DIR instead of ~/.dotnet/tools (the .NET
# SDK's folder for tools); build/fresh-clone-check.sh uses it to leave the machine as it was.
set -euo pipefail
caller="$PWD"
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
command -v dotnet >/dev/null 2>&1 || {
  echo "install.sh: the .NET 10 SDK is needed (https://dotnet.microsoft.com/download); install it, then run this again." >&2
  exit 1
}

packages="artifacts/tool"
started=$SECONDS
step() { echo "== [$1/3] $2"; }
took() { echo "   done in $((SECONDS - $1)) s"; }

step 1 "Building plangen: 2 to 5 minutes the first time (packages are fetched, every project compiled), less afterwards, when only what changed is compiled."
t=$SECONDS
rm -rf "$packages"
# One portable package for any machine with the .NET 10 runtime: no per-platform packages,
# which build/release.sh makes and which take far longer. Each project is named as it is
# built; errors and warnings show as they are.
dotnet pack src/PlanGen -c Release -o "$packages" -nologo -v minimal \
  -p:ToolPackageRuntimeIdentifiers= -p:RuntimeIdentifiers= \
  | sed -u -n -e 's/^ *\([A-Za-z.]*\) -> .*\.dll$/   built \1/p' -e '/error\|warning/p' \
  | awk '!seen[$0]++ { print; fflush() }'
took "$t"

step 2 "Installing the plangen command."
t=$SECONDS
if [ -n "${PLANGEN_TOOL_PATH:-}" ]; then
  where=(--tool-path "$PLANGEN_TOOL_PATH")
  bin="$PLANGEN_TOOL_PATH"
else
  where=(--global)
  bin="$HOME/.dotnet/tools"
fi
# The version stays 1.0.0 from one build to the next: uninstall first, and skip the package
# cache, so the command is always the one just built.
dotnet tool uninstall "${where[@]}" plangen >/dev/null 2>&1 || true
dotnet tool install "${where[@]}" plangen --add-source "$packages" --no-cache >/dev/null
took "$t"

step 3 "Checking the command: plangen --version"
if ! "$bin/plangen" --version; then
  echo "install.sh: $bin/plangen was installed but does not run; see the messages above." >&2
  exit 1
fi
if [ "$(command -v plangen || true)" != "$bin/plangen" ]; then
  echo "plangen is installed in $bin, which is not on your PATH yet. Add it, then open a new terminal:"
  echo "    echo 'export PATH=\"\$PATH:$bin\"' >> ~/.bashrc"
  echo "Until then, run it as $bin/plangen."
fi
echo "plangen is ready ($((SECONDS - started)) s): plangen --help lists its commands."
if [ $# -gt 0 ]; then
  echo "== plangen $*"
  cd "$caller"
  exec "$bin/plangen" "$@"
fi
