import type { ReactElement } from 'react';
import { bridge } from '../../bridge';
import { useMainValue } from '../../mainValue/useMainValue';
import './sections/updatesSection.css';

export interface TrayHostNoteProps {
  /** Shows the section that carries the tray's actions; absent where the note is that section. */
  onShowActions?: () => void;
  /** The steps folded away behind "How to add a tray" (the welcome, which has little room). */
  folded?: boolean;
}

/**
 * Said only where no tray will show Decompress's icon (main/desktop/trayHost.ts
 * found no StatusNotifierItem host): what is missing, how to add it on this
 * desktop, and that Settings has the tray's actions meanwhile.
 */
export function TrayHostNote({
  onShowActions,
  folded = false,
}: TrayHostNoteProps): ReactElement | null {
  const host = useMainValue(bridge.getTrayHost, 'trayHostChanged').value;
  if (!host?.advice) return null;
  const steps = (
    <ol className="tray-note__steps">
      {host.advice.steps.map((step) => (
        <li key={step}>{step}</li>
      ))}
    </ol>
  );
  return (
    <section className="tray-note" aria-labelledby="tray-note-title">
      <h2 className="tray-note__title" id="tray-note-title">
        {host.advice.title}
      </h2>
      {folded ? (
        <details>
          <summary className="tray-note__summary">How to add a tray</summary>
          {steps}
        </details>
      ) : (
        steps
      )}
      {onShowActions && (
        <p className="tray-note__more">
          <button type="button" className="button" onClick={onShowActions}>
            Show the tray’s actions here
          </button>
        </p>
      )}
    </section>
  );
}
