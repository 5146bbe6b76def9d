import { beforeEach, describe, expect, it, vi } from 'vitest';
import { hardenApp, isSafeExternalUrl, openExternalSafely } from './hardening';
import { app, MockWebContents, resetElectronMock, session, shell } from './testing/electronMock';

vi.mock('electron', () => import('./testing/electronMock'));

class Contents extends MockWebContents {
  openHandler: ((d: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(h: (d: { url: string }) => { action: string }) {
    this.openHandler = h;
  }
}

describe('security hardening', () => {
  beforeEach(() => resetElectronMock());

  it('accepts only plain https links for the system browser', () => {
    expect(isSafeExternalUrl('https://www.nhs.uk/conditions/back-pain/')).toBe(true);
    expect(isSafeExternalUrl('http://example.com')).toBe(false);
    expect(isSafeExternalUrl('file:///etc/passwd')).toBe(false);
    expect(isSafeExternalUrl('https://user:pw@example.com')).toBe(false);
    expect(isSafeExternalUrl('smb://share')).toBe(false);
    openExternalSafely('javascript:alert(1)');
    openExternalSafely('https://example.com/');
    expect(shell.opened).toEqual(['https://example.com/']);
  });

  it('denies new windows and blocks navigation, redirects and webviews in every web contents', () => {
    hardenApp();
    const contents = new Contents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.openHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(shell.opened).toEqual(['https://example.com']);
    expect(contents.openHandler?.({ url: 'file:///x' })).toEqual({ action: 'deny' });
    expect(shell.opened).toEqual(['https://example.com']);
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const preventDefault = vi.fn();
      contents.emit(event, { preventDefault });
      expect(preventDefault).toHaveBeenCalledOnce();
    }
  });

  it('denies every permission request and check', () => {
    hardenApp();
    const callback = vi.fn();
    session.defaultSession.permissionRequestHandler?.({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(session.defaultSession.permissionCheckHandler?.({}, 'notifications')).toBe(false);
  });
});
