import { describe, expect, it } from 'vitest';
import { planCue, planPrompt, promptAttention, promptWindowSize } from './promptPresentation';

describe('prompt plan', () => {
  it('places the first prompt in the corner and on top where windows can be placed', () => {
    for (const server of ['x11', 'other'] as const) {
      expect(planPrompt(server, null, false)).toEqual({
        kind: 'create',
        size: 'small',
        position: 'corner',
        alwaysOnTop: true,
      });
    }
  });

  it('grows the open prompt in place, centred, to escalate on X11, macOS and Windows', () => {
    expect(planPrompt('x11', 'small', true)).toEqual({ kind: 'resize', position: 'centre' });
    expect(planPrompt('other', 'small', true)).toEqual({ kind: 'resize', position: 'centre' });
  });

  it('on Wayland leaves placement to the compositor and never asks for always-on-top', () => {
    expect(planPrompt('wayland', null, false)).toEqual({
      kind: 'create',
      size: 'small',
      position: 'compositor',
      alwaysOnTop: false,
    });
  });

  it('on Wayland escalates by replacing the small window with one made at the escalated size', () => {
    expect(planPrompt('wayland', 'small', true)).toEqual({
      kind: 'replace',
      position: 'compositor',
      alwaysOnTop: false,
    });
    expect(planPrompt('wayland', null, true)).toMatchObject({ kind: 'create', size: 'escalated' });
  });

  it('re-shows an open prompt that needs no change', () => {
    for (const server of ['wayland', 'x11', 'other'] as const) {
      expect(planPrompt(server, 'escalated', true)).toEqual({ kind: 'reuse' });
      expect(planPrompt(server, 'small', false)).toEqual({ kind: 'reuse' });
      // An escalated prompt does not shrink back when a plain re-show is asked for.
      expect(planPrompt(server, 'escalated', false)).toEqual({ kind: 'reuse' });
    }
  });
});

describe('prompt attention', () => {
  it('on Wayland flashes the window and posts a notification, critical once escalated', () => {
    expect(promptAttention('wayland', false)).toEqual({ flash: true, notify: 'normal' });
    expect(promptAttention('wayland', true)).toEqual({ flash: true, notify: 'critical' });
  });

  it('adds nothing where the window itself can be placed and kept on top', () => {
    expect(promptAttention('x11', true)).toEqual({ flash: false, notify: 'none' });
    expect(promptAttention('other', false)).toEqual({ flash: false, notify: 'none' });
  });

  it('sizes the escalated prompt 560 by 340 and the small one as the route says', () => {
    expect(promptWindowSize('escalated', { width: 380, height: 220 })).toEqual({
      width: 560,
      height: 340,
    });
    expect(promptWindowSize('small', { width: 380, height: 220 })).toEqual({
      width: 380,
      height: 220,
    });
  });
});

describe('cue plan', () => {
  it('puts the cue in the corner and on top, except on Wayland where the compositor decides', () => {
    expect(planCue('x11')).toEqual({ position: 'corner', alwaysOnTop: true });
    expect(planCue('other')).toEqual({ position: 'corner', alwaysOnTop: true });
    expect(planCue('wayland')).toEqual({ position: 'compositor', alwaysOnTop: false });
  });
});
