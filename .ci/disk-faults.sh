#!/usr/bin/env bash
# Disk faults on save, on real file systems: a tiny tmpfs filled to the last block and a
# tmpfs mounted read-only with an old openrc.sh in it. Root bypasses file permissions, so a
# read-only folder can only be made with a mount; both mounts need root (CAP_SYS_ADMIN).
# Runs DiskFaultsOnMountsTest with the two mount points; unmounts whatever happens.
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d "${TMPDIR:-/tmp}/cloudmc-disk-faults.XXXXXX")
full="$work/full"
read_only="$work/read-only"
mkdir "$full" "$read_only"
cleanup() {
  for dir in "$full" "$read_only"; do
    if mountpoint -q "$dir"; then umount "$dir"; fi
  done
  rm -rf "$work"
}
trap cleanup EXIT

if ! mount -t tmpfs -o size=64k,mode=0700 cloudmc-full "$full" 2>"$work/mount.err"; then
  echo "disk faults: cannot mount a tmpfs here ($(cat "$work/mount.err")): this stage needs root" >&2
  exit 1
fi
mount -t tmpfs -o size=64k,mode=0700 cloudmc-read-only "$read_only"
printf 'old content\n' >"$read_only/openrc.sh"
mount -o remount,ro "$read_only"
for dir in "$full" "$read_only"; do findmnt -n -o TARGET,FSTYPE,SIZE,OPTIONS --mountpoint "$dir"; done

./mvnw -B -ntp -q test -Dtest=DiskFaultsOnMountsTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dcloudmc.diskFaults.fullDir="$full" -Dcloudmc.diskFaults.readOnlyDir="$read_only"

report=target/surefire-reports/TEST-io.github.cloudmckeys.ui.DiskFaultsOnMountsTest.xml
if grep -q '<skipped' "$report"; then
  echo "disk faults: the test skipped its cases: the mount points did not reach it" >&2
  exit 1
fi
grep -o 'tests="[0-9]*"' "$report" | head -1 | sed 's/^/disk faults on real mounts: /'
