import { describe, expect, it } from 'vitest';
import { desktopEntryProblems, parseDesktopEntry } from './desktopEntryRules';

/** What electron-builder 26 writes for the AppImage (AppRun, with the legacy toolset's --no-sandbox). */
const APPIMAGE = `[Desktop Entry]
Name=Decompress
Exec=AppRun --no-sandbox %U
Terminal=false
Type=Application
Icon=decompress
Categories=Utility;
MimeType=x-scheme-handler/decompress;
Actions=StartBreak;Settings;

[Desktop Action StartBreak]
Name=Start a break now
Exec=AppRun --no-sandbox --start-now

[Desktop Action Settings]
Name=Settings
Exec=AppRun --no-sandbox --settings
`;

describe('the menu entry actions package:check asks of each .desktop file', () => {
  it('reads groups and keys as the Desktop Entry spec lays them out', () => {
    const groups = parseDesktopEntry(APPIMAGE);
    expect([...groups.keys()]).toEqual([
      'Desktop Entry',
      'Desktop Action StartBreak',
      'Desktop Action Settings',
    ]);
    expect(groups.get('Desktop Action Settings')?.get('Exec')).toBe(
      'AppRun --no-sandbox --settings',
    );
  });

  it('passes an AppImage entry whose actions run AppRun with its switches and a command', () => {
    expect(desktopEntryProblems('AppImage', APPIMAGE)).toEqual([]);
  });

  it('passes the .deb entry, whose actions run the installed program', () => {
    const deb = `[Desktop Entry]
Name=Decompress
Exec=/opt/Decompress/decompress %U
MimeType=x-scheme-handler/decompress;
Actions=StartBreak;Settings;

[Desktop Action StartBreak]
Name=Start a break now
Exec=/opt/Decompress/decompress --start-now

[Desktop Action Settings]
Name=Settings
Exec=/opt/Decompress/decompress --settings
`;
    expect(desktopEntryProblems('deb', deb)).toEqual([]);
  });

  it('names an entry without actions (what the AppImage had before)', () => {
    const bare = `[Desktop Entry]\nName=Decompress\nExec=AppRun --no-sandbox %U\n`;
    expect(desktopEntryProblems('AppImage', bare)).toEqual([
      'AppImage: MimeType= does not list x-scheme-handler/decompress, so decompress:// links open nothing',
      'AppImage: Actions= does not list StartBreak (it lists "")',
      'AppImage: no [Desktop Action StartBreak] group',
      'AppImage: Actions= does not list Settings (it lists "")',
      'AppImage: no [Desktop Action Settings] group',
    ]);
  });

  it('names an action that runs another program, drops a switch or sends a command the app does not know', () => {
    const wrong = APPIMAGE.replace(
      'Exec=AppRun --no-sandbox --start-now',
      'Exec=/opt/Decompress/decompress --start-break',
    ).replace('Exec=AppRun --no-sandbox --settings', 'Exec=AppRun --history');
    expect(desktopEntryProblems('AppImage', wrong)).toEqual([
      'AppImage: StartBreak runs /opt/Decompress/decompress, the entry runs AppRun',
      "AppImage: StartBreak lacks the entry's --no-sandbox",
      'AppImage: StartBreak\'s Exec (/opt/Decompress/decompress --start-break) is not the app\'s {"kind":"start-default"}',
      "AppImage: Settings lacks the entry's --no-sandbox",
      'AppImage: Settings\'s Exec (AppRun --history) is not the app\'s {"kind":"open","route":"settings"}',
    ]);
  });

  it('names a listed action with no group', () => {
    const extra = APPIMAGE.replace(
      'Actions=StartBreak;Settings;',
      'Actions=StartBreak;Settings;Quit;',
    );
    expect(desktopEntryProblems('AppImage', extra)).toEqual([
      'AppImage: Actions= lists Quit, which has no group',
    ]);
  });

  it('names an entry that is not the decompress:// handler, or drops the link it is given', () => {
    const noScheme = APPIMAGE.replace(
      'MimeType=x-scheme-handler/decompress;',
      'MimeType=x-scheme-handler/mailto;',
    );
    expect(desktopEntryProblems('AppImage', noScheme)).toEqual([
      'AppImage: MimeType= does not list x-scheme-handler/decompress, so decompress:// links open nothing',
    ]);
    const noUrl = APPIMAGE.replace('Exec=AppRun --no-sandbox %U', 'Exec=AppRun --no-sandbox');
    expect(desktopEntryProblems('AppImage', noUrl)).toEqual([
      "AppImage: Exec (AppRun --no-sandbox) has no %U or %u, so a link's URL is dropped",
    ]);
  });
});
