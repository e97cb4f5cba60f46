/**
 * The library the values being lifted come from. An object handle belongs to the library that
 * returned it: with two loaded cdylibs that both contain a crate, an object of that crate returned
 * by either library must be freed, cloned and called in that library, whichever package's
 * converter lifts it.
 *
 * Lifting is synchronous, so one module-level source suffices. It is set where the calls layer
 * lifts a result, an error or a callback's arguments, and read by object converters, which may
 * be nested deep inside a record or a `Vec`.
 */
import type { NativeLibrary } from './transport/native';

interface LiftingState {
  source: NativeLibrary | undefined;
}

// Shared by every copy of this runtime (one per generated package): a call of one package lifts
// objects whose converters live in another (types from other crates).
const STATE_KEY = Symbol.for('uniffi-bindgen-ts.lifting');
const state: LiftingState = ((globalThis as Record<symbol, LiftingState | undefined>)[STATE_KEY] ??= {
  source: undefined,
});

/** The library whose values are being lifted, if a lift is in progress. */
export function liftingSource(): NativeLibrary | undefined {
  return state.source;
}

/**
 * Makes `library` the source of what is lifted until {@link endLifting}; returns the outer one.
 * @internal For the calls layer, always paired with `endLifting` in a `finally`.
 */
export function beginLifting(library: NativeLibrary): NativeLibrary | undefined {
  const outer = state.source;
  state.source = library;
  return outer;
}

/**
 * Restores the source {@link beginLifting} replaced.
 * @internal
 */
export function endLifting(outer: NativeLibrary | undefined): void {
  state.source = outer;
}
