# shellcheck shell=bash
# Sourced by test.sh and .ci/run:  . scripts/build-tools.sh && ensure_build_tools
#
# Makes sure a JDK 17+ (java and javac) and Maven are usable. If one is missing and we are
# root on a Debian/Ubuntu machine, installs them with apt-get; otherwise says what to install
# and returns 1. May export JAVA_HOME/PATH to point at a JDK 17+ found under /usr/lib/jvm.

ATHANOR_APT_PKGS_DEBIAN="maven openjdk-17-jdk-headless"

_bt_log() { printf '%s: %s\n' "${ATHANOR_LOG_PREFIX:-build-tools}" "$*" >&2; }

# Major version of the given java binary (8 for 1.8.0_x), or empty if it does not run.
_bt_java_major() {
  local v
  v=$("$1" -version 2>&1 | awk -F'"' '/version/ { print $2; exit }') || true
  v=${v#1.}
  v=${v%%[!0-9]*}
  echo "$v"
}

# The java Maven will use: $JAVA_HOME/bin/java when JAVA_HOME is set, else java on PATH.
_bt_java_cmd() {
  if [[ -n "${JAVA_HOME:-}" ]]; then echo "$JAVA_HOME/bin/java"; else command -v java 2>/dev/null || true; fi
}

_bt_jdk_ok() {
  local java major
  java=$(_bt_java_cmd)
  [[ -n "$java" && -x "$java" ]] || return 1
  [[ -x "$(dirname "$java")/javac" ]] || return 1
  major=$(_bt_java_major "$java")
  [[ -n "$major" ]] && (( major >= 17 ))
}

# Look for an installed JDK 17+ (e.g. when the default java is older or only a JRE).
_bt_find_jdk() {
  local d major
  for d in /usr/lib/jvm/*/ /usr/lib/jvm/*/Contents/Home/; do
    [[ -x "$d/bin/javac" && -x "$d/bin/java" ]] || continue
    major=$(_bt_java_major "$d/bin/java")
    if [[ -n "$major" ]] && (( major >= 17 )); then
      export JAVA_HOME="${d%/}"
      export PATH="$JAVA_HOME/bin:$PATH"
      _bt_log "using JDK $major at $JAVA_HOME"
      return 0
    fi
  done
  return 1
}

_bt_tools_ok() {
  command -v mvn >/dev/null 2>&1 || return 1
  _bt_jdk_ok && return 0
  if [[ -n "${JAVA_HOME:-}" ]]; then
    _bt_log "JAVA_HOME=$JAVA_HOME is not a JDK 17+; ignoring it"
    unset JAVA_HOME
    _bt_jdk_ok && return 0
  fi
  _bt_find_jdk
}

ensure_build_tools() {
  _bt_tools_ok && return 0
  if [[ "$(id -u)" -ne 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
    _bt_log "Maven and a JDK 17 or newer (java + javac) are required."
    _bt_log "On Debian/Ubuntu install them with:  sudo apt-get install -y $ATHANOR_APT_PKGS_DEBIAN"
    return 1
  fi
  local pkgs=$ATHANOR_APT_PKGS_DEBIAN
  _bt_log "installing $pkgs with apt-get ..."
  if [[ "${ATHANOR_APT_UPDATED:-}" != 1 ]]; then
    apt-get update -qq >&2 || { _bt_log "apt-get update failed"; return 1; }
    export ATHANOR_APT_UPDATED=1
  fi
  # Newer releases (e.g. Debian 13) no longer ship openjdk-17; take their default JDK (21+).
  if ! apt-cache show openjdk-17-jdk-headless >/dev/null 2>&1; then
    pkgs="maven default-jdk-headless"
  fi
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $pkgs >&2 \
    || { _bt_log "apt-get install $pkgs failed"; return 1; }
  hash -r
  _bt_tools_ok && return 0
  _bt_log "Maven / JDK 17+ still not usable after installing $pkgs"
  return 1
}
