/** How a backend calls the RustBuffer helpers on a platform. */
export type HelperAbi = 'sysv-x64' | 'struct';
/** The helper ABI of `platform`-`arch` (defaults: this process). */
export declare function helperAbi(os?: string, cpu?: string): HelperAbi;
/**
 * The 9 integer arguments that make `rustbuffer_free(RustBuffer, RustCallStatus*)` a scalar
 * call: the status pointer, five unused registers, then the struct's three eightbytes on the stack.
 */
export declare function sysvFreeArguments(capacity: number, len: number, data: number, status: number | bigint): Array<number | bigint>;
/** Integer arguments of {@link sysvFreeArguments}. */
export declare const SYSV_FREE_ARGUMENT_COUNT: number;
