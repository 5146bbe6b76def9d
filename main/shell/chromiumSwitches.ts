/** One Chromium command-line switch, as `app.commandLine.appendSwitch(name, value)` takes it. */
export interface ChromiumSwitch {
  name: string;
  value?: string;
}

/**
 * The Chromium switches the app needs on a platform.
 *
 * Linux: Chromium only talks to speech-dispatcher (the desktop's text-to-speech
 * service) when asked to, so without `enable-speech-dispatcher` the Web Speech
 * API has no voices and spoken cues stay silent. Where speech-dispatcher is not
 * installed the switch is harmless: the voice list is simply empty.
 */
export function chromiumSwitches(platform: NodeJS.Platform): ChromiumSwitch[] {
  return platform === 'linux' ? [{ name: 'enable-speech-dispatcher' }] : [];
}

/**
 * Appends the platform's switches. Electron reads them when it starts
 * Chromium's subsystems, so this must run before `app` is ready (its
 * command-line switch docs say to append "before the ready event").
 */
export function appendChromiumSwitches(
  commandLine: { appendSwitch(name: string, value?: string): void },
  platform: NodeJS.Platform,
): void {
  for (const { name, value } of chromiumSwitches(platform)) {
    if (value === undefined) commandLine.appendSwitch(name);
    else commandLine.appendSwitch(name, value);
  }
}
