import type { FfiConverter } from './converters';
import { AbortError } from './errors';
import type { ErrorLifter } from './errors-converter';
import type { FfiFunctionDeclaration, FfiKind } from './ffi-types';
import { RustFunction } from './rust-call';
import type { Parameter } from './rust-call';
import type { NativeHost, NativeLibrary } from './transport/native';
/** Options accepted as the last argument of every async function. */
export interface AsyncCallOptions {
    /** Cancels the Rust future; the Promise then rejects with an {@link AbortError}. */
    readonly signal?: AbortSignal;
}
/** Drives the futures of one native library. */
export declare class FutureDriver {
    private readonly native;
    /** The driver of `native`, made on first use: every caller of a library shares its one driver. */
    static of(native: NativeLibrary): FutureDriver;
    private readonly waiting;
    /** Futures started and not yet freed, with the kind their `rust_future_*` functions take. */
    private readonly inFlight;
    private constructor();
    private abandonAll;
    /** Futures currently waiting for Rust. */
    get pending(): number;
    private poll;
    /** Awaits the future `handle` and returns what `complete` gives, then frees the future. */
    run<R>(handle: bigint, kind: FfiKind, name: string, returns: FfiConverter<R> | undefined, errors: ErrorLifter | undefined, signal: AbortSignal | undefined): Promise<R>;
}
/** What async functions hold: the library and its future driver. */
export interface FutureHost extends NativeHost {
    readonly futures: FutureDriver;
}
/** An async Rust function: calling it starts the future and returns a Promise of its result. */
export declare class AsyncFunction<R> extends RustFunction<R> {
    protected readonly host: FutureHost;
    constructor(host: FutureHost, declaration: FfiFunctionDeclaration, params: readonly Parameter[], returns: FfiConverter<R> | undefined, errors?: ErrorLifter);
    private get future();
    call(args: readonly unknown[], options: AsyncCallOptions | undefined): Promise<R>;
    /**
     * Starts the future in `native` (by default the package's library) and drives it with that
     * library's driver. Every failure, a library that cannot open included, is a rejection.
     */
    protected callIn(native: NativeLibrary | undefined, args: readonly unknown[], options: AsyncCallOptions | undefined): Promise<R>;
}
/**
 * An async method of an object: it runs in the library that made the object, as a `SyncMethod`
 * does.
 */
export declare class AsyncMethod<R> extends AsyncFunction<R> {
    private readonly receiver;
    constructor(host: FutureHost, declaration: FfiFunctionDeclaration, params: readonly Parameter[], returns: FfiConverter<R> | undefined, errors?: ErrorLifter);
    call(args: readonly unknown[], options: AsyncCallOptions | undefined): Promise<R>;
}
export { AbortError };
