import { EventEmitter } from 'node:events';
import type { Notification, NotificationConstructorOptions } from 'electron';

type UsedNotification = Pick<Notification, 'show' | 'close' | 'title' | 'body' | 'silent'>;

/** What the person saw: kept strongly, whatever becomes of the Notification object. */
export interface ShownNotification {
  title: string;
  body: string;
  silent: boolean;
  /** Buttons offered; on Linux Electron shows none, whatever the app asks. */
  actionLabels: string[];
  shownAt: number;
  /** The object the app made, held weakly: Electron lets an unreferenced Notification be collected. */
  ref: WeakRef<StandinNotification>;
  closed: boolean;
}

const shown: ShownNotification[] = [];

/**
 * Electron's Notification on Linux: a title, a body, no action buttons
 * (Electron documents actions for macOS and Windows only), click, close and
 * failed events. The object is held only weakly, as in Electron, so an app
 * that drops its reference loses the click, and a spec can show that by
 * collecting garbage before clicking.
 */
export class StandinNotification extends EventEmitter implements UsedNotification {
  title: string;
  body: string;
  silent: boolean;
  private readonly actionLabels: string[];
  private entry: ShownNotification | null = null;

  constructor(options: NotificationConstructorOptions = {}) {
    super();
    this.title = options.title ?? '';
    this.body = options.body ?? '';
    this.silent = options.silent ?? false;
    this.actionLabels = (options.actions ?? []).map((a) => a.text ?? '');
  }

  show(): void {
    this.entry = {
      title: this.title,
      body: this.body,
      silent: this.silent,
      actionLabels: process.platform === 'linux' ? [] : this.actionLabels,
      shownAt: Date.now(),
      ref: new WeakRef(this),
      closed: false,
    };
    shown.push(this.entry);
    this.emit('show', {});
  }

  close(): void {
    if (this.entry && !this.entry.closed) {
      this.entry.closed = true;
      this.emit('close', {});
    }
  }

  static isSupported(): boolean {
    return process.env.STANDIN_NO_NOTIFICATIONS !== '1';
  }

  static shown(): readonly ShownNotification[] {
    return shown;
  }

  /** Drops the record of what was shown (see the controls' forgetRecords). */
  static forgetShown(): void {
    shown.length = 0;
  }
}
