#!/bin/sh
# Lets a Decompress AppImage or tar.gz copy start with Chromium's sandbox on
# Ubuntu 23.10 and later, where AppArmor allows unprivileged user namespaces
# only to programs that have a profile. (The .deb installs its own profile.)
#
#   sudo ./install-apparmor-profile.sh /opt/Decompress/Decompress.AppImage
#   sudo ./install-apparmor-profile.sh /opt/decompress/decompress      (tar.gz)
#   ./install-apparmor-profile.sh --print PATH     show the profile, change nothing
#   sudo ./install-apparmor-profile.sh --remove    unload and delete it
#
# The profile grants user namespaces to whatever file sits at PATH, so PATH
# must be one only root can replace: the file and every folder above it owned
# by root and writable by no one else (/opt is; your home folder is not).
# Never run Decompress with --no-sandbox instead.
set -eu

PROFILE_NAME=decompress-portable
PROFILE_DIR=/etc/apparmor.d
TEMPLATE="$(dirname "$0")/decompress.tpl"

fail() {
  echo "install-apparmor-profile: $1" >&2
  exit "${2:-1}"
}

usage() {
  fail "usage: $0 [--print] PATH-TO-APPIMAGE-OR-EXECUTABLE | --remove" 2
}

# Every file and folder from PATH up to / must be root's and not group- or world-writable.
check_owned_by_root() {
  node="$1"
  while :; do
    owner=$(stat -c '%u' "$node")
    perm=$(stat -c '%a' "$node")
    if [ "$owner" != 0 ] || [ $((0$perm & 022)) -ne 0 ]; then
      fail "$node can be changed by someone other than root, so a profile for $2 would hand user namespaces to whatever they put there. Move Decompress somewhere root owns first, for example:
  sudo install -D -m 0755 '$2' /opt/Decompress/$(basename "$2")"
    fi
    [ "$node" = / ] && break
    node=$(dirname "$node")
  done
}

render() {
  awk -v path="$1" -v name="$PROFILE_NAME" '{
    gsub(/"\/opt\/\$\{sanitizedProductName\}\/\$\{executable\}"/, "\"" path "\"")
    gsub(/\$\{executable\}/, name)
    print
  }' "$TEMPLATE"
}

mode=install
case "${1:-}" in
  --print) mode=print; shift ;;
  --remove) mode=remove; shift ;;
  -h | --help | "") usage ;;
esac

if [ "$mode" = remove ]; then
  [ "$(id -u)" = 0 ] || fail "run it with sudo: it changes $PROFILE_DIR"
  if [ -f "$PROFILE_DIR/$PROFILE_NAME" ]; then
    apparmor_parser --remove "$PROFILE_DIR/$PROFILE_NAME" || true
    rm -f "$PROFILE_DIR/$PROFILE_NAME"
  fi
  echo "Removed the AppArmor profile $PROFILE_NAME."
  exit 0
fi

[ $# -eq 1 ] || usage
[ -f "$TEMPLATE" ] || fail "the profile template is missing beside this script ($TEMPLATE)"
case "$1" in
  *[!A-Za-z0-9._+@/\ -]*)
    fail "'$1' has characters AppArmor would read as a pattern or cannot quote; rename or move the file (letters, digits, space and . _ + @ - only)" ;;
esac
target=$(realpath -e -- "$1" 2>/dev/null) || fail "$1 does not exist"
[ -f "$target" ] && [ -x "$target" ] || fail "$target is not an executable file"
check_owned_by_root "$target" "$target"

profile=$(render "$target")
if [ "$mode" = print ]; then
  printf '%s\n' "$profile"
  exit 0
fi

[ "$(id -u)" = 0 ] || fail "run it with sudo: it writes $PROFILE_DIR/$PROFILE_NAME"
command -v apparmor_parser >/dev/null 2>&1 || fail "apparmor_parser is not installed, so AppArmor is not restricting Decompress here; nothing to do" 0
staged=$(mktemp "$PROFILE_DIR/.$PROFILE_NAME.XXXXXX")
trap 'rm -f "$staged"' EXIT
printf '%s\n' "$profile" >"$staged"
if ! apparmor_parser --skip-kernel-load --skip-cache "$staged" >/dev/null 2>&1; then
  fail "this AppArmor cannot read the profile (it needs AppArmor 4, ABI 4.0). Releases before it do not restrict user namespaces, so Decompress's sandbox should start as it is" 3
fi
chmod 0644 "$staged"
mv -f "$staged" "$PROFILE_DIR/$PROFILE_NAME"
trap - EXIT
apparmor_parser --replace --write-cache --skip-read-cache "$PROFILE_DIR/$PROFILE_NAME"
echo "Installed and loaded the AppArmor profile $PROFILE_NAME for $target."
