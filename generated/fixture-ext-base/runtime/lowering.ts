/**
 * Object handles cloned while the arguments of one call are lowered. If a later argument fails to
 * lower, the call never happens and Rust never consumes these clones: they are freed here.
 */

/** Frees a handle that was cloned for a call that did not happen. */
export type HandleRelease = (handle: bigint) => void;

let clonedDuringLowering: Array<readonly [HandleRelease, bigint]> | undefined;

/** Records a handle cloned for the call being lowered (no-op outside {@link lowerReleasingClonesOnFailure}). */
export function recordClone(release: HandleRelease, handle: bigint): void {
  clonedDuringLowering?.push([release, handle]);
}

/** Runs `lower` and frees every handle it cloned if it throws. Lowering is synchronous, so one list suffices. */
export function lowerReleasingClonesOnFailure<R>(lower: () => R): R {
  const outer = clonedDuringLowering;
  const cloned: Array<readonly [HandleRelease, bigint]> = [];
  clonedDuringLowering = cloned;
  try {
    return lower();
  } catch (error) {
    for (const [release, handle] of cloned) {
      release(handle);
    }
    throw error;
  } finally {
    clonedDuringLowering = outer;
    outer?.push(...cloned);
  }
}
