import { CallbackInterfaceConverter, ErrorConverter, FlatEnumConverter, ForeignTraitConverter, ObjectConverter, RecordConverter, TaggedEnumConverter, UniffiError, UniffiObject } from './runtime';
import type { AsyncCallOptions, ForeignCallOptions } from './runtime';
export { AbortError, Duration, LibraryLoadError, ObjectDestroyedError, RustPanic, Timestamp, UniffiError, } from './runtime';
export type { AsyncCallOptions, ForeignCallOptions } from './runtime';
/** A direction. */
export type Direction = 'North' | 'South';
/**
 * The variants of {@link Direction}, their Rust discriminants (`discriminant(variant)`,
 * `fromDiscriminant(value)`).
 */
export declare const Direction: {
    readonly North: "North";
    readonly South: "South";
} & import("./runtime").EnumDiscriminants<Direction, number>;
/** A shape, with fields. */
export type Shape = {
    tag: 'Circle';
    radius: number;
} | {
    tag: 'Square';
    side: number;
};
/** Constructors of each variant of {@link Shape}. */
export declare const Shape: {
    readonly Circle: (fields: {
        radius: number;
    }) => Extract<Shape, {
        tag: "Circle";
    }>;
    readonly Square: (fields: {
        side: number;
    }) => Extract<Shape, {
        tag: "Square";
    }>;
};
/** A labelled point. */
export interface Point {
    x: number;
    y: number;
    label: string;
}
/** Why a fetch failed. */
export declare class FetchError extends UniffiError {
    readonly tag: 'NotFound' | 'Unexpected';
}
export declare namespace FetchError {
    class NotFound extends FetchError {
        readonly tag: 'NotFound';
        readonly url: string;
        constructor(fields: {
            url: string;
        });
    }
    class Unexpected extends FetchError {
        readonly tag: 'Unexpected';
        readonly message_: string;
        constructor(fields: {
            message_: string;
        });
    }
    /**
     * Every variant of FetchError. A caught FetchError narrows to one with `instanceof` (each
     * variant is a class), or, cast to this type, with `switch (error.tag)`.
     */
    type Variant = NotFound | Unexpected;
}
/** Why a call did not go through (flat: only the variant crosses to Rust). */
export declare class TelephoneError extends UniffiError {
    readonly tag: 'Busy' | 'Unreachable';
}
export declare namespace TelephoneError {
    class Busy extends TelephoneError {
        readonly tag: 'Busy';
        /** @param message Rust's `Display` of the error; by default `TelephoneError.Busy` (only the variant crosses to Rust). */
        constructor(message?: string);
    }
    class Unreachable extends TelephoneError {
        readonly tag: 'Unreachable';
        /** @param message Rust's `Display` of the error; by default `TelephoneError.Unreachable` (only the variant crosses to Rust). */
        constructor(message?: string);
    }
    /**
     * Every variant of TelephoneError. A caught TelephoneError narrows to one with `instanceof` (each
     * variant is a class), or, cast to this type, with `switch (error.tag)`.
     */
    type Variant = Busy | Unreachable;
}
/** What a foreign method may fail with. */
export declare class CallbackError extends UniffiError {
    readonly tag: 'Rejected' | 'TooBig';
}
export declare namespace CallbackError {
    class Rejected extends CallbackError {
        readonly tag: 'Rejected';
        readonly reason: string;
        constructor(fields: {
            reason: string;
        });
    }
    class TooBig extends CallbackError {
        readonly tag: 'TooBig';
        constructor();
    }
    /**
     * Every variant of CallbackError. A caught CallbackError narrows to one with `instanceof` (each
     * variant is a class), or, cast to this type, with `switch (error.tag)`.
     */
    type Variant = Rejected | TooBig;
}
/** Fetches text; implemented in the foreign language with `async` methods. */
export interface FetcherInterface {
    fetch(url: string, options: ForeignCallOptions): Promise<string>;
    size(url: string, options: ForeignCallOptions): Promise<bigint>;
    ping(options: ForeignCallOptions): Promise<void>;
    /**
     * Frees a Rust implementation (a {@link Fetcher} object) at once, as its own `destroy()`
     * does; TypeScript implementations need not have it. A value typed as this interface may be
     * either: `value.destroy?.()` frees it if it is Rust's, and `value instanceof Fetcher` narrows
     * it to the class, which `using` takes.
     */
    destroy?(): void;
    /** The same as `destroy`, on Rust implementations. */
    [Symbol.dispose]?(): void;
}
/** A key-value store: {@link memoryStore} makes a Rust one; foreign code may implement its own. */
export interface StoreInterface {
    get(key: string): string | undefined;
    put(key: string, value: string): void;
    /** Who implements it. */
    kind(): string;
    /**
     * Frees a Rust implementation (a {@link Store} object) at once, as its own `destroy()`
     * does; TypeScript implementations need not have it. A value typed as this interface may be
     * either: `value.destroy?.()` frees it if it is Rust's, and `value instanceof Store` narrows
     * it to the class, which `using` takes.
     */
    destroy?(): void;
    /** The same as `destroy`, on Rust implementations. */
    [Symbol.dispose]?(): void;
}
/** Counts calls. */
export interface CounterInterface {
    /** Adds `amount`; returns the new total. */
    add(amount: bigint): bigint;
    /**
     * Frees a Rust implementation (a {@link Counter} object) at once, as its own `destroy()`
     * does; TypeScript implementations need not have it. A value typed as this interface may be
     * either: `value.destroy?.()` frees it if it is Rust's, and `value instanceof Counter` narrows
     * it to the class, which `using` takes.
     */
    destroy?(): void;
    /** The same as `destroy`, on Rust implementations. */
    [Symbol.dispose]?(): void;
}
/** Receives log lines from Rust. */
export interface Logger {
    /** One line. */
    log(message: string): void;
    /** The most severe level this logger wants (0 = everything). */
    threshold(): number;
}
/** A telephone implemented in foreign code. */
export interface Telephone {
    call(number: string): string;
}
/** Every kind of value, through foreign code. */
export interface Transformer {
    flip(value: boolean): boolean;
    nextI8(value: number): number;
    nextU16(value: number): number;
    nextU64(value: bigint): bigint;
    half(value: number): number;
    shout(value: string): string;
    reverse(value: Uint8Array): Uint8Array;
    movePoint(point: Point): Point;
    turn(direction: Direction): Direction;
    grow(shape: Shape): Shape;
    maybe(value: string | undefined): string | undefined;
    sum(values: number[]): bigint;
    invert(map: Map<string, number>): Map<number, string>;
    retag(tag: Tag): Tag;
    check(value: number): number;
}
/** Fetches text; implemented in the foreign language with `async` methods. */
export declare class Fetcher extends UniffiObject implements FetcherInterface {
    /** Makes the class nominal: another class with the same members is not a Fetcher. */
    private readonly uniffiTypeFetcher;
    /** Instances come from Rust: Fetcher has no primary constructor. */
    private constructor();
    fetch(url: string, options?: AsyncCallOptions): Promise<string>;
    size(url: string, options?: AsyncCallOptions): Promise<bigint>;
    ping(options?: AsyncCallOptions): Promise<void>;
}
/** Holds a logger and forwards lines at or above its threshold. */
export declare class LogSink extends UniffiObject {
    /** Makes the class nominal: another class with the same members is not a LogSink. */
    private readonly uniffiTypeLogSink;
    /** A sink that keeps `logger` until {@link LogSink.detach} or until the sink is dropped. */
    constructor(logger: Logger);
    /** Drops the logger now. */
    detach(): void;
    /** Logs `message` at `level`; returns whether the logger took it. */
    write(level: number, message: string): boolean;
}
/**
 * A Rust object that also implements `Store` (`#[uniffi::export] impl Store for PrefixStore`):
 * its keys are stored with a prefix.
 */
export declare class PrefixStore extends UniffiObject implements StoreInterface {
    /** Makes the class nominal: another class with the same members is not a PrefixStore. */
    private readonly uniffiTypePrefixStore;
    /** An empty store adding `prefix` to every key. */
    constructor(prefix: string);
    get(key: string): string | undefined;
    kind(): string;
    put(key: string, value: string): void;
    /** The stored keys, prefix included, sorted. */
    storedKeys(): string[];
}
/** A key-value store: {@link memoryStore} makes a Rust one; foreign code may implement its own. */
export declare class Store extends UniffiObject implements StoreInterface {
    /** Makes the class nominal: another class with the same members is not a Store. */
    private readonly uniffiTypeStore;
    /** Instances come from Rust: Store has no primary constructor. */
    private constructor();
    get(key: string): string | undefined;
    put(key: string, value: string): void;
    /** Who implements it. */
    kind(): string;
}
/** Counts calls. */
export declare class Counter extends UniffiObject implements CounterInterface {
    /** Makes the class nominal: another class with the same members is not a Counter. */
    private readonly uniffiTypeCounter;
    /** Instances come from Rust: Counter has no primary constructor. */
    private constructor();
    /** Adds `amount`; returns the new total. */
    add(amount: bigint): bigint;
}
/** A Rust object the foreign side can receive and return. */
export declare class Tag extends UniffiObject {
    /** Makes the class nominal: another class with the same members is not a Tag. */
    private readonly uniffiTypeTag;
    constructor(name: string);
    name(): string;
}
/** The FFI converter of Direction: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeDirection: FlatEnumConverter<Direction>;
/** The FFI converter of Point: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypePoint: RecordConverter<Point>;
/** The FFI converter of Shape: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeShape: TaggedEnumConverter<Shape>;
/** The FFI converter of FetchError: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeFetchError: ErrorConverter<FetchError>;
/** The FFI converter of TelephoneError: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeTelephoneError: ErrorConverter<TelephoneError>;
/** The FFI converter of CallbackError: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeCallbackError: ErrorConverter<CallbackError>;
/** The FFI converter of Fetcher: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeFetcherObject: ObjectConverter<Fetcher>;
/** The FFI converter of LogSink: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeLogSink: ObjectConverter<LogSink>;
/** The FFI converter of PrefixStore: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypePrefixStore: ObjectConverter<PrefixStore>;
/** The FFI converter of Store: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeStoreObject: ObjectConverter<Store>;
/** The FFI converter of Counter: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeCounterObject: ObjectConverter<Counter>;
/** The FFI converter of Tag: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeTag: ObjectConverter<Tag>;
/** The FFI converter of FetcherInterface: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeFetcher: ForeignTraitConverter<FetcherInterface>;
/** The FFI converter of StoreInterface: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeStore: ForeignTraitConverter<StoreInterface>;
/** The FFI converter of CounterInterface: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeCounter: ForeignTraitConverter<CounterInterface>;
/** The FFI converter of Logger: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeLogger: CallbackInterfaceConverter<Logger>;
/** The FFI converter of Telephone: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeTelephone: CallbackInterfaceConverter<Telephone>;
/** The FFI converter of Transformer: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeTransformer: CallbackInterfaceConverter<Transformer>;
/** Many fetches at once. */
export declare function fetchMany(fetcher: FetcherInterface, count: number, options?: AsyncCallOptions): Promise<number>;
/** `fetcher.fetch(url)`, awaited by Rust. */
export declare function fetchWith(fetcher: FetcherInterface, url: string, options?: AsyncCallOptions): Promise<string>;
/** `fetcher.fetch(url)`, given up after `timeoutMs`: Rust drops the foreign future. */
export declare function fetchWithTimeout(fetcher: FetcherInterface, url: string, timeoutMs: bigint, options?: AsyncCallOptions): Promise<string | undefined>;
/** `fetcher.size(url)` + `fetcher.ping()`, awaited by Rust. */
export declare function sizeWith(fetcher: FetcherInterface, url: string, options?: AsyncCallOptions): Promise<bigint>;
/** Calls `logger.log` `times` times, then drops it. */
export declare function logTimes(logger: Logger, message: string, times: number): void;
/** Copies `key` from one store to the other; returns the value copied. */
export declare function copyKey(from: StoreInterface, to: StoreInterface, key: string): string | undefined;
/** Keeps `store` on the Rust side. */
export declare function keepStore(store: StoreInterface): void;
/** A store implemented in Rust. */
export declare function memoryStore(): StoreInterface;
/** Drops every kept store; returns how many. */
export declare function releaseStores(): number;
/** Returns the store it was given: the same object comes back on either side. */
export declare function sameStore(store: StoreInterface): StoreInterface;
/** Calls `number` on `phone`: `answered:<reply>`, `busy`, or `unreachable`, as Rust saw it. */
export declare function dial(phone: Telephone, number: string): string;
/**
 * Calls `counter.add(1)` `calls_` times from each of `threads` std threads, while the caller
 * awaits; returns the sum of what the last call of each thread saw.
 */
export declare function addFromThreads(counter: CounterInterface, threads: number, calls_: number, options?: AsyncCallOptions): Promise<bigint>;
/** Calls `counter.add(1)` `calls_` times from each of `tasks` tokio tasks. */
export declare function addFromTokio(counter: CounterInterface, tasks: number, calls_: number, options?: AsyncCallOptions): Promise<bigint>;
/** Keeps a counter for calls made later from a thread Rust starts on its own. */
export declare function addLaterFromThread(counter: CounterInterface, amount: bigint, delayMs: bigint): void;
/** Calls `counter.add(amount)` on this thread (the JS thread, when called from JavaScript). */
export declare function addOnThisThread(counter: CounterInterface, amount: bigint): bigint;
/** A plain Rust function for callbacks to re-enter: `value * 2`. */
export declare function double(value: bigint): bigint;
/**
 * `t.check(value)`, as Rust saw it: `ok:<n>`, `rejected:<reason>`, `too-big`, or `unexpected:<message>`.
 */
export declare function checkWith(t: Transformer, value: number): string;
/** Runs every method of `t` once and describes the results, so that a test can compare them. */
export declare function exercise(t: Transformer): string[];
/**
 * `t.shout(value)`; an exception other than a declared error panics in Rust (UniFFI's rule for
 * methods without an error type), which arrives here as a RustPanic.
 */
export declare function shoutWith(t: Transformer, value: string): string;
