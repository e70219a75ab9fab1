#!/bin/sh
# Adds DriveKit to this user's application menu (no administrator rights needed).
# Run it from the unpacked DriveKit folder; run it again after moving the folder.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/scalable/apps"
mkdir -p "$apps" "$icons"
cp "$here/drivekit.svg" "$icons/drivekit.svg"
sed "s|^Exec=.*|Exec=\"$here/drivekit\"|" "$here/drivekit.desktop" > "$apps/drivekit.desktop"
chmod 0644 "$apps/drivekit.desktop"
echo "DriveKit is in your applications menu ($apps/drivekit.desktop)."
