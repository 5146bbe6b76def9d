import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import type { MenuItemConstructorOptions, NativeImage, Tray } from 'electron';
import type { StandinRuntime } from './runtime';

/**
 * nativeImage over a file path. Electron returns an empty image for a
 * missing file rather than throwing, and picks `@2x` siblings itself; the
 * stand-in keeps the path so a spec can see which glyph the tray shows.
 */
export class StandinNativeImage implements Pick<NativeImage, 'isEmpty' | 'isTemplateImage'> {
  constructor(readonly path: string | null) {}

  isEmpty(): boolean {
    return this.path === null || !existsSync(this.path);
  }

  isTemplateImage(): boolean {
    return this.path?.includes('Template') ?? false;
  }

  static createFromPath(path: string): StandinNativeImage {
    return new StandinNativeImage(path);
  }

  static createEmpty(): StandinNativeImage {
    return new StandinNativeImage(null);
  }
}

/** Electron's MenuItem as far as a spec needs it: what it shows, and click() that runs its handler. */
export class StandinMenuItem {
  readonly label: string;
  readonly type: string;
  readonly enabled: boolean;
  readonly visible: boolean;
  readonly submenu: StandinMenu | null;
  private readonly onClick: MenuItemConstructorOptions['click'];

  constructor(options: MenuItemConstructorOptions) {
    this.label = options.label ?? '';
    this.type = options.type ?? (options.submenu ? 'submenu' : 'normal');
    this.enabled = options.enabled ?? true;
    this.visible = options.visible ?? true;
    this.onClick = options.click;
    const sub = options.submenu;
    this.submenu = Array.isArray(sub) ? StandinMenu.buildFromTemplate(sub) : null;
  }

  /** Electron's MenuItem.click(): a disabled item does nothing, as a real click would. */
  click(): void {
    if (!this.enabled) return;
    // Electron passes (menuItem, window, event); the app's handlers take none.
    (this.onClick as unknown as ((...args: unknown[]) => void) | undefined)?.(this, undefined, {});
  }
}

export class StandinMenu extends EventEmitter {
  readonly items: StandinMenuItem[];

  constructor(items: StandinMenuItem[] = []) {
    super();
    this.items = items;
  }

  static buildFromTemplate(
    template: (MenuItemConstructorOptions | StandinMenuItem)[],
  ): StandinMenu {
    return new StandinMenu(
      template.map((entry) =>
        entry instanceof StandinMenuItem ? entry : new StandinMenuItem(entry),
      ),
    );
  }

  static setApplicationMenu(): void {
    // A tray app has no application menu to speak of; nothing to record.
  }

  static getApplicationMenu(): StandinMenu | null {
    return null;
  }
}

type UsedTray = Pick<Tray, 'setToolTip' | 'destroy' | 'isDestroyed'>;

const trays: StandinTray[] = [];

/**
 * One tray icon. It records its image, tooltip and context menu so a spec
 * can read what the person would see and click a menu item.
 */
export class StandinTray extends EventEmitter implements UsedTray {
  image: StandinNativeImage;
  tooltip = '';
  menu: StandinMenu | null = null;
  /** Every image the tray has shown, in order. */
  readonly images: (string | null)[] = [];
  private destroyed = false;

  constructor(runtime: StandinRuntime, image: StandinNativeImage | string) {
    super();
    runtime.requireReady('Cannot create Tray before app is ready');
    this.image = typeof image === 'string' ? new StandinNativeImage(image) : image;
    this.images.push(this.image.path);
    trays.push(this);
  }

  /** Keeps only the image on show now (see the controls' forgetRecords). */
  forgetImages(): void {
    this.images.splice(0, this.images.length - 1);
  }

  setImage(image: StandinNativeImage | string): void {
    this.image = typeof image === 'string' ? new StandinNativeImage(image) : image;
    this.images.push(this.image.path);
  }

  setToolTip(toolTip: string): void {
    this.tooltip = toolTip;
  }

  setContextMenu(menu: StandinMenu | null): void {
    this.menu = menu;
  }

  destroy(): void {
    this.destroyed = true;
    const index = trays.indexOf(this);
    if (index >= 0) trays.splice(index, 1);
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  static all(): readonly StandinTray[] {
    return trays;
  }
}
