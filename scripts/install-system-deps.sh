#!/usr/bin/env bash
# Install the Debian packages carekb's tests and exports need: Chromium (the
# browser tests), poppler-utils (PDF pages to PNG), fonts, the Pango
# libraries WeasyPrint draws PDFs with, Node.js and npm (markdownlint-cli2 and
# html-validate, which 'make setup' installs from package-lock.json) and a Java
# runtime (the W3C checker, vnu.jar). Skips what is already installed.
set -euo pipefail

packages=(chromium poppler-utils fonts-dejavu-core libpango-1.0-0 libpangoft2-1.0-0)
# Node.js and Java of any origin will do (a Node.js build that bundles npm
# conflicts with Debian's npm): Debian's only where there is none.
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)
command -v java >/dev/null 2>&1 || packages+=(default-jre-headless)
missing=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "carekb: please install these packages with your system's package manager: ${missing[*]}" >&2
  exit 1
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "carekb: installing system packages: ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
