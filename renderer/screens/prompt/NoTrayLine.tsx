import { useEffect, useState, type ReactElement } from 'react';
import { bridge } from '../../bridge';
import { useMainValue } from '../../mainValue/useMainValue';
import './noTrayLine.css';

/** Said once per run, on a desktop where no tray shows Decompress's icon (stock GNOME). */
export const NO_TRAY_PROMPT_LINE =
  'Decompress lives in your app menu on this desktop: open it there for Settings and pauses.';

export interface NoTrayLineProps {
  /** When this prompt opened: main gives the line to one prompt of the run, known by this. */
  openedAt: number;
}

/**
 * The first prompt of a run without a tray says where Decompress is, since
 * the person has no icon to go back to. Main decides which prompt that is
 * (claimNoTrayLine); a tray that appears meanwhile takes the line away.
 */
export function NoTrayLine({ openedAt }: NoTrayLineProps): ReactElement | null {
  const [claimed, setClaimed] = useState(false);
  const host = useMainValue(bridge.getTrayHost, 'trayHostChanged').value;
  useEffect(() => {
    let current = true;
    void bridge.claimNoTrayLine({ promptOpenedAt: openedAt }).then((result) => {
      if (current) setClaimed(result.ok && result.value);
    });
    return () => {
      current = false;
    };
  }, [openedAt]);
  if (!claimed || host?.status !== 'absent') return null;
  return (
    <p className="prompt__where" data-testid="where-decompress-lives">
      {NO_TRAY_PROMPT_LINE}
    </p>
  );
}
