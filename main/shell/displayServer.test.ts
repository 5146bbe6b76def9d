import { describe, expect, it } from 'vitest';
import { displayServer } from './displayServer';

describe('display server', () => {
  it('follows XDG_SESSION_TYPE on Linux, as Chromium does', () => {
    expect(displayServer('linux', { XDG_SESSION_TYPE: 'wayland' }, '')).toBe('wayland');
    expect(displayServer('linux', { XDG_SESSION_TYPE: 'x11' }, '')).toBe('x11');
  });

  it('takes X11 when the session type is unset, even with a Wayland socket (Chromium does not look at it)', () => {
    expect(displayServer('linux', { WAYLAND_DISPLAY: 'wayland-0' }, '')).toBe('x11');
  });

  it('lets an explicit --ozone-platform win over the session type', () => {
    expect(displayServer('linux', { XDG_SESSION_TYPE: 'wayland' }, 'x11')).toBe('x11');
    expect(displayServer('linux', { XDG_SESSION_TYPE: 'x11' }, 'Wayland')).toBe('wayland');
    expect(displayServer('linux', { XDG_SESSION_TYPE: 'wayland' }, 'headless')).toBe('other');
  });

  it('is "other" on macOS and Windows whatever the environment says', () => {
    expect(displayServer('darwin', { XDG_SESSION_TYPE: 'wayland' }, '')).toBe('other');
    expect(displayServer('win32', {}, 'wayland')).toBe('other');
  });
});
