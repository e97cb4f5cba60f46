import { CustomConverter, Duration, ErrorConverter, FlatEnumConverter, RecordConverter, TaggedEnumConverter, Timestamp, UniffiError } from './runtime';
import type { AsyncCallOptions } from './runtime';
import { URL } from 'node:url';
export { AbortError, Duration, LibraryLoadError, ObjectDestroyedError, RustPanic, Timestamp, UniffiError, } from './runtime';
export type { AsyncCallOptions } from './runtime';
/** A temperature in degrees Celsius, carried as an `f64` (a `custom_newtype!`). */
export type Celsius = number;
/** An opaque non-negative handle, carried as an `i64` (converted with `From` / `TryFrom`). */
export type Handle = bigint;
/** An absolute URL (`scheme://host/...`), carried as a string and checked by Rust. */
export type Url = URL;
/** An enum with *\/ in its doc. */
export type DocumentedEnum = 'First' | 'Second';
/**
 * The variants of {@link DocumentedEnum}, their Rust discriminants (`discriminant(variant)`,
 * `fromDiscriminant(value)`).
 */
export declare const DocumentedEnum: {
    /** A variant doc with *\/. */
    readonly First: "First";
    /**
     * A variant doc with a code block:
     * ```text
     * *\/
     * ```
     */
    readonly Second: "Second";
} & import("./runtime").EnumDiscriminants<DocumentedEnum, number>;
/**
 * A compass direction: a flat enum, with uniffi traits (`Display` gives the lower-case name,
 * `Ord` follows declaration order).
 */
export type Direction = 'North' | 'East' | 'South' | 'West';
/**
 * The variants of {@link Direction}, their Rust discriminants (`discriminant(variant)`,
 * `fromDiscriminant(value)`), and its methods.
 */
export declare const Direction: {
    /** Up on the map. */
    readonly North: "North";
    /** Right on the map. */
    readonly East: "East";
    /** Down on the map. */
    readonly South: "South";
    /** Left on the map. */
    readonly West: "West";
    /** The opposite direction. */
    readonly opposite: (self: Direction) => Direction;
    /** The direction after a quarter turn clockwise: a method on a flat enum. */
    readonly turnedRight: (self: Direction) => Direction;
    /** The value formatted by Rust's `Display`. */
    readonly display: (self: Direction) => string;
    /** The value formatted by Rust's `Debug`. */
    readonly debug: (self: Direction) => string;
    /** Whether both values are equal, by Rust's `PartialEq`. */
    readonly equals: (self: Direction, other: Direction) => boolean;
    /** The value's hash, by Rust's `Hash`. */
    readonly hash: (self: Direction) => bigint;
    /** Rust's `Ord::cmp`: negative, zero or positive. */
    readonly compare: (self: Direction, other: Direction) => number;
} & import("./runtime").EnumDiscriminants<Direction, number>;
/** A signed `i8` enum with a negative discriminant: -100, 0 and 100. */
export type Offset = 'Minus' | 'Zero' | 'Plus';
/**
 * The variants of {@link Offset}, their Rust discriminants (`discriminant(variant)`,
 * `fromDiscriminant(value)`).
 */
export declare const Offset: {
    /** Minus one hundred. */
    readonly Minus: "Minus";
    /** Zero. */
    readonly Zero: "Zero";
    /** Plus one hundred. */
    readonly Plus: "Plus";
} & import("./runtime").EnumDiscriminants<Offset, number>;
/**
 * Priority with explicit `u8` discriminants 1, 10 and 200 (`#[repr(u8)]`). The discriminants
 * are metadata only: on the wire a variant is still its 1-based index.
 */
export type Priority = 'Low' | 'Medium' | 'High';
/**
 * The variants of {@link Priority}, their Rust discriminants (`discriminant(variant)`,
 * `fromDiscriminant(value)`).
 */
export declare const Priority: {
    /** Can wait (1). */
    readonly Low: "Low";
    /** Normal (10). */
    readonly Medium: "Medium";
    /** Urgent (200). */
    readonly High: "High";
} & import("./runtime").EnumDiscriminants<Priority, number>;
/**
 * An enum where only some discriminants are written: `A = 5, B, C = 20, D`, so `B` is 6 and
 * `D` is 21. The metadata carries only the explicit ones; the implicit ones must be computed.
 */
export type Sparse = 'A' | 'B' | 'C' | 'D';
/**
 * The variants of {@link Sparse}, their Rust discriminants (`discriminant(variant)`,
 * `fromDiscriminant(value)`).
 */
export declare const Sparse: {
    /** Explicit 5. */
    readonly A: "A";
    /** Implicit: 6. */
    readonly B: "B";
    /** Explicit 20. */
    readonly C: "C";
    /** Implicit: 21. */
    readonly D: "D";
} & import("./runtime").EnumDiscriminants<Sparse, number>;
/**
 * Weather: a `#[non_exhaustive]` flat enum. Rust may add variants later, so bindings should
 * not assume the list is complete.
 */
export type Weather = 'Sunny' | 'Rainy';
/**
 * The variants of {@link Weather}, their Rust discriminants (`discriminant(variant)`,
 * `fromDiscriminant(value)`).
 */
export declare const Weather: {
    /** Clear sky. */
    readonly Sunny: "Sunny";
    /** Rain. */
    readonly Rainy: "Rainy";
} & import("./runtime").EnumDiscriminants<Weather, number>;
/** Exported as `ForeignEnum`; the Rust enum is `RustEnum`. */
export type ForeignEnum = 'ForeignVariant' | 'Plain';
/**
 * The variants of {@link ForeignEnum}, their Rust discriminants (`discriminant(variant)`,
 * `fromDiscriminant(value)`).
 */
export declare const ForeignEnum: {
    /** Exported as `ForeignVariant`; the Rust variant is `RustVariant`. */
    readonly ForeignVariant: "ForeignVariant";
    /** Keeps its name. */
    readonly Plain: "Plain";
} & import("./runtime").EnumDiscriminants<ForeignEnum, number>;
/** A flat enum whose variants are JavaScript values and keywords. */
export type Literal = 'Default' | 'Null' | 'Undefined' | 'True' | 'False' | 'NaN' | 'Infinity' | 'Constructor';
/**
 * The variants of {@link Literal}, their Rust discriminants (`discriminant(variant)`,
 * `fromDiscriminant(value)`).
 */
export declare const Literal: {
    /** `Default`. */
    readonly Default: "Default";
    /** `Null`. */
    readonly Null: "Null";
    /** `Undefined`. */
    readonly Undefined: "Undefined";
    /** `True`. */
    readonly True: "True";
    /** `False`. */
    readonly False: "False";
    /** `NaN`. */
    readonly NaN: "NaN";
    /** `Infinity`. */
    readonly Infinity: "Infinity";
    /** `Constructor`. */
    readonly Constructor: "Constructor";
} & import("./runtime").EnumDiscriminants<Literal, number>;
/** An enum whose variant `OldVariant` is renamed in `uniffi.toml` to `NewVariant`. */
export type OldEnum = 'NewVariant' | 'KeptVariant';
/**
 * The variants of {@link OldEnum}, their Rust discriminants (`discriminant(variant)`,
 * `fromDiscriminant(value)`).
 */
export declare const OldEnum: {
    /** Renamed in `uniffi.toml` to `NewVariant`. */
    readonly NewVariant: "NewVariant";
    /** Keeps its name. */
    readonly KeptVariant: "KeptVariant";
} & import("./runtime").EnumDiscriminants<OldEnum, number>;
/** A flat enum named `Symbol`, like JavaScript's global `Symbol`. */
export type Symbol_ = 'Iterator' | 'AsyncIterator';
/**
 * The variants of {@link Symbol_}, their Rust discriminants (`discriminant(variant)`,
 * `fromDiscriminant(value)`).
 */
export declare const Symbol_: {
    /** An iterator. */
    readonly Iterator: "Iterator";
    /** Async iteration. */
    readonly AsyncIterator: "AsyncIterator";
} & import("./runtime").EnumDiscriminants<Symbol_, number>;
/** A `#[non_exhaustive]` enum with fields. */
export type Event_ = {
    tag: 'KeyPress';
    /** The key, as text. */
    key: string;
} | {
    tag: 'Move';
    /** New horizontal position. */
    x: number;
    /** New vertical position. */
    y: number;
};
/** Constructors of each variant of {@link Event_}. */
export declare const Event_: {
    /** A key was pressed. */
    readonly KeyPress: (fields: {
        key: string;
    }) => Extract<Event_, {
        tag: "KeyPress";
    }>;
    /** The pointer moved. */
    readonly Move: (fields: {
        x: number;
        y: number;
    }) => Extract<Event_, {
        tag: "Move";
    }>;
};
/** An arithmetic expression: a recursive enum through `Box<Self>`. */
export type Expr = {
    tag: 'Num';
    /** Its value. */
    value: bigint;
} | {
    tag: 'Var';
    /** Its name. */
    name: string;
} | {
    tag: 'Neg';
    /** The negated expression. */
    inner: Expr;
} | {
    tag: 'Add';
    /** Left operand. */
    left: Expr;
    /** Right operand. */
    right: Expr;
} | {
    tag: 'Mul';
    inner: [Expr, Expr];
} | {
    tag: 'Sum';
    /** The terms. */
    terms: Expr[];
} | {
    tag: 'Maybe';
    /** The expression, if any. */
    inner: Expr | undefined;
};
/** Constructors of each variant of {@link Expr}. */
export declare const Expr: {
    /** A number. */
    readonly Num: (fields: {
        value: bigint;
    }) => Extract<Expr, {
        tag: "Num";
    }>;
    /** A variable, looked up in the environment given to {@link evalWith}. */
    readonly Var: (fields: {
        name: string;
    }) => Extract<Expr, {
        tag: "Var";
    }>;
    /** `-inner`. */
    readonly Neg: (fields: {
        inner: Expr;
    }) => Extract<Expr, {
        tag: "Neg";
    }>;
    /** `left + right`. */
    readonly Add: (fields: {
        left: Expr;
        right: Expr;
    }) => Extract<Expr, {
        tag: "Add";
    }>;
    /** `left * right`, as a tuple variant. */
    readonly Mul: (v0: Expr, v1: Expr) => Extract<Expr, {
        tag: "Mul";
    }>;
    /** The sum of any number of terms (`Vec<Self>`, no `Box` needed). */
    readonly Sum: (fields: {
        terms: Expr[];
    }) => Extract<Expr, {
        tag: "Sum";
    }>;
    /** An optional expression: `undefined` counts as 0. */
    readonly Maybe: (fields: {
        inner: Expr | undefined;
    }) => Extract<Expr, {
        tag: "Maybe";
    }>;
};
/**
 * A figure: an enum with fields, mixing variants with named fields, tuple variants and a unit
 * variant. Has methods (its "constructor" is the function {@link unitSquare}: enums cannot have
 * constructors in UniFFI 0.32's metadata).
 */
export type Figure = {
    tag: 'Circle';
    /** Radius (default 1.0). */
    radius: number;
} | {
    tag: 'Rectangle';
    /** Width. */
    width: number;
    /** Height. */
    height: number;
} | {
    tag: 'Triangle';
    inner: [number, number, number];
} | {
    tag: 'Labeled';
    inner: [string, Figure];
} | {
    tag: 'Empty';
};
/** Constructors of each variant of {@link Figure}, and its methods. */
export declare const Figure: {
    /** A circle; the radius defaults to 1.0. */
    readonly Circle: (fields?: {
        radius?: number;
    }) => Extract<Figure, {
        tag: "Circle";
    }>;
    /** An axis-aligned rectangle. */
    readonly Rectangle: (fields: {
        width: number;
        height: number;
    }) => Extract<Figure, {
        tag: "Rectangle";
    }>;
    /** A triangle given by its three side lengths (a tuple variant: its fields have no names). */
    readonly Triangle: (v0: number, v1: number, v2: number) => Extract<Figure, {
        tag: "Triangle";
    }>;
    /** A labelled figure: a tuple variant holding a string and a nested enum. */
    readonly Labeled: (v0: string, v1: Figure) => Extract<Figure, {
        tag: "Labeled";
    }>;
    /** A figure with no size (a unit variant). */
    readonly Empty: () => Extract<Figure, {
        tag: "Empty";
    }>;
    /** The figure's area (Heron's formula for triangles, 0 for `Empty` and impossible triangles). */
    readonly area: (self: Figure) => number;
    /** The same figure scaled by `factor`. */
    readonly scaled: (self: Figure, factor: number) => Figure;
};
/** An enum holding other enums and records in its variants, and an enum with a single variant. */
export type Only = {
    tag: 'One';
    /** A flat enum field. */
    direction: Direction;
    /** An optional flat enum field with discriminants. */
    priority: Priority | undefined;
};
/** Constructors of each variant of {@link Only}. */
export declare const Only: {
    /** The only variant, carrying a direction and an optional priority. */
    readonly One: (fields: {
        direction: Direction;
        priority: Priority | undefined;
    }) => Extract<Only, {
        tag: "One";
    }>;
};
/**
 * An enum with fields whose variants are named like JavaScript globals: `Object`, `Error`,
 * `Function`, `Array`, `String`, and `Null`.
 */
export type Value = {
    tag: 'Null';
} | {
    tag: 'Object';
    /** The fields. */
    fields: Map<string, string>;
} | {
    tag: 'Error';
    /** A field named `message`. */
    message: string;
} | {
    tag: 'Function';
    /** A field named `name`. */
    name: string;
} | {
    tag: 'Array';
    inner: [string[]];
} | {
    tag: 'String';
    inner: [string];
};
/** Constructors of each variant of {@link Value}. */
export declare const Value: {
    /** Nothing. */
    readonly Null: () => Extract<Value, {
        tag: "Null";
    }>;
    /** Named fields. */
    readonly Object: (fields: {
        fields: Map<string, string>;
    }) => Extract<Value, {
        tag: "Object";
    }>;
    /** An error description (not an error type). */
    readonly Error: (fields: {
        message: string;
    }) => Extract<Value, {
        tag: "Error";
    }>;
    /** A function name. */
    readonly Function: (fields: {
        name: string;
    }) => Extract<Value, {
        tag: "Function";
    }>;
    /** Items. */
    readonly Array: (v0: string[]) => Extract<Value, {
        tag: "Array";
    }>;
    /** Text. */
    readonly String: (v0: string) => Extract<Value, {
        tag: "String";
    }>;
};
/** A named blob of bytes: bytes inside a record, and a record method taking `&[u8]`. */
export interface Blob_ {
    /** The blob's name. */
    name: string;
    /** Its content. */
    data: Uint8Array;
}
/**
 * The methods of {@link Blob_}, as functions taking the record first.
 */
export declare const Blob_: {
    /** Adler-32 of the content. */
    readonly checksum: (self: Blob_) => number;
    /** Whether the content starts with `prefix` (a `&[u8]` argument of a record method). */
    readonly startsWith: (self: Blob_, prefix: Uint8Array) => boolean;
};
/** One entry of an `i64 → f64` map. */
export interface I64Entry {
    /** The key. */
    key: bigint;
    /** The value. */
    value: number;
}
/** What {@link checkMap} found. */
export interface MapCheck {
    /** Number of entries. */
    len: number;
    /** Whether every value is its key in decimal. */
    consistent: boolean;
}
/**
 * A bookmark: custom types inside a record, a `Vec`, an `Option` and a `HashMap`, and a custom
 * field with a default value (given as its builtin's literal).
 */
export interface Bookmark {
    /** The bookmarked URL. */
    url: Url;
    /** Who saved it. */
    owner: Handle;
    /** Mirrors of the same page. */
    mirrors: Url[];
    /** The folder it is in, if any. */
    folder: Handle | undefined;
    /** Related links by name. */
    related: Map<string, Url>;
    /** Temperature when it was saved (why not). */
    temperature: Celsius;
    /** Where to go if the URL is gone (default `"https://example.com/"`). */
    fallback?: Url;
}
/**
 * The factory of {@link Bookmark}.
 */
export declare const Bookmark: {
    /**
     * A complete Bookmark: the fields given, and every omitted one (or `undefined`) with its
     * Rust default. A plain object literal works too: defaults are filled in on the way to Rust.
     */
    readonly create: (fields: {
        url: Url;
        owner: Handle;
        mirrors: Url[];
        folder: Handle | undefined;
        related: Map<string, Url>;
        temperature: Celsius;
        fallback?: Url;
    }) => Bookmark & {
        fallback: Url;
    };
};
/**
 * A colour with an alpha channel; the record field `a` defaults to 255 (opaque), and its
 * methods have default arguments.
 */
export interface Rgba {
    /** Red. */
    r: number;
    /** Green. */
    g: number;
    /** Blue. */
    b: number;
    /** Alpha, 255 = opaque (default 255). */
    a?: number;
}
/**
 * The factory of {@link Rgba}, and its methods, as functions taking the record first.
 */
export declare const Rgba: {
    /**
     * A complete Rgba: the fields given, and every omitted one (or `undefined`) with its
     * Rust default. A plain object literal works too: defaults are filled in on the way to Rust.
     */
    readonly create: (fields: {
        r: number;
        g: number;
        b: number;
        a?: number;
    }) => Rgba & {
        a: number;
    };
    /** The mix of this colour and `other`: `amount` (default 0.5) of `other`, rounded. */
    readonly mixedWith: (self: Rgba, other: Rgba, amount?: number) => Rgba;
    /** `#rrggbb` or, when `withAlpha` (default false), `#rrggbbaa`. */
    readonly toHex: (self: Rgba, withAlpha?: boolean) => string;
};
/**
 * A record with *\/ in its doc.
 *
 * ```text
 * let r = Documented { value: 1 }; // *\/
 * ```
 */
export interface Documented {
    /** A field doc with *\/ and `code` and émojis 🎉. */
    value: number;
    /**
     * Multi-line field doc:
     * - item *\/
     * - item /*
     */
    other: string | undefined;
}
/** Field names that camelCase in surprising ways. */
export interface Casing {
    /** `http_url` → `httpUrl`. */
    httpUrl: string;
    /** `utf8_bytes` → `utf8Bytes`. */
    utf8Bytes: number;
    /** `value_2d` → `value2d` or `value2D`, depending on the rule. */
    value2d: number;
    /** `x` stays `x`. */
    x: number;
    /** `io_error_count` → `ioErrorCount`. */
    ioErrorCount: number;
    /** Already camelCase in Rust: `alreadyCamel`. */
    alreadyCamel: boolean;
    /** `a_b_c` → `aBC`. */
    aBC: number;
}
/**
 * Exported as `ForeignRecord` (`#[uniffi(name = ...)]` on the record); the Rust struct is
 * `RustRecord`.
 */
export interface ForeignRecord {
    /** Exported as `foreign_field`; the Rust field is `rust_field`. */
    foreignField: string;
}
/** A record whose fields are named like JavaScript keywords and `Object.prototype` members. */
export interface Keywords {
    /** A field named `class`. */
    class: number;
    /** A field named `function`. */
    function: string;
    /** A field named `constructor` (every JavaScript object has one). */
    constructor: boolean;
    /** A field named `prototype`. */
    prototype: string | undefined;
    /** A field named `__proto__` (assigning it on a plain object changes the prototype). */
    proto: number;
    /** A field named `type` (`r#type` in Rust). */
    type: string;
    /** A field named `to_string` (`toString` in camelCase). */
    toString: string;
    /** A field named `value_of` (`valueOf` in camelCase). */
    valueOf: number;
    /** A field named `has_own_property` (`hasOwnProperty` in camelCase). */
    hasOwnProperty: boolean;
    /** A field named `then` (an object with a `then` is treated as a Promise by `await`). */
    then: string | undefined;
}
/**
 * A record named `Map`, like JavaScript's global `Map` (which the bindings use for
 * `HashMap`); it even contains a `HashMap`.
 */
export interface Map_ {
    /** A real map inside the record named `Map`. */
    entries: Map<string, number>;
}
/** Renamed in `uniffi.toml` to `NewRecord`; its field `old_field` to `new_field`. */
export interface NewRecord {
    /** Renamed in `uniffi.toml` to `new_field`. */
    newField: string;
    /** Keeps its name. */
    kept: number;
}
/** A record with one field of every kind of type. */
export interface Everything {
    /** A boolean. */
    flag: boolean;
    /** 8-bit signed. */
    small: number;
    /** 8-bit unsigned. */
    byte: number;
    /** 16-bit signed. */
    short: number;
    /** 16-bit unsigned. */
    ushort: number;
    /** 32-bit signed. */
    int: number;
    /** 32-bit unsigned. */
    uint: number;
    /** 64-bit signed. */
    long: bigint;
    /** 64-bit unsigned. */
    ulong: bigint;
    /** Single precision. */
    single: number;
    /** Double precision. */
    double: number;
    /** Text. */
    text: string;
    /** Raw bytes. */
    bytes: Uint8Array;
    /** An optional integer. */
    maybe: number | undefined;
    /** A list of strings. */
    list: string[];
    /** A map with string keys. */
    map: Map<string, bigint>;
    /** A point in time. */
    when: Timestamp;
    /** A span of time. */
    howLong: Duration;
    /** A nested record. */
    point: Point;
    /** A flat enum. */
    direction: Direction;
}
/** A segment between two points: a record nesting records. */
export interface Line {
    /** Where the segment starts. */
    start: Point;
    /** Where the segment ends. */
    end: Point;
}
/** A singly linked list: a recursive record through `Option<Box<Self>>`. */
export interface LinkedNode {
    /** The value at this node. */
    value: number;
    /** The rest of the list. */
    next: LinkedNode | undefined;
}
/**
 * Page margins; every field has a default, so `#[uniffi(default)]` on a `Margins` field means
 * "all defaults".
 */
export interface Margins {
    /** Top margin, in points (default 10.0). */
    top?: number;
    /** Bottom margin, in points (default 10.0). */
    bottom?: number;
    /** Whether the margins mirror on even pages (default false). */
    mirrored?: boolean;
}
/**
 * The factory of {@link Margins}.
 */
export declare const Margins: {
    /**
     * A complete Margins: the fields given, and every omitted one (or `undefined`) with its
     * Rust default. A plain object literal works too: defaults are filled in on the way to Rust.
     */
    readonly create: (fields?: {
        top?: number;
        bottom?: number;
        mirrored?: boolean;
    }) => Margins & {
        top: number;
        bottom: number;
        mirrored: boolean;
    };
};
/** A record with no fields at all. */
export interface Nothing {
}
/**
 * A polyline with an optional name and an optional bounding box: records inside `Vec` and
 * `Option`.
 */
export interface Path {
    /** Name of the path, if any. */
    name: string | undefined;
    /** The segments, in order. */
    segments: Line[];
    /** The bounding box as (min, max) corners, absent for an empty path. */
    bounds: Line | undefined;
}
/**
 * A point in the plane. Has methods (`#[uniffi::export] impl` on a record). UniFFI 0.32
 * accepts `#[uniffi::constructor]` on a record in the macros but its metadata reader rejects
 * it ("Only interfaces can have constructors"), so the constructors are plain functions
 * ({@link pointOrigin}, {@link pointFromPolar}).
 */
export interface Point {
    /** Horizontal coordinate. */
    x: number;
    /** Vertical coordinate. */
    y: number;
}
/**
 * The methods of {@link Point}, as functions taking the record first.
 */
export declare const Point: {
    /** Distance to `other`. */
    readonly distanceTo: (self: Point, other: Point) => number;
    /** Distance from the origin. */
    readonly length: (self: Point) => number;
    /** Distance from the origin, computed asynchronously: an async method on a record. */
    readonly lengthAsync: (self: Point, options?: AsyncCallOptions) => Promise<number>;
    /** This point moved by (`dx`, `dy`); the receiver is not modified (records are values). */
    readonly translated: (self: Point, dx: number, dy: number) => Point;
};
/**
 * A record whose fields have default values of every kind the proc-macros accept: integer
 * (including negative, `u64::MAX` and `i64::MIN`), float, string (with characters that need
 * escaping), bool, `undefined`, `Some(..)`, an empty sequence, and the type's own default
 * (`#[uniffi(default)]`: 0, `""`, empty map, a record of defaults). One field, `name`, has no
 * default and must always be given.
 */
export interface Settings {
    /** Required: the only field without a default. */
    name: string;
    /** TCP port (default 8080). */
    port?: number;
    /** A signed offset (default -1). */
    offset?: number;
    /** A 64-bit limit (default 18446744073709551615, `u64::MAX`). */
    limit?: bigint;
    /** The most negative 64-bit value (default -9223372036854775808, `i64::MIN`). */
    floor?: bigint;
    /** A ratio (default 0.5). */
    ratio?: number;
    /** A single-precision scale (default 1.25). */
    scale?: number;
    /** A float written with an exponent (default 1e3 = 1000). */
    threshold?: number;
    /** Host name (default "localhost"). */
    host?: string;
    /**
     * A default string that needs escaping in generated code: a double quote, a single quote,
     * a backslash, a newline, a tab, `${x}` and non-ASCII.
     */
    greeting?: string;
    /** Verbose output (default true). */
    verbose?: boolean;
    /** A nickname (default `undefined`). */
    nickname?: string | undefined;
    /** Retry count (default `Some(3)`). */
    retries?: number | undefined | null;
    /** Tags (default: empty list). */
    tags?: string[];
    /** Level (default: the type's default, 0). */
    level?: number;
    /** A label (default: the type's default, the empty string). */
    label?: string;
    /** Counters (default: the type's default, an empty map). */
    counters?: Map<string, number>;
    /** An optional limit (default: the type's default, `undefined`). */
    maxItems?: bigint | undefined;
    /** Page margins (default: a `Margins` record with all its own defaults). */
    margins?: Margins;
}
/**
 * The factory of {@link Settings}.
 */
export declare const Settings: {
    /**
     * A complete Settings: the fields given, and every omitted one (or `undefined`) with its
     * Rust default. A plain object literal works too: defaults are filled in on the way to Rust.
     */
    readonly create: (fields: {
        name: string;
        port?: number;
        offset?: number;
        limit?: bigint;
        floor?: bigint;
        ratio?: number;
        scale?: number;
        threshold?: number;
        host?: string;
        greeting?: string;
        verbose?: boolean;
        nickname?: string | undefined;
        retries?: number | undefined | null;
        tags?: string[];
        level?: number;
        label?: string;
        counters?: Map<string, number>;
        maxItems?: bigint | undefined;
        margins?: Margins;
    }) => Settings & {
        port: number;
        offset: number;
        limit: bigint;
        floor: bigint;
        ratio: number;
        scale: number;
        threshold: number;
        host: string;
        greeting: string;
        verbose: boolean;
        nickname: string | undefined;
        retries: number | undefined | null;
        tags: string[];
        level: number;
        label: string;
        counters: Map<string, number>;
        maxItems: bigint | undefined;
        margins: Margins;
    };
};
/** A tree: a recursive record through `Vec<Self>`. */
export interface TreeNode {
    /** The node's label. */
    label: string;
    /** The subtrees. */
    children: TreeNode[];
}
/**
 * A semantic version, with uniffi traits: `Display` ("1.2.3"), `Debug`, `Eq`, `Hash` and
 * `Ord` (by major, then minor, then patch) are exported, so the bindings can call Rust's
 * implementations.
 */
export interface Version {
    /** Incompatible changes. */
    major: number;
    /** Compatible additions. */
    minor: number;
    /** Fixes. */
    patch: number;
}
/**
 * The methods of {@link Version}, as functions taking the record first.
 */
export declare const Version: {
    /** The next minor version (patch reset to 0). */
    readonly bumpMinor: (self: Version) => Version;
    /** Whether `other` is compatible with this version (same major, not older). */
    readonly isCompatibleWith: (self: Version, other: Version) => boolean;
    /** The value formatted by Rust's `Display`. */
    readonly display: (self: Version) => string;
    /** The value formatted by Rust's `Debug`. */
    readonly debug: (self: Version) => string;
    /** Whether both values are equal, by Rust's `PartialEq`. */
    readonly equals: (self: Version, other: Version) => boolean;
    /** The value's hash, by Rust's `Hash`. */
    readonly hash: (self: Version) => bigint;
    /** Rust's `Ord::cmp`: negative, zero or positive. */
    readonly compare: (self: Version, other: Version) => number;
};
/** A record with exactly one field. */
export interface Wrapper {
    /** The wrapped value. */
    value: string;
}
/** An appointment: time types inside a record, an `Option` and a `Vec`. */
export interface Appointment {
    /** What it is about. */
    title: string;
    /** When it starts. */
    start: Timestamp;
    /** How long it lasts. */
    length: Duration;
    /** How long before the start to remind, if at all. */
    reminder: Duration | undefined;
    /** Earlier start times, when it was moved. */
    history: Timestamp[];
}
/** A duration split into whole seconds and the remaining nanoseconds. */
export interface DurationParts {
    /** Whole seconds. */
    seconds: bigint;
    /** Remaining nanoseconds, from 0 to 999 999 999. */
    nanos: number;
}
/** A timestamp split the floor way: see {@link timestampParts}. */
export interface TimestampParts {
    /** Whole seconds since the epoch, rounded down (negative before 1970). */
    seconds: bigint;
    /** Nanoseconds after `seconds`, from 0 to 999 999 999. */
    nanos: number;
}
/** Why a string is not a {@link Url}. */
export declare class UrlError extends UniffiError {
    readonly tag: 'MissingScheme' | 'EmptyHost';
}
export declare namespace UrlError {
    /** No `scheme://` prefix. */
    class MissingScheme extends UrlError {
        readonly tag: 'MissingScheme';
        /** The rejected input. */
        readonly input: string;
        constructor(fields: {
            input: string;
        });
    }
    /** Nothing between `://` and the path. */
    class EmptyHost extends UrlError {
        readonly tag: 'EmptyHost';
        /** The rejected input. */
        readonly input: string;
        constructor(fields: {
            input: string;
        });
    }
    /**
     * Every variant of UrlError. A caught UrlError narrows to one with `instanceof` (each
     * variant is a class), or, cast to this type, with `switch (error.tag)`.
     */
    type Variant = MissingScheme | EmptyHost;
}
/** An error with *\/ in its doc. */
export declare class DocumentedError extends UniffiError {
    readonly tag: 'Failed';
}
export declare namespace DocumentedError {
    /** A variant doc with *\/ and `${x}`. */
    class Failed extends DocumentedError {
        readonly tag: 'Failed';
        /** A field doc with *\/. */
        readonly reason: string;
        constructor(fields: {
            reason: string;
        });
    }
    /**
     * Every variant of DocumentedError. A caught DocumentedError narrows to one with `instanceof` (each
     * variant is a class), or, cast to this type, with `switch (error.tag)`.
     */
    type Variant = Failed;
}
/**
 * Arithmetic failures: a flat error with unit variants and `with_try_read`, so it can also be
 * passed to Rust (as its variant index only).
 */
export declare class ArithmeticError extends UniffiError {
    readonly tag: 'DivisionByZero' | 'Overflow';
}
export declare namespace ArithmeticError {
    /** Division by zero. Message: `division by zero`. */
    class DivisionByZero extends ArithmeticError {
        readonly tag: 'DivisionByZero';
        /** @param message Rust's `Display` of the error; by default `ArithmeticError.DivisionByZero` (only the variant crosses to Rust). */
        constructor(message?: string);
    }
    /** The result does not fit. Message: `overflow`. */
    class Overflow extends ArithmeticError {
        readonly tag: 'Overflow';
        /** @param message Rust's `Display` of the error; by default `ArithmeticError.Overflow` (only the variant crosses to Rust). */
        constructor(message?: string);
    }
    /**
     * Every variant of ArithmeticError. A caught ArithmeticError narrows to one with `instanceof` (each
     * variant is a class), or, cast to this type, with `switch (error.tag)`.
     */
    type Variant = DivisionByZero | Overflow;
}
/**
 * An error whose field names are also properties of JavaScript's `Error`: `message`, `name`,
 * `stack`, `cause`; plus `code`, common on Node errors.
 */
export declare class ClashError extends UniffiError {
    readonly tag: 'Clash';
}
export declare namespace ClashError {
    /** Every clashing field at once. */
    class Clash extends ClashError {
        readonly tag: 'Clash';
        /** Not the `Error` message: a field named `message`. */
        readonly message_: string;
        /** Not the `Error` name: a field named `name`. */
        readonly name_: string;
        /** Not the stack trace: a field named `stack`. */
        readonly stack_: string[];
        /** Not the `Error` cause: a field named `cause`. */
        readonly cause_: string | undefined;
        /** A numeric code. */
        readonly code: number;
        constructor(fields: {
            message_: string;
            name_: string;
            stack_: string[];
            cause_: string | undefined;
            code: number;
        });
    }
    /**
     * Every variant of ClashError. A caught ClashError narrows to one with `instanceof` (each
     * variant is a class), or, cast to this type, with `switch (error.tag)`.
     */
    type Variant = Clash;
}
/**
 * Why a storage operation failed: a flat error. The variants' fields stay in Rust; the
 * bindings get the variant and the `Display` message.
 */
export declare class StorageError extends UniffiError {
    readonly tag: 'NotFound' | 'PermissionDenied' | 'DiskFull';
}
export declare namespace StorageError {
    /** The key does not exist. Message: ``key `<key>` not found``. */
    class NotFound extends StorageError {
        readonly tag: 'NotFound';
        /** @param message Rust's `Display` of the error; by default `StorageError.NotFound` (only the variant crosses to Rust). */
        constructor(message?: string);
    }
    /** Access refused. Message: `permission denied for uid <uid>`. */
    class PermissionDenied extends StorageError {
        readonly tag: 'PermissionDenied';
        /** @param message Rust's `Display` of the error; by default `StorageError.PermissionDenied` (only the variant crosses to Rust). */
        constructor(message?: string);
    }
    /** No space left. Message: `disk full`. */
    class DiskFull extends StorageError {
        readonly tag: 'DiskFull';
        /** @param message Rust's `Display` of the error; by default `StorageError.DiskFull` (only the variant crosses to Rust). */
        constructor(message?: string);
    }
    /**
     * Every variant of StorageError. A caught StorageError narrows to one with `instanceof` (each
     * variant is a class), or, cast to this type, with `switch (error.tag)`.
     */
    type Variant = NotFound | PermissionDenied | DiskFull;
}
/**
 * Why a value was rejected: a rich error; every field crosses. Its Rust `Display` is exported
 * (`#[uniffi::export(Display)]`), so the bindings can show Rust's message.
 */
export declare class ValidationError extends UniffiError {
    readonly tag: 'Empty' | 'OutOfRange' | 'BadCharacter' | 'Many' | 'WrongDirection' | 'Numeric';
    /**
     * The name of the offending field for `OutOfRange`, `undefined` otherwise: a method on a rich
     * error (the thrown value is sent back to Rust as the receiver).
     */
    fieldName(): string | undefined;
    /** How many problems the error reports: the number of messages for `Many`, 1 otherwise. */
    problemCount(): number;
    /** The value formatted by Rust's `Display`. */
    toString(): string;
}
export declare namespace ValidationError {
    /** Nothing to validate (a unit variant). */
    class Empty extends ValidationError {
        readonly tag: 'Empty';
        constructor();
    }
    /** A number outside its range (named fields). */
    class OutOfRange extends ValidationError {
        readonly tag: 'OutOfRange';
        /** Which field. */
        readonly field: string;
        /** The rejected value. */
        readonly value: bigint;
        /** Smallest accepted value. */
        readonly min: bigint;
        /** Largest accepted value. */
        readonly max: bigint;
        constructor(fields: {
            field: string;
            value: bigint;
            min: bigint;
            max: bigint;
        });
    }
    /** An unexpected character and its position (a tuple variant). */
    class BadCharacter extends ValidationError {
        readonly tag: 'BadCharacter';
        /** The variant's unnamed fields, in order. */
        readonly inner: [string, number];
        constructor(inner: [string, number]);
    }
    /** Several problems: a list, an option and a nested record. */
    class Many extends ValidationError {
        readonly tag: 'Many';
        /** The messages. */
        readonly messages: string[];
        /** Where the first problem is, if known. */
        readonly firstAt: Point | undefined;
        constructor(fields: {
            messages: string[];
            firstAt: Point | undefined;
        });
    }
    /** A direction other than the expected one: nested enums. */
    class WrongDirection extends ValidationError {
        readonly tag: 'WrongDirection';
        /** The expected direction. */
        readonly expected: Direction;
        /** The direction received. */
        readonly got: Direction;
        constructor(fields: {
            expected: Direction;
            got: Direction;
        });
    }
    /** Floats, booleans and bytes in an error. */
    class Numeric extends ValidationError {
        readonly tag: 'Numeric';
        /** A ratio. */
        readonly ratio: number;
        /** Whether the value was exact. */
        readonly exact: boolean;
        /** The raw input. */
        readonly raw: Uint8Array;
        constructor(fields: {
            ratio: number;
            exact: boolean;
            raw: Uint8Array;
        });
    }
    /**
     * Every variant of ValidationError. A caught ValidationError narrows to one with `instanceof` (each
     * variant is a class), or, cast to this type, with `switch (error.tag)`.
     */
    type Variant = Empty | OutOfRange | BadCharacter | Many | WrongDirection | Numeric;
}
/** The FFI converter of DocumentedEnum: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeDocumentedEnum: FlatEnumConverter<DocumentedEnum>;
/** The FFI converter of Direction: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeDirection: FlatEnumConverter<Direction>;
/** The FFI converter of Offset: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeOffset: FlatEnumConverter<Offset>;
/** The FFI converter of Priority: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypePriority: FlatEnumConverter<Priority>;
/** The FFI converter of Sparse: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeSparse: FlatEnumConverter<Sparse>;
/** The FFI converter of Weather: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeWeather: FlatEnumConverter<Weather>;
/** The FFI converter of ForeignEnum: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeForeignEnum: FlatEnumConverter<ForeignEnum>;
/** The FFI converter of Literal: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeLiteral: FlatEnumConverter<Literal>;
/** The FFI converter of OldEnum: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeOldEnum: FlatEnumConverter<OldEnum>;
/** The FFI converter of Symbol_: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeSymbol_: FlatEnumConverter<Symbol_>;
/** The FFI converter of Blob_: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeBlob_: RecordConverter<Blob_>;
/** The FFI converter of I64Entry: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeI64Entry: RecordConverter<I64Entry>;
/** The FFI converter of MapCheck: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeMapCheck: RecordConverter<MapCheck>;
/** The FFI converter of Bookmark: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeBookmark: RecordConverter<Bookmark>;
/** The FFI converter of Rgba: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeRgba: RecordConverter<Rgba>;
/** The FFI converter of Documented: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeDocumented: RecordConverter<Documented>;
/** The FFI converter of Casing: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeCasing: RecordConverter<Casing>;
/** The FFI converter of ForeignRecord: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeForeignRecord: RecordConverter<ForeignRecord>;
/** The FFI converter of Keywords: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeKeywords: RecordConverter<Keywords>;
/** The FFI converter of Map_: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeMap_: RecordConverter<Map_>;
/** The FFI converter of NewRecord: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeNewRecord: RecordConverter<NewRecord>;
/** The FFI converter of Everything: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeEverything: RecordConverter<Everything>;
/** The FFI converter of Line: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeLine: RecordConverter<Line>;
/** The FFI converter of LinkedNode: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeLinkedNode: RecordConverter<LinkedNode>;
/** The FFI converter of Margins: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeMargins: RecordConverter<Margins>;
/** The FFI converter of Nothing: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeNothing: RecordConverter<Nothing>;
/** The FFI converter of Path: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypePath: RecordConverter<Path>;
/** The FFI converter of Point: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypePoint: RecordConverter<Point>;
/** The FFI converter of Settings: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeSettings: RecordConverter<Settings>;
/** The FFI converter of TreeNode: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeTreeNode: RecordConverter<TreeNode>;
/** The FFI converter of Version: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeVersion: RecordConverter<Version>;
/** The FFI converter of Wrapper: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeWrapper: RecordConverter<Wrapper>;
/** The FFI converter of Appointment: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeAppointment: RecordConverter<Appointment>;
/** The FFI converter of DurationParts: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeDurationParts: RecordConverter<DurationParts>;
/** The FFI converter of TimestampParts: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeTimestampParts: RecordConverter<TimestampParts>;
/** The FFI converter of Event_: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeEvent_: TaggedEnumConverter<Event_>;
/** The FFI converter of Expr: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeExpr: TaggedEnumConverter<Expr>;
/** The FFI converter of Figure: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeFigure: TaggedEnumConverter<Figure>;
/** The FFI converter of Only: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeOnly: TaggedEnumConverter<{
    tag: "One";
    /** A flat enum field. */
    direction: Direction;
    /** An optional flat enum field with discriminants. */
    priority: Priority | undefined;
}>;
/** The FFI converter of Value: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeValue: TaggedEnumConverter<Value>;
/** The FFI converter of UrlError: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeUrlError: ErrorConverter<UrlError>;
/** The FFI converter of DocumentedError: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeDocumentedError: ErrorConverter<DocumentedError>;
/** The FFI converter of ArithmeticError: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeArithmeticError: ErrorConverter<ArithmeticError>;
/** The FFI converter of ClashError: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeClashError: ErrorConverter<ClashError>;
/** The FFI converter of StorageError: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeStorageError: ErrorConverter<StorageError>;
/** The FFI converter of ValidationError: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeValidationError: ErrorConverter<ValidationError>;
/** The FFI converter of Celsius: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeCelsius: CustomConverter<number, number>;
/** The FFI converter of Handle: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeHandle: CustomConverter<bigint, bigint>;
/** The FFI converter of Url: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeUrl: CustomConverter<URL, string>;
/** Whether two borrowed slices are equal: two `ForeignBytes` arguments in one call. */
export declare function bytesEqual(a: Uint8Array, b: Uint8Array): boolean;
/**
 * Whether `data` follows the {@link makeBytes} pattern for `seed`: checks a large buffer made on
 * the other side, without sending it back.
 */
export declare function checkPattern(data: Uint8Array, seed: number): boolean;
/** Adler-32 of a borrowed slice (`&[u8]`, a `ForeignBytes` argument). */
export declare function checksum(data: Uint8Array): number;
/**
 * Adler-32 of an owned buffer (`Vec<u8>`): the same value as {@link checksum}, through the other
 * argument type.
 */
export declare function checksumVec(data: Uint8Array): number;
/** Returns the blob unchanged. */
export declare function echoBlob(blob: Blob_): Blob_;
/** Returns the list of buffers unchanged. */
export declare function echoByteLists(data: Uint8Array[]): Uint8Array[];
/** Returns the map of buffers unchanged. */
export declare function echoByteMap(data: Map<string, Uint8Array>): Map<string, Uint8Array>;
/** Returns the bytes unchanged. */
export declare function echoBytes(data: Uint8Array): Uint8Array;
/** Returns the bytes unchanged, asynchronously (after yielding once). */
export declare function echoBytesAsync(data: Uint8Array, options?: AsyncCallOptions): Promise<Uint8Array>;
/** Returns a list of `i8` unchanged: a sequence of signed integers, not bytes. */
export declare function echoI8List(data: number[]): number[];
/** Returns the optional bytes unchanged (`undefined` and an empty buffer are different). */
export declare function echoOptionalBytes(data: Uint8Array | undefined): Uint8Array | undefined;
/** An empty byte buffer. */
export declare function emptyBytes(): Uint8Array;
/** Length of a borrowed slice, in bytes. */
export declare function lenOf(data: Uint8Array): bigint;
/** `len` bytes where byte `i` is `(i * 31 + seed) mod 256`: large buffers made by Rust. */
export declare function makeBytes(len: number, seed: number): Uint8Array;
/**
 * A `&[u8]` between other arguments: `data[start..start + len]` as an owned buffer, clamped to
 * the slice.
 */
export declare function sliceOf(start: number, data: Uint8Array, len: number): Uint8Array;
/** The number of entries of the map, and whether every entry is `i → i.to_string()`. */
export declare function checkMap(map: Map<number, string>): MapCheck;
/** Counts how often each direction appears. */
export declare function countDirections(directions: Direction[]): Map<Direction, number>;
/** The set of the numbers that appear in `values` (duplicates removed by Rust). */
export declare function dedupe(values: bigint[]): Set<bigint>;
/** Describes nested options as Rust sees them: `"None"`, `"Some(None)"` or `"Some(Some(x))"`. */
export declare function describeOptionOption(value: number | undefined | undefined): string;
/** Returns the map unchanged: boolean keys. */
export declare function echoBoolMap(map: Map<boolean, string>): Map<boolean, string>;
/** Returns the map unchanged: enum keys. */
export declare function echoDirectionMap(map: Map<Direction, number>): Map<Direction, number>;
/** Returns the set unchanged: a set of enum values. */
export declare function echoDirectionSet(set: Set<Direction>): Set<Direction>;
/** Returns the map unchanged: `i64` keys (bigints in TypeScript) and `f64` values. */
export declare function echoI64Map(map: Map<bigint, number>): Map<bigint, number>;
/** Returns the value unchanged: a map of maps. */
export declare function echoMapOfMaps(value: Map<string, Map<string, number>>): Map<string, Map<string, number>>;
/** Returns the nested value unchanged: a list of maps of lists of optional integers. */
export declare function echoNested(value: Array<Map<string, Array<number | undefined>>>): Array<Map<string, Array<number | undefined>>>;
/** Returns the value unchanged: nested options (`undefined`, `Some(None)`, `Some(Some(x))`). */
export declare function echoOptionOption(value: number | undefined | undefined): number | undefined | undefined;
/**
 * Returns the value unchanged: an optional list of optional strings (`undefined`, `Some([])`,
 * `Some([None])` are all different).
 */
export declare function echoOptionalList(value: Array<string | undefined> | undefined): Array<string | undefined> | undefined;
/** Returns the set unchanged. */
export declare function echoStringSet(set: Set<string>): Set<string>;
/** Returns the map unchanged: `u32` keys. */
export declare function echoU32Map(map: Map<number, string>): Map<number, string>;
/** Returns the set unchanged. */
export declare function echoU64Set(set: Set<bigint>): Set<bigint>;
/** An empty map. */
export declare function emptyMap(): Map<string, string>;
/** An empty set. */
export declare function emptySet(): Set<string>;
/** An empty list. */
export declare function emptyVec(): string[];
/** Groups words by their length in characters. */
export declare function groupByLength(words: string[]): Map<number, string[]>;
/** The map's entries sorted by key: what Rust received. */
export declare function i64MapEntries(map: Map<bigint, number>): I64Entry[];
/** `{0: "0", 1: "1", ..., n - 1: "n - 1"}`. */
export declare function makeMap(n: number): Map<number, string>;
/** `{0, 1, ..., n - 1}`. */
export declare function makeSet(n: number): Set<bigint>;
/**
 * `n` strings, the i-th being `"s<i>"` padded with `x` to `len` characters (or longer when the
 * number alone is longer).
 */
export declare function makeStrings(n: number, len: number): string[];
/** `[0, 1, ..., n - 1]`. */
export declare function makeVec(n: number): number[];
/**
 * Sums every present integer of the nested value, and counts the absent ones; returns
 * `[sum, absent]`.
 */
export declare function nestedStats(value: Array<Map<string, Array<number | undefined>>>): bigint[];
/** Whether the set contains `value`. */
export declare function setContains(set: Set<string>, value: string): boolean;
/** The strings of the set, sorted: what Rust received. */
export declare function sortedStrings(set: Set<string>): string[];
/** The numbers of the set, sorted. */
export declare function sortedU64s(set: Set<bigint>): bigint[];
/** The sum of the list. */
export declare function sumVec(values: number[]): bigint;
/**
 * The transpose of a rectangular matrix (rows of equal length; ragged input is truncated to
 * the shortest row).
 */
export declare function transpose(matrix: Array<number[]>): Array<number[]>;
/** Returns the bookmark unchanged. */
export declare function echoBookmark(bookmark: Bookmark): Bookmark;
/** Returns the handle unchanged. */
export declare function echoHandle(handle: Handle): Handle;
/** Returns the optional URL unchanged. */
export declare function echoOptionalUrl(url: Url | undefined): Url | undefined;
/** Returns the URL unchanged. */
export declare function echoUrl(url: Url): Url;
/** Returns the URLs unchanged. */
export declare function echoUrls(urls: Url[]): Url[];
/** The Celsius temperature for degrees Fahrenheit. */
export declare function fromFahrenheit(degrees: number): Celsius;
/**
 * The handle for `value`, or `undefined` if it is negative. (A negative `i64` passed directly as
 * a `Handle` argument fails while Rust lifts it: an unexpected error.)
 */
export declare function handleFromValue(value: bigint): Handle | undefined;
/** The handle's value as a plain `i64`. */
export declare function handleValue(handle: Handle): bigint;
/** `scheme://host/path`, checked. */
export declare function makeUrl(scheme: string, host: string, path: string): Url;
/** The handle after this one. */
export declare function nextHandle(handle: Handle): Handle;
/** A bookmark with every field set. */
export declare function sampleBookmark(): Bookmark;
/** Degrees Fahrenheit for a Celsius temperature. */
export declare function toFahrenheit(temperature: Celsius): number;
/**
 * The host of the URL. An invalid URL fails with the {@link UrlError} raised while lifting the
 * argument: the function's own error type.
 */
export declare function urlHost(url: Url): string;
/**
 * The scheme of the URL. This function declares no error, so an invalid URL is an
 * unexpected error (reported like a panic).
 */
export declare function urlScheme(url: Url): string;
/**
 * Waits `delayMs` milliseconds (default 0), then returns `value` (default `"done"`): an async
 * function with defaults.
 */
export declare function delayedValue(delayMs?: bigint, value?: string, options?: AsyncCallOptions): Promise<string>;
/**
 * Prints every argument as Rust received it, `Debug`-formatted and separated by `|`. Each
 * argument has a literal default: -5, 18446744073709551615 (`u64::MAX`), -9223372036854775808
 * (`i64::MIN`), 2.5, 0.1, true, `undefined`, `Some(7)`, `[]`, `"x"`, 255.
 */
export declare function describeLiteralDefaults(small?: number, big?: bigint, mostNegative?: bigint, single?: number, double?: number, flag?: boolean, nothing?: string | undefined, something?: bigint | undefined | null, list?: number[], text?: string, byte?: number): string;
/**
 * Prints every argument as Rust received it, `Debug`-formatted and separated by `|`. Each
 * argument defaults to its type's own default: `0`, `""`, an empty map, `undefined`, an empty list,
 * `false`.
 */
export declare function describeTypeDefaults(level?: number, label?: string, counts?: Map<string, number>, maybe?: number | undefined, items?: string[], on?: boolean): string;
/**
 * Greets `name`: `greeting` (default `"Hello"`), `count` times (default 1), ending with
 * `punctuation` (default `"!"`), in upper case if `shout` (default false).
 */
export declare function greet(name: string, greeting?: string, count?: number, punctuation?: string, shout?: boolean): string;
/** An opaque grey; `level` defaults to 128. */
export declare function grey(level?: number): Rgba;
/**
 * `first * 10 + second`, where `first` has a default (1) but `second`, after it, does not: a
 * default on a non-trailing argument.
 */
export declare function nonTrailingDefault(first: number, second: number): number;
/** A colour from its channels; `a` defaults to 255. */
export declare function rgba(r: number, g: number, b: number, a?: number): Rgba;
/**
 * Leading and trailing empty doc lines, and an empty line in the middle:
 *
 *
 * after two empty lines.
 */
export declare function blankLinesInDocs(): void;
/**
 * A block doc comment, written with slash-star-star.
 * Each line starts with an asterisk in the source.
 */
export declare function blockDocComment(): void;
/**
 * Inline code `a*\/b`, `${template}`, a backslash \ and two \\, `` `backticks` inside ``, and
 * a code block:
 *
 * ```ts
 * const x = `template ${1 + 1}`; /* not a comment end *\/
 * if (x) { console.log("*\/"); }
 * ```
 *
 * The end.
 */
export declare function codeInDocs(input: string): string;
/**
 * Closes a comment too early if copied verbatim: *\/ and opens one again: /* and /** and ends
 * with a lone *\/
 */
export declare function commentTerminators(): string;
/**
 * Carriage returns: this doc has CR LF line endings.
 * Second line.
 * Third line.
 */
export declare function crlfDocs(): void;
/**
 * A code block whose indentation must survive (one `#[doc]` attribute with newlines):
 *
 * ```rust
 * fn main() {
 *     if true {
 *         println!("indented");
 *     }
 * }
 * ```
 *
 * And a list:
 * - one
 *     - nested, indented four spaces
 * - two
 */
export declare function indentedCode(): number;
/**
 * Links to items of this crate: {@link useDocumented}, {@link Documented.value},
 * {@link DocumentedEnum.Second}, {@link DocumentedError.Failed}, {@link Documented | the record} and
 * {@link codeInDocs}. To other crates: `std::sync::Arc` and `Vec`. A URL:
 * [UniFFI](https://mozilla.github.io/uniffi-rs/). Code: `[not_a_link]`.
 */
export declare function linkedDocs(): void;
/**
 * Markdown:
 *
 * - a list item
 * - another, with **bold**, _italic_ and a [link](https://example.com/?a=1&b=2)
 * continued on the next line
 *
 * 1. numbered
 * 2. list
 *
 * > a quote
 *
 * | a table | with |
 * |---------|------|
 * | cells   | `x`  |
 *
 * # A heading
 */
export declare function markdownDocs(): void;
/**
 * Non-ASCII: café, naïve, Straße, Ελληνικά, Русский, 日本語, 中文, 한국어, עברית, العربية,
 * emoji 🦀🚀👩‍💻, combining é, and a zero-width joiner‍ here. Also U+2028 (line separator)
 * between these brackets: [
], and U+2029 (paragraph separator): [
].
 */
export declare function nonAsciiDocs(): string;
/**
 * Text that looks like TSDoc or JSDoc tags but is prose: \@param nothing, \@returns never,
 * \@deprecated not really, \@internal no, {\@link Nowhere}, \@example none. And HTML: <script>alert("x")</script>,
 * <br/>, &amp; &lt;tag&gt;.
 */
export declare function tagsInProse(): boolean;
/** Uses every documented type. *\/ */
export declare function useDocumented(value: Documented, which: DocumentedEnum): Documented;
/**
 * A very long line: Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur. Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt mollit anim id est laborum. (about 480 characters on one line)
 */
export declare function veryLongLine(): void;
/** Every direction, in declaration order. */
export declare function allDirections(): Direction[];
/** Every `Sparse` variant, in declaration order. */
export declare function allSparse(): Sparse[];
/**
 * `1 + 2 + ... + depth` built as a left-leaning chain of `Add` nodes `depth` levels deep, to
 * test deep recursion in lifting and lowering. Keep `depth` in the thousands: lifting,
 * lowering and dropping recurse on the Rust stack.
 */
export declare function deepExpr(depth: number): Expr;
/**
 * Describes the figure as Rust sees it, e.g. `"Rectangle 2x3"`, `"Triangle(3, 4, 5)"`,
 * `"Labeled \"box\": Empty"`.
 */
export declare function describeFigure(value: Figure): string;
/** Describes the weather in a word. */
export declare function describeWeather(value: Weather): string;
/** Returns the direction unchanged. */
export declare function echoDirection(value: Direction): Direction;
/** Returns the event unchanged. */
export declare function echoEvent(value: Event_): Event_;
/** Returns the expression unchanged. */
export declare function echoExpr(expr: Expr): Expr;
/** Returns the figure unchanged. */
export declare function echoFigure(value: Figure): Figure;
/** Returns the value unchanged. */
export declare function echoOnly(value: Only): Only;
/** Returns the priority unchanged. */
export declare function echoPriority(value: Priority): Priority;
/** Returns the weather unchanged. */
export declare function echoWeather(value: Weather): Weather;
/** Evaluates the expression with wrapping 64-bit arithmetic; `undefined` if it uses a variable. */
export declare function eval_(expr: Expr): bigint | undefined;
/** Evaluates the expression with the variables in `env`; `undefined` if a variable is missing. */
export declare function evalWith(expr: Expr, env: Map<string, bigint>): bigint | undefined;
/** The nesting depth of the expression (a number is depth 1). */
export declare function exprDepth(expr: Expr): number;
/** Prints the expression fully parenthesized, e.g. `"((1 + x) * -(2))"`. */
export declare function exprToString(expr: Expr): string;
/** The discriminant Rust gives the offset (`value as i8`). */
export declare function offsetValue(value: Offset): number;
/** The discriminant Rust gives the priority (`value as u8`). */
export declare function priorityValue(value: Priority): number;
/** One figure of each variant. */
export declare function sampleFigures(): Figure[];
/** The discriminant Rust gives the value (`value as u32`). */
export declare function sparseValue(value: Sparse): number;
/** The unit square. */
export declare function unitSquare(): Figure;
/** Rust's message for an `ArithmeticError` received from the bindings. */
export declare function arithmeticErrorMessage(error: ArithmeticError): string;
/** `a / b`, failing on division by zero and on `i32::MIN / -1`. */
export declare function divide(a: number, b: number): number;
/**
 * Returns the error unchanged: a rich error as an ordinary argument and return value, not
 * thrown.
 */
export declare function echoValidationError(error: ValidationError): ValidationError;
/**
 * Always fails with `ClashError::Clash { message: "field message", name: "field name",
 * stack: ["frame 1", "frame 2"], cause: Some("field cause"), code: -1 }`.
 */
export declare function failClash(): number;
/**
 * Fails with a `ValidationError`: 0 `Empty`, 1 `OutOfRange` (value `i64::MIN`, max
 * `u64::MAX`), 2 `BadCharacter("€", 7)`, 3 `Many`, 4 `WrongDirection`, anything else
 * `Numeric` (ratio NaN).
 */
export declare function failValidation(which: number): void;
/** {@link failValidation}, asynchronously (fails after yielding once). */
export declare function failValidationAsync(which: number, options?: AsyncCallOptions): Promise<void>;
/** Panics with `message` inside a future, after yielding once. */
export declare function panicAsync(message: string, options?: AsyncCallOptions): Promise<string>;
/** Panics in a function that declares an error type: the panic is not the declared error. */
export declare function panicInsteadOfError(message: string): void;
/**
 * Panics with a payload that is not a string (`std::panic::panic_any(42u32)`): UniFFI then has
 * no message to send.
 */
export declare function panicNonString(): number;
/** Panics with `message` and a formatted number, from a function that would return a value. */
export declare function panicReturning(message: string, n: number): string[];
/** Panics with `message`. */
export declare function panicWith(message: string): void;
/**
 * Parses a percentage: `"0"`..`"100"`. Empty input, a non-digit character or a value over 100
 * fail with the matching `ValidationError`; a success returns a record.
 */
export declare function parsePercent(input: string): Point;
/**
 * Succeeds with `"stored"` for 0; fails with `NotFound` for 1, `PermissionDenied` for 2,
 * `DiskFull` for anything else.
 */
export declare function store(which: number): string;
/** {@link store}, asynchronously (fails after yielding once). */
export declare function storeAsync(which: number, options?: AsyncCallOptions): Promise<string>;
/** Rust's `Display` of a rich error received from the bindings. */
export declare function validationErrorMessage(error: ValidationError): string;
/** Returns the boolean unchanged. */
export declare function echoBool(value: boolean): boolean;
/** Returns the `f32` unchanged, NaN payload and sign of zero included. */
export declare function echoF32(value: number): number;
/** Returns the `f64` unchanged, NaN payload and sign of zero included. */
export declare function echoF64(value: number): number;
/** Returns the integer unchanged. */
export declare function echoI16(value: number): number;
/** Returns the integer unchanged. */
export declare function echoI32(value: number): number;
/** Returns the integer unchanged. */
export declare function echoI64(value: bigint): bigint;
/** Returns the integer unchanged. */
export declare function echoI8(value: number): number;
/** Returns the string unchanged. */
export declare function echoString(value: string): string;
/** Returns the string unchanged, asynchronously (after yielding once). */
export declare function echoStringAsync(value: string, options?: AsyncCallOptions): Promise<string>;
/** Returns the integer unchanged. */
export declare function echoU16(value: number): number;
/** Returns the integer unchanged. */
export declare function echoU32(value: number): number;
/** Returns the integer unchanged. */
export declare function echoU64(value: bigint): bigint;
/** Returns the integer unchanged. */
export declare function echoU8(value: number): number;
/** The empty string. */
export declare function emptyString(): string;
/** `f32::EPSILON`. */
export declare function f32Epsilon(): number;
/** The `f32` with this IEEE 754 bit pattern (any NaN payload, any sign). */
export declare function f32FromBits(bits: number): number;
/** `f32::INFINITY`. */
export declare function f32Infinity(): number;
/** `f32::MIN`, the most negative finite `f32`. */
export declare function f32Lowest(): number;
/** `f32::MAX`, the largest finite `f32`. */
export declare function f32Max(): number;
/** `f32::MIN_POSITIVE`, the smallest positive normal `f32`. */
export declare function f32MinPositive(): number;
/** `f32::NAN`, a quiet NaN. */
export declare function f32Nan(): number;
/** `f32::NEG_INFINITY`. */
export declare function f32NegInfinity(): number;
/** Negative zero as an `f32`. */
export declare function f32NegZero(): number;
/** The smallest positive subnormal `f32` (bit pattern 1). */
export declare function f32SmallestSubnormal(): number;
/** The IEEE 754 bit pattern of the `f32` Rust received. */
export declare function f32ToBits(value: number): number;
/** The `f32` as Rust received it, printed with `{:?}` (`NaN`, `-0.0`, `inf`, `1e-45`...). */
export declare function f32ToString(value: number): string;
/** `f64::EPSILON`. */
export declare function f64Epsilon(): number;
/** The `f64` with this IEEE 754 bit pattern (any NaN payload, any sign). */
export declare function f64FromBits(bits: bigint): number;
/** `f64::INFINITY`. */
export declare function f64Infinity(): number;
/** `f64::MIN`, the most negative finite `f64`. */
export declare function f64Lowest(): number;
/** `f64::MAX`, the largest finite `f64`. */
export declare function f64Max(): number;
/** `f64::MIN_POSITIVE`, the smallest positive normal `f64`. */
export declare function f64MinPositive(): number;
/** `f64::NAN`, a quiet NaN. */
export declare function f64Nan(): number;
/** `f64::NEG_INFINITY`. */
export declare function f64NegInfinity(): number;
/** Negative zero as an `f64`. */
export declare function f64NegZero(): number;
/** The smallest positive subnormal `f64` (bit pattern 1). */
export declare function f64SmallestSubnormal(): number;
/** The IEEE 754 bit pattern of the `f64` Rust received. */
export declare function f64ToBits(value: number): bigint;
/** The `f64` as Rust received it, printed with `{:?}` (`NaN`, `-0.0`, `inf`, `1e-45`...). */
export declare function f64ToString(value: number): string;
/** The largest `i16`: 32767. */
export declare function i16Max(): number;
/** The smallest `i16`: -32768. */
export declare function i16Min(): number;
/** The integer as Rust received it, in decimal. */
export declare function i16ToString(value: number): string;
/** The largest `i32`: 2147483647. */
export declare function i32Max(): number;
/** The smallest `i32`: -2147483648. */
export declare function i32Min(): number;
/** The integer as Rust received it, in decimal. */
export declare function i32ToString(value: number): string;
/** The largest `i64`: 9223372036854775807. */
export declare function i64Max(): bigint;
/** The smallest `i64`: -9223372036854775808. */
export declare function i64Min(): bigint;
/** The integer as Rust received it, in decimal. */
export declare function i64ToString(value: bigint): string;
/** The largest `i8`: 127. */
export declare function i8Max(): number;
/** The smallest `i8`: -128. */
export declare function i8Min(): number;
/** The integer as Rust received it, in decimal. */
export declare function i8ToString(value: number): string;
/** Returns the opposite boolean. */
export declare function negate(value: boolean): boolean;
/**
 * `value` repeated `count` times: builds strings of any size (`repeat_string("ab", 3)` is
 * `"ababab"`).
 */
export declare function repeatString(value: string, count: number): string;
/**
 * The byte length of a string passed by reference (`&str`: `by_ref` in the metadata, the same
 * wire format as `String`).
 */
export declare function strByteLen(value: string): number;
/** The length of the string in UTF-8 bytes, as Rust received it. */
export declare function stringByteLen(value: string): number;
/** The number of Unicode scalar values (Rust `char`s) in the string. */
export declare function stringCharCount(value: string): number;
/** The Unicode scalar values of the string, in order: what Rust received, exactly. */
export declare function stringCodePoints(value: string): number[];
/**
 * Builds a string from Unicode scalar values; `undefined` if one of them is not a scalar value
 * (a surrogate, or above `0x10FFFF`).
 */
export declare function stringFromCodePoints(codePoints: number[]): string | undefined;
/** A string containing NUL characters: `"a\0b\0"` (4 bytes). */
export declare function stringWithNul(): string;
/** The largest `u16`: 65535. */
export declare function u16Max(): number;
/** The smallest `u16`: 0. */
export declare function u16Min(): number;
/** The integer as Rust received it, in decimal. */
export declare function u16ToString(value: number): string;
/** The largest `u32`: 4294967295. */
export declare function u32Max(): number;
/** The smallest `u32`: 0. */
export declare function u32Min(): number;
/** The integer as Rust received it, in decimal. */
export declare function u32ToString(value: number): string;
/** The largest `u64`: 18446744073709551615. */
export declare function u64Max(): bigint;
/** The smallest `u64`: 0. */
export declare function u64Min(): bigint;
/** The integer as Rust received it, in decimal. */
export declare function u64ToString(value: bigint): string;
/** The largest `u8`: 255. */
export declare function u8Max(): number;
/** The smallest `u8`: 0. */
export declare function u8Min(): number;
/** The integer as Rust received it, in decimal. */
export declare function u8ToString(value: number): string;
/**
 * A string that exercises UTF-8: ASCII, Latin-1, Greek, Cyrillic, CJK, right-to-left Arabic
 * and Hebrew, a combining accent, emoji outside the Basic Multilingual Plane (including a ZWJ
 * sequence and a flag), a private-use character, U+FFFF, U+10FFFF and an embedded NUL.
 */
export declare function unicodeSample(): string;
/**
 * A function named `await` (`r#await` in Rust), reserved in JavaScript modules. Returns
 * `r#yield + 1`.
 */
export declare function await_(yield_: number): number;
/** A function named `constructor`. */
export declare function constructor(): string;
/**
 * A function named `delete` (a JavaScript operator) whose arguments are named `default_` and
 * `new_`. Returns `"<default>:<new>"`.
 */
export declare function delete_(default_: number, new_: string): string;
/** Returns the record unchanged. */
export declare function echoCasing(value: Casing): Casing;
/** Returns the record unchanged. */
export declare function echoKeywords(value: Keywords): Keywords;
/** Returns the variant unchanged. */
export declare function echoLiteral(value: Literal): Literal;
/** Returns the record unchanged. */
export declare function echoMapRecord(value: Map_): Map_;
/** Returns the enum unchanged. */
export declare function echoOldEnum(value: OldEnum): OldEnum;
/** Returns the enum unchanged (exported under its foreign names). */
export declare function echoRustEnum(value: ForeignEnum): ForeignEnum;
/** Returns the record unchanged (exported under its foreign names). */
export declare function echoRustRecord(value: ForeignRecord): ForeignRecord;
/** Returns the symbol unchanged. */
export declare function echoSymbol(value: Symbol_): Symbol_;
/** Returns the value unchanged. */
export declare function echoValue(value: Value): Value;
/**
 * A function named `instanceof`, taking `class_` and `function_`. Returns whether they are
 * equal.
 */
export declare function instanceof_(class_: string, function_: string): boolean;
/** A function named `new`. */
export declare function new_(): string;
/**
 * Renamed in `uniffi.toml` to `new_function`; its argument `old_arg` to `newArg`. Returns the
 * record with `old_field` set to `old_arg`.
 */
export declare function newFunction(newArg: string, kept: number): NewRecord;
/**
 * Exported as `renamed_in_rust` (`#[uniffi::export(name = ...)]`); the Rust function is
 * `rust_side_name`.
 */
export declare function renamedInRust(value: number): number;
/** A `Keywords` with every field set (`then` is `undefined`). */
export declare function sampleKeywords(): Keywords;
/**
 * Arguments named after words reserved in strict-mode JavaScript or TypeScript: `arguments_`,
 * `eval_`, `this_`, `interface_`, `package_`, `private_`, `let_`, `static_`, `implements_`, `protected_`.
 * Returns their sum.
 */
export declare function strictModeNames(arguments_: number, eval_: number, this_: number, interface_: number, package_: number, private_: number, let_: number, static_: number, implements_: number, protected_: number): number;
/**
 * A function named `typeof` (a reserved word in Rust too: `r#typeof`). Returns the argument's
 * length.
 */
export declare function typeof_(enum_: string): number;
/** A function named `void`. Returns its argument. */
export declare function void_(in_: number): number;
/** The `Settings` Rust builds with the same defaults as the record declares, for `name`. */
export declare function defaultSettings(name: string): Settings;
/** Returns the record unchanged. */
export declare function echoEverything(value: Everything): Everything;
/** Returns the line unchanged. */
export declare function echoLine(line: Line): Line;
/** Returns the empty record unchanged. */
export declare function echoNothing(value: Nothing): Nothing;
/** Returns the path unchanged. */
export declare function echoPath(path: Path): Path;
/** Returns the settings unchanged. */
export declare function echoSettings(settings: Settings): Settings;
/** Returns the one-field record unchanged. */
export declare function echoWrapper(value: Wrapper): Wrapper;
/** A linked list holding `values` in order; `undefined` for an empty list. */
export declare function linkedList(values: number[]): LinkedNode | undefined;
/** The values of a linked list, in order. */
export declare function linkedListValues(head: LinkedNode): number[];
/** Builds a path through `points` and computes its bounding box. */
export declare function makePath(name: string | undefined, points: Point[]): Path;
/**
 * A complete tree of the given depth (1 = a single leaf) and fan-out; labels are paths such
 * as `"root/0/2"`.
 */
export declare function makeTree(depth: number, fanout: number): TreeNode;
/** Total length of the path's segments. */
export declare function pathLength(path: Path): number;
/** A point from polar coordinates (angle in radians). */
export declare function pointFromPolar(radius: number, angle: number): Point;
/** The point (0, 0). */
export declare function pointOrigin(): Point;
/** An `Everything` with every field set to a non-trivial value. */
export declare function sampleEverything(): Everything;
/**
 * Whether `settings` equals {@link defaultSettings} for its name: lets a test check, on the Rust
 * side, that a record built from the generated defaults is exactly the declared one.
 */
export declare function settingsAreDefault(settings: Settings): boolean;
/** The versions sorted by Rust's `Ord`. */
export declare function sortVersions(versions: Version[]): Version[];
/** Number of nodes in the tree. */
export declare function treeSize(tree: TreeNode): number;
/** A version from its three parts. */
export declare function version(major: number, minor: number, patch: number): Version;
/** `value` plus `delta`; `undefined` if the result is not representable. */
export declare function addDuration(value: Timestamp, delta: Duration): Timestamp | undefined;
/** When the appointment ends (`start + length`); `undefined` if not representable. */
export declare function appointmentEnd(value: Appointment): Timestamp | undefined;
/** The duration in seconds, as an `f64` (rounded for long durations). */
export declare function durationAsSecsF64(value: Duration): number;
/** How long from `earlier` to `later`; `undefined` if `later` is before `earlier`. */
export declare function durationBetween(earlier: Timestamp, later: Timestamp): Duration | undefined;
/**
 * A duration of `seconds` and `nanos` (nanoseconds of a second or more carry into the seconds;
 * panics if that overflows `u64` seconds).
 */
export declare function durationFromParts(seconds: bigint, nanos: number): Duration;
/**
 * The largest duration: `u64::MAX` seconds and 999 999 999 nanoseconds (far beyond what a
 * JavaScript number of milliseconds holds exactly).
 */
export declare function durationMax(): Duration;
/** One nanosecond. */
export declare function durationOneNano(): Duration;
/** Splits a duration into seconds and nanoseconds, as Rust received it. */
export declare function durationParts(value: Duration): DurationParts;
/** The zero duration. */
export declare function durationZero(): Duration;
/** Returns the appointment unchanged. */
export declare function echoAppointment(value: Appointment): Appointment;
/** Returns the duration unchanged. */
export declare function echoDuration(value: Duration): Duration;
/** Returns the timestamp unchanged. */
export declare function echoTimestamp(value: Timestamp): Timestamp;
/** Returns the timestamp unchanged, asynchronously (after yielding once). */
export declare function echoTimestampAsync(value: Timestamp, options?: AsyncCallOptions): Promise<Timestamp>;
/** The current time, from Rust's clock. */
export declare function now(): Timestamp;
/** `value` minus `delta`; `undefined` if the result is not representable. */
export declare function subDuration(value: Timestamp, delta: Duration): Timestamp | undefined;
/**
 * The instant `seconds + nanos / 1e9` seconds after the epoch (floor convention: `seconds` may
 * be negative for instants before 1970, `nanos` always counts forward, so `(-1, 500_000_000)`
 * is half a second *before* the epoch). `nanos` of a second or more carries into the seconds.
 */
export declare function timestampFromParts(seconds: bigint, nanos: number): Timestamp;
/** Splits a timestamp into floor-based parts: the inverse of {@link timestampFromParts}. */
export declare function timestampParts(value: Timestamp): TimestampParts;
/** 1970-01-01T00:00:00Z. */
export declare function unixEpoch(): Timestamp;
