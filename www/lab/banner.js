// Errors are visible, never silent: one banner says what went wrong, and `guard` turns every
// failed call into Rust into that banner instead of a stopped page.

import { say, sayOr } from './l10n.js';
import { $, engine, ui } from './shared.js';

export function showBanner(text) {
  $('banner-text').textContent = text;
  $('banner').hidden = false;
}

export function wireBanner() {
  $('banner-close').addEventListener('click', () => ($('banner').hidden = true));
  const wrong = (error) => showBanner(sayOr(`Something went wrong: ${error}`, 'error-something', { error }));
  window.addEventListener('error', (e) => wrong(e.message));
  window.addEventListener('unhandledrejection', (e) => wrong(String(e.reason?.message ?? e.reason)));
}

// What to do when the engine traps: set by start-up (rebuild from the link), kept here so this
// module needs nothing from the modules that build labs.
let recover = () => {};

export function onEngineCrash(rebuild) {
  recover = rebuild;
}

// Calls into Rust through here. A JsError (bad input) becomes a banner and nothing changes; a
// trap (a Rust panic aborts the call) leaves that Lab unusable, so a fresh one is built from the
// current settings and the page goes on.
// `changesView`: anything the viewer or a script asks of Rust may change every canvas, so the
// next frame redraws all three; the frame loop's own training and drawing calls say false.
export function guard(action, fallback, changesView = true) {
  if (changesView) ui.dirty = true;
  try {
    return action(engine.lab);
  } catch (err) {
    if (err instanceof WebAssembly.RuntimeError) {
      showBanner(say('engine-crashed-restarted', { error: err.message }));
      console.warn(err);
      recover();
    } else {
      showBanner(err?.message ?? String(err));
    }
    return fallback;
  }
}
