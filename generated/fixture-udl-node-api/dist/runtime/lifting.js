"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.liftingSource = liftingSource;
exports.beginLifting = beginLifting;
exports.endLifting = endLifting;
// Shared by every copy of this runtime (one per generated package): a call of one package lifts
// objects whose converters live in another (types from other crates).
const STATE_KEY = Symbol.for('uniffi-bindgen-ts.lifting');
const state = (globalThis[STATE_KEY] ??= {
    source: undefined,
});
/** The library whose values are being lifted, if a lift is in progress. */
function liftingSource() {
    return state.source;
}
/**
 * Makes `library` the source of what is lifted until {@link endLifting}; returns the outer one.
 * @internal For the calls layer, always paired with `endLifting` in a `finally`.
 */
function beginLifting(library) {
    const outer = state.source;
    state.source = library;
    return outer;
}
/**
 * Restores the source {@link beginLifting} replaced.
 * @internal
 */
function endLifting(outer) {
    state.source = outer;
}
