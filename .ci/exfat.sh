#!/usr/bin/env bash
# Saving onto exFAT, as on a USB stick: no hard links, no permissions. An image file is
# formatted with exfatprogs, attached to a loop device and mounted with exfat-fuse (both
# need root); ExfatSavesTest saves, refuses, replaces and merges there. Unmounts and
# detaches whatever happens.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
for package in exfat-fuse exfatprogs; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/cloudmc-exfat.XXXXXX")
image="$work/stick.img"
mnt="$work/stick"
mkdir "$mnt"
device=""
cleanup() {
  if mountpoint -q "$mnt"; then umount "$mnt"; fi
  if [ -n "$device" ]; then losetup -d "$device"; fi
  rm -rf "$work"
}
trap cleanup EXIT

truncate -s 32M "$image"
mkfs.exfat -L CLOUDMC "$image" >/dev/null
if ! device=$(losetup --find --show "$image" 2>"$work/losetup.err"); then
  device=""
  echo "exfat: no loop device here ($(cat "$work/losetup.err")): this stage needs root" >&2
  exit 1
fi
mount.exfat-fuse "$device" "$mnt"
findmnt -n -o TARGET,SOURCE,FSTYPE,OPTIONS --mountpoint "$mnt"

./mvnw -B -ntp -q test -Dtest=ExfatSavesTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dcloudmc.exfat.dir="$mnt"

report=target/surefire-reports/TEST-io.github.cloudmckeys.ui.ExfatSavesTest.xml
if grep -q '<skipped' "$report"; then
  echo "exfat: the test skipped its cases: the mount point did not reach it" >&2
  exit 1
fi
grep -o 'tests="[0-9]*"' "$report" | head -1 | sed 's/^/saves on exFAT: /'
