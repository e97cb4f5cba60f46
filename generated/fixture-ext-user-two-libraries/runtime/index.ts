/**
 * The runtime shared by every package uniffi-bindgen-ts generates. Generated code imports it;
 * it is copied, unchanged, into each package's `runtime/` folder.
 */
export * from './brand';
export * from './codec';
export * from './converters';
export * from './errors';
export * from './errors-converter';
export * from './ffi-types';
export * from './future';
export * from './handle-map';
export * from './library';
export * from './rust-call';
export { NativeLibrary, MAX_ARGUMENT_ELEMENTS } from './transport';
export type { CallStatus, CallResult, RustBufferHost } from './transport';
export * from './objects';
export * from './time';
