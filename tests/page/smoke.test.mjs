// Smoke test: the built page loads offline without a single console error, and every
// <canvas> shows something (a blank chart or network diagram means the wasm side failed).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openLab, waitForDrawnCanvases } from './harness.mjs';

test('the lab loads with no console error and every canvas is drawn', { timeout: 60_000 }, async (t) => {
  const lab = await openLab(t);
  const canvases = await waitForDrawnCanvases(lab.page);

  assert.ok(canvases.length > 0, 'the page has no <canvas> at all');
  const blank = canvases.filter((c) => c.blank).map((c) => `${c.name} (${c.width}×${c.height})`);
  assert.deepEqual(blank, [], `blank canvases: ${blank.join(', ')}`);
  assert.deepEqual(lab.blocked, [], 'the page requested something outside 127.0.0.1');
  assert.deepEqual(lab.consoleErrors, [], 'console errors while loading');
});
