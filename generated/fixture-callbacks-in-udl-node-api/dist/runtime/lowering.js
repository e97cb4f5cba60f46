"use strict";
/**
 * Object handles cloned while the arguments of one call are lowered. If a later argument fails to
 * lower, the call never happens and Rust never consumes these clones: they are freed here.
 *
 * Lowering is synchronous, so one module-level scope suffices; its list is allocated only when a
 * handle is actually cloned, so calls without objects pay nothing.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.loweringTarget = loweringTarget;
exports.recordClone = recordClone;
exports.beginLowering = beginLowering;
exports.endLowering = endLowering;
const STATE_KEY = Symbol.for('uniffi-bindgen-ts.lowering');
const state = (globalThis[STATE_KEY] ??= {
    current: undefined,
    target: undefined,
});
/** The library of the call being lowered, if any. */
function loweringTarget() {
    return state.target;
}
/** Records a handle cloned for the call being lowered (no-op outside a lowering scope). */
function recordClone(release, handle) {
    if (state.current === undefined)
        return;
    (state.current ??= []).push([release, handle]);
}
/** Opens a lowering scope for a call to `library`. */
function beginLowering(library) {
    const outer = { clones: state.current, target: state.target };
    state.current = null;
    if (library !== undefined)
        state.target = library;
    return outer;
}
/**
 * Closes the scope `beginLowering` opened. When the lowering `failed`, frees every handle it
 * cloned. Otherwise, unless the call they were cloned for `consumed` them, hands them to the
 * enclosing scope, if any.
 */
function endLowering(outer, failed, consumed = false) {
    const cloned = state.current;
    state.current = outer.clones;
    state.target = outer.target;
    if (cloned === null || cloned === undefined)
        return;
    if (failed) {
        for (const [release, handle] of cloned)
            release(handle);
    }
    else if (outer.clones !== undefined && !consumed) {
        (state.current ??= []).push(...cloned);
    }
}
