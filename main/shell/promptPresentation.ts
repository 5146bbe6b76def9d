import type { DisplayServer } from './displayServer';
import { ESCALATED_PROMPT_SIZE, type WindowSize } from './windowOptions';

/** Where the prompt goes on screen. */
export type PromptPosition =
  /** Bottom-right of the work area under the pointer, out of the way. */
  | 'corner'
  /** Centred on the work area under the pointer, hard to miss. */
  | 'centre'
  /** Wherever the compositor puts new windows: Wayland lets no client choose. */
  | 'compositor';

/** How the prompt window looks when it is asked for. */
export type PromptSize = 'small' | 'escalated';

/** What the window manager does for one request to show the prompt. */
export type PromptPlan =
  /** No usable prompt window: make one, at this size and place. */
  | { kind: 'create'; size: PromptSize; position: PromptPosition; alwaysOnTop: boolean }
  /** Grow the open window and move it (X11, macOS, Windows). */
  | { kind: 'resize'; position: PromptPosition }
  /** Close the open window and make a new one at the escalated size (Wayland). */
  | { kind: 'replace'; position: PromptPosition; alwaysOnTop: boolean }
  /** Show the open window as it is. */
  | { kind: 'reuse' };

/** What the compositor still notices when the window itself cannot be moved or raised. */
export interface PromptAttention {
  /** Mark the window as wanting attention (Electron's flashFrame: the urgency hint). */
  flash: boolean;
  /** Also post a desktop notification, critical once escalated, whose click shows the prompt. */
  notify: 'none' | 'normal' | 'critical';
}

/**
 * On Wayland Electron documents setPosition, center, setAlwaysOnTop and
 * getCursorScreenPoint as "Not supported", and resizing an open window as
 * something that "may not work as some window managers restrict programmatic
 * window resizing". So there the prompt is never placed or kept on top, and
 * the escalated prompt is a new window opened at its size rather than the
 * small one resized later. Everything else keeps the corner, centre and
 * always-on-top behaviour.
 */
export function planPrompt(
  server: DisplayServer,
  open: PromptSize | null,
  escalated: boolean,
): PromptPlan {
  const wayland = server === 'wayland';
  const alwaysOnTop = !wayland;
  const position: PromptPosition = wayland ? 'compositor' : escalated ? 'centre' : 'corner';
  if (open === null) {
    return { kind: 'create', size: escalated ? 'escalated' : 'small', position, alwaysOnTop };
  }
  if (escalated && open === 'small') {
    return wayland ? { kind: 'replace', position, alwaysOnTop } : { kind: 'resize', position };
  }
  return { kind: 'reuse' };
}

/**
 * Where the window cannot be raised, kept on top or moved into view (Wayland),
 * each showing of the prompt also flashes it and posts a notification: the
 * notification is what the person sees first, and critical urgency keeps the
 * escalated one on screen until dismissed. Elsewhere the window is enough.
 */
export function promptAttention(server: DisplayServer, escalated: boolean): PromptAttention {
  if (server !== 'wayland') return { flash: false, notify: 'none' };
  return { flash: true, notify: escalated ? 'critical' : 'normal' };
}

/** The window size for a prompt size; the small one is the route's own size. */
export function promptWindowSize(size: PromptSize, small: WindowSize): WindowSize {
  return size === 'escalated' ? ESCALATED_PROMPT_SIZE : small;
}

/** How the quiet cue between breaks is placed: always where the small prompt would go. */
export interface CuePlan {
  position: Extract<PromptPosition, 'corner' | 'compositor'>;
  alwaysOnTop: boolean;
}

/**
 * The cue never escalates: bottom-right and on top where windows can be
 * placed, wherever the compositor puts it on Wayland. It never asks for
 * attention either (no flash, no notification): it is meant to be missable.
 */
export function planCue(server: DisplayServer): CuePlan {
  return server === 'wayland'
    ? { position: 'compositor', alwaysOnTop: false }
    : { position: 'corner', alwaysOnTop: true };
}
