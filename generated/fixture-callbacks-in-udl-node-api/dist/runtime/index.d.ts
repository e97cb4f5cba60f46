/**
 * The runtime shared by every package uniffi-bindgen-ts generates. Generated code imports it;
 * it is copied, unchanged, into each package's `runtime/` folder, with the one transport backend
 * (`transport/ffi-rs.ts` or `transport/koffi.ts`) the package was generated for. Backends are not
 * exported here: the package's `ffi.ts` imports its own.
 */
export * from './brand';
export * from './callbacks';
export * from './codec';
export * from './enum-discriminants';
export * from './converters';
export * from './errors';
export * from './errors-converter';
export * from './ffi-types';
export * from './future';
export * from './handle-map';
export * from './library';
export * from './library-lookup';
export * from './rust-call';
export * from './lifting';
export * from './lowering';
export { MAX_ARGUMENT_ELEMENTS } from './transport/arena';
export type { AsyncCallbackOutput, CallResult, CallStatus, ContinuationHandler, NativeHost, NativeLibrary, RustBufferHost, ScaffoldingCall, SyncCallbackOutput, Transport, Vtable, VtableMethod, } from './transport/native';
export * from './objects';
export * from './time';
