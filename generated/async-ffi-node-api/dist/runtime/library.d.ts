import { FutureDriver } from './future';
import type { LibraryLocation } from './library-lookup';
import type { FfiFunctionDeclaration } from './ffi-types';
import type { NativeLibrary, Transport, Vtable } from './transport/native';
export interface LibraryOptions extends LibraryLocation {
    /** The backend that opens and calls the library (the package's `runtime/transport/<name>.ts`). */
    readonly transport: Transport;
    /** The UniFFI contract version the bindings speak. */
    readonly contractVersion: number;
    /** Every FFI function of the package, for the checksum check. */
    readonly functions: readonly FfiFunctionDeclaration[];
}
/** The native library of one generated package, opened and checked on first use. */
export declare class UniffiLibrary {
    private readonly options;
    private opened;
    private readonly vtables;
    constructor(options: LibraryOptions);
    /** Registers a callback interface's vtable when the library opens (now, if it is open). */
    addVtable(initSymbol: string, vtable: (native: NativeLibrary) => Vtable): void;
    get native(): NativeLibrary;
    get openedNative(): NativeLibrary | undefined;
    get futures(): FutureDriver;
    /** The path of the opened library file (opens it if needed). */
    get path(): string;
    /** The transport this package was generated for: `library.transport.name` is `ffi-rs` or `koffi`. */
    get transport(): Transport;
    private open;
}
