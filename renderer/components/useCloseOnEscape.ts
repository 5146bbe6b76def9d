import { useEffect, useRef } from 'react';
import { bridge } from '../bridge';

/** Asks main to close this window (main owns windows; a page never closes itself). */
async function closeThisWindow(): Promise<void> {
  await bridge.closeWindow();
}

/**
 * Esc leaves the window, the same way in every window that has nothing
 * else for Esc to do (Settings, History, Safety, the routine window outside
 * the player, the welcome). A dialog that handles Esc itself calls
 * preventDefault, and wins. Focus leaves the field first, so an edit
 * still waiting to be saved is sent before the window goes.
 */
export function useCloseOnEscape(
  onEscape: () => Promise<unknown> = closeThisWindow,
  enabled = true,
): void {
  const latest = useRef(onEscape);
  latest.current = onEscape;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || event.repeat) return;
      event.preventDefault();
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
      void latest.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
