import { ErrorConverter, FlatEnumConverter, ObjectConverter, RecordConverter, TaggedEnumConverter, UniffiError, UniffiObject } from './runtime';
import type { AsyncCallOptions } from './runtime';
export { AbortError, Duration, LibraryLoadError, ObjectDestroyedError, RustPanic, Timestamp, UniffiError, } from './runtime';
export type { AsyncCallOptions } from './runtime';
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
};
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
    /** Every variant of HtmlError: narrow with `switch (error.tag)`. */
    type Variant = InvalidHtml | Other;
}
/** A flat error with variants named `Variant`, `Name` and `Message`. */
export declare class FlatNameError extends UniffiError {
    readonly tag: 'Variant' | 'Name' | 'Message';
}
export declare namespace FlatNameError {
    class Variant_ extends FlatNameError {
        readonly tag: 'Variant';
        constructor(message: string);
    }
    class Name extends FlatNameError {
        readonly tag: 'Name';
        constructor(message: string);
    }
    class Message extends FlatNameError {
        readonly tag: 'Message';
        constructor(message: string);
    }
    /** Every variant of FlatNameError: narrow with `switch (error.tag)`. */
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
    /** Every variant of NameError: narrow with `switch (error.tag)`. */
    type Variant = Variant_ | Tag | Inner | Constructor;
}
/** An object whose methods are named like the members every object has. */
export declare class Widget extends UniffiObject {
    /** Makes the class nominal: another class with the same members is not a Widget. */
    private readonly uniffiTypeWidget;
    constructor(value: number);
    /** A named constructor called `name` (a static member of every class). */
    static name_(value: number): Widget;
    /** A method named `destroy`. */
    destroy_(): string;
    /** A method named `is_destroyed`. */
    isDestroyed_(): number;
    /** A method named like the class's private brand. */
    uniffiTypeWidget_(): number;
}
/**
 * An object with a no-argument primary constructor, named as in uniffi's fixture (`Object`,
 * a JavaScript global: `Object_` in TypeScript).
 */
export declare class Object_ extends UniffiObject {
    /** Makes the class nominal: another class with the same members is not a Object_. */
    private readonly uniffiTypeObject_;
    /** Numbers each object: 1, 2, 3... */
    constructor();
    /** This object's number. */
    serial(): bigint;
}
export declare const FfiConverterTypeAnimalLargeUInt: FlatEnumConverter<AnimalLargeUInt>;
export declare const FfiConverterTypeAnimalSignedLarge: FlatEnumConverter<AnimalSignedLarge>;
export declare const FfiConverterTypeExplicitValuedEnum: FlatEnumConverter<ExplicitValuedEnum>;
export declare const FfiConverterTypeImplicit: FlatEnumConverter<Implicit>;
export declare const FfiConverterTypeSignedValues: FlatEnumConverter<SignedValues>;
export declare const FfiConverterTypeSmallValues: FlatEnumConverter<SmallValues>;
export declare const FfiConverterTypeWord: FlatEnumConverter<Word>;
export declare const FfiConverterTypeFfiConverterTypeMembers_: RecordConverter<FfiConverterTypeMembers_>;
export declare const FfiConverterTypeMembers: RecordConverter<Members>;
export declare const FfiConverterTypeSyncFunction_: RecordConverter<SyncFunction_>;
export declare const FfiConverterTypeNested: RecordConverter<Nested>;
export declare const FfiConverterTypeWithObject: RecordConverter<WithObject>;
export declare const FfiConverterTypeAllDefaults: RecordConverter<AllDefaults>;
export declare const FfiConverterTypeMixed: RecordConverter<Mixed>;
export declare const FfiConverterTypeRecWithDefault: RecordConverter<RecWithDefault>;
export declare const FfiConverterTypeTagged: TaggedEnumConverter<Tagged>;
export declare const FfiConverterTypeHtmlError: ErrorConverter<HtmlError>;
export declare const FfiConverterTypeFlatNameError: ErrorConverter<FlatNameError>;
export declare const FfiConverterTypeNameError: ErrorConverter<NameError>;
export declare const FfiConverterTypeWidget: ObjectConverter<Widget>;
export declare const FfiConverterTypeObject_: ObjectConverter<Object_>;
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
/** The tag name of `<name>`; `""` is `InvalidHtml`, text not starting with `<` is `Other`. */
export declare function parseHtml(html: string): string;
/** `parse_html`, async. */
export declare function parseHtmlAsync(html: string, options?: AsyncCallOptions): Promise<string>;
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
/** Throws `FlatNameError::Variant`. */
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
/** The serial of the record's object. */
export declare function withObjectSerial(value: WithObject): bigint;
/** Returns the record unchanged. */
export declare function echoAllDefaults(value: AllDefaults): AllDefaults;
/** Returns the record unchanged. */
export declare function echoMixed(value: Mixed): Mixed;
/** A function whose argument defaults to a record of defaults. */
export declare function nestedN(value?: AllDefaults): number;
/** `AllDefaults` with Rust's view of its defaults. */
export declare function rustAllDefaults(): AllDefaults;
/** `Mixed` with Rust's view of its defaults, for `name` and `secure`. */
export declare function rustMixed(name: string, secure: boolean): Mixed;
/** `RecWithDefault` with Rust's view of its defaults. */
export declare function rustRecWithDefault(): RecWithDefault;
