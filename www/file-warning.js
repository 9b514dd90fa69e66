// Opened from disk (file://), the page's ES modules and wasm cannot load: browsers refuse them
// there. Rather than a blank lab, say what to do. A classic script, because a classic script still
// runs from file:// where a module does not. The one-file bundle leaves this script out.
'use strict';
if (location.protocol === 'file:') {
  const banner = document.getElementById('banner');
  document.getElementById('banner-text').textContent =
    'This page cannot run from a file on disk: browsers block its engine there. ' +
    'Open dropout-lab.html (the one-file version, in the same folder) instead, ' +
    'or serve this folder with any web server (cargo xtask serve).';
  banner.hidden = false;
}
