#!/usr/bin/env bash
# Builds every artifact people install, into ./artifacts (or $ARTIFACTS), and smoke-tests each one
# this machine can run: it builds the Lào Cai plan and must write the same bytes as `dotnet run`.
#
#   artifacts/linux-x64/plangen        Native AOT binary (needs clang and zlib1g-dev)
#   artifacts/win-x64/plangen.exe      single-file, self-contained, trimmed, composite ReadyToRun (no .NET needed)
#   artifacts/osx-arm64/plangen        single-file, self-contained, trimmed, composite ReadyToRun (no .NET needed)
#   artifacts/plangen.<version>.nupkg  the dotnet tool: dotnet tool install -g plangen --add-source ./artifacts
#   artifacts/plangen.<rid>.<version>.nupkg  its build for each platform, which the install picks:
#                                      Native AOT for linux-x64 (with clang), ReadyToRun for the others
#
# RELEASE_ONLY="linux-x64 tool" builds a subset (names: linux-x64 win-x64 osx-arm64 tool).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
ART="${ARTIFACTS:-$ROOT/artifacts}"
ONLY="${RELEASE_ONLY:-linux-x64 win-x64 osx-arm64 tool}"
PLAN=examples/lao-cai-2024/ubnd-tinh-atgt-2024.yaml
SCRATCH="$(mktemp -d)"
trap 'rm -rf "$SCRATCH"' EXIT
mkdir -p "$ART"
wants() { [[ " $ONLY " == *" $1 "* ]]; }
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# Each step says what it is and how far the run is as it starts, and how long it took as it ends:
# a whole release takes ten minutes and more, most of it in publishes that print nothing.
steps=1
for name in $ONLY; do steps=$((steps + 1)); done
step_number=0
step_started=0
step() { # TITLE
    step_done
    step_number=$((step_number + 1))
    step_started=$SECONDS
    echo "== [$step_number/$steps] $1 (started $(date +%H:%M:%S))"
}
step_done() {
    if [ "$step_number" -gt 0 ]; then echo "   step $step_number took $((SECONDS - step_started)) s"; fi
}

# The XML documentation of plangen's assemblies is for building against them, not for running
# the program: no publish copies it beside the binary.
NO_DOCS="-p:PublishDocumentationFile=false -p:PublishReferencesDocumentationFiles=false"
no_docs_beside() { # FOLDER
    if compgen -G "$1/*.xml" >/dev/null; then fail "documentation files beside the binary in $1: $(cd "$1" && echo *.xml)"; fi
}

step "reference: the Lào Cai plan built with dotnet run"
dotnet run --project src/PlanGen -c Release -- build "$PLAN" -o "$SCRATCH/reference.docx" -q >/dev/null
same_bytes() { # NAME DOCX
    if cmp -s "$SCRATCH/reference.docx" "$2"; then echo "ok: $1 writes the same bytes as dotnet run"; else fail "$1 writes other bytes than dotnet run"; fi
}

if wants linux-x64; then
    step "linux-x64: Native AOT (some minutes)"
    if ! command -v clang >/dev/null; then
        fail "linux-x64 needs clang and zlib1g-dev (apt-get install clang zlib1g-dev)"
    elif rm -rf "$ART/linux-x64" && dotnet publish src/PlanGen -c Release -r linux-x64 -p:PublishAot=true $NO_DOCS -o "$ART/linux-x64" -nologo -v quiet; then
        rm -f "$ART"/linux-x64/*.dbg "$ART"/linux-x64/*.pdb
        no_docs_beside "$ART/linux-x64"
        "$ART/linux-x64/plangen" build "$PLAN" -o "$SCRATCH/linux-x64.docx" -q >/dev/null && same_bytes linux-x64 "$SCRATCH/linux-x64.docx"
        # A tool that opens documents arriving by e-mail keeps the platform's address randomization.
        if readelf -h "$ART/linux-x64/plangen" | grep -q 'Type: *DYN'; then
            echo "ok: linux-x64 is position-independent"
        else
            fail "linux-x64 is not position-independent (readelf -h shows no DYN type)"
        fi
    else
        fail "linux-x64 publish"
    fi
fi

# ReadyToRun: the code is compiled ahead for the target, so a clerk's build does not first
# spend a second compiling plangen and its libraries (Native AOT cannot be made for Windows or
# macOS from Linux). A single file carries its own runtime, so it is trimmed to what plangen uses
# and compiled as one composite image with it (src/PlanGen/Properties/PublishProfiles/SingleFile.pubxml):
# a build of one plan compiles about 240 methods at run time instead of 355.
# Each publish compiles its ReadyToRun code afresh: left from a self-contained publish of the same
# platform, the intermediate ReadyToRun files would be taken up by the tool's framework-dependent
# package only partly compiled.
fresh_r2r() { rm -rf src/PlanGen/obj/Release/net10.0/*/R2R; }

single_file() { # RID
    fresh_r2r
    rm -rf "${ART:?}/$1"
    dotnet publish src/PlanGen -c Release -r "$1" -p:PublishProfile=SingleFile -p:DebugType=none $NO_DOCS -o "$ART/$1" -nologo -v quiet \
        && no_docs_beside "$ART/$1"
}

if wants win-x64; then
    step "win-x64: single file (some minutes)"
    if single_file win-x64; then
        exe="$ART/win-x64/plangen.exe"
        # Not runnable here without wine: check it is a PE executable (MZ header, PE signature).
        offset=$(od -An -t u4 -j 60 -N 4 "$exe" | tr -d ' ')
        if [ "$(head -c 2 "$exe")" = "MZ" ] && [ "$(dd if="$exe" bs=1 skip="$offset" count=4 2>/dev/null | od -An -c | tr -d ' ')" = 'PE\0\0' ]; then
            echo "ok: win-x64 is a PE executable ($(du -h "$exe" | cut -f1))"
        else
            fail "win-x64 is not a PE executable"
        fi
        if command -v wine >/dev/null; then
            wine "$exe" build "$PLAN" -o "$SCRATCH/win-x64.docx" -q >/dev/null 2>&1 && same_bytes "win-x64 (wine)" "$SCRATCH/win-x64.docx"
        fi
    else
        fail "win-x64 publish"
    fi
fi

if wants osx-arm64; then
    step "osx-arm64: single file (some minutes)"
    if single_file osx-arm64; then
        # 64-bit Mach-O, little-endian: cf fa ed fe.
        if [ "$(head -c 4 "$ART/osx-arm64/plangen" | od -An -t x1 | tr -d ' ')" = "cffaedfe" ]; then
            echo "ok: osx-arm64 is a 64-bit Mach-O executable (not runnable here)"
        else
            fail "osx-arm64 is not a Mach-O executable"
        fi
    else
        fail "osx-arm64 publish"
    fi
fi

if wants tool; then
    step "dotnet tool packages, installed and run (some minutes)"
    rm -f "$ART"/plangen.*.nupkg
    fresh_r2r
    if dotnet pack src/PlanGen -c Release -o "$ART" -nologo -v quiet; then
        # On linux-x64 the tool is the Native AOT binary: a tool install there starts as fast as
        # the native download. The other platforms keep their ReadyToRun package (Native AOT
        # cannot be compiled for them here).
        native=""
        if command -v clang >/dev/null; then
            version=$(basename "$ART"/plangen.linux-x64.*.nupkg .nupkg | sed 's/^plangen\.linux-x64\.//')
            # The package takes the whole publish folder: no debug symbols left there by an earlier publish.
            rm -rf src/PlanGen/bin/Release/net10.0/linux-x64/publish
            if dotnet pack src/PlanGen -c Release -r linux-x64 -p:PublishAot=true -p:ToolPackageRuntimeIdentifiers=linux-x64 $NO_DOCS \
                -p:CopyOutputSymbolsToPublishDirectory=false -o "$SCRATCH/native-tool" -nologo -v quiet \
                && [ -f "$SCRATCH/native-tool/plangen.linux-x64.$version.nupkg" ]; then
                mv -f "$SCRATCH/native-tool/plangen.linux-x64.$version.nupkg" "$ART/"
                native=yes
            else
                fail "linux-x64 native tool package"
            fi
        fi
        # Installed into a scratch folder, as `dotnet tool install -g` would, without touching
        # ~/.dotnet/tools, and through a scratch package cache: a package of the same version
        # left in ~/.nuget/packages by an earlier release would be installed instead of this one.
        NUGET_PACKAGES="$SCRATCH/nuget" dotnet tool install plangen --tool-path "$SCRATCH/tool" --add-source "$ART" >/dev/null \
            && "$SCRATCH/tool/plangen" build "$PLAN" -o "$SCRATCH/tool.docx" -q >/dev/null \
            && same_bytes "dotnet tool" "$SCRATCH/tool.docx" || fail "dotnet tool install or run"
        if [ -n "$native" ]; then
            # A native tool has no plangen.dll beside it; the ReadyToRun one does.
            if [ -z "$(find "$SCRATCH/nuget" "$SCRATCH/tool" -name plangen.dll 2>/dev/null)" ]; then
                echo "ok: the tool installed on linux-x64 is the native binary"
            else
                fail "the tool installed on linux-x64 is not the native binary"
            fi
        fi
    else
        fail "dotnet pack"
    fi
fi

step_done
ls -la "$ART"
if [ "$failures" -gt 0 ]; then
    echo "$failures failure(s)" >&2
    exit 1
fi
echo "all artifacts built and checked"
