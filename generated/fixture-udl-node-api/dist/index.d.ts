import { CallbackInterfaceConverter, FlatEnumConverter, ForeignTraitConverter, ObjectConverter, RecordConverter, UniffiObject } from './runtime';
import { StoreInterface } from '../../fixture-callbacks-in-udl-node-api';
export { AbortError, Duration, LibraryLoadError, ObjectDestroyedError, RustPanic, Timestamp, UniffiError, } from './runtime';
export type { AsyncCallOptions } from './runtime';
export type TsFacing = 'West' | 'Right';
/**
 * The variants of {@link TsFacing}, their Rust discriminants (`discriminant(variant)`,
 * `fromDiscriminant(value)`).
 */
export declare const TsFacing: {
    readonly West: "West";
    readonly Right: "Right";
} & import("./runtime").EnumDiscriminants<TsFacing, number>;
export interface Point {
    x: number;
    y: number;
}
export interface Pose {
    facing?: TsFacing;
    steps?: number;
}
/**
 * The factory of {@link Pose}.
 */
export declare const Pose: {
    /**
     * A complete Pose: the fields given, and every omitted one (or `undefined`) with its
     * Rust default. A plain object literal works too: defaults are filled in on the way to Rust.
     */
    readonly create: (fields?: {
        facing?: TsFacing;
        steps?: number;
    }) => Pose & {
        facing: TsFacing;
        steps: number;
    };
};
export interface TsEchoerInterface {
    answer(value: string): string;
    /**
     * Frees a Rust implementation (a {@link TsEchoer} object) at once, as its own `destroy()`
     * does; TypeScript implementations need not have it. A value typed as this interface may be
     * either: `value.destroy?.()` frees it if it is Rust's, and `value instanceof TsEchoer` narrows
     * it to the class, which `using` takes.
     */
    destroy?(): void;
    /** The same as `destroy`, on Rust implementations. */
    [Symbol.dispose]?(): void;
}
export interface TsListener {
    onHeard(what: string): string;
}
export declare class TsEchoer extends UniffiObject implements TsEchoerInterface {
    /** Makes the class nominal: another class with the same members is not a TsEchoer. */
    private readonly uniffiTypeTsEchoer;
    /** Instances come from Rust: TsEchoer has no primary constructor. */
    private constructor();
    answer(value: string): string;
}
export declare class TsSprite extends UniffiObject {
    /** Makes the class nominal: another class with the same members is not a TsSprite. */
    private readonly uniffiTypeTsSprite;
    constructor(initialPosition: Point | undefined);
    static newRelativeTo(reference: Point, direction: Point): TsSprite;
    position(): Point;
    moveTo(position: Point): void;
}
/** The FFI converter of TsFacing: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeTsFacing: FlatEnumConverter<TsFacing>;
/** The FFI converter of Point: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypePoint: RecordConverter<Point>;
/** The FFI converter of Pose: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypePose: RecordConverter<Pose>;
/** The FFI converter of TsEchoer: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeTsEchoerObject: ObjectConverter<TsEchoer>;
/** The FFI converter of TsSprite: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeTsSprite: ObjectConverter<TsSprite>;
/** The FFI converter of TsEchoerInterface: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeTsEchoer: ForeignTraitConverter<TsEchoerInterface>;
/** The FFI converter of TsListener: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeTsListener: CallbackInterfaceConverter<TsListener>;
export declare function describePose(pose: Pose): string;
export declare function echoStore(store: StoreInterface | undefined): StoreInterface | undefined;
export declare function echoWith(echoer: TsEchoerInterface, value: string): string;
export declare function notify(listener: TsListener, what: string): string;
export declare function readStore(store: StoreInterface, key: string): string;
export declare function rustEchoer(): TsEchoerInterface;
