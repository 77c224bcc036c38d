#!/usr/bin/env bash
# The Linux packages, end to end: builds the jlink'd app-image and the .deb (./mvnw -Ppackage package),
# installs the .deb with dpkg -i, runs the installed command line (on the CDS archive postinst made), opens the
# installed window under Xvfb with a fresh home, checks its screenshot is not blank and its WM_CLASS is the menu
# entry's, then purges the package and checks that it left nothing behind.
#
#   bash .ci/package-e2e.sh              # builds first, without the tests (run it after ./mvnw verify)
#   bash .ci/package-e2e.sh --no-build   # takes target/jpackage/ as it is
#
# Needs root (apt-get, dpkg); installs its Debian packages when missing. A cloudmc-keys package already
# installed is purged first. The screenshot and the app's log stay in target/package-e2e/.
set -Eeuo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)

BUILD=true
for arg in "$@"; do
    case $arg in
        --no-build) BUILD=false ;;
        -h | --help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "package e2e: unknown argument: $arg (see --help)" >&2; exit 2 ;;
    esac
done

# jpackage --type deb needs fakeroot and objcopy (binutils); the window needs GTK 3 and a display (the build's
# CDS training run too, through xvfb-run and xauth); the checks need ImageMagick (import, identify), xdotool,
# xprop (x11-utils) and desktop-file-validate.
PACKAGES=(binutils fakeroot libgtk-3-0 xvfb xauth imagemagick xdotool x11-utils desktop-file-utils locales man-db bash-completion)
MAX_IMAGE_BYTES=$((60 * 1024 * 1024))
IMAGE=$REPO/target/jpackage/image/cloudmc-keys
OUT=$REPO/target/package-e2e
LAUNCHER=/opt/cloudmc-keys/bin/cloudmc-keys
LINK=/usr/bin/cloudmc-keys
MENU_ENTRY=/usr/share/applications/cloudmc-keys.desktop
CDS_ARCHIVE=/opt/cloudmc-keys/lib/app/cloudmc-keys.jsa
WINDOW_SECONDS=60

fail() { echo "package e2e: FAILED: $*" >&2; exit 1; }
step() { printf -- '-- %s\n' "$*"; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/package-e2e.XXXXXX")
XVFB_PID=
APP_PID=
INSTALLED=false
cleanup() {
    [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null
    [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null && wait "$XVFB_PID" 2>/dev/null
    if $INSTALLED; then dpkg --purge cloudmc-keys >/dev/null 2>&1 || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

missing=()
for package in "${PACKAGES[@]}"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    step "installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
rm -rf "$OUT"
mkdir -p "$OUT"

if $BUILD; then
    step "./mvnw -Ppackage package"
    ./mvnw -B -ntp -q -Ppackage package -DskipTests
fi

step "the app-image"
[ -x "$IMAGE/bin/cloudmc-keys" ] || fail "no app-image at $IMAGE"
bytes=$(du -s --apparent-size --block-size=1 "$IMAGE" | cut -f1)
echo "app-image size: $bytes bytes = $(numfmt --to=iec-i --suffix=B "$bytes") (limit 60 MiB); on disk $(du -sh "$IMAGE" | cut -f1)"
[ "$bytes" -le "$MAX_IMAGE_BYTES" ] || fail "the app-image is over 60 MiB"
javafx_jars=("$IMAGE"/lib/app/javafx*)
[ ! -e "${javafx_jars[0]}" ] || fail "JavaFX jars on the launcher's class path: ${javafx_jars[*]}"
"$IMAGE/bin/cloudmc-keys" list --demo > "$OUT/image-list.txt"
grep -q ' / ' "$OUT/image-list.txt" || fail "the app-image's launcher did not list the demo services"
# With no locale at all (cron, systemd), an accented argument still reaches the app intact.
env -i "$IMAGE/bin/cloudmc-keys" show --demo --service Montréal-prod > "$OUT/image-no-locale.txt" 2>&1 \
    || fail "the launcher with an empty environment: $(cat "$OUT/image-no-locale.txt")"
grep -q 'Montréal-prod' "$OUT/image-no-locale.txt" || fail "no Montréal-prod with an empty environment"

step "the .deb"
debs=("$REPO"/target/jpackage/cloudmc-keys_*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then fail "expected one .deb in target/jpackage, found: ${debs[*]}"; fi
DEB=${debs[0]}
echo "$(basename "$DEB"): $(stat -c %s "$DEB") bytes = $(numfmt --to=iec-i --suffix=B "$(stat -c %s "$DEB")")"
dpkg-deb -f "$DEB" Depends | tr ',' '\n' | grep -qx ' *libgtk-3-0 *' || fail "libgtk-3-0 is not in Depends"
twice=$(dpkg-deb -f "$DEB" Depends | tr ',' '\n' | sed 's/^ *//; s/ *$//' | sort | uniq -d)
[ -z "$twice" ] || fail "Depends names a package twice: $twice"
maintainer=$(dpkg-deb -f "$DEB" Maintainer)
case $maintainer in
    *'<Unknown>'* | '') fail "Maintainer is not set: '$maintainer'" ;;
    *'<'*'@'*'>') echo "Maintainer: $maintainer" ;;
    *) fail "Maintainer is not 'Name <address>': '$maintainer'" ;;
esac

if dpkg -s cloudmc-keys >/dev/null 2>&1; then
    step "purging the cloudmc-keys installed before"
    dpkg --purge cloudmc-keys
fi
step "dpkg -i"
INSTALLED=true
if ! dpkg -i "$DEB"; then
    # dpkg does not fetch dependencies; apt-get installs them and finishes the configuration.
    step "apt-get -f install (dependencies this machine lacked)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -f --no-install-recommends >/dev/null
fi
[ "$(dpkg-query -W -f='${Status}' cloudmc-keys)" = "install ok installed" ] || fail "cloudmc-keys is not installed"
[ -f "$MENU_ENTRY" ] || fail "no menu entry at $MENU_ENTRY"
desktop-file-validate "$MENU_ENTRY"
[ "$(readlink "$LINK")" = "$LAUNCHER" ] || fail "$LINK does not point to $LAUNCHER"

step "the installed command line"
(cd / && cloudmc-keys list --demo) | tee "$OUT/installed-list.txt"
grep -q ' / ' "$OUT/installed-list.txt" || fail "the installed cloudmc-keys did not list the demo services"

step "the man page and the bash completion postinst put in place"
[ -f /usr/share/man/man1/cloudmc-keys.1.gz ] || fail "no man page at /usr/share/man/man1/cloudmc-keys.1.gz"
MANWIDTH=100 man cloudmc-keys 2>&1 | tee "$OUT/man.txt" | head -12
grep -q 'cloudmc-keys - ' "$OUT/man.txt" || fail "man cloudmc-keys shows no NAME line"
MANWIDTH=100 man cloudmc-keys-exec 2>&1 | grep -q 'Run COMMAND with one service' || fail "man cloudmc-keys-exec"
for file in /usr/share/zsh/vendor-completions/_cloudmc-keys /usr/share/fish/vendor_completions.d/cloudmc-keys.fish; do
    [ -f "$file" ] || fail "no completion at $file"
done
# bash-completion loads the script on the first TAB after the command's name, as an interactive shell would.
completed=$(cd / && bash -c 'source /usr/share/bash-completion/bash_completion
    _comp_load cloudmc-keys 2>/dev/null || __load_completion cloudmc-keys 2>/dev/null || _completion_loader cloudmc-keys
    COMP_WORDS=(cloudmc-keys ex); COMP_CWORD=1; _complete_cloudmc-keys 2>/dev/null; echo "${COMPREPLY[*]}"
    COMP_WORDS=(cloudmc-keys show --demo --service Object); COMP_CWORD=4; _complete_cloudmc-keys 2>/dev/null
    printf "%s\n" "${COMPREPLY[@]}"')
echo "$completed"
head -1 <<<"$completed" | grep -qx 'export exec' || fail "bash completion of 'cloudmc-keys ex' gave: $completed"
grep -qF 'Object\ Storage\ /\ ccontini' <<<"$completed" || fail "bash completion of --service gave no service names"

step "the installed command line follows the system's language (LANG=fr_CA.UTF-8)"
# Java reads the language through setlocale(3), which ignores a locale the system has not generated.
locale -a | grep -qi '^fr_CA\.utf-\?8$' || localedef -i fr_CA -f UTF-8 fr_CA.UTF-8
(cd / && env LANG=fr_CA.UTF-8 LC_ALL= LC_MESSAGES= cloudmc-keys list --help) | tee "$OUT/installed-help-fr.txt"
grep -q '^Utilisation' "$OUT/installed-help-fr.txt" || fail "LANG=fr_CA.UTF-8 did not give the French help"
(cd / && env LANG=fr_CA.UTF-8 LC_ALL= LC_MESSAGES= cloudmc-keys --lang en list --help) | grep -q '^Usage' \
    || fail "--lang en did not override the French system language"

step "the CDS archive postinst made, mapped by the installed launcher"
[ -f "$CDS_ARCHIVE" ] || fail "postinst made no CDS archive at $CDS_ARCHIVE"
echo "$(basename "$CDS_ARCHIVE"): $(numfmt --to=iec-i --suffix=B "$(stat -c %s "$CDS_ARCHIVE")")"
# -Xshare:on makes the archive mandatory: the JVM stops if it cannot map it or it does not match the jars.
(cd / && JAVA_TOOL_OPTIONS=-Xshare:on cloudmc-keys list --demo > /dev/null 2> "$OUT/cds.log") \
    || fail "the installed launcher cannot use its CDS archive (see $OUT/cds.log)"

step "the installed window, as the menu entry starts it, with a fresh home"
exec_line=$(sed -n 's/^Exec=//p' "$MENU_ENTRY")
wm_class=$(sed -n 's/^StartupWMClass=//p' "$MENU_ENTRY")
[ "$exec_line" = "$LAUNCHER" ] || fail "the menu entry runs '$exec_line'"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$WORK/display" 2>"$OUT/xvfb.log" &
XVFB_PID=$!
for _ in $(seq 100); do [ -s "$WORK/display" ] && break; sleep 0.1; done
[ -s "$WORK/display" ] || fail "Xvfb did not start"
DISPLAY=:$(head -1 "$WORK/display")
export DISPLAY
fresh=$WORK/home
mkdir -p "$fresh"
# Java takes user.home from the password database, not from $HOME: the property points it at the fresh home too,
# so that a native library JavaFX copied out at first start would show up there. javafx.verbose says where
# each native library was loaded from.
env -i PATH=/usr/bin:/bin DISPLAY="$DISPLAY" HOME="$fresh" XDG_CONFIG_HOME="$fresh/.config" \
    JAVA_TOOL_OPTIONS="-Duser.home=$fresh -Djavafx.verbose=true" "$exec_line" > "$OUT/window.log" 2>&1 &
APP_PID=$!
window=$(timeout "$WINDOW_SECONDS" xdotool search --sync --onlyvisible --name '^CloudMC Keys$' | head -1) \
    || fail "no window titled 'CloudMC Keys' within $WINDOW_SECONDS s (log: $OUT/window.log)"

# The window maps before its first frame is drawn: wait for a screenshot with something on it.
shot=$OUT/window.png
deviation=0
colours=0
for _ in $(seq "$WINDOW_SECONDS"); do
    import -window "$window" "$shot"
    read -r deviation colours < <(identify -format '%[fx:standard_deviation] %k\n' "$shot")
    awk -v d="$deviation" -v c="$colours" 'BEGIN { exit !(d > 0.05 && c > 100) }' && break
    sleep 1
done
echo "screenshot $shot: standard deviation $deviation, $colours colours"
awk -v d="$deviation" -v c="$colours" 'BEGIN { exit !(d > 0.05 && c > 100) }' || fail "the window stays blank"

actual_class=$(xprop -id "$window" WM_CLASS | sed -n 's/.*= "\(.*\)", "\(.*\)"$/\2/p')
echo "WM_CLASS class: $actual_class; the menu entry's StartupWMClass: $wm_class"
[ "$actual_class" = "$wm_class" ] || fail "StartupWMClass does not match the window's WM_CLASS"

if grep -q 'from resource' "$OUT/window.log"; then fail "JavaFX extracted native libraries (see $OUT/window.log)"; fi
grep -q "Loaded /opt/cloudmc-keys/lib/runtime/lib/libglassgtk3.so" "$OUT/window.log" \
    || fail "JavaFX's GTK glass did not load from the runtime image (see $OUT/window.log)"
[ ! -e "$fresh/.openjfx" ] || fail "the first start wrote $fresh/.openjfx"
echo "JavaFX native libraries loaded from the runtime image; nothing under ~/.openjfx"
kill "$APP_PID"
wait "$APP_PID" 2>/dev/null || true
APP_PID=

step "purge"
dpkg --purge cloudmc-keys
INSTALLED=false
dpkg -s cloudmc-keys >/dev/null 2>&1 && fail "cloudmc-keys is still known to dpkg"
for file in /usr/share/man/man1/cloudmc-keys.1.gz /usr/share/bash-completion/completions/cloudmc-keys; do
    [ ! -e "$file" ] || fail "the purge left $file"
done
for path in /opt/cloudmc-keys "$LINK" "$MENU_ENTRY"; do
    if [ -e "$path" ] || [ -L "$path" ]; then fail "$path is still there after the purge"; fi
done
if grep -rl cloudmc-keys /usr/share/applications >/dev/null 2>&1; then fail "a menu entry names cloudmc-keys after the purge"; fi
echo "package e2e: OK"
