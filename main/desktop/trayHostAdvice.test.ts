import { describe, expect, it } from 'vitest';
import { detectLinuxDesktop, trayAdvice, whereDecompressLives } from './trayHostAdvice';

describe('which desktop this is', () => {
  it.each([
    ['GNOME', 'gnome'],
    ['ubuntu:GNOME', 'ubuntu-gnome'],
    ['Budgie:GNOME', 'budgie'],
    ['Pantheon', 'pantheon'],
    ['X-Cinnamon', 'cinnamon'],
    ['KDE', 'kde'],
    ['XFCE', 'xfce'],
    ['MATE', 'mate'],
    ['LXQt', 'lxqt'],
    ['COSMIC', 'cosmic'],
    ['sway', 'wlroots'],
    ['Hyprland', 'wlroots'],
    ['', 'unknown'],
    ['Enlightenment', 'unknown'],
  ])('XDG_CURRENT_DESKTOP=%j is %s', (value, desktop) => {
    expect(detectLinuxDesktop({ XDG_CURRENT_DESKTOP: value })).toBe(desktop);
  });

  it('falls back to XDG_SESSION_DESKTOP and DESKTOP_SESSION', () => {
    expect(detectLinuxDesktop({ XDG_SESSION_DESKTOP: 'plasma' })).toBe('kde');
    expect(detectLinuxDesktop({ DESKTOP_SESSION: 'xubuntu' })).toBe('xfce');
  });
});

describe('what to tell the person', () => {
  it('names the GNOME extension, and its Ubuntu flavour on Ubuntu', () => {
    expect(trayAdvice('gnome').steps.join(' ')).toContain('gnome-shell-extension-appindicator');
    expect(trayAdvice('ubuntu-gnome').steps[0]).toContain('“Ubuntu AppIndicators”');
  });

  it('ends every desktop’s advice with what works without a tray', () => {
    for (const desktop of ['gnome', 'kde', 'xfce', 'wlroots', 'unknown'] as const) {
      expect(trayAdvice(desktop).steps.at(-1)).toBe(
        'Until then, open Decompress from your app menu: that opens Settings, which has everything the tray menu has: start a break now, pause reminders, and when the next reminder comes.',
      );
    }
  });

  it('tells the first prompt where Decompress lives, tray or not', () => {
    expect(whereDecompressLives(true, 'the menu bar at the top right of your screen')).toBe(
      'Decompress lives in the menu bar at the top right of your screen: its icon there starts a break, pauses reminders and opens Settings.',
    );
    expect(whereDecompressLives(false, 'the top bar')).toBe(
      'There is no tray on this desktop, so Decompress lives in your app menu: open it from there to start a break, pause reminders or change settings.',
    );
    expect(whereDecompressLives(null, 'the system tray')).toMatch(
      /If you cannot see its icon, open Decompress from your app menu instead\.$/,
    );
  });
});
