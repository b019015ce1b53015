#!/usr/bin/env bash
# Installs what the test suite needs and runs it: the README's test command, and what CI runs.
#
# - Debian packages: chromium (browser test of the HTML explorer), graphviz (DOT rendering);
#   installed with apt-get when missing and when we are allowed to (root or sudo).
# - A virtual environment in .venv (created when missing) with kg and its test extra.
# - ruff, then pytest. pytest's exit code 5 ("no tests collected") counts as a failure.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v dot >/dev/null 2>&1 || need_apt+=(graphviz)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  echo "test.sh: installing Debian packages: ${need_apt[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
. .venv/bin/activate
python -m pip install -q --upgrade pip
python -m pip install -q -e '.[test]'

ruff check kg tests benchmarks
set +e
python -m pytest -q "$@"
rc=$?
set -e
if [ $rc -eq 5 ]; then
  echo "test.sh: pytest collected no tests" >&2
  exit 1
fi
exit $rc
