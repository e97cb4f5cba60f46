import { ErrorConverter, FlatEnumConverter, RecordConverter, UniffiError } from './runtime';
import type { AsyncCallOptions } from './runtime';
export { AbortError, Duration, LibraryLoadError, ObjectDestroyedError, RustPanic, Timestamp, UniffiError, } from './runtime';
export type { AsyncCallOptions } from './runtime';
/** A mood, as a flat enum. */
export type Mood = 'Happy' | 'Calm' | 'Grumpy';
/**
 * The variants of {@link Mood}, their Rust discriminants (`discriminant(variant)`,
 * `fromDiscriminant(value)`).
 */
export declare const Mood: {
    /** Smiling. */
    readonly Happy: "Happy";
    /** Neither up nor down. */
    readonly Calm: "Calm";
    /** Best left alone. */
    readonly Grumpy: "Grumpy";
} & import("./runtime").EnumDiscriminants<Mood, number>;
/** A small record: the benchmark's record round trip (the napi-rs addon has the same one). */
export interface Point {
    /** Horizontal position. */
    x: number;
    /** Vertical position. */
    y: number;
    /** A name for the point. */
    label: string;
}
/** A record that nests every kind of type this slice supports. */
export interface Profile {
    /** A 64-bit id, exact over its whole range. */
    id: bigint;
    /** Display name. */
    name: string;
    /** An optional nickname. */
    nickname: string | undefined;
    /** Scores, in order. */
    scores: number[];
    /** Current mood. */
    mood: Mood;
    /** Free-form attributes. */
    attributes: Map<string, string>;
    /** Raw avatar bytes. */
    avatar: Uint8Array;
    /** Temperature in degrees, single precision. */
    temperature: number;
    /** Whether the profile is active. */
    active: boolean;
}
/** How many {@link sleepMs} futures were started, and how many were dropped before finishing. */
export interface SleepStats {
    /** Sleeps started. */
    started: bigint;
    /** Sleeps dropped before they finished (cancelled). */
    droppedEarly: bigint;
}
/** Why a greeting was refused. */
export declare class GreetingError extends UniffiError {
    readonly tag: 'EmptyName' | 'TooLong';
}
export declare namespace GreetingError {
    /** The name was empty. */
    class EmptyName extends GreetingError {
        readonly tag: 'EmptyName';
        constructor();
    }
    /** The name was longer than allowed. */
    class TooLong extends GreetingError {
        readonly tag: 'TooLong';
        /** Length of the rejected name, in characters. */
        readonly length: number;
        /** The longest name accepted. */
        readonly max: number;
        constructor(fields: {
            length: number;
            max: number;
        });
    }
    /**
     * Every variant of GreetingError. A caught GreetingError narrows to one with `instanceof` (each
     * variant is a class), or, cast to this type, with `switch (error.tag)`.
     */
    type Variant = EmptyName | TooLong;
}
/** The FFI converter of Mood: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeMood: FlatEnumConverter<Mood>;
/** The FFI converter of Point: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypePoint: RecordConverter<Point>;
/** The FFI converter of Profile: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeProfile: RecordConverter<Profile>;
/** The FFI converter of SleepStats: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeSleepStats: RecordConverter<SleepStats>;
/** The FFI converter of GreetingError: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeGreetingError: ErrorConverter<GreetingError>;
/** Bytes currently allocated on the Rust heap by this library (all threads). */
export declare function rustHeapLiveBytes(): bigint;
/** Adds two numbers, wrapping on overflow: the cheapest possible UniFFI call. */
export declare function add(a: number, b: number): number;
/** Greets `name` asynchronously, refusing empty names and names over 32 characters. */
export declare function checkedGreeting(name: string, options?: AsyncCallOptions): Promise<string>;
/** Returns the moods one step happier. */
export declare function cheerUp(moods: Mood[]): Mood[];
/** Counts the words of `text` (split on whitespace). */
export declare function countWords(text: string): Map<string, number>;
/** Returns the value unchanged. */
export declare function echoBool(value: boolean): boolean;
/** Returns the value unchanged, asynchronously. */
export declare function echoBoolAsync(value: boolean, options?: AsyncCallOptions): Promise<boolean>;
/** Returns the value unchanged. */
export declare function echoBytes(value: Uint8Array): Uint8Array;
/** Returns the value unchanged, asynchronously. */
export declare function echoBytesAsync(value: Uint8Array, options?: AsyncCallOptions): Promise<Uint8Array>;
/** Returns the value unchanged. */
export declare function echoF32(value: number): number;
/** Returns the value unchanged, asynchronously. */
export declare function echoF32Async(value: number, options?: AsyncCallOptions): Promise<number>;
/** Returns the value unchanged. */
export declare function echoF64(value: number): number;
/** Returns the value unchanged, asynchronously. */
export declare function echoF64Async(value: number, options?: AsyncCallOptions): Promise<number>;
/** Returns the value unchanged. */
export declare function echoI16(value: number): number;
/** Returns the value unchanged, asynchronously. */
export declare function echoI16Async(value: number, options?: AsyncCallOptions): Promise<number>;
/** Returns the value unchanged. */
export declare function echoI32(value: number): number;
/** Returns the value unchanged, asynchronously. */
export declare function echoI32Async(value: number, options?: AsyncCallOptions): Promise<number>;
/** Returns the value unchanged. */
export declare function echoI64(value: bigint): bigint;
/** Returns the value unchanged, asynchronously. */
export declare function echoI64Async(value: bigint, options?: AsyncCallOptions): Promise<bigint>;
/** Returns the value unchanged. */
export declare function echoI8(value: number): number;
/** Returns the value unchanged, asynchronously. */
export declare function echoI8Async(value: number, options?: AsyncCallOptions): Promise<number>;
/** Returns the map unchanged. */
export declare function echoMap(map: Map<string, bigint>): Map<string, bigint>;
/** Returns the value unchanged. */
export declare function echoMood(value: Mood): Mood;
/** Returns the value unchanged, asynchronously. */
export declare function echoMoodAsync(value: Mood, options?: AsyncCallOptions): Promise<Mood>;
/** Returns nested options and vectors unchanged. */
export declare function echoNested(value: Array<bigint[] | undefined>): Array<bigint[] | undefined>;
/** Returns the optional value unchanged. */
export declare function echoOptional(value: string | undefined): string | undefined;
/** Returns the point unchanged. */
export declare function echoPoint(point: Point): Point;
/** Returns the profile unchanged. */
export declare function echoProfile(profile: Profile): Profile;
/** Returns the profile unchanged, asynchronously. */
export declare function echoProfileAsync(profile: Profile, options?: AsyncCallOptions): Promise<Profile>;
/** Returns the value unchanged. */
export declare function echoString(value: string): string;
/** Returns the value unchanged, asynchronously. */
export declare function echoStringAsync(value: string, options?: AsyncCallOptions): Promise<string>;
/** Returns the strings unchanged. */
export declare function echoStrings(items: string[]): string[];
/** Returns the value unchanged. */
export declare function echoU16(value: number): number;
/** Returns the value unchanged, asynchronously. */
export declare function echoU16Async(value: number, options?: AsyncCallOptions): Promise<number>;
/** Returns the value unchanged. */
export declare function echoU32(value: number): number;
/** Returns the value unchanged, asynchronously. */
export declare function echoU32Async(value: number, options?: AsyncCallOptions): Promise<number>;
/** Returns the value unchanged. */
export declare function echoU64(value: bigint): bigint;
/** Returns the value unchanged, asynchronously. */
export declare function echoU64Async(value: bigint, options?: AsyncCallOptions): Promise<bigint>;
/** Returns the value unchanged. */
export declare function echoU8(value: number): number;
/** Returns the value unchanged, asynchronously. */
export declare function echoU8Async(value: number, options?: AsyncCallOptions): Promise<number>;
/** Panics with `message` inside a future, after yielding once. */
export declare function panicLater(message: string, options?: AsyncCallOptions): Promise<string>;
/** Panics with `message`: a Rust panic must reach TypeScript as an Error. */
export declare function panicNow(message: string): void;
/** Sleeps for `ms` milliseconds and returns nothing. */
export declare function pauseMs(ms: bigint, options?: AsyncCallOptions): Promise<void>;
/** Returns a profile with every field filled, for `name`. */
export declare function sampleProfile(name: string): Profile;
/** Greets `name` after a short asynchronous pause, saying which Rust thread did the work. */
export declare function sayHello(name: string, options?: AsyncCallOptions): Promise<string>;
/** Greets `name` at once, on the calling thread. */
export declare function sayHelloSync(name: string): string;
/**
 * Sets how long each greeting works before answering, in milliseconds (default 10).
 *
 * Applies to both approaches; the benchmark sets it to 0.
 */
export declare function setWorkDelayMs(ms: bigint): void;
/** Sleeps for `ms` milliseconds and returns `ms`; used to observe cancellation. */
export declare function sleepMs(ms: bigint, options?: AsyncCallOptions): Promise<bigint>;
/** Counters of {@link sleepMs}, to check that cancellation reaches Rust. */
export declare function sleepStats(): SleepStats;
/** Sums 64-bit numbers, wrapping on overflow, asynchronously. */
export declare function sumAsync(values: bigint[], options?: AsyncCallOptions): Promise<bigint>;
/** Checks a name synchronously, with the rules of {@link checkedGreeting}. */
export declare function validateName(name: string): void;
