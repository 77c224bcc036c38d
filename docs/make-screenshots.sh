#!/usr/bin/env bash
# Makes the README's screenshots from the built jar: docs/screenshot.png (English, light),
# docs/screenshot-dark.png (the dark appearance), docs/screenshot-fr.png (French) and
# docs/screenshot-min.png (the minimum size): the real window on the embedded demo portal under
# Xvfb, a fresh home whose only settings are the appearance or the window's size; the service is
# picked by typing into the search field, as a user would. The language is given with --lang as
# well as LANG: Java ignores a LANG whose locale the system has not generated.
# Needs: xvfb, xdotool, imagemagick, a JDK 17+. Run ./mvnw -q -B package -DskipTests first.
# Usage: docs/make-screenshots.sh [en|dark|fr|min]...   (all four when none is given)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/cloudmc-keys.jar
[ -f "$JAR" ] || { echo "No $JAR: run ./mvnw -q -B package -DskipTests first." >&2; exit 1; }
WORK=$(mktemp -d)
XVFB_PID=
APP_PID=
cleanup() {
    [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
    [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

Xvfb -displayfd 3 -screen 0 1280x900x24 -nolisten tcp 3>"$WORK/display" 2>"$WORK/xvfb.log" &
XVFB_PID=$!
for _ in $(seq 100); do [ -s "$WORK/display" ] && break; sleep 0.1; done
[ -s "$WORK/display" ] || { echo "Xvfb did not start" >&2; exit 1; }
export DISPLAY=:$(head -1 "$WORK/display")

# The main window: the largest visible one (the search field's suggestion list is a window too).
largest_window() {
    local best= best_area=0 id width height
    for id in $(xdotool search --onlyvisible --name '^CloudMC Keys'); do
        eval "$(xdotool getwindowgeometry --shell "$id")"
        width=$WIDTH height=$HEIGHT
        if [ $((width * height)) -gt "$best_area" ]; then best=$id best_area=$((width * height)); fi
    done
    echo "$best"
}

shoot() { # shoot LANG OUTPUT [SETTINGS-JSON]
    local lang=$1 output=$2 settings=${3:-} home window
    home=$WORK/home-$(basename "$output" .png)
    mkdir -p "$home/.config/cloudmc-keys"
    chmod 700 "$home/.config/cloudmc-keys"
    [ -z "$settings" ] || printf '%s\n' "$settings" > "$home/.config/cloudmc-keys/settings.json"
    env -i PATH="$PATH" DISPLAY="$DISPLAY" HOME="$home" XDG_CONFIG_HOME="$home/.config" LANG="$lang" \
        java -Duser.home="$home" -jar "$JAR" --lang "${lang%%_*}" > "$WORK/app-$lang.log" 2>&1 &
    APP_PID=$!
    timeout 60 xdotool search --sync --onlyvisible --name '^CloudMC Keys' > /dev/null
    sleep 1
    window=$(largest_window)
    # No window manager under Xvfb: give the window the keyboard ourselves.
    xdotool windowfocus --sync "$window"
    sleep 5 # the demo portal's services load after the first frame
    xdotool type --delay 60 'obj cco'
    sleep 1
    xdotool key Return
    sleep 4 # the service's credentials, then the layout
    xdotool mousemove --window "$window" 5 5 # no hover highlight or tooltip in the picture
    sleep 1
    import -window "$window" "$output"
    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=
    echo "$output ($(identify -format '%wx%h' "$output"), LANG=$lang)"
}

for picture in "${@:-en dark fr min}"; do
    for one in $picture; do
        case "$one" in
            en) shoot en_CA.UTF-8 docs/screenshot.png ;;
            dark) shoot en_CA.UTF-8 docs/screenshot-dark.png '{"theme": "dark"}' ;;
            fr) shoot fr_CA.UTF-8 docs/screenshot-fr.png ;;
            min) shoot en_CA.UTF-8 docs/screenshot-min.png \
                '{"window": {"x": 0, "y": 0, "width": 780, "height": 720, "maximized": false}}' ;;
            *) echo "Unknown screenshot: $one (en, dark, fr or min)" >&2; exit 2 ;;
        esac
    done
done
