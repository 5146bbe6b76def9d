// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../../../shared/settings/defaults';
import { VOICE_SETTLE_MS } from '../../../audio/useSpeechVoices';
import { createBridgeMock, ok } from '../../../testing/bridgeMock';

const bridgeMock = createBridgeMock();
vi.mock('../../../bridge', () => ({ bridge: bridgeMock }));

/**
 * jsdom has no speech synthesis, so the test gives the window one: a
 * stand-in with the part of SpeechSynthesis the Sound settings read
 * (getVoices and voiceschanged), holding the voices the test chooses.
 */
function fakeSpeech(voices: { name: string }[]): SpeechSynthesis {
  const target = new EventTarget();
  return Object.assign(target, {
    getVoices: () => voices,
    speak: () => undefined,
    cancel: () => undefined,
  }) as unknown as SpeechSynthesis;
}

async function showSound(linux = true) {
  bridgeMock.getAppInfo.mockResolvedValue(
    ok({
      name: 'Decompress',
      version: 'test',
      platform: linux ? 'linux' : 'darwin',
      trayLocation: 'the tray',
    }),
  );
  const { SoundSection } = await import('./SoundSection');
  render(<SoundSection settings={defaultSettings()} save={async () => null} />);
  await act(async () => undefined);
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('spoken cues in the Sound settings', () => {
  it('are offered, with a test button, where the computer has a voice', async () => {
    vi.stubGlobal('speechSynthesis', fakeSpeech([{ name: 'Anna' }]));
    await showSound();
    await act(async () => vi.advanceTimersByTimeAsync(VOICE_SETTLE_MS));
    const cues = screen.getByRole<HTMLInputElement>('switch', { name: 'Spoken cues' });
    expect(cues.disabled).toBe(false);
    expect(screen.getByText(/Reads each step's cues aloud/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Test spoken cue' })).toBeTruthy();
  });

  it('are not offered where no voice arrives, and the window says why (speech-dispatcher on Linux)', async () => {
    vi.stubGlobal('speechSynthesis', fakeSpeech([]));
    await showSound();
    await act(async () => vi.advanceTimersByTimeAsync(VOICE_SETTLE_MS));
    const cues = screen.getByRole<HTMLInputElement>('switch', { name: 'Spoken cues' });
    expect(cues.disabled).toBe(true);
    expect(cues.checked).toBe(false);
    const why = document.getElementById(cues.getAttribute('aria-describedby')?.split(' ')[0] ?? '');
    expect(why?.textContent).toMatch(/^No voice is installed on this computer/);
    expect(why?.textContent).toContain('speech-dispatcher');
    expect(screen.queryByRole('button', { name: 'Test spoken cue' })).toBeNull();
  });

  it('come back as soon as a voice is installed and the browser says so', async () => {
    const voices: { name: string }[] = [];
    const speech = fakeSpeech(voices);
    vi.stubGlobal('speechSynthesis', speech);
    await showSound(false);
    await act(async () => vi.advanceTimersByTimeAsync(VOICE_SETTLE_MS));
    expect(screen.getByRole<HTMLInputElement>('switch', { name: 'Spoken cues' }).disabled).toBe(
      true,
    );
    expect(screen.getByText(/speech settings/)).toBeTruthy();
    voices.push({ name: 'Anna' });
    await act(async () => void speech.dispatchEvent(new Event('voiceschanged')));
    expect(screen.getByRole<HTMLInputElement>('switch', { name: 'Spoken cues' }).disabled).toBe(
      false,
    );
  });
});
