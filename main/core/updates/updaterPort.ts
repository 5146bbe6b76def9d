/**
 * What the core asks of the updater (electron-updater in the app, see
 * main/shell/updater.ts). Outcomes arrive as events; no method rejects.
 */
export interface UpdaterPort {
  /** Asks the feed whether a newer version exists. */
  check(): Promise<void>;
  /** Downloads the version the last check found. */
  download(): Promise<void>;
  /** Quits, installs the downloaded version and starts it. */
  installNow(): void;
  /**
   * autoDownload: download as soon as a check finds a version;
   * installOnQuit: install a downloaded version when the app quits.
   */
  configure(options: { autoDownload: boolean; installOnQuit: boolean }): void;
  onEvent(listener: (event: UpdaterEvent) => void): () => void;
}

/** A failure, reduced to what can be classified; the raw text goes to the log only. */
export interface UpdaterFailure {
  /** electron-updater's error code (ERR_UPDATER_*), Node's (ECONNREFUSED) or Chromium's net error, when known. */
  code: string | null;
  /** The HTTP status when the server answered with an error. */
  statusCode: number | null;
}

export type UpdaterEvent =
  | { type: 'checking' }
  | { type: 'available'; version: string }
  | { type: 'not-available'; version: string }
  | { type: 'progress'; percent: number }
  | { type: 'downloaded'; version: string }
  | { type: 'error'; failure: UpdaterFailure };
