// Sound, as an option (#20), off by default: *Listen* plays the focused run's validation loss and
// then its training loss as pitch, one short note per recorded epoch, so the U-turn of
// overfitting can be heard; with sound on, a short rising chirp marks a run whose validation loss
// turns upward. The notes (loss → Hz) are the core's (lab.pitches, src/core/narration/sound.rs).

import { noteSeconds, soundMapping } from '../pkg/dropout_lab.js';
import { onLanguage } from './l10n.js';
import { $, engine } from './shared.js';

const state = { audio: null, turned: 0 };

const soundOn = () => $('sound').checked;

/** One AudioContext for the page, made on the first sound (browsers allow it after a gesture). */
function audio() {
  state.audio ??= new AudioContext();
  return state.audio;
}

/** Plays `hz` (0 = a rest), one note each `seconds`, starting at `at`; returns the end time. */
function playNotes(ctx, hz, at, seconds) {
  const osc = ctx.createOscillator();
  const gain = ctx.createGain();
  osc.type = 'sine';
  gain.gain.value = 0;
  hz.forEach((f, k) => {
    const t = at + k * seconds;
    if (f > 0) osc.frequency.setValueAtTime(f, t);
    gain.gain.setValueAtTime(f > 0 ? 0.15 : 0, t);
  });
  const end = at + hz.length * seconds;
  gain.gain.setValueAtTime(0, end);
  osc.connect(gain).connect(ctx.destination);
  osc.start(at);
  osc.stop(end + 0.05);
  return end;
}

/** Listen: the focused run's validation loss, a short rest, then its training loss. */
export function listen() {
  const notes = engine.lab.pitches(engine.lab.focused());
  if (!notes.length) return;
  const ctx = audio();
  const half = notes.length / 2;
  const end = playNotes(ctx, Array.from(notes.subarray(0, half)), ctx.currentTime + 0.05, noteSeconds());
  playNotes(ctx, Array.from(notes.subarray(half)), end + 0.4, noteSeconds());
}

/** A rising chirp when the narrator has seen another run turn upward (only with sound on). */
export function chirpOnTurn() {
  const turned = engine.lab.turnedRuns();
  if (turned > state.turned && soundOn()) {
    const ctx = audio();
    playNotes(ctx, [440, 554, 659], ctx.currentTime + 0.02, 0.07);
  }
  state.turned = turned;
}

export function wireSound() {
  onLanguage(() => ($('sound-mapping').textContent = soundMapping()));
  const sync = () => ($('listen').hidden = !soundOn());
  $('sound').addEventListener('change', sync);
  $('listen').addEventListener('click', listen);
  sync();
}
