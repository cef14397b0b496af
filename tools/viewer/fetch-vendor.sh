#!/usr/bin/env bash
# Fetches the JavaScript the viewer embeds (src/viewer/vendor/) from the npm registry at
# pinned versions, checks each tarball against the integrity hash the registry published,
# and copies the browser bundles and licences into place. Run from anywhere; needs npm.
#
#   cytoscape       3.34.4  dist/cytoscape.min.js   graph model, canvas renderer, PNG export
#   cytoscape-fcose 2.2.0   cytoscape-fcose.js      fCoSE force-directed layout (compound nodes)
#   cose-base       2.2.0   cose-base.js            fCoSE's CoSE core (dependency)
#   layout-base     2.0.1   layout-base.js          CoSE's graph layout base (dependency)
#
# The same versions stand in NOTICE; licences (MIT) go to licenses/.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
vendor="$root/src/viewer/vendor"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
fetch() { # package version path-in-package target licence-name
  local pkg=$1 version=$2 inner=$3 target=$4 licence=$5
  npm pack --silent "$pkg@$version" > /dev/null
  local tgz="$pkg-$version.tgz"
  # npm pack verifies the tarball against the registry's integrity (sha512); print it too.
  echo "$pkg@$version sha512-$(openssl dgst -sha512 -binary "$tgz" | base64 -w0)"
  echo "  registry: $(npm view "$pkg@$version" dist.integrity)"
  mkdir -p "x/$pkg"
  tar xzf "$tgz" -C "x/$pkg"
  cp "x/$pkg/package/$inner" "$vendor/$target"
  cp "x/$pkg/package/LICENSE" "$root/licenses/$licence"
}
mkdir -p "$vendor"
fetch cytoscape 3.34.4 dist/cytoscape.min.js cytoscape.min.js cytoscape-LICENSE
fetch cytoscape-fcose 2.2.0 cytoscape-fcose.js cytoscape-fcose.js cytoscape-fcose-LICENSE
fetch cose-base 2.2.0 cose-base.js cose-base.js cose-base-LICENSE
fetch layout-base 2.0.1 layout-base.js layout-base.js layout-base-LICENSE
(cd "$vendor" && sha256sum *.js > SHA256SUMS)
echo "vendored into $vendor"
