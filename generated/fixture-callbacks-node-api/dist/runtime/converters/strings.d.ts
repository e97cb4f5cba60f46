import type { FfiConverter } from './base';
export declare const FfiConverterString: FfiConverter<string>;
export declare const FfiConverterBytes: FfiConverter<Uint8Array>;
/** `&[u8]` arguments of sync functions: Rust reads the caller's bytes in place, for one call. */
export declare const FfiConverterForeignBytes: FfiConverter<Uint8Array>;
