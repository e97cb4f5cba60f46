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
/** The library of the call being lowered, if any. */
export declare function loweringTarget(): RustBufferHost | undefined;
/** Records a handle cloned for the call being lowered (no-op outside a lowering scope). */
export declare function recordClone(release: HandleRelease, handle: bigint): void;
/** What {@link beginLowering} returns: the enclosing scope, restored by {@link endLowering}. */
export interface LoweringScope {
    readonly clones: Clones | null | undefined;
    readonly target: RustBufferHost | undefined;
}
/** Opens a lowering scope for a call to `library`. */
export declare function beginLowering(library?: RustBufferHost): LoweringScope;
/**
 * Closes the scope `beginLowering` opened. When the lowering `failed`, frees every handle it
 * cloned. Otherwise, unless the call they were cloned for `consumed` them, hands them to the
 * enclosing scope, if any.
 */
export declare function endLowering(outer: LoweringScope, failed: boolean, consumed?: boolean): void;
export {};
