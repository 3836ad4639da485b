# Sourced (not run) by ./accord and .ci/run; defines accord_find_jdk.
#
# accord_find_jdk sets and exports JAVA_HOME to a JDK (java and javac) of version 21 or newer:
#   1. JAVA_HOME, if it is such a JDK;
#   2. else the newest such JDK among the `javac` on PATH and the installations under the usual
#      folders (/usr/lib/jvm, /usr/local/lib/jvm, /opt, ~/.sdkman, ~/.jdks, macOS's
#      /Library/Java/JavaVirtualMachines). ACCORD_JDK_DIRS (space-separated folders whose
#      subfolders are JDKs) replaces the usual folders, e.g. to test or to pin a location.
# It also exports ACCORD_JAVA_MAJOR, that JDK's major version (e.g. 25).
# When there is none it prints one line on stderr and returns 1. Safe under `set -euo pipefail`.

accord_min_java=21

# Prints the major version of the java binary $1 (e.g. 17, 25), or nothing if it does not run.
accord_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 </dev/null \
    | awk -F'= *' '/^ *java\.specification\.version *=/ && v == "" { v = $2 } END { sub(/^1\./, "", v); print v }' \
    || true
}

# Prints the major version of the JDK at $1 if it has both java and javac, else nothing: from its
# `release` file (JAVA_VERSION="25.0.3"; "1.8.0_402" is 8) when it has one, which costs no JVM
# start (about 0.1 s on every ./accord run), else by asking its java.
accord_jdk_major() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  local v=""
  if [ -r "$1/release" ]; then
    v=$(awk -F'"' '/^JAVA_VERSION=/ { v = $2 } END { sub(/^1\./, "", v); sub(/[^0-9].*$/, "", v); print v }' \
      "$1/release" 2>/dev/null || true)
  fi
  if [ -n "$v" ]; then
    echo "$v"
  else
    accord_java_major "$1/bin/java"
  fi
}

accord_find_jdk() {
  local best="" best_major=0 candidate major dirs dir
  if [ -n "${JAVA_HOME:-}" ]; then
    major=$(accord_jdk_major "$JAVA_HOME")
    case "$major" in
      '' | *[!0-9]*) ;;
      *) if [ "$major" -ge "$accord_min_java" ]; then export JAVA_HOME ACCORD_JAVA_MAJOR="$major"; return 0; fi ;;
    esac
  fi
  dirs=${ACCORD_JDK_DIRS-"/usr/lib/jvm /usr/local/lib/jvm /opt /opt/java ${HOME:-/nonexistent}/.sdkman/candidates/java ${HOME:-/nonexistent}/.jdks /Library/Java/JavaVirtualMachines"}
  local candidates=()
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)" 2>/dev/null || command -v javac)")")")
  fi
  for dir in $dirs; do
    for candidate in "$dir"/* "$dir"/*/Contents/Home; do
      [ -d "$candidate" ] && candidates+=("$candidate")
    done
  done
  for candidate in ${candidates[@]+"${candidates[@]}"}; do
    major=$(accord_jdk_major "$candidate")
    case "$major" in '' | *[!0-9]*) continue ;; esac
    if [ "$major" -ge "$accord_min_java" ] && [ "$major" -gt "$best_major" ]; then
      best="$candidate"
      best_major="$major"
    fi
  done
  if [ -z "$best" ]; then
    echo "accord: needs a JDK $accord_min_java or newer but found none (JAVA_HOME=${JAVA_HOME:-unset}, java on PATH: $(accord_path_java_version)); install one, e.g. 'apt-get install openjdk-21-jdk', and set JAVA_HOME to it" >&2
    return 1
  fi
  export JAVA_HOME="$best" ACCORD_JAVA_MAJOR="$best_major"
}

# Prints the major version of the java on PATH, or "none".
accord_path_java_version() {
  local v=""
  if command -v java >/dev/null 2>&1; then
    v=$(accord_java_major "$(command -v java)")
  fi
  echo "${v:-none}"
}
