import { ErrorConverter, FlatEnumConverter, ObjectConverter, RecordConverter, UniffiError, UniffiObject } from './runtime';
import type { AsyncCallOptions } from './runtime';
export { AbortError, Duration, LibraryLoadError, ObjectDestroyedError, RustPanic, Timestamp, UniffiError, } from './runtime';
export type { AsyncCallOptions } from './runtime';
/** A direction, as a flat enum. */
export type Direction = 'North' | 'East' | 'South' | 'West';
/**
 * The variants of {@link Direction}, their Rust discriminants (`discriminant(variant)`,
 * `fromDiscriminant(value)`).
 */
export declare const Direction: {
    readonly North: "North";
    readonly East: "East";
    readonly South: "South";
    readonly West: "West";
} & import("./runtime").EnumDiscriminants<Direction, number>;
/** A point with a label. */
export interface Point {
    x: number;
    y: number;
    label: string;
}
/** Why a division failed. */
export declare class MathError extends UniffiError {
    readonly tag: 'DivisionByZero' | 'NotDivisible';
}
export declare namespace MathError {
    class DivisionByZero extends MathError {
        readonly tag: 'DivisionByZero';
        constructor();
    }
    class NotDivisible extends MathError {
        readonly tag: 'NotDivisible';
        readonly numerator: number;
        readonly denominator: number;
        constructor(fields: {
            numerator: number;
            denominator: number;
        });
    }
    /**
     * Every variant of MathError. A caught MathError narrows to one with `instanceof` (each
     * variant is a class), or, cast to this type, with `switch (error.tag)`.
     */
    type Variant = DivisionByZero | NotDivisible;
}
/** A running total, as an object. */
export declare class Accumulator extends UniffiObject {
    /** Makes the class nominal: another class with the same members is not an Accumulator. */
    private readonly uniffiTypeAccumulator;
    /** Starts at `start`. */
    constructor(start: bigint);
    /** Adds `amount` and returns the new total. */
    add(amount: bigint): bigint;
    /** Adds `amount` after `delayMs` milliseconds on tokio. */
    addLater(amount: bigint, delayMs: bigint, options?: AsyncCallOptions): Promise<bigint>;
    /** The total, as text. */
    describe(): string;
}
/** The FFI converter of Direction: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeDirection: FlatEnumConverter<Direction>;
/** The FFI converter of Point: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypePoint: RecordConverter<Point>;
/** The FFI converter of MathError: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeMathError: ErrorConverter<MathError>;
/** The FFI converter of Accumulator: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeAccumulator: ObjectConverter<Accumulator>;
/** Adds two numbers, wrapping on overflow. */
export declare function add(a: number, b: number): number;
/** Divides exactly, or says why it cannot. */
export declare function divide(numerator: number, denominator: number): number;
/** Sleeps `ms` milliseconds on tokio, then fails or succeeds. */
export declare function divideLater(numerator: number, denominator: number, ms: bigint, options?: AsyncCallOptions): Promise<number>;
/** Returns the value unchanged. */
export declare function echoBool(value: boolean): boolean;
/** Returns the bytes unchanged. */
export declare function echoBytes(value: Uint8Array): Uint8Array;
/** Returns the value unchanged. */
export declare function echoF32(value: number): number;
/** Returns the value unchanged. */
export declare function echoF64(value: number): number;
/** Returns the value unchanged. */
export declare function echoI64(value: bigint): bigint;
/** Returns the value unchanged. */
export declare function echoI8(value: number): number;
/** Returns the optional value unchanged. */
export declare function echoOptional(value: string | undefined): string | undefined;
/** Returns the point unchanged. */
export declare function echoPoint(point: Point): Point;
/** Returns the string unchanged. */
export declare function echoString(value: string): string;
/** Returns the value unchanged. */
export declare function echoU16(value: number): number;
/** Returns the value unchanged. */
export declare function echoU64(value: bigint): bigint;
/** Each future return kind, completed at once. */
export declare function f32Soon(value: number, options?: AsyncCallOptions): Promise<number>;
/** Greets `name` after `delayMs` milliseconds on tokio. */
export declare function greetLater(name: string, delayMs: bigint, options?: AsyncCallOptions): Promise<string>;
/** Each future return kind, completed at once. */
export declare function i8Soon(value: number, options?: AsyncCallOptions): Promise<number>;
/** How many {@link Accumulator} objects are alive on the Rust side. */
export declare function liveAccumulators(): bigint;
/** Panics with `message`. */
export declare function panicWith(message: string): void;
/** The point, after `delayMs` milliseconds on tokio. */
export declare function pointLater(point: Point, delayMs: bigint, options?: AsyncCallOptions): Promise<Point>;
/** Moves every point by `(dx, dy)`. */
export declare function translate(points: Point[], dx: number, dy: number): Point[];
/** The direction after a quarter turn clockwise. */
export declare function turnRight(direction: Direction): Direction;
/** Each future return kind, completed at once. */
export declare function u16Soon(value: number, options?: AsyncCallOptions): Promise<number>;
/** Each future return kind, completed at once. */
export declare function u64Soon(value: bigint, options?: AsyncCallOptions): Promise<bigint>;
/** The sum of a borrowed byte slice (a `ForeignBytes` argument), between two scalars. */
export declare function weightedSum(weight: number, data: Uint8Array, offset: bigint): bigint;
