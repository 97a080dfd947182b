#!/usr/bin/env bash
# Installs the Python accelerators that `pyport perf` compares against, each in its own
# virtualenv under $PYPORT_PEERS_DIR (default ~/.cache/pyport/peers), plus Debian's PyPy.
# Safe to re-run: a peer whose virtualenv already works is left alone. A peer that fails to
# install is reported and skipped; `pyport perf` then says it is unavailable.
#
#   bash bench/peers/setup.sh            # all peers
#   bash bench/peers/setup.sh cython     # only some
set -u
DIR="${PYPORT_PEERS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/pyport/peers}"
PY="${PYTHON:-python3}"
mkdir -p "$DIR"
peers=("$@")
[ ${#peers[@]} -eq 0 ] && peers=(pypy cython nuitka mypyc pythran shedskin)

apt_install() {
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null || {
      apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null; }
  else
    echo "setup: need root and apt-get to install $*; install them yourself" >&2
    return 1
  fi
}

venv() { # venv NAME PIP-PACKAGES...
  local name=$1; shift
  local v="$DIR/$name"
  if [ -x "$v/bin/python" ] && "$v/bin/python" -m pip show "$1" >/dev/null 2>&1; then
    echo "setup: $name already installed in $v"; return 0
  fi
  rm -rf "$v"
  "$PY" -m venv "$v" && "$v/bin/python" -m pip install -q --disable-pip-version-check "$@" \
    && echo "setup: $name installed in $v" || { echo "setup: $name FAILED to install" >&2; rm -rf "$v"; return 1; }
}

status=0
# The C peers compile against CPython's headers and link libpython.
for p in "${peers[@]}"; do
  case $p in
    pypy) command -v pypy3 >/dev/null && echo "setup: pypy3 present" || apt_install pypy3 || status=1 ;;
    cython) venv cython cython setuptools || status=1 ;;
    nuitka) venv nuitka nuitka ordered-set zstandard || status=1 ;;
    mypyc) venv mypyc mypy setuptools || status=1 ;;
    pythran) venv pythran pythran setuptools || status=1 ;;
    shedskin) apt_install libgc-dev libpcre2-dev cmake || status=1; venv shedskin shed-skin || status=1 ;;
    *) echo "setup: unknown peer \`$p\` (known: pypy cython nuitka mypyc pythran shedskin)" >&2; status=2 ;;
  esac
done
exit $status
