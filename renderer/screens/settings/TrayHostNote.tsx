import type { ReactElement } from 'react';
import { bridge } from '../../bridge';
import { useMainValue } from '../../mainValue/useMainValue';
import './sections/updatesSection.css';

export interface TrayHostNoteProps {
  /** Shows the section that carries the tray's actions; absent where the note is that section. */
  onShowActions?: () => void;
}

/**
 * Said only where no tray will show Decompress's icon (main/desktop/trayHost.ts
 * found no StatusNotifierItem host): what is missing, how to add it on this
 * desktop, and that Settings has the tray's actions meanwhile.
 */
export function TrayHostNote({ onShowActions }: TrayHostNoteProps): ReactElement | null {
  const host = useMainValue(bridge.getTrayHost, 'trayHostChanged').value;
  if (!host?.advice) return null;
  return (
    <section className="tray-note" aria-labelledby="tray-note-title">
      <h2 className="tray-note__title" id="tray-note-title">
        {host.advice.title}
      </h2>
      <ol className="tray-note__steps">
        {host.advice.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
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
