/** Pause lengths offered from the tray, in menu order. */
export const PAUSE_CHOICE_IDS = ['30m', '1h', '2h', 'today', 'indefinite'] as const;
export type PauseChoice = (typeof PAUSE_CHOICE_IDS)[number];

const LABELS: Record<PauseChoice, string> = {
  '30m': '30 minutes',
  '1h': '1 hour',
  '2h': '2 hours',
  today: 'Rest of today',
  indefinite: 'Until I resume',
};

/** The tray's pause submenu: id and label of each choice. */
export const PAUSE_CHOICES: readonly { id: PauseChoice; label: string }[] = PAUSE_CHOICE_IDS.map(
  (id) => ({ id, label: LABELS[id] }),
);

/** Fixed pause lengths; 'today' and 'indefinite' have none. */
export const PAUSE_LENGTH_MINUTES: Readonly<Partial<Record<PauseChoice, number>>> = {
  '30m': 30,
  '1h': 60,
  '2h': 120,
};

/** Narrows untrusted input to a pause choice. */
export function isPauseChoice(value: unknown): value is PauseChoice {
  return typeof value === 'string' && (PAUSE_CHOICE_IDS as readonly string[]).includes(value);
}
