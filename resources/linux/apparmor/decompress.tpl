# AppArmor profile for Decompress (Ubuntu 23.10 and later).
#
# Those releases let only programs with a profile create unprivileged user
# namespaces, which Chromium's sandbox needs. This profile confines nothing
# (flags=(unconfined)); it names the program and grants it `userns`, so the
# sandbox starts instead of aborting. It never replaces the sandbox.
#
# The .deb installs it in /etc/apparmor.d (electron-builder's after-install
# script does, when the local AppArmor can read ABI 4.0).
# install-apparmor-profile.sh beside this file renders it for an AppImage or
# a tar.gz copy, with that copy's path in place of the /opt one.
abi <abi/4.0>,
include <tunables/global>

profile ${executable} "/opt/${sanitizedProductName}/${executable}" flags=(unconfined) {
  userns,

  # Site-specific additions and overrides. See local/README for details.
  include if exists <local/${executable}>
}
