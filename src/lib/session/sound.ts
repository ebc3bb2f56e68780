// Sounds made in code with Web Audio (no audio files to download), spoken calls from a voice on the device, and a
// short buzz where the device vibrates. Browser-only; loaded with the player or the test tools, after a tap.
// Every function is silent when `muted` is true or the browser lacks the feature.

export type Tone = 'beat' | 'up' | 'hold' | 'down' | 'end';

/** Pitch (Hz) and length (s) of each tone: up high, down low, the plain beat short (a convention of this app). */
const TONES: Record<Tone, [number, number]> = {
  beat: [880, 0.04],
  up: [1320, 0.09],
  hold: [990, 0.09],
  down: [660, 0.09],
  end: [523, 0.35],
};

let ctx: AudioContext | null = null;

/** Create or wake the audio context. Call it from a tap or key press: browsers only allow sound after one. */
export function unlockAudio(): void {
  try {
    ctx ??= new AudioContext();
    if (ctx.state === 'suspended') void ctx.resume();
  } catch {
    ctx = null; // no Web Audio: the visual beat and the words on screen still work
  }
}

export function tone(kind: Tone, muted: boolean): void {
  if (muted || !ctx) return;
  const [hz, seconds] = TONES[kind];
  const t = ctx.currentTime;
  const osc = ctx.createOscillator();
  const gain = ctx.createGain();
  osc.frequency.value = hz;
  // A fast attack and decay: a click, not a beep that blurs into the next one.
  gain.gain.setValueAtTime(0.0001, t);
  gain.gain.exponentialRampToValueAtTime(0.5, t + 0.005);
  gain.gain.exponentialRampToValueAtTime(0.0001, t + seconds);
  osc.connect(gain).connect(ctx.destination);
  osc.start(t);
  osc.stop(t + seconds + 0.02);
}

/** Say a short word ("up", "down") with a voice on this device. Network voices are never used: nothing leaves it. */
export function say(word: string, muted: boolean): void {
  if (muted || typeof speechSynthesis === 'undefined') return;
  const voice = speechSynthesis.getVoices().find((v) => v.localService && v.lang.startsWith('en'));
  if (!voice) return;
  speechSynthesis.cancel();
  const u = new SpeechSynthesisUtterance(word);
  u.voice = voice;
  u.rate = 1.2;
  speechSynthesis.speak(u);
}

/** A short vibration (ms) where the device has one. */
export function buzz(ms: number, muted: boolean): void {
  if (muted || typeof navigator === 'undefined' || typeof navigator.vibrate !== 'function') return;
  try {
    navigator.vibrate(ms);
  } catch {
    /* some browsers throw without a prior tap: the beat is still on screen */
  }
}

/** Stop any speech in progress (pause, close). */
export function hush(): void {
  if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
}
