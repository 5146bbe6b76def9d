import {
  channels,
  isChannelName,
  type ChannelArg,
  type ChannelName,
  type ChannelResult,
} from '../../../shared/ipc/contract';
import type { IpcResult } from '../../../shared/ipc/result';
import { issueFromZod, issuePath } from '../../../shared/ipc/zodIssue';
import type { Route } from '../../../shared/routes';
import type { Logger } from '../logger';
import { Refusal } from './refusal';

/** Who is calling: the app window the call came from. */
export interface CallContext {
  route: Route;
  /** Identifies the window instance, so "close my window" closes the right one. */
  windowId: number;
}

/** Channels that answer nothing let their handler return nothing. */
// eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- void is the point: such handlers are plain statements
type Returned<R> = [R] extends [undefined] ? void : R;

export type Handler<K extends ChannelName> = (
  arg: ChannelArg<K>,
  ctx: CallContext,
) => Returned<ChannelResult<K>> | Promise<Returned<ChannelResult<K>>>;

export type Handlers = { [K in ChannelName]: Handler<K> };

export interface Router {
  /**
   * Validates and dispatches one call. `ctx` is null when the shell could not
   * match the sender to one of the app's own windows: such calls are refused.
   * Never throws: every failure becomes an error result with a clear message.
   */
  call(channel: string, payload: unknown, ctx: CallContext | null): Promise<IpcResult<unknown>>;
}

export function createRouter(handlers: Handlers, log: Logger): Router {
  return {
    async call(channel, payload, ctx) {
      if (!isChannelName(channel)) {
        log.warn('ipc: unknown channel', { channel: String(channel).slice(0, 80) });
        return {
          ok: false,
          error: {
            code: 'unknown-channel',
            message: `No such channel: ${String(channel).slice(0, 80)}`,
          },
        };
      }
      if (ctx === null) {
        log.warn('ipc: call from a sender that is not an app window', { channel });
        return {
          ok: false,
          error: {
            code: 'forbidden-sender',
            message: 'Calls are only accepted from Decompress windows',
          },
        };
      }
      const parsed = channels[channel].args.safeParse(payload);
      if (!parsed.success) {
        // The first issue is the one a window shows; zod's wording goes to the log only.
        const first = parsed.error.issues[0];
        const issue = first
          ? issueFromZod(first)
          : { path: [], problem: { code: 'other' as const } };
        const message = `${channel}: ${issuePath(issue) || '(argument)'}: ${first?.message ?? 'invalid'}`;
        log.warn('ipc: bad payload', { channel, field: issuePath(issue) });
        return { ok: false, error: { code: 'bad-payload', message, issue } };
      }
      try {
        // The map is keyed by the same names as the contract; TypeScript cannot
        // correlate the two lookups through a union key, hence the widening.
        const handler = handlers[channel] as Handler<ChannelName>;
        const value = await handler(parsed.data, ctx);
        return { ok: true, value };
      } catch (err) {
        if (err instanceof Refusal) {
          log.info('ipc: refused', { channel, message: err.message });
          return { ok: false, error: { code: 'refused', message: err.message, issue: err.issue } };
        }
        const message = err instanceof Error ? err.message : String(err);
        log.error('ipc: handler failed', { channel, message });
        return { ok: false, error: { code: 'failed', message } };
      }
    },
  };
}
