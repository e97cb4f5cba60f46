import type { Transport } from './native';
/** The ffi-rs transport. */
export declare const transport: Transport;
