/**
 * Object handles cloned while the arguments of one call are lowered. If a later argument fails to
 * lower, the call never happens and Rust never consumes these clones: they are freed here.
 *
 * Lowering is synchronous, so one module-level scope suffices; its list is allocated only when a
 * handle is actually cloned, so calls without objects pay nothing.
 */

import type { RustBufferHost } from './transport/native';

/** Frees a handle that was cloned for a call that did not happen. */
export type HandleRelease = (handle: bigint) => void;

type Clones = Array<readonly [HandleRelease, bigint]>;

/**
 * The lowering in progress, shared by every copy of this runtime (one per generated package): a
 * call of one package lowers objects whose converters live in another (types from other crates).
 */
interface LoweringState {
  /** `undefined`: no lowering in progress; `null`: one is, nothing cloned yet. */
  current: Clones | null | undefined;
  /** The library the call being lowered goes to (objects nested in values check it). */
  target: RustBufferHost | undefined;
}

const STATE_KEY = Symbol.for('uniffi-bindgen-ts.lowering');
const state: LoweringState = ((globalThis as Record<symbol, LoweringState | undefined>)[STATE_KEY] ??= {
  current: undefined,
  target: undefined,
});

/** The library of the call being lowered, if any. */
export function loweringTarget(): RustBufferHost | undefined {
  return state.target;
}

/** Records a handle cloned for the call being lowered (no-op outside a lowering scope). */
export function recordClone(release: HandleRelease, handle: bigint): void {
  if (state.current === undefined) return;
  (state.current ??= []).push([release, handle]);
}

/** What {@link beginLowering} returns: the enclosing scope, restored by {@link endLowering}. */
export interface LoweringScope {
  readonly clones: Clones | null | undefined;
  readonly target: RustBufferHost | undefined;
}

/** Opens a lowering scope for a call to `library`. */
export function beginLowering(library?: RustBufferHost): LoweringScope {
  const outer = { clones: state.current, target: state.target };
  state.current = null;
  if (library !== undefined) state.target = library;
  return outer;
}

/**
 * Closes the scope `beginLowering` opened. When the lowering `failed`, frees every handle it
 * cloned. Otherwise, unless the call they were cloned for `consumed` them, hands them to the
 * enclosing scope, if any.
 */
export function endLowering(outer: LoweringScope, failed: boolean, consumed = false): void {
  const cloned = state.current;
  state.current = outer.clones;
  state.target = outer.target;
  if (cloned === null || cloned === undefined) return;
  if (failed) {
    for (const [release, handle] of cloned) release(handle);
  } else if (outer.clones !== undefined && !consumed) {
    (state.current ??= []).push(...cloned);
  }
}
