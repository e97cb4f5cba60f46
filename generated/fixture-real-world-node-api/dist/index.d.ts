import { CustomConverter, ErrorConverter, FlatEnumConverter, ObjectConverter, RecordConverter, TaggedEnumConverter, UniffiError, UniffiErrorObject, UniffiObject } from './runtime';
import type { AsyncCallOptions } from './runtime';
export { AbortError, Duration, LibraryLoadError, ObjectDestroyedError, RustPanic, Timestamp, UniffiError, } from './runtime';
export type { AsyncCallOptions } from './runtime';
export type CustomError = TupleError;
export type CustomRangeError = RangeError;
/** Discriminants beyond `u32` (`#[repr(u64)]`), up to `u64::MAX`. */
export type AnimalLargeUInt = 'Dog' | 'Cat' | 'Whale';
/**
 * The variants of {@link AnimalLargeUInt}, their Rust discriminants (`discriminant(variant)`,
 * `fromDiscriminant(value)`).
 */
export declare const AnimalLargeUInt: {
    readonly Dog: "Dog";
    readonly Cat: "Cat";
    readonly Whale: "Whale";
} & import("./runtime").EnumDiscriminants<AnimalLargeUInt, bigint>;
/** The ends of `i64` (`#[repr(i64)]`). */
export type AnimalSignedLarge = 'Smallest' | 'Zero' | 'Largest';
/**
 * The variants of {@link AnimalSignedLarge}, their Rust discriminants (`discriminant(variant)`,
 * `fromDiscriminant(value)`).
 */
export declare const AnimalSignedLarge: {
    readonly Smallest: "Smallest";
    readonly Zero: "Zero";
    readonly Largest: "Largest";
} & import("./runtime").EnumDiscriminants<AnimalSignedLarge, bigint>;
/** Explicit values with gaps, without a `repr`. */
export type ExplicitValuedEnum = 'First' | 'Second' | 'Fourth' | 'Tenth' | 'FourtyTwo';
/**
 * The variants of {@link ExplicitValuedEnum}, their Rust discriminants (`discriminant(variant)`,
 * `fromDiscriminant(value)`).
 */
export declare const ExplicitValuedEnum: {
    readonly First: "First";
    readonly Second: "Second";
    readonly Fourth: "Fourth";
    readonly Tenth: "Tenth";
    readonly FourtyTwo: "FourtyTwo";
} & import("./runtime").EnumDiscriminants<ExplicitValuedEnum, number>;
/** No discriminants: 0, 1, 2. */
export type Implicit = 'Zero' | 'One' | 'Two';
/**
 * The variants of {@link Implicit}, their Rust discriminants (`discriminant(variant)`,
 * `fromDiscriminant(value)`).
 */
export declare const Implicit: {
    readonly Zero: "Zero";
    readonly One: "One";
    readonly Two: "Two";
} & import("./runtime").EnumDiscriminants<Implicit, number>;
/** `#[repr(i8)]` with negative values, and implicit ones after them: -128, -3, -2, 127. */
export type SignedValues = 'Bottom' | 'MinusThree' | 'MinusTwo' | 'Top';
/**
 * The variants of {@link SignedValues}, their Rust discriminants (`discriminant(variant)`,
 * `fromDiscriminant(value)`).
 */
export declare const SignedValues: {
    readonly Bottom: "Bottom";
    readonly MinusThree: "MinusThree";
    readonly MinusTwo: "MinusTwo";
    readonly Top: "Top";
} & import("./runtime").EnumDiscriminants<SignedValues, number>;
/** `#[repr(u8)]`, explicit and implicit values mixed: 3, 4, 255. */
export type SmallValues = 'Three' | 'Four' | 'Top';
/**
 * The variants of {@link SmallValues}, their Rust discriminants (`discriminant(variant)`,
 * `fromDiscriminant(value)`).
 */
export declare const SmallValues: {
    readonly Three: "Three";
    readonly Four: "Four";
    readonly Top: "Top";
} & import("./runtime").EnumDiscriminants<SmallValues, number>;
export type Boolean_ = 'Done' | 'More';
/**
 * The variants of {@link Boolean_}, their Rust discriminants (`discriminant(variant)`,
 * `fromDiscriminant(value)`).
 */
export declare const Boolean_: {
    readonly Done: "Done";
    readonly More: "More";
} & import("./runtime").EnumDiscriminants<Boolean_, number>;
/** A flat enum whose variant names are the generator's words. */
export type Word = 'Variant' | 'Tag' | 'Inner';
/**
 * The variants of {@link Word}, their Rust discriminants (`discriminant(variant)`,
 * `fromDiscriminant(value)`), and its methods.
 */
export declare const Word: {
    readonly Variant: "Variant";
    readonly Tag: "Tag";
    readonly Inner: "Inner";
    /** A method named `discriminant`, like the function every flat enum gets. */
    readonly discriminant_: (self: Word) => string;
    /** A method named `from_discriminant`. */
    readonly fromDiscriminant_: (self: Word) => string;
} & import("./runtime").EnumDiscriminants<Word, number>;
/** A tagged enum named like a global (`Promise`), a flat one too (`Boolean`). */
export type Promise_ = {
    tag: 'Pending';
} | {
    tag: 'Resolved';
    value: string;
};
/** Constructors of each variant of {@link Promise_}. */
export declare const Promise_: {
    readonly Pending: () => Extract<Promise_, {
        tag: "Pending";
    }>;
    readonly Resolved: (fields: {
        value: string;
    }) => Extract<Promise_, {
        tag: "Resolved";
    }>;
};
/** A tagged enum whose fields are named `tag` and `inner`. */
export type Tagged = {
    tag: 'Tag';
    tag_: string;
    inner: number;
} | {
    tag: 'Inner';
    inner: [string];
} | {
    tag: 'Variant';
    constructor: string;
    toString: string;
};
/** Constructors of each variant of {@link Tagged}, and its methods. */
export declare const Tagged: {
    /** A field named `tag`, like the discriminant of the union. */
    readonly Tag: (fields: {
        tag_: string;
        inner: number;
    }) => Extract<Tagged, {
        tag: "Tag";
    }>;
    /** A tuple variant named `Inner`. */
    readonly Inner: (v0: string) => Extract<Tagged, {
        tag: "Inner";
    }>;
    /** A field named like a member of every object. */
    readonly Variant: (fields: {
        constructor: string;
        toString: string;
    }) => Extract<Tagged, {
        tag: "Variant";
    }>;
    /** A method named `display`, like the function of the `Display` trait. */
    readonly display_: (self: Tagged) => string;
    /** A method named `equals`. */
    readonly equals_: (self: Tagged, other: Tagged) => boolean;
    /** The value formatted by Rust's `Display`. */
    readonly display: (self: Tagged) => string;
    /** Whether both values are equal, by Rust's `PartialEq`. */
    readonly equals: (self: Tagged, other: Tagged) => boolean;
    /** The value's hash, by Rust's `Hash`. */
    readonly hash: (self: Tagged) => bigint;
};
/** An enum variant with a defaulted object field. */
export type Slot = {
    tag: 'Filled';
    object: Object_;
    count: number;
} | {
    tag: 'Empty';
};
/** Constructors of each variant of {@link Slot}. */
export declare const Slot: {
    readonly Filled: (fields?: {
        object?: Object_;
        count?: number;
    }) => Extract<Slot, {
        tag: "Filled";
    }>;
    readonly Empty: () => Extract<Slot, {
        tag: "Empty";
    }>;
};
/** An enum whose tuple variant has a defaulted field, as uniffi's enum fixture has it. */
export type TestCase = {
    tag: 'One';
} | {
    tag: 'Two';
    label: string;
} | {
    tag: 'Three';
    inner: [number];
} | {
    tag: 'Four';
    inner: [string, number | undefined];
};
/** Constructors of each variant of {@link TestCase}. */
export declare const TestCase: {
    readonly One: () => Extract<TestCase, {
        tag: "One";
    }>;
    readonly Two: (fields?: {
        label?: string;
    }) => Extract<TestCase, {
        tag: "Two";
    }>;
    readonly Three: (v0?: number) => Extract<TestCase, {
        tag: "Three";
    }>;
    /** A required field before a defaulted one. */
    readonly Four: (v0: string, v1?: number | undefined | null) => Extract<TestCase, {
        tag: "Four";
    }>;
};
/** A record named like the converter of another type. */
export interface FfiConverterTypeMembers_ {
    value: number;
}
/** A record whose fields are named like the members of every object and every `Error`. */
export interface Members {
    tag: string;
    inner: number;
    message: string;
    name: string;
    cause: string;
    constructor: string;
    toString: string;
    valueOf: number;
    hasOwnProperty: boolean;
}
/**
 * The methods of {@link Members}, as functions taking the record first.
 */
export declare const Members: {
    /** A method named `create`, like the factory of records with defaults. */
    readonly create_: (self: Members) => string;
    /** A method named `hash`. */
    readonly hash_: (self: Members) => number;
    /**
     * A method named like a member of every object (`valueOf`), with a parameter that becomes
     * `self` in camelCase, like the receiver of the generated function.
     */
    readonly valueOf_: (self: Members, self_: number) => number;
};
/** A record named like a global of Node.js (`Request`). */
export interface Request_ {
    url: string;
}
/** A record named like a runtime class. */
export interface SyncFunction_ {
    value: number;
}
/** A record whose only field defaults to a `WithObject` of defaults. */
export interface Nested {
    sub?: WithObject;
}
/**
 * The factory of {@link Nested}.
 */
export declare const Nested: {
    /**
     * A complete Nested: the fields given, and every omitted one (or `undefined`) with its
     * Rust default. A plain object literal works too: defaults are filled in on the way to Rust.
     */
    readonly create: (fields?: {
        sub?: WithObject;
    }) => Nested & {
        sub: WithObject;
    };
};
/** A record with a defaulted object field. */
export interface WithObject {
    object?: Object_;
    count?: number;
}
/**
 * The factory of {@link WithObject}.
 */
export declare const WithObject: {
    /**
     * A complete WithObject: the fields given, and every omitted one (or `undefined`) with its
     * Rust default. A plain object literal works too: defaults are filled in on the way to Rust.
     */
    readonly create: (fields?: {
        object?: Object_;
        count?: number;
    }) => WithObject & {
        object: Object_;
        count: number;
    };
};
/** Every field has a default, including a nested record of defaults. */
export interface AllDefaults {
    text?: string;
    big?: bigint;
    ratio?: number;
    flag?: boolean;
    retries?: number | undefined | null;
    nickname?: string | undefined;
    list?: number[];
    counters?: Map<string, number>;
    nested?: RecWithDefault;
}
/**
 * The factory of {@link AllDefaults}.
 */
export declare const AllDefaults: {
    /**
     * A complete AllDefaults: the fields given, and every omitted one (or `undefined`) with its
     * Rust default. A plain object literal works too: defaults are filled in on the way to Rust.
     */
    readonly create: (fields?: {
        text?: string;
        big?: bigint;
        ratio?: number;
        flag?: boolean;
        retries?: number | undefined | null;
        nickname?: string | undefined;
        list?: number[];
        counters?: Map<string, number>;
        nested?: RecWithDefault;
    }) => AllDefaults & {
        text: string;
        big: bigint;
        ratio: number;
        flag: boolean;
        retries: number | undefined | null;
        nickname: string | undefined;
        list: number[];
        counters: Map<string, number>;
        nested: RecWithDefault;
    };
};
/** Required fields around defaulted ones. */
export interface Mixed {
    name: string;
    port?: number;
    secure: boolean;
    extra?: AllDefaults;
}
/**
 * The factory of {@link Mixed}.
 */
export declare const Mixed: {
    /**
     * A complete Mixed: the fields given, and every omitted one (or `undefined`) with its
     * Rust default. A plain object literal works too: defaults are filled in on the way to Rust.
     */
    readonly create: (fields: {
        name: string;
        port?: number;
        secure: boolean;
        extra?: AllDefaults;
    }) => Mixed & {
        port: number;
        extra: AllDefaults;
    };
};
/** One defaulted field (`n`, 42), as in uniffi's own fixtures. */
export interface RecWithDefault {
    n?: number;
}
/**
 * The factory of {@link RecWithDefault}.
 */
export declare const RecWithDefault: {
    /**
     * A complete RecWithDefault: the fields given, and every omitted one (or `undefined`) with its
     * Rust default. A plain object literal works too: defaults are filled in on the way to Rust.
     */
    readonly create: (fields?: {
        n?: number;
    }) => RecWithDefault & {
        n: number;
    };
};
/** A position (`SpritePoint` in Rust, `TsPoint` in TypeScript). */
export interface TsPoint {
    x: number;
    y: number;
}
/**
 * The methods of {@link TsPoint}, as functions taking the record first.
 */
export declare const TsPoint: {
    /** Distance from the origin (`norm` in TypeScript: record methods are renamed too). */
    readonly norm: (self: TsPoint) => number;
};
/** Why HTML could not be parsed. */
export declare class HtmlError extends UniffiError {
    readonly tag: 'InvalidHtml' | 'Other';
}
export declare namespace HtmlError {
    /** The input is not HTML. */
    class InvalidHtml extends HtmlError {
        readonly tag: 'InvalidHtml';
        constructor();
    }
    /** Another reason. */
    class Other extends HtmlError {
        readonly tag: 'Other';
        readonly reason: string;
        constructor(fields: {
            reason: string;
        });
    }
    /**
     * Every variant of HtmlError. A caught HtmlError narrows to one with `instanceof` (each
     * variant is a class), or, cast to this type, with `switch (error.tag)`.
     */
    type Variant = InvalidHtml | Other;
}
/** A tuple error, as in uniffi's error-types fixture: the error a custom type is carried by. */
export declare class TupleError extends UniffiError {
    readonly tag: 'Oops' | 'Value';
}
export declare namespace TupleError {
    class Oops extends TupleError {
        readonly tag: 'Oops';
        /** The variant's unnamed fields, in order. */
        readonly inner: [string];
        constructor(inner: [string]);
    }
    class Value extends TupleError {
        readonly tag: 'Value';
        /** The variant's unnamed fields, in order. */
        readonly inner: [number];
        constructor(inner: [number]);
    }
    /**
     * Every variant of TupleError. A caught TupleError narrows to one with `instanceof` (each
     * variant is a class), or, cast to this type, with `switch (error.tag)`.
     */
    type Variant = Oops | Value;
}
/**
 * An error enum named like a JavaScript global (`EvalError`), with a variant named like a
 * global too (`Symbol`).
 */
export declare class EvalError_ extends UniffiError {
    readonly tag: 'Symbol' | 'Syntax';
}
export declare namespace EvalError_ {
    class Symbol extends EvalError_ {
        readonly tag: 'Symbol';
        readonly description: string;
        constructor(fields: {
            description: string;
        });
    }
    class Syntax extends EvalError_ {
        readonly tag: 'Syntax';
        constructor();
    }
    /**
     * Every variant of EvalError_. A caught EvalError_ narrows to one with `instanceof` (each
     * variant is a class), or, cast to this type, with `switch (error.tag)`.
     */
    type Variant = Symbol | Syntax;
}
/** A flat error with variants named `Variant`, `Name` and `Message`. */
export declare class FlatNameError extends UniffiError {
    readonly tag: 'Variant' | 'Name' | 'Message';
}
export declare namespace FlatNameError {
    class Variant_ extends FlatNameError {
        readonly tag: 'Variant';
        /** @param message Rust's `Display` of the error; by default `FlatNameError.Variant` (only the variant crosses to Rust). */
        constructor(message?: string);
    }
    class Name extends FlatNameError {
        readonly tag: 'Name';
        /** @param message Rust's `Display` of the error; by default `FlatNameError.Name` (only the variant crosses to Rust). */
        constructor(message?: string);
    }
    class Message extends FlatNameError {
        readonly tag: 'Message';
        /** @param message Rust's `Display` of the error; by default `FlatNameError.Message` (only the variant crosses to Rust). */
        constructor(message?: string);
    }
    /**
     * Every variant of FlatNameError. A caught FlatNameError narrows to one with `instanceof` (each
     * variant is a class), or, cast to this type, with `switch (error.tag)`.
     */
    type Variant = Variant_ | Name | Message;
}
/** An error whose variants and fields take the names of the generator's own members. */
export declare class NameError extends UniffiError {
    readonly tag: 'Variant' | 'Tag' | 'Inner' | 'Constructor';
}
export declare namespace NameError {
    /** A variant named `Variant`, like the union of every variant. */
    class Variant_ extends NameError {
        readonly tag: 'Variant';
        readonly tag_: string;
        readonly message_: string;
        readonly name_: string;
        readonly cause_: string;
        constructor(fields: {
            tag_: string;
            message_: string;
            name_: string;
            cause_: string;
        });
    }
    /** A variant named `Tag` with a field named `inner`. */
    class Tag extends NameError {
        readonly tag: 'Tag';
        readonly inner: number;
        readonly stack_: string;
        readonly typeName_: string;
        constructor(fields: {
            inner: number;
            stack_: string;
            typeName_: string;
        });
    }
    /** A tuple variant named `Inner`. */
    class Inner extends NameError {
        readonly tag: 'Inner';
        /** The variant's unnamed fields, in order. */
        readonly inner: [string, number];
        constructor(inner: [string, number]);
    }
    /** Fields named like members of every object. */
    class Constructor extends NameError {
        readonly tag: 'Constructor';
        readonly constructor_: string;
        readonly toString_: string;
        constructor(fields: {
            constructor_: string;
            toString_: string;
        });
    }
    /**
     * Every variant of NameError. A caught NameError narrows to one with `instanceof` (each
     * variant is a class), or, cast to this type, with `switch (error.tag)`.
     */
    type Variant = Variant_ | Tag | Inner | Constructor;
}
/** An error with a variant named like itself, and a field named like its method. */
export declare class ParseError extends UniffiError {
    readonly tag: 'ParseError' | 'Other';
    /** A method named like the field of a variant. */
    code(): number;
}
export declare namespace ParseError {
    /** Named like the error: its class would shadow the one it extends. */
    class ParseError_ extends ParseError {
        readonly tag: 'ParseError';
        readonly code_: number;
        readonly equals_: boolean;
        constructor(fields: {
            code_: number;
            equals_: boolean;
        });
    }
    class Other extends ParseError {
        readonly tag: 'Other';
        constructor();
    }
    /**
     * Every variant of ParseError. A caught ParseError narrows to one with `instanceof` (each
     * variant is a class), or, cast to this type, with `switch (error.tag)`.
     */
    type Variant = ParseError_ | Other;
}
/** Why a sprite cannot be made (`SpriteError` in Rust, `TsSpriteError` in TypeScript). */
export declare class TsSpriteError extends UniffiError {
    readonly tag: 'OffBoard';
}
export declare namespace TsSpriteError {
    class OffBoard extends TsSpriteError {
        readonly tag: 'OffBoard';
        readonly x: number;
        constructor(fields: {
            x: number;
        });
    }
    /**
     * Every variant of TsSpriteError. A caught TsSpriteError narrows to one with `instanceof` (each
     * variant is a class), or, cast to this type, with `switch (error.tag)`.
     */
    type Variant = OffBoard;
}
/**
 * The methods of the trait {@link ErrorTrait}: implemented by its Rust implementations
 * ({@link ErrorTrait} objects) and by every object class that implements the trait in Rust.
 * Only {@link ErrorTrait} objects cross where Rust takes the trait.
 */
export interface ErrorTraitInterface {
    /** What went wrong. */
    msg(): string;
}
/**
 * A Rust-only trait used as an error type, as uniffi's error-types fixture does: Python raises
 * an object of it, whose methods still work.
 */
export declare class ErrorTrait extends UniffiErrorObject implements ErrorTraitInterface {
    /** Makes the class nominal: another class with the same members is not an ErrorTrait. */
    private readonly uniffiTypeErrorTrait;
    /**
     * Instances come from Rust: ErrorTrait has no primary constructor. This one throws; it
     * is public (taking `never`) so that assertions typed with a constructor accept the class:
     * `expect(f).toThrow(ErrorTrait)`.
     */
    constructor(_fromRust: never);
    /** What went wrong. */
    msg(): string;
}
/** An object whose method fails with the custom error. */
export declare class Gauge extends UniffiObject {
    /** Makes the class nominal: another class with the same members is not a Gauge. */
    private readonly uniffiTypeGauge;
    constructor(limit: number);
    /** `value` when it is within the limit, else `CustomError(value)`. */
    read(value: number): number;
}
/**
 * An object used as an error, with methods named like members of `Error`
 * (`message`, `name`, `stack`, `cause`) and of every object (`value_of`), a named constructor
 * called like a static member of every `Error` class (`capture_stack_trace`), and no primary
 * constructor.
 */
export declare class Failure extends UniffiErrorObject {
    /** Makes the class nominal: another class with the same members is not a Failure. */
    private readonly uniffiTypeFailure;
    /**
     * Instances come from Rust: Failure has no primary constructor. This one throws; it
     * is public (taking `never`) so that assertions typed with a constructor accept the class:
     * `expect(f).toThrow(Failure)`.
     */
    constructor(_fromRust: never);
    static captureStackTrace_(code: number): Failure;
    cause_(): number;
    message_(): string;
    name_(): string;
    stack_(): string;
    valueOf_(): number;
    /** The value formatted by Rust's `Display`. */
    toString(): string;
}
/**
 * An object with an async primary constructor (the static `create`) and a named constructor
 * called `create`.
 */
export declare class Loader extends UniffiObject {
    /** Makes the class nominal: another class with the same members is not a Loader. */
    private readonly uniffiTypeLoader;
    /** Instances come from Rust: Loader has no primary constructor. */
    private constructor();
    static create_(source: string): Loader;
    static create(source: string, options?: AsyncCallOptions): Promise<Loader>;
    source(): string;
}
/** An object whose methods are named like the members every object has. */
export declare class Widget extends UniffiObject {
    /** Makes the class nominal: another class with the same members is not a Widget. */
    private readonly uniffiTypeWidget;
    constructor(value: number);
    /** Named constructors called like static members of every class: `call`, `toString`. */
    static call_(value: number): Widget;
    /** A named constructor called `name` (a static member of every class). */
    static name_(value: number): Widget;
    static toString_(value: number): Widget;
    /** A method named `destroy`. */
    destroy_(): string;
    hasOwnProperty_(key: string): boolean;
    /** A method named `is_destroyed`. */
    isDestroyed_(): number;
    toLocaleString_(): string;
    /** A method named like the class's private brand. */
    uniffiTypeWidget_(): number;
    /** Methods named like members of every object: `valueOf`, `hasOwnProperty`, `toLocaleString`. */
    valueOf_(): number;
}
/**
 * An object with a no-argument primary constructor, named as in uniffi's fixture (`Object`,
 * a JavaScript global: `Object_` in TypeScript).
 */
export declare class Object_ extends UniffiObject {
    /** Makes the class nominal: another class with the same members is not an Object_. */
    private readonly uniffiTypeObject_;
    /** Numbers each object: 1, 2, 3... */
    constructor();
    /** This object's number. */
    serial(): bigint;
}
/**
 * As uniffi's rename fixture: `PyObject(200).py_method(50) == 250` (here `TsAdder` and `plus`).
 */
export declare class TsAdder extends UniffiObject {
    /** Makes the class nominal: another class with the same members is not a TsAdder. */
    private readonly uniffiTypeTsAdder;
    constructor(value: number);
    plus(other: number): number;
}
/** A sprite (`Sprite` in Rust, `TsSprite` in TypeScript). */
export declare class TsSprite extends UniffiObject {
    /** Makes the class nominal: another class with the same members is not a TsSprite. */
    private readonly uniffiTypeTsSprite;
    /** At `initial_position`, or at the origin. */
    constructor(initialPosition: TsPoint | undefined);
    /** At `reference` moved by `direction`. */
    static newRelativeTo(reference: TsPoint, direction: TsPoint): TsSprite;
    /** At `x`, when it is on the board (0 to 100). */
    static onBoard(x: number): TsSprite;
    /** Where it is (`position()` in TypeScript). */
    position(): TsPoint;
    /** Moves it by `direction`; returns the new position. */
    moveBy(direction: TsPoint): TsPoint;
    /** Moves it to `position`. */
    moveTo(position: TsPoint): void;
}
/** The FFI converter of AnimalLargeUInt: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeAnimalLargeUInt: FlatEnumConverter<AnimalLargeUInt>;
/** The FFI converter of AnimalSignedLarge: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeAnimalSignedLarge: FlatEnumConverter<AnimalSignedLarge>;
/** The FFI converter of ExplicitValuedEnum: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeExplicitValuedEnum: FlatEnumConverter<ExplicitValuedEnum>;
/** The FFI converter of Implicit: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeImplicit: FlatEnumConverter<Implicit>;
/** The FFI converter of SignedValues: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeSignedValues: FlatEnumConverter<SignedValues>;
/** The FFI converter of SmallValues: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeSmallValues: FlatEnumConverter<SmallValues>;
/** The FFI converter of Boolean_: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeBoolean_: FlatEnumConverter<Boolean_>;
/** The FFI converter of Word: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeWord: FlatEnumConverter<Word>;
/** The FFI converter of FfiConverterTypeMembers_: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeFfiConverterTypeMembers_: RecordConverter<FfiConverterTypeMembers_>;
/** The FFI converter of Members: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeMembers: RecordConverter<Members>;
/** The FFI converter of Request_: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeRequest_: RecordConverter<Request_>;
/** The FFI converter of SyncFunction_: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeSyncFunction_: RecordConverter<SyncFunction_>;
/** The FFI converter of Nested: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeNested: RecordConverter<Nested>;
/** The FFI converter of WithObject: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeWithObject: RecordConverter<WithObject>;
/** The FFI converter of AllDefaults: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeAllDefaults: RecordConverter<AllDefaults>;
/** The FFI converter of Mixed: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeMixed: RecordConverter<Mixed>;
/** The FFI converter of RecWithDefault: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeRecWithDefault: RecordConverter<RecWithDefault>;
/** The FFI converter of TsPoint: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeTsPoint: RecordConverter<TsPoint>;
/** The FFI converter of Promise_: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypePromise_: TaggedEnumConverter<Promise_>;
/** The FFI converter of Tagged: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeTagged: TaggedEnumConverter<Tagged>;
/** The FFI converter of Slot: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeSlot: TaggedEnumConverter<Slot>;
/** The FFI converter of TestCase: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeTestCase: TaggedEnumConverter<TestCase>;
/** The FFI converter of HtmlError: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeHtmlError: ErrorConverter<HtmlError>;
/** The FFI converter of TupleError: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeTupleError: ErrorConverter<TupleError>;
/** The FFI converter of EvalError_: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeEvalError_: ErrorConverter<EvalError_>;
/** The FFI converter of FlatNameError: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeFlatNameError: ErrorConverter<FlatNameError>;
/** The FFI converter of NameError: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeNameError: ErrorConverter<NameError>;
/** The FFI converter of ParseError: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeParseError: ErrorConverter<ParseError>;
/** The FFI converter of TsSpriteError: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeTsSpriteError: ErrorConverter<TsSpriteError>;
/** The FFI converter of ErrorTrait: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeErrorTrait: ObjectConverter<ErrorTrait>;
/** The FFI converter of Gauge: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeGauge: ObjectConverter<Gauge>;
/** The FFI converter of Failure: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeFailure: ObjectConverter<Failure>;
/** The FFI converter of Loader: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeLoader: ObjectConverter<Loader>;
/** The FFI converter of Widget: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeWidget: ObjectConverter<Widget>;
/** The FFI converter of Object_: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeObject_: ObjectConverter<Object_>;
/** The FFI converter of TsAdder: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeTsAdder: ObjectConverter<TsAdder>;
/** The FFI converter of TsSprite: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeTsSprite: ObjectConverter<TsSprite>;
/** The FFI converter of CustomError: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeCustomError: CustomConverter<TupleError, TupleError>;
/** The FFI converter of CustomRangeError: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeCustomRangeError: CustomConverter<RangeError, TupleError>;
export declare const FfiErrorLifterTypeCustomError: import("./runtime").ErrorLifter;
export declare const FfiErrorLifterTypeCustomRangeError: import("./runtime").ErrorLifter;
export declare const FfiErrorLifterTypeErrorTrait: import("./runtime").ErrorLifter;
export declare const FfiErrorLifterTypeFailure: import("./runtime").ErrorLifter;
/** Rust's discriminant of the value. */
export declare function animalLargeUintValue(value: AnimalLargeUInt): bigint;
/** Rust's discriminant of the value. */
export declare function animalSignedLargeValue(value: AnimalSignedLarge): bigint;
/** Rust's discriminant of the value. */
export declare function explicitValuedValue(value: ExplicitValuedEnum): bigint;
/** Rust's discriminant of the value. */
export declare function implicitValue(value: Implicit): bigint;
/** Rust's discriminant of the value. */
export declare function signedValuesValue(value: SignedValues): number;
/** Rust's discriminant of the value. */
export declare function smallValuesValue(value: SmallValues): number;
/**
 * `HtmlError.Other` when `fail`, else 7: an async function whose error is thrown where the
 * caller awaits it (its stack shows the caller).
 */
export declare function fallibleMe(fail: boolean, options?: AsyncCallOptions): Promise<number>;
/** Fails with `CustomError(i)`: TypeScript sees `TupleError.Value`. */
export declare function oopsCustom(i: number): void;
/** `oops_custom`, async. */
export declare function oopsCustomAsync(i: number, options?: AsyncCallOptions): Promise<number>;
/** Fails with `CustomRangeError(i)`. */
export declare function oopsRange(i: number): void;
/** `TupleError::Oops(text)` when `i` is 0, else `TupleError::Value(i)`. */
export declare function oopsTuple(i: number, text: string): void;
/** The tag name of `<name>`; `""` is `InvalidHtml`, text not starting with `<` is `Other`. */
export declare function parseHtml(html: string): string;
/** `parse_html`, async. */
export declare function parseHtmlAsync(html: string, options?: AsyncCallOptions): Promise<string>;
/** Always fails with an `ErrorTrait` whose `msg()` is `"trait-oops"`. */
export declare function toops(): void;
/** `toops`, async, with the message given. */
export declare function toopsAsync(message: string, options?: AsyncCallOptions): Promise<number>;
/** Returns the record unchanged. */
export declare function echoConverterNamed(value: FfiConverterTypeMembers_): FfiConverterTypeMembers_;
/** Returns the record unchanged. */
export declare function echoMembers(value: Members): Members;
/** Returns `value + 1` in a `SyncFunction`. */
export declare function echoSyncFunction(value: SyncFunction_): SyncFunction_;
/** Returns the value unchanged. */
export declare function echoTagged(value: Tagged): Tagged;
/** A function named like a runtime function. */
export declare function errorVariant_(flatErrorVariant_: number): number;
/** Throws `EvalError_.Symbol` (`description` given) or `EvalError_.Syntax` (`undefined`). */
export declare function evaluate(description: string | undefined): void;
/** Fails with a `Failure` of `code`. */
export declare function fail(code: number): void;
/** `fail`, async. */
export declare function failAsync(code: number, options?: AsyncCallOptions): Promise<void>;
/** A function named like a global (`fetch`), taking and returning types named like globals. */
export declare function fetch_(request: Request_, state: Boolean_): Promise_;
/** Throws `ParseError::ParseError { code, equals: true }`. */
export declare function parseCode(code: number): void;
/**
 * Parameters named like globals (`undefined_`, `process_`, `globalThis`) and the generator's
 * own `options_`.
 */
export declare function setTimeout_(undefined_: number, process_: string, globalThis_: boolean, options_: number): string;
/** Throws `FlatNameError.Variant_`. */
export declare function throwFlatVariant(): void;
/**
 * Throws the variant `which` names (`Variant`, `Tag`, `Inner`, `Constructor`), with fields
 * made of `text` and `number`.
 */
export declare function throwNameError(which: string, text: string, number: number): void;
/** The serial of the nested record's object. */
export declare function nestedSerial(value: Nested): bigint;
/** An argument defaulting to a new `Object`. */
export declare function objectSerial(object?: Object_): bigint;
/** How many `Object`s were constructed so far. */
export declare function objectsConstructed(): bigint;
/** The serial of the slot's object (0 for `Empty`). */
export declare function slotSerial(slot: Slot): bigint;
/** The serial of the record's object. */
export declare function withObjectSerial(value: WithObject): bigint;
/** The serials of the records' objects, in order. */
export declare function withObjectSerials(values: WithObject[]): bigint[];
/** Rust's `Debug` of the value: what Rust received. */
export declare function debugTestCase(value: TestCase): string;
/** Returns the record unchanged. */
export declare function echoAllDefaults(value: AllDefaults): AllDefaults;
/** Returns the record unchanged. */
export declare function echoMixed(value: Mixed): Mixed;
/** Returns its argument, as Rust read it. */
export declare function echoTestCase(value: TestCase): TestCase;
/** A function whose argument defaults to a record of defaults. */
export declare function nestedN(value?: AllDefaults): number;
/** `AllDefaults` with Rust's view of its defaults. */
export declare function rustAllDefaults(): AllDefaults;
/** `Mixed` with Rust's view of its defaults, for `name` and `secure`. */
export declare function rustMixed(name: string, secure: boolean): Mixed;
/** `RecWithDefault` with Rust's view of its defaults. */
export declare function rustRecWithDefault(): RecWithDefault;
