import type { HelperAbi } from './c-abi';
import type { Transport } from './native';
/** The koffi transport; `abi` chooses how the RustBuffer helpers are called (tests force the portable path). */
export declare function koffiTransport(abi?: HelperAbi): Transport;
/**
 * The koffi transport, with the helper ABI of this platform. `UNIFFI_TS_KOFFI_PORTABLE=1` forces
 * koffi's own struct handling everywhere (the path every non-x86-64 platform takes), to test it.
 */
export declare const transport: Transport;
