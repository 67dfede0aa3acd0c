import type { AlertPreferences } from "@/db/queries/preferences";
import type { DayAlert } from "@/lib/live/day-alerts";

let audio: AudioContext | null = null;

/** Two short rising tones: audible over a busy office, gone in half a second. No file to load. */
export function chime() {
  audio ??= new AudioContext();
  const ctx = audio;
  void ctx.resume().then(() => {
    [660, 880].forEach((frequency, i) => {
      const start = ctx.currentTime + i * 0.18;
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.2, start + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.16);
      osc.connect(gain).connect(ctx.destination);
      osc.start(start);
      osc.stop(start + 0.17);
    });
  });
}

/** Marks each alert in the DOM too, so tests and assistive tech can tell one was raised. */
function record(alert: DayAlert) {
  document.documentElement.dataset.lastAlert = alert.key;
}

/** Sounds and shows an alert as the person chose; both are off unless they turned them on. */
export function announce(alert: DayAlert, prefs: AlertPreferences) {
  if (!prefs.alertSound && !prefs.alertDesktop) return;
  record(alert);
  if (prefs.alertSound) chime();
  if (prefs.alertDesktop && typeof Notification !== "undefined" && Notification.permission === "granted") {
    // The tag makes a second tab's notice replace this one instead of stacking.
    const notice = new Notification(alert.title, { body: alert.body, tag: alert.key });
    notice.onclick = () => {
      window.focus();
      window.location.assign(alert.href);
    };
  }
}
