#!/usr/bin/env bash
# Runs every test of the solution on a fresh machine: installs what the tests need, builds with
# warnings as errors, runs each test project, and ends with one line "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages the tests use (flock from util-linux for the cross-process lock test; Alertmanager and amtool for the
# alerting tests; prometheus and promtool for the metrics tests).
need=()
command -v flock >/dev/null 2>&1 || need+=(util-linux)
command -v amtool >/dev/null 2>&1 || need+=(prometheus-alertmanager)
command -v promtool >/dev/null 2>&1 && command -v prometheus >/dev/null 2>&1 || need+=(prometheus)
if [ "${#need[@]}" -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
  fi
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
configuration="${CONFIGURATION:-Release}"
dotnet build CryptoAiBot.slnx -c "$configuration" -nologo -clp:ErrorsOnly

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
status=0
# A test host stuck for 5 minutes is killed and the hung test named, instead of CI running into its own timeout.
dotnet test CryptoAiBot.slnx -c "$configuration" --no-build --nologo --blame-hang-timeout 300s --blame-hang-dump-type none 2>&1 | tee "$log" || status=$?

# dotnet prints one summary per test assembly; add them up into the one line CI reads.
awk '/(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+/ {
       gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
