import { EventEmitter } from 'node:events';
import { request as httpRequest, type IncomingMessage as NodeIncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Readable } from 'node:stream';
import type {
  ClientRequest,
  ClientRequestConstructorOptions,
  IncomingMessage,
  Net,
} from 'electron';
import type { StandinRuntime } from './runtime';

/**
 * Electron's `net`, as far as electron-updater's ElectronHttpExecutor uses
 * it: `net.request(options)` -> a ClientRequest whose 'response' hands an
 * IncomingMessage (a Readable with statusCode, statusMessage and lowercased
 * headers), 'redirect' under redirect: 'manual', errors as Chromium's
 * net::ERR_* messages. Carried over Node's http/https here; Chromium's
 * network stack is what real Electron uses.
 */

type UsedIncoming = Pick<IncomingMessage, 'statusCode' | 'statusMessage' | 'headers'>;

/** The response: Node's body stream re-emitted as Electron's IncomingMessage. */
export class StandinIncomingMessage extends Readable implements UsedIncoming {
  readonly statusCode: number;
  readonly statusMessage: string;
  readonly headers: Record<string, string | string[]>;

  constructor(private readonly source: NodeIncomingMessage) {
    super();
    this.statusCode = source.statusCode ?? 0;
    this.statusMessage = source.statusMessage ?? '';
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(source.headers)) {
      if (value !== undefined) headers[name.toLowerCase()] = value;
    }
    this.headers = headers;
    source.on('data', (chunk: Buffer) => {
      if (!this.push(chunk)) source.pause();
    });
    source.on('end', () => this.push(null));
    source.on('aborted', () => this.emit('aborted'));
    source.on('error', (err) => this.destroy(err));
  }

  override _read(): void {
    this.source.resume();
  }
}

/** Chromium's names for the failures Node reports by code. */
const NET_ERRORS: Record<string, string> = {
  ECONNREFUSED: 'net::ERR_CONNECTION_REFUSED',
  ECONNRESET: 'net::ERR_CONNECTION_RESET',
  ENOTFOUND: 'net::ERR_NAME_NOT_RESOLVED',
  EAI_AGAIN: 'net::ERR_NAME_NOT_RESOLVED',
  ETIMEDOUT: 'net::ERR_CONNECTION_TIMED_OUT',
  ENETUNREACH: 'net::ERR_INTERNET_DISCONNECTED',
  EHOSTUNREACH: 'net::ERR_ADDRESS_UNREACHABLE',
};

function netError(err: unknown): Error {
  const code =
    typeof err === 'object' && err !== null ? (Reflect.get(err, 'code') as unknown) : undefined;
  return new Error(
    typeof code === 'string' ? (NET_ERRORS[code] ?? 'net::ERR_FAILED') : 'net::ERR_FAILED',
  );
}

function targetUrl(options: ClientRequestConstructorOptions | string): URL {
  if (typeof options === 'string') return new URL(options);
  if (options.url) return new URL(options.url);
  const protocol = options.protocol ?? 'http:';
  const host =
    options.host ?? `${options.hostname ?? 'localhost'}${options.port ? `:${options.port}` : ''}`;
  return new URL(`${protocol}//${host}${options.path ?? '/'}`);
}

// end() is Electron's too, but it answers the ClientRequest class itself, which this is not.
type UsedClientRequest = Pick<
  ClientRequest,
  'abort' | 'followRedirect' | 'setHeader' | 'getHeader' | 'removeHeader'
>;

export class StandinClientRequest extends EventEmitter implements UsedClientRequest {
  private readonly headers = new Map<string, string>();
  private readonly method: string;
  private readonly redirectMode: 'follow' | 'error' | 'manual';
  private url: URL;
  private redirectsLeft = 20;
  private pendingRedirect: string | null = null;
  private current: ReturnType<typeof httpRequest> | null = null;
  private started = false;
  private done = false;
  private body: Buffer | null = null;

  constructor(options: ClientRequestConstructorOptions | string) {
    super();
    this.url = targetUrl(options);
    if (this.url.protocol !== 'http:' && this.url.protocol !== 'https:') {
      throw new Error(`The protocol "${this.url.protocol}" is not supported.`);
    }
    const given = typeof options === 'string' ? {} : options;
    this.method = (given.method ?? 'GET').toUpperCase();
    this.redirectMode = given.redirect ?? 'follow';
    for (const [name, value] of Object.entries(given.headers ?? {})) {
      this.setHeader(name, String(value));
    }
  }

  setHeader(name: string, value: string): void {
    if (this.started) throw new Error('Headers cannot be set after the request has started');
    this.headers.set(name.toLowerCase(), value);
  }

  getHeader(name: string): string {
    return this.headers.get(name.toLowerCase()) ?? '';
  }

  removeHeader(name: string): void {
    if (this.started) throw new Error('Headers cannot be removed after the request has started');
    this.headers.delete(name.toLowerCase());
  }

  /** Sends the request, with `chunk` as its body when given; `callback` once it is sent. */
  end(chunk?: string | Buffer, encoding?: BufferEncoding, callback?: () => void): this {
    if (this.started) return this;
    this.started = true;
    if (chunk !== undefined)
      this.body = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
    this.send();
    callback?.();
    return this;
  }

  /** Electron: a request that has not closed emits 'abort' and 'close'; after close, nothing. */
  abort(): void {
    if (this.done) return;
    this.done = true;
    this.current?.destroy();
    this.emit('abort');
    this.emit('close');
  }

  followRedirect(): void {
    const next = this.pendingRedirect;
    if (next === null) throw new Error('followRedirect() called without a pending redirect');
    this.pendingRedirect = null;
    this.url = new URL(next, this.url);
    this.send();
  }

  private send(): void {
    const call = this.url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = call(this.url, { method: this.method, headers: Object.fromEntries(this.headers) });
    this.current = req;
    req.on('response', (res) => this.onResponse(res));
    req.on('error', (err) => {
      if (this.done) return;
      this.done = true;
      this.emit('error', netError(err));
      this.emit('close');
    });
    req.end(this.body ?? undefined);
  }

  private onResponse(res: NodeIncomingMessage): void {
    if (this.done) return;
    const status = res.statusCode ?? 0;
    const location = res.headers.location;
    if (status >= 300 && status < 400 && location) {
      res.resume();
      if (this.redirectMode === 'error' || this.redirectsLeft === 0) {
        this.done = true;
        this.emit('error', new Error('net::ERR_TOO_MANY_REDIRECTS'));
        this.emit('close');
        return;
      }
      this.redirectsLeft -= 1;
      const redirectUrl = new URL(location, this.url).href;
      if (this.redirectMode === 'follow') {
        this.url = new URL(redirectUrl);
        this.send();
        return;
      }
      // manual: a listener must call followRedirect() at once, or the request is cancelled.
      this.pendingRedirect = redirectUrl;
      this.emit('redirect', status, this.method, redirectUrl, res.headers);
      if (this.pendingRedirect !== null) this.abort();
      return;
    }
    const message = new StandinIncomingMessage(res);
    message.once('end', () => {
      this.done = true;
      this.emit('close');
    });
    this.emit('response', message);
  }
}

export type StandinNet = {
  request(options: ClientRequestConstructorOptions | string): StandinClientRequest;
} & Pick<Net, 'isOnline'>;

/** The net module: usable once the app is ready, as in Electron. */
export function createNet(runtime: StandinRuntime): StandinNet {
  return {
    request(options) {
      runtime.requireReady("The 'net' module can't be used before the app is ready");
      return new StandinClientRequest(options);
    },
    isOnline: () => true,
  };
}
