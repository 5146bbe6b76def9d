import type { ReactElement } from 'react';
import type { Settings, SettingsPatch } from '../../../../shared/settings/schema';
import type { FieldProblem } from '../../../fields/fieldProblem';
import { QuickActionsSection } from './QuickActionsSection';
import { UpdatesSection } from './UpdatesSection';

export interface DesktopSectionProps {
  settings: Settings;
  save(patch: SettingsPatch): Promise<FieldProblem | null>;
}

/**
 * Decompress on this desktop (issue 18): the tray's actions (for a desktop
 * without a tray), the global shortcut, and updates. One section, so the
 * section list still fits a short window.
 */
export function DesktopSection({ settings, save }: DesktopSectionProps): ReactElement {
  return (
    <div className="stack">
      <QuickActionsSection settings={settings} save={save} />
      <UpdatesSection settings={settings} save={save} />
    </div>
  );
}
