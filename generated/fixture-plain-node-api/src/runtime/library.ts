/**
 * Opening a generated package's cdylib and checking that it matches the bindings: the UniFFI
 * contract version and every function's checksum. Where the file is found: `library-lookup.ts`.
 */
import { LibraryLoadError } from './errors';
import { FutureDriver } from './future';
import { checkChecksum, checkContractVersion, REBUILD } from './integrity';
import { findLibrary } from './library-lookup';
import type { LibraryLocation } from './library-lookup';
import { libraryFileProblem } from './library-file';
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
export class UniffiLibrary {
  private opened: { native: NativeLibrary; futures: FutureDriver } | undefined;
  private readonly vtables: Array<readonly [initSymbol: string, vtable: (native: NativeLibrary) => Vtable]> = [];

  constructor(private readonly options: LibraryOptions) {}

  /** Registers a callback interface's vtable when the library opens (now, if it is open). */
  addVtable(initSymbol: string, vtable: (native: NativeLibrary) => Vtable): void {
    this.vtables.push([initSymbol, vtable]);
    const native = this.opened?.native;
    if (native !== undefined) native.registerVtable(initSymbol, vtable(native));
  }

  get native(): NativeLibrary {
    return (this.opened ??= this.open()).native;
  }

  get openedNative(): NativeLibrary | undefined {
    return this.opened?.native;
  }

  get futures(): FutureDriver {
    return (this.opened ??= this.open()).futures;
  }

  /** The path of the opened library file (opens it if needed). */
  get path(): string {
    return this.native.path;
  }

  /** The transport this package was generated for: `library.transport.name` is `ffi-rs` or `koffi`. */
  get transport(): Transport {
    return this.options.transport;
  }

  private open(): { native: NativeLibrary; futures: FutureDriver } {
    const options = this.options;
    const path = findLibrary(options);
    const problem = libraryFileProblem(path);
    if (problem !== undefined) {
      throw new LibraryLoadError(
        `Cannot use ${path} as the native library of ${options.crateName}: ${problem}. ${REBUILD}`,
      );
    }
    let native: NativeLibrary;
    try {
      native = options.transport.open(path, options.crateName);
    } catch (error) {
      throw new LibraryLoadError(`Cannot open ${path}: ${(error as Error).message}`, { cause: error });
    }
    checkIntegrity(native, options);
    for (const [initSymbol, vtable] of this.vtables) native.registerVtable(initSymbol, vtable(native));
    return { native, futures: FutureDriver.of(native) };
  }
}

function checkIntegrity(native: NativeLibrary, options: LibraryOptions): void {
  const { crateName } = options;
  checkContractVersion(native, crateName, options.contractVersion);
  const why = `The library and the bindings come from different versions of ${crateName}.`;
  for (const declaration of options.functions) checkChecksum(native, declaration, why);
}
