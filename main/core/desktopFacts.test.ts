import { describe, expect, it } from 'vitest';
import type { TrayHostView } from '../../shared/ipc/desktopChannels';
import { createDesktopFacts } from './desktopFacts';

const ABSENT: TrayHostView = {
  status: 'absent',
  advice: { title: 'There is no tray for Decompress’s icon on this desktop', steps: ['Add one.'] },
};
const PRESENT: TrayHostView = { status: 'present', advice: null };

function facts() {
  const heard: TrayHostView[] = [];
  const cell = createDesktopFacts(
    () => ({ state: 'off' }),
    (view) => heard.push(view),
  );
  return { cell, heard };
}

describe('the first prompt of a run without a tray says where Decompress lives', () => {
  it('tells the first prompt only, and that prompt again when it re-renders', () => {
    const { cell } = facts();
    cell.setTrayHost(ABSENT);
    expect(cell.claimNoTrayLine(1000)).toBe(true);
    expect(cell.claimNoTrayLine(1000)).toBe(true);
    // The next reminder's prompt (it opened later): said once is enough.
    expect(cell.claimNoTrayLine(2000)).toBe(false);
  });

  it('says nothing while a tray shows the icon, and tells the first prompt after the tray goes', () => {
    const { cell, heard } = facts();
    // Before the D-Bus check answers, the tray counts as there.
    expect(cell.claimNoTrayLine(500)).toBe(false);
    cell.setTrayHost(PRESENT);
    expect(cell.claimNoTrayLine(1000)).toBe(false);
    cell.setTrayHost(ABSENT);
    expect(cell.claimNoTrayLine(2000)).toBe(true);
    expect(heard.map((v) => v.status)).toEqual(['present', 'absent']);
  });

  it('keeps silent when the check could not tell (no session bus)', () => {
    const { cell } = facts();
    cell.setTrayHost({ status: 'unknown', advice: null });
    expect(cell.claimNoTrayLine(1000)).toBe(false);
  });
});
