# Sourced by ./accord and .ci/run: sets JAVA_HOME to a JDK of version 21 or newer.
# Order: JAVA_HOME if it is new enough, else the newest JDK found in the usual places.
# Prints one line and returns 1 when there is none.

accord_java_major() { # $1 = path to a java binary; prints its major version
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n 1 | sed 's/^1\.//'
}

accord_find_jdk() {
  local min=21 best="" best_major=0 candidate major
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    major=$(accord_java_major "$JAVA_HOME/bin/java")
    if [ -n "$major" ] && [ "$major" -ge "$min" ]; then
      export JAVA_HOME
      return 0
    fi
  fi
  for candidate in /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$candidate/bin/javac" ] || continue
    major=$(accord_java_major "$candidate/bin/java")
    [ -n "$major" ] || continue
    if [ "$major" -ge "$min" ] && [ "$major" -gt "$best_major" ]; then
      best="$candidate"
      best_major="$major"
    fi
  done
  if [ -z "$best" ] && command -v javac >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    major=$(accord_java_major "$candidate/bin/java")
    if [ -n "$major" ] && [ "$major" -ge "$min" ]; then
      best="$candidate"
    fi
  fi
  if [ -z "$best" ]; then
    echo "accord: no JDK 21 or newer found (JAVA_HOME=${JAVA_HOME:-unset}); install one (e.g. 'apt-get install openjdk-21-jdk') and set JAVA_HOME to it" >&2
    return 1
  fi
  export JAVA_HOME="$best"
}
