import { ErrorConverter, ObjectConverter, RecordConverter, TaggedEnumConverter, UniffiError, UniffiErrorObject, UniffiObject } from './runtime';
import type { AsyncCallOptions } from './runtime';
export { AbortError, Duration, LibraryLoadError, ObjectDestroyedError, RustPanic, Timestamp, UniffiError, } from './runtime';
export type { AsyncCallOptions } from './runtime';
/** A counter, or a plain value: an enum with an object field. */
export type CounterOrValue = {
    tag: 'Counter';
    /** The counter. */
    counter: Counter;
} | {
    tag: 'Value';
    /** The number. */
    value: bigint;
} | {
    tag: 'Nothing';
};
/** Constructors of each variant of {@link CounterOrValue}. */
export declare const CounterOrValue: {
    /** A live counter. */
    readonly Counter: (fields: {
        counter: Counter;
    }) => Extract<CounterOrValue, {
        tag: "Counter";
    }>;
    /** A plain number. */
    readonly Value: (fields: {
        value: bigint;
    }) => Extract<CounterOrValue, {
        tag: "Value";
    }>;
    /** Nothing (a unit variant). */
    readonly Nothing: () => Extract<CounterOrValue, {
        tag: "Nothing";
    }>;
};
/**
 * A group of counters: a record holding objects directly, in an `Option`, a `Vec` and a
 * `HashMap`.
 */
export interface CounterGroup {
    /** The group's name. */
    name: string;
    /** The leading counter. */
    leader: Counter;
    /** A deputy, if any. */
    deputy: Counter | undefined;
    /** Every member, leader included. */
    members: Counter[];
    /** The members by label. */
    byLabel: Map<string, Counter>;
}
/** A point-in-time copy of a counter: a record returned by a method. */
export interface CounterSnapshot {
    /** The counter's label. */
    label: string;
    /** Its value when the snapshot was taken. */
    value: bigint;
}
/** What happened to the {@link Counter.wait} futures so far. */
export interface WaitStats {
    /** Futures that started waiting. */
    started: bigint;
    /** Futures that ran to completion. */
    finished: bigint;
    /** Futures dropped before completion (cancelled). */
    dropped: bigint;
}
/** A drawing: trait objects inside a record. */
export interface Drawing {
    /** The title. */
    title: string;
    /** The shapes, in drawing order. */
    shapes: Shape[];
}
/** Why a counter could not be made or changed. */
export declare class CounterError extends UniffiError {
    readonly tag: 'InvalidNumber' | 'Negative';
}
export declare namespace CounterError {
    /** The text is not a number. */
    class InvalidNumber extends CounterError {
        readonly tag: 'InvalidNumber';
        /** The rejected text. */
        readonly text: string;
        constructor(fields: {
            text: string;
        });
    }
    /** Counters refuse negative values here. */
    class Negative extends CounterError {
        readonly tag: 'Negative';
        /** The rejected value. */
        readonly value: bigint;
        constructor(fields: {
            value: bigint;
        });
    }
    /**
     * Every variant of CounterError. A caught CounterError narrows to one with `instanceof` (each
     * variant is a class), or, cast to this type, with `switch (error.tag)`.
     */
    type Variant = InvalidNumber | Negative;
}
/** Why a version string could not be parsed. */
export declare class SemVerError extends UniffiError {
    readonly tag: 'Malformed';
}
export declare namespace SemVerError {
    /** Not three dot-separated numbers. */
    class Malformed extends SemVerError {
        readonly tag: 'Malformed';
        /** The rejected text. */
        readonly text: string;
        constructor(fields: {
            text: string;
        });
    }
    /**
     * Every variant of SemVerError. A caught SemVerError narrows to one with `instanceof` (each
     * variant is a class), or, cast to this type, with `switch (error.tag)`.
     */
    type Variant = Malformed;
}
/** A labelled 64-bit counter, safe to use from several threads. */
export declare class Counter extends UniffiObject {
    /** Makes the class nominal: another class with the same members is not a Counter. */
    private readonly uniffiTypeCounter;
    /** The primary constructor: a counter labelled `"counter"` starting at `initial`. */
    constructor(initial: bigint);
    /**
     * An async constructor: waits `delayMs` milliseconds, then makes a counter labelled
     * `"async"`.
     */
    static newAsync(initial: bigint, delayMs: bigint, options?: AsyncCallOptions): Promise<Counter>;
    /**
     * A fallible constructor: parses `text` as an `i64` (label `"parsed"`), failing with
     * `InvalidNumber`, or `Negative` for a negative number.
     */
    static parse(text: string): Counter;
    /** A named constructor with a default argument: `initial` defaults to 0. */
    static withLabel(label: string, initial?: bigint): Counter;
    /**
     * A constructor returning `Self` instead of `Arc<Self>`: a counter at zero labelled
     * `"zero"`.
     */
    static zero(): Counter;
    /**
     * Adds the other counter's value to this one and returns the new value: an object argument
     * borrowed as `&Counter`.
     */
    addFrom(other: Counter): bigint;
    /**
     * Fails asynchronously with `CounterError.Negative` if the value is negative, otherwise
     * returns it: an async method with an error.
     */
    checkAsync(options?: AsyncCallOptions): Promise<bigint>;
    /**
     * Subtracts `amount`, failing with an `ObjectError` (code 1, retryable false) when the
     * result would be negative: a method throwing an object.
     */
    checkedSub(amount: bigint): bigint;
    /** The current value. */
    get(): bigint;
    /** Adds `by` (default 1, wrapping) and returns the new value. */
    increment(by?: bigint): bigint;
    /**
     * Waits `delayMs` milliseconds, then increments by one and returns the new value: an
     * async method.
     */
    incrementAfter(delayMs: bigint, options?: AsyncCallOptions): Promise<bigint>;
    /** Returns the same object (a new handle to it): a `self: Arc<Self>` receiver. */
    itself(): Counter;
    /** The label. */
    label(): string;
    /**
     * A new counter whose value is the sum of both and whose label joins both labels with
     * `+`: an object argument (`Arc<Counter>`) and an object result.
     */
    mergedWith(other: Counter): Counter;
    /** Panics with `message`: a panic in a method. */
    panicNow(message: string): void;
    /**
     * Whether `other` is the very same Rust object (`Arc::ptr_eq`): tests identity through
     * handles.
     */
    sameObject(other: Counter): boolean;
    /**
     * Sets the value, refusing negative ones with `CounterError.Negative`: a method with a
     * rich error.
     */
    set(value: bigint): void;
    /** A snapshot record of the counter. */
    snapshot(): CounterSnapshot;
    /**
     * Waits `ms` milliseconds and returns the value: an async method meant to be cancelled.
     * Counted in {@link waitStats} (started, then finished or dropped).
     */
    wait(ms: bigint, options?: AsyncCallOptions): Promise<bigint>;
}
/** An error object: a code, a message and whether retrying may help. */
export declare class ObjectError extends UniffiErrorObject {
    /** Makes the class nominal: another class with the same members is not an ObjectError. */
    private readonly uniffiTypeObjectError;
    /**
     * Instances come from Rust: ObjectError has no primary constructor. This one throws; it
     * is public (taking `never`) so that assertions typed with a constructor accept the class:
     * `expect(f).toThrow(ObjectError)`.
     */
    constructor(_fromRust: never);
    /** The numeric code. */
    code(): number;
    /** Whether retrying may help (true for even codes). */
    isRetryable(): boolean;
    /** The message. */
    message_(): string;
    /** The value formatted by Rust's `Display`. */
    toString(): string;
    /** The value formatted by Rust's `Debug`. */
    toDebugString(): string;
}
/**
 * A semantic version `major.minor.patch`, as an object. `Display` gives `"1.2.3"`, `Debug`
 * gives `"SemVer(1.2.3)"`; equality, hashing and ordering use the three numbers only.
 */
export declare class SemVer extends UniffiObject {
    /** Makes the class nominal: another class with the same members is not a SemVer. */
    private readonly uniffiTypeSemVer;
    /** A version from its three numbers. */
    constructor(major: number, minor: number, patch: number);
    /** Parses `"major.minor.patch"`. */
    static parse(text: string): SemVer;
    /** The next major version. */
    bumpMajor(): SemVer;
    /** The major number. */
    major(): number;
    /** The value formatted by Rust's `Display`. */
    toString(): string;
    /** The value formatted by Rust's `Debug`. */
    toDebugString(): string;
    /** Whether both values are equal, by Rust's `PartialEq`. */
    equals(other: SemVer): boolean;
    /** The value's hash, by Rust's `Hash`. */
    hashCode(): bigint;
    /** Rust's `Ord::cmp`: negative, zero or positive. */
    compareTo(other: SemVer): number;
}
/** An open session. It has no constructor: get one from {@link openSession}. */
export declare class Session extends UniffiObject {
    /** Makes the class nominal: another class with the same members is not a Session. */
    private readonly uniffiTypeSession;
    /** Instances come from Rust: Session has no primary constructor. */
    private constructor();
    /**
     * Closes the session; returns whether it was open. The object stays alive until its
     * handle is freed.
     */
    close(): boolean;
    /** The session's id. */
    id(): number;
    /** Whether {@link Session.close} has not been called yet. */
    isOpen(): boolean;
    /** The user it was opened for. */
    user(): string;
}
/**
 * The methods of the trait {@link Shape}: implemented by its Rust implementations
 * ({@link Shape} objects) and by every object class that implements the trait in Rust.
 * Only {@link Shape} objects cross where Rust takes the trait.
 */
export interface ShapeInterface {
    /** The area. */
    area(): number;
    /** A short name, such as `"circle"`. */
    name(): string;
    /** The same shape scaled by `factor`: a trait method returning a trait object. */
    scaled(factor: number): Shape;
}
/** A plane figure implemented in Rust. */
export declare class Shape extends UniffiObject implements ShapeInterface {
    /** Makes the class nominal: another class with the same members is not a Shape. */
    private readonly uniffiTypeShape;
    /** Instances come from Rust: Shape has no primary constructor. */
    private constructor();
    /** The area. */
    area(): number;
    /** A short name, such as `"circle"`. */
    name(): string;
    /** The same shape scaled by `factor`: a trait method returning a trait object. */
    scaled(factor: number): Shape;
}
/** A square tile with a colour: an exported object that also implements `Shape`. */
export declare class Tile extends UniffiObject implements ShapeInterface {
    /** Makes the class nominal: another class with the same members is not a Tile. */
    private readonly uniffiTypeTile;
    /** A tile of the given side and colour. */
    constructor(side: number, colour: string);
    /** The tile's area (side squared). */
    area(): number;
    /** The colour. */
    colour(): string;
    /** `"<colour> tile"`. */
    name(): string;
    /** A new tile of the same colour, scaled by `factor`. */
    scaled(factor: number): Shape;
}
/** The FFI converter of CounterGroup: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeCounterGroup: RecordConverter<CounterGroup>;
/** The FFI converter of CounterSnapshot: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeCounterSnapshot: RecordConverter<CounterSnapshot>;
/** The FFI converter of WaitStats: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeWaitStats: RecordConverter<WaitStats>;
/** The FFI converter of Drawing: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeDrawing: RecordConverter<Drawing>;
/** The FFI converter of CounterOrValue: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeCounterOrValue: TaggedEnumConverter<CounterOrValue>;
/** The FFI converter of CounterError: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeCounterError: ErrorConverter<CounterError>;
/** The FFI converter of SemVerError: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeSemVerError: ErrorConverter<SemVerError>;
/** The FFI converter of Counter: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeCounter: ObjectConverter<Counter>;
/** The FFI converter of ObjectError: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeObjectError: ObjectConverter<ObjectError>;
/** The FFI converter of SemVer: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeSemVer: ObjectConverter<SemVer>;
/** The FFI converter of Session: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeSession: ObjectConverter<Session>;
/** The FFI converter of Shape: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeShape: ObjectConverter<Shape>;
/** The FFI converter of Tile: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeTile: ObjectConverter<Tile>;
export declare const FfiErrorLifterTypeObjectError: import("./runtime").ErrorLifter;
/** The values of a map of counters, by key. */
export declare function counterValues(counters: Map<string, Counter>): Map<string, bigint>;
/** The counters by label (a later counter with the same label wins). */
export declare function countersByLabel(counters: Counter[]): Map<string, Counter>;
/** Returns the nested value unchanged: objects deep inside options and lists. */
export declare function echoNestedCounters(value: Array<Counter[] | undefined>): Array<Counter[] | undefined>;
/**
 * Sum of the values of the group's distinct members (by identity), whatever field they are
 * in.
 */
export declare function groupTotal(group: CounterGroup): bigint;
/** `n` counters labelled `"c<i>"` with value `i`. */
export declare function makeCounters(n: number): Counter[];
/**
 * A group of `size` counters (at least one) labelled `"<name>-<i>"` with value `i`; the
 * leader is member 0, the deputy member 1 when there is one. Every object appears more than
 * once, each time as its own handle: member 0 three times (leader, members, by label), member
 * 1 three times (deputy, members, by label), the others twice.
 */
export declare function makeGroup(name: string, size: number): CounterGroup;
/** A counter at `initial` if `make`, otherwise `undefined`. */
export declare function maybeCounter(make: boolean, initial: bigint): Counter | undefined;
/** The counter's label, or `undefined` when no counter is given. */
export declare function optionalLabel(counter: Counter | undefined): string | undefined;
/** The counter's current value, the plain value, or 0. */
export declare function resolve(value: CounterOrValue): bigint;
/** Sum of the counters' values. */
export declare function sumCounters(counters: Counter[]): bigint;
/** Sum of the counters' values, asynchronously (after yielding once). */
export declare function sumCountersAsync(counters: Counter[], options?: AsyncCallOptions): Promise<bigint>;
/** Wraps the counter in the enum. */
export declare function wrapCounter(counter: Counter): CounterOrValue;
/**
 * How many strong references Rust holds to the counter, including the one made for this
 * call: a diagnostic for handle cloning.
 */
export declare function counterStrongCount(counter: Counter): bigint;
/** Returns the same counter (a new handle to the same Rust object). */
export declare function echoCounter(counter: Counter): Counter;
/** A counter made by a plain function. */
export declare function makeCounter(label: string, initial: bigint): Counter;
/** A counter made by an async function, after `delayMs` milliseconds. */
export declare function makeCounterAsync(label: string, initial: bigint, delayMs: bigint, options?: AsyncCallOptions): Promise<Counter>;
/**
 * Counters of {@link Counter.wait}, to check that cancellation reaches Rust and drops the future.
 */
export declare function waitStats(): WaitStats;
/**
 * How many objects of this crate are alive in Rust right now, all types together (trait
 * implementations behind `Arc<dyn Shape>` included).
 */
export declare function liveInstances(): bigint;
/**
 * How many objects of one type are alive: `"Counter"`, `"SemVer"`, `"Session"`,
 * `"ObjectError"`, `"Circle"`, `"Square"` or `"Tile"` (0 for any other name).
 */
export declare function liveInstancesOf(typeName: string): bigint;
/** Fails with an `ObjectError` carrying `code` and `message` (retryable if `code` is even). */
export declare function failWithObject(code: number, message: string): void;
/**
 * {@link failWithObject}, asynchronously (fails after yielding once), with a value on success
 * never reached.
 */
export declare function failWithObjectAsync(code: number, message: string, options?: AsyncCallOptions): Promise<number>;
/**
 * Returns `code` if it is 0, otherwise fails with an `ObjectError` returned by value
 * (`Result<T, ObjectError>` rather than `Arc<ObjectError>`: the same on the wire).
 */
export declare function failWithObjectByValue(code: number): number;
/** The code of an error object passed back to Rust as an ordinary argument. */
export declare function objectErrorCode(error: ObjectError): number;
/** The versions sorted by Rust's `Ord` (new handles to the same objects). */
export declare function sortSemvers(versions: SemVer[]): SemVer[];
/** Opens a session for `user`; ids start at 1 and increase. */
export declare function openSession(user: string): Session;
/** `"<name> with area <area>"`, area with two decimals: a trait object as an argument. */
export declare function describeShape(shape: Shape): string;
/** The names of the drawing's shapes, in order. */
export declare function drawingNames(drawing: Drawing): string[];
/** The shape with the largest area (the first one on ties); `undefined` for an empty list. */
export declare function largestShape(shapes: Shape[]): Shape | undefined;
/** A circle of the given radius. */
export declare function makeCircle(radius: number): Shape;
/** A circle made asynchronously (after yielding once). */
export declare function makeCircleAsync(radius: number, options?: AsyncCallOptions): Promise<Shape>;
/** A square of the given side. */
export declare function makeSquare(side: number): Shape;
/** A drawing with a unit circle and a 2×2 square. */
export declare function sampleDrawing(): Drawing;
/** The tile as an `Arc<dyn Shape>`: the way to hand a `Tile` to functions taking a `Shape`. */
export declare function tileAsShape(tile: Tile): Shape;
/** The total area of the shapes. */
export declare function totalArea(shapes: Shape[]): number;
