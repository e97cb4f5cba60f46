import { ObjectConverter, RecordConverter, UniffiObject } from './runtime';
import { StoreInterface } from '../../fixture-callbacks-in-udl-koffi';
export { AbortError, Duration, LibraryLoadError, ObjectDestroyedError, RustPanic, Timestamp, UniffiError, } from './runtime';
export type { AsyncCallOptions } from './runtime';
export interface Point {
    x: number;
    y: number;
}
export declare class TsSprite extends UniffiObject {
    /** Makes the class nominal: another class with the same members is not a TsSprite. */
    private readonly uniffiTypeTsSprite;
    constructor(initialPosition: Point | undefined);
    static newRelativeTo(reference: Point, direction: Point): TsSprite;
    position(): Point;
    moveTo(position: Point): void;
}
/** The FFI converter of Point: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypePoint: RecordConverter<Point>;
/** The FFI converter of TsSprite: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeTsSprite: ObjectConverter<TsSprite>;
export declare function echoStore(store: StoreInterface | undefined): StoreInterface | undefined;
export declare function readStore(store: StoreInterface, key: string): string;
