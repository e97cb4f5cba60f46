/**
 * Object handles cloned while the arguments of one call are lowered. If a later argument fails to
 * lower, the call never happens and Rust never consumes these clones: they are freed here.
 *
 * Lowering is synchronous, so one module-level scope suffices; its list is allocated only when a
 * handle is actually cloned, so calls without objects pay nothing.
 */

/** Frees a handle that was cloned for a call that did not happen. */
export type HandleRelease = (handle: bigint) => void;

type Clones = Array<readonly [HandleRelease, bigint]>;

/** `undefined`: no lowering in progress; `null`: one is, nothing cloned yet. */
let current: Clones | null | undefined;

/** Records a handle cloned for the call being lowered (no-op outside a lowering scope). */
export function recordClone(release: HandleRelease, handle: bigint): void {
  if (current === undefined) return;
  (current ??= []).push([release, handle]);
}

/** What {@link beginLowering} returns: the enclosing scope, restored by {@link endLowering}. */
export type LoweringScope = Clones | null | undefined;

/** Opens a lowering scope. */
export function beginLowering(): LoweringScope {
  const outer = current;
  current = null;
  return outer;
}

/**
 * Closes the scope `beginLowering` opened. When the lowering `failed`, frees every handle it
 * cloned; otherwise hands them to the enclosing scope, if any.
 */
export function endLowering(outer: LoweringScope, failed: boolean): void {
  const cloned = current;
  current = outer;
  if (cloned === null || cloned === undefined) return;
  if (failed) {
    for (const [release, handle] of cloned) release(handle);
  } else if (outer !== undefined) {
    (current ??= []).push(...cloned);
  }
}

/** Runs `lower` in a lowering scope: if it throws, every handle it cloned is freed. */
export function lowerReleasingClonesOnFailure<R>(lower: () => R): R {
  const outer = beginLowering();
  let failed = true;
  try {
    const result = lower();
    failed = false;
    return result;
  } finally {
    endLowering(outer, failed);
  }
}
