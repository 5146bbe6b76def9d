import type { z } from 'zod';

/**
 * One invokable channel: a runtime validator for its argument and the static
 * type of its result. The result type is carried by a phantom field so the
 * bridge and the renderer can derive their types from this one declaration.
 */
export interface ChannelSpec<A extends z.ZodType, R> {
  readonly args: A;
  /** Never read at run time: carries the result type for inference. */
  readonly result?: R;
}

/** Declares a channel whose argument is validated by `args` and whose result is `R`. */
export function channel<R>() {
  return <A extends z.ZodType>(args: A): ChannelSpec<A, R> => ({ args });
}

/** A push event from main to the renderer, typed by its payload. */
export interface EventSpec<P> {
  readonly payload?: P;
}

/** Declares a push event carrying payload `P`. */
export function event<P>(): EventSpec<P> {
  return {};
}
