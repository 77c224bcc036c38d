#!/usr/bin/env bash
# The real window under a real window manager: Xvfb with Debian's Openbox (the window manager
# of LXDE and LXQt), GTK's glass, not Monocle. WindowManagerCheck (src/test) starts the window
# twice on a fresh settings folder: once shown, its size is the preferred one at the first
# start and the saved one at the second; the Preferences and Connect dialogs open at their
# content's size. xwininfo and xprop say from outside what the window manager made of it.
# Then README's own command, the real jar: no "Unsupported JavaFX configuration" warning (JavaFX
# runs as named modules) and Ctrl+Q, typed by xdotool, ends the app, which keeps the window's place.
# Needs the compiled classes (./mvnw verify ran before in .ci/run; built here otherwise).
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive

missing=()
for package in xvfb openbox libgtk-3-0 x11-utils xdotool; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/cloudmc-window-wm.XXXXXX")
xvfb_pid=
wm_pid=
jar_pid=
cleanup() {
  [ -n "$jar_pid" ] && kill "$jar_pid" 2>/dev/null || true
  [ -n "$wm_pid" ] && kill "$wm_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

[ -d target/test-classes/io/github/cloudmckeys/app ] || ./mvnw -B -ntp -q test-compile
./mvnw -B -ntp -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/classpath" >/dev/null

# The issue's screen: 1400 × 900.
Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || { echo "window-wm: Xvfb did not start" >&2; cat "$work/xvfb.log" >&2; exit 1; }
export DISPLAY=:$(head -1 "$work/display")
openbox --sm-disable >"$work/openbox.log" 2>&1 &
wm_pid=$!
# Openbox owns the screen once it has set _NET_SUPPORTING_WM_CHECK on the root window.
for _ in $(seq 100); do xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q 'window id' && break; sleep 0.1; done
xprop -root _NET_SUPPORTING_WM_CHECK | grep -q 'window id' || { echo "window-wm: Openbox did not start" >&2; exit 1; }
echo "window manager: $(xprop -id "$(xprop -root _NET_SUPPORTING_WM_CHECK | awk '{print $NF}')" _NET_WM_NAME | cut -d'"' -f2)"

java -Dfile.encoding=UTF-8 -cp "target/test-classes:target/classes:$(cat "$work/classpath")" \
  io.github.cloudmckeys.app.WindowManagerCheck 2>"$work/check.err" | tee "$work/check.out" &
check_pid=$!
# From outside, while it runs: the main window as the X server has it (client area and frame).
for _ in $(seq 150); do
  id=$(xwininfo -root -tree 2>/dev/null | awk '/"CloudMC Keys"/ && !found {print $1; found = 1}' || true)
  [ -n "$id" ] && break
  sleep 0.1
done
if [ -n "${id:-}" ]; then
  xwininfo -id "$id" | grep -E 'Width|Height' | tr -s ' ' | sed 's/^/X server, client area:/'
  xprop -id "$id" _NET_FRAME_EXTENTS | sed 's/^/X server, /'
fi
status=0
wait "$check_pid" || status=$?
grep -v 'Unsupported JavaFX configuration\|PlatformImpl startup' "$work/check.err" >&2 || true
[ "$status" -eq 0 ] && grep -q 'all sizes as asked' "$work/check.out" || { echo "window-wm: failed" >&2; exit 1; }

# README's command, as a user types it, on a fresh home.
[ -f target/cloudmc-keys.jar ] || ./mvnw -B -ntp -q package -DskipTests
mkdir -p "$work/jar-home"
HOME="$work/jar-home" XDG_CONFIG_HOME="$work/jar-home/.config" java -jar target/cloudmc-keys.jar \
  >"$work/jar.out" 2>"$work/jar.err" &
jar_pid=$!
jar_window=
for _ in $(seq 300); do
  jar_window=$(xwininfo -root -tree 2>/dev/null | awk '/"CloudMC Keys/ && !found {print $1; found = 1}' || true)
  [ -n "$jar_window" ] && break
  sleep 0.1
done
[ -n "$jar_window" ] || { echo "window-wm: java -jar showed no window" >&2; cat "$work/jar.err" >&2; exit 1; }
xdotool windowactivate --sync "$jar_window" key --clearmodifiers ctrl+q
for _ in $(seq 150); do kill -0 "$jar_pid" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$jar_pid" 2>/dev/null; then
  echo "window-wm: Ctrl+Q did not end java -jar within 15 s" >&2
  exit 1
fi
jar_status=0
wait "$jar_pid" || jar_status=$?
jar_pid=
cat "$work/jar.err" >&2
[ "$jar_status" -eq 0 ] || { echo "window-wm: java -jar ended with $jar_status after Ctrl+Q" >&2; exit 1; }
if grep -q 'Unsupported JavaFX configuration' "$work/jar.err"; then
  echo "window-wm: java -jar loaded JavaFX from the class path" >&2
  exit 1
fi
grep -q '"window"' "$work/jar-home/.config/cloudmc-keys/settings.json" \
  || { echo "window-wm: Ctrl+Q ended the app without keeping the window's place" >&2; exit 1; }
echo "java -jar: no JavaFX warning; Ctrl+Q ended it (status 0) and the window's place was kept"
