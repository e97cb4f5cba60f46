"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FfiConverterTypeRgba = exports.FfiConverterTypeBookmark = exports.FfiConverterTypeMapCheck = exports.FfiConverterTypeI64Entry = exports.FfiConverterTypeBlob_ = exports.FfiConverterTypeSymbol_ = exports.FfiConverterTypeOldEnum = exports.FfiConverterTypeLiteral = exports.FfiConverterTypeForeignEnum = exports.FfiConverterTypeWeather = exports.FfiConverterTypeSparse = exports.FfiConverterTypePriority = exports.FfiConverterTypeOffset = exports.FfiConverterTypeDirection = exports.FfiConverterTypeDocumentedEnum = exports.ValidationError = exports.StorageError = exports.ClashError = exports.ArithmeticError = exports.DocumentedError = exports.UrlError = exports.Version = exports.Settings = exports.Point = exports.Margins = exports.Rgba = exports.Bookmark = exports.Blob_ = exports.Value = exports.Only = exports.Figure = exports.Expr = exports.Event_ = exports.Symbol_ = exports.OldEnum = exports.Literal = exports.ForeignEnum = exports.Weather = exports.Sparse = exports.Priority = exports.Offset = exports.Direction = exports.DocumentedEnum = exports.UniffiError = exports.Timestamp = exports.RustPanic = exports.ObjectDestroyedError = exports.LibraryLoadError = exports.Duration = exports.AbortError = void 0;
exports.FfiConverterTypeUrl = exports.FfiConverterTypeHandle = exports.FfiConverterTypeCelsius = exports.FfiConverterTypeValidationError = exports.FfiConverterTypeStorageError = exports.FfiConverterTypeClashError = exports.FfiConverterTypeArithmeticError = exports.FfiConverterTypeDocumentedError = exports.FfiConverterTypeUrlError = exports.FfiConverterTypeValue = exports.FfiConverterTypeOnly = exports.FfiConverterTypeFigure = exports.FfiConverterTypeExpr = exports.FfiConverterTypeEvent_ = exports.FfiConverterTypeTimestampParts = exports.FfiConverterTypeDurationParts = exports.FfiConverterTypeAppointment = exports.FfiConverterTypeWrapper = exports.FfiConverterTypeVersion = exports.FfiConverterTypeTreeNode = exports.FfiConverterTypeSettings = exports.FfiConverterTypePoint = exports.FfiConverterTypePath = exports.FfiConverterTypeNothing = exports.FfiConverterTypeMargins = exports.FfiConverterTypeLinkedNode = exports.FfiConverterTypeLine = exports.FfiConverterTypeEverything = exports.FfiConverterTypeNewRecord = exports.FfiConverterTypeMap_ = exports.FfiConverterTypeKeywords = exports.FfiConverterTypeForeignRecord = exports.FfiConverterTypeCasing = exports.FfiConverterTypeDocumented = void 0;
exports.bytesEqual = bytesEqual;
exports.checkPattern = checkPattern;
exports.checksum = checksum;
exports.checksumVec = checksumVec;
exports.echoBlob = echoBlob;
exports.echoByteLists = echoByteLists;
exports.echoByteMap = echoByteMap;
exports.echoBytes = echoBytes;
exports.echoBytesAsync = echoBytesAsync;
exports.echoI8List = echoI8List;
exports.echoOptionalBytes = echoOptionalBytes;
exports.emptyBytes = emptyBytes;
exports.lenOf = lenOf;
exports.makeBytes = makeBytes;
exports.sliceOf = sliceOf;
exports.checkMap = checkMap;
exports.countDirections = countDirections;
exports.dedupe = dedupe;
exports.describeOptionOption = describeOptionOption;
exports.echoBoolMap = echoBoolMap;
exports.echoDirectionMap = echoDirectionMap;
exports.echoDirectionSet = echoDirectionSet;
exports.echoI64Map = echoI64Map;
exports.echoMapOfMaps = echoMapOfMaps;
exports.echoNested = echoNested;
exports.echoOptionOption = echoOptionOption;
exports.echoOptionalList = echoOptionalList;
exports.echoStringSet = echoStringSet;
exports.echoU32Map = echoU32Map;
exports.echoU64Set = echoU64Set;
exports.emptyMap = emptyMap;
exports.emptySet = emptySet;
exports.emptyVec = emptyVec;
exports.groupByLength = groupByLength;
exports.i64MapEntries = i64MapEntries;
exports.makeMap = makeMap;
exports.makeSet = makeSet;
exports.makeStrings = makeStrings;
exports.makeVec = makeVec;
exports.nestedStats = nestedStats;
exports.setContains = setContains;
exports.sortedStrings = sortedStrings;
exports.sortedU64s = sortedU64s;
exports.sumVec = sumVec;
exports.transpose = transpose;
exports.echoBookmark = echoBookmark;
exports.echoHandle = echoHandle;
exports.echoOptionalUrl = echoOptionalUrl;
exports.echoUrl = echoUrl;
exports.echoUrls = echoUrls;
exports.fromFahrenheit = fromFahrenheit;
exports.handleFromValue = handleFromValue;
exports.handleValue = handleValue;
exports.makeUrl = makeUrl;
exports.nextHandle = nextHandle;
exports.sampleBookmark = sampleBookmark;
exports.toFahrenheit = toFahrenheit;
exports.urlHost = urlHost;
exports.urlScheme = urlScheme;
exports.delayedValue = delayedValue;
exports.describeLiteralDefaults = describeLiteralDefaults;
exports.describeTypeDefaults = describeTypeDefaults;
exports.greet = greet;
exports.grey = grey;
exports.nonTrailingDefault = nonTrailingDefault;
exports.rgba = rgba;
exports.blankLinesInDocs = blankLinesInDocs;
exports.blockDocComment = blockDocComment;
exports.codeInDocs = codeInDocs;
exports.commentTerminators = commentTerminators;
exports.crlfDocs = crlfDocs;
exports.indentedCode = indentedCode;
exports.linkedDocs = linkedDocs;
exports.markdownDocs = markdownDocs;
exports.nonAsciiDocs = nonAsciiDocs;
exports.tagsInProse = tagsInProse;
exports.useDocumented = useDocumented;
exports.veryLongLine = veryLongLine;
exports.allDirections = allDirections;
exports.allSparse = allSparse;
exports.deepExpr = deepExpr;
exports.describeFigure = describeFigure;
exports.describeWeather = describeWeather;
exports.echoDirection = echoDirection;
exports.echoEvent = echoEvent;
exports.echoExpr = echoExpr;
exports.echoFigure = echoFigure;
exports.echoOnly = echoOnly;
exports.echoPriority = echoPriority;
exports.echoWeather = echoWeather;
exports.eval_ = eval_;
exports.evalWith = evalWith;
exports.exprDepth = exprDepth;
exports.exprToString = exprToString;
exports.offsetValue = offsetValue;
exports.priorityValue = priorityValue;
exports.sampleFigures = sampleFigures;
exports.sparseValue = sparseValue;
exports.unitSquare = unitSquare;
exports.arithmeticErrorMessage = arithmeticErrorMessage;
exports.divide = divide;
exports.echoValidationError = echoValidationError;
exports.failClash = failClash;
exports.failValidation = failValidation;
exports.failValidationAsync = failValidationAsync;
exports.panicAsync = panicAsync;
exports.panicInsteadOfError = panicInsteadOfError;
exports.panicNonString = panicNonString;
exports.panicReturning = panicReturning;
exports.panicWith = panicWith;
exports.parsePercent = parsePercent;
exports.store = store;
exports.storeAsync = storeAsync;
exports.validationErrorMessage = validationErrorMessage;
exports.echoBool = echoBool;
exports.echoF32 = echoF32;
exports.echoF64 = echoF64;
exports.echoI16 = echoI16;
exports.echoI32 = echoI32;
exports.echoI64 = echoI64;
exports.echoI8 = echoI8;
exports.echoString = echoString;
exports.echoStringAsync = echoStringAsync;
exports.echoU16 = echoU16;
exports.echoU32 = echoU32;
exports.echoU64 = echoU64;
exports.echoU8 = echoU8;
exports.emptyString = emptyString;
exports.f32Epsilon = f32Epsilon;
exports.f32FromBits = f32FromBits;
exports.f32Infinity = f32Infinity;
exports.f32Lowest = f32Lowest;
exports.f32Max = f32Max;
exports.f32MinPositive = f32MinPositive;
exports.f32Nan = f32Nan;
exports.f32NegInfinity = f32NegInfinity;
exports.f32NegZero = f32NegZero;
exports.f32SmallestSubnormal = f32SmallestSubnormal;
exports.f32ToBits = f32ToBits;
exports.f32ToString = f32ToString;
exports.f64Epsilon = f64Epsilon;
exports.f64FromBits = f64FromBits;
exports.f64Infinity = f64Infinity;
exports.f64Lowest = f64Lowest;
exports.f64Max = f64Max;
exports.f64MinPositive = f64MinPositive;
exports.f64Nan = f64Nan;
exports.f64NegInfinity = f64NegInfinity;
exports.f64NegZero = f64NegZero;
exports.f64SmallestSubnormal = f64SmallestSubnormal;
exports.f64ToBits = f64ToBits;
exports.f64ToString = f64ToString;
exports.i16Max = i16Max;
exports.i16Min = i16Min;
exports.i16ToString = i16ToString;
exports.i32Max = i32Max;
exports.i32Min = i32Min;
exports.i32ToString = i32ToString;
exports.i64Max = i64Max;
exports.i64Min = i64Min;
exports.i64ToString = i64ToString;
exports.i8Max = i8Max;
exports.i8Min = i8Min;
exports.i8ToString = i8ToString;
exports.negate = negate;
exports.repeatString = repeatString;
exports.strByteLen = strByteLen;
exports.stringByteLen = stringByteLen;
exports.stringCharCount = stringCharCount;
exports.stringCodePoints = stringCodePoints;
exports.stringFromCodePoints = stringFromCodePoints;
exports.stringWithNul = stringWithNul;
exports.u16Max = u16Max;
exports.u16Min = u16Min;
exports.u16ToString = u16ToString;
exports.u32Max = u32Max;
exports.u32Min = u32Min;
exports.u32ToString = u32ToString;
exports.u64Max = u64Max;
exports.u64Min = u64Min;
exports.u64ToString = u64ToString;
exports.u8Max = u8Max;
exports.u8Min = u8Min;
exports.u8ToString = u8ToString;
exports.unicodeSample = unicodeSample;
exports.await_ = await_;
exports.constructor = constructor;
exports.delete_ = delete_;
exports.echoCasing = echoCasing;
exports.echoKeywords = echoKeywords;
exports.echoLiteral = echoLiteral;
exports.echoMapRecord = echoMapRecord;
exports.echoOldEnum = echoOldEnum;
exports.echoRustEnum = echoRustEnum;
exports.echoRustRecord = echoRustRecord;
exports.echoSymbol = echoSymbol;
exports.echoValue = echoValue;
exports.instanceof_ = instanceof_;
exports.new_ = new_;
exports.newFunction = newFunction;
exports.renamedInRust = renamedInRust;
exports.sampleKeywords = sampleKeywords;
exports.strictModeNames = strictModeNames;
exports.typeof_ = typeof_;
exports.void_ = void_;
exports.defaultSettings = defaultSettings;
exports.echoEverything = echoEverything;
exports.echoLine = echoLine;
exports.echoNothing = echoNothing;
exports.echoPath = echoPath;
exports.echoSettings = echoSettings;
exports.echoWrapper = echoWrapper;
exports.linkedList = linkedList;
exports.linkedListValues = linkedListValues;
exports.makePath = makePath;
exports.makeTree = makeTree;
exports.pathLength = pathLength;
exports.pointFromPolar = pointFromPolar;
exports.pointOrigin = pointOrigin;
exports.sampleEverything = sampleEverything;
exports.settingsAreDefault = settingsAreDefault;
exports.sortVersions = sortVersions;
exports.treeSize = treeSize;
exports.version = version;
exports.addDuration = addDuration;
exports.appointmentEnd = appointmentEnd;
exports.durationAsSecsF64 = durationAsSecsF64;
exports.durationBetween = durationBetween;
exports.durationFromParts = durationFromParts;
exports.durationMax = durationMax;
exports.durationOneNano = durationOneNano;
exports.durationParts = durationParts;
exports.durationZero = durationZero;
exports.echoAppointment = echoAppointment;
exports.echoDuration = echoDuration;
exports.echoTimestamp = echoTimestamp;
exports.echoTimestampAsync = echoTimestampAsync;
exports.now = now;
exports.subDuration = subDuration;
exports.timestampFromParts = timestampFromParts;
exports.timestampParts = timestampParts;
exports.unixEpoch = unixEpoch;
// This file was generated by uniffi-bindgen-ts 0.1.0 from the `fixture_types` crate.
// Do not edit it: regenerate it with `cargo bindgen generate`.
const runtime_1 = require("./runtime");
const ffi_1 = require("./ffi");
const node_url_1 = require("node:url");
var runtime_2 = require("./runtime");
Object.defineProperty(exports, "AbortError", { enumerable: true, get: function () { return runtime_2.AbortError; } });
Object.defineProperty(exports, "Duration", { enumerable: true, get: function () { return runtime_2.Duration; } });
Object.defineProperty(exports, "LibraryLoadError", { enumerable: true, get: function () { return runtime_2.LibraryLoadError; } });
Object.defineProperty(exports, "ObjectDestroyedError", { enumerable: true, get: function () { return runtime_2.ObjectDestroyedError; } });
Object.defineProperty(exports, "RustPanic", { enumerable: true, get: function () { return runtime_2.RustPanic; } });
Object.defineProperty(exports, "Timestamp", { enumerable: true, get: function () { return runtime_2.Timestamp; } });
Object.defineProperty(exports, "UniffiError", { enumerable: true, get: function () { return runtime_2.UniffiError; } });
/**
 * The variants of {@link DocumentedEnum}, their Rust discriminants (`discriminant(variant)`,
 * `fromDiscriminant(value)`).
 */
exports.DocumentedEnum = (0, runtime_1.withDiscriminants)('DocumentedEnum', {
    First: 0,
    Second: 1,
})({
    /** A variant doc with *\/. */
    First: 'First',
    /**
     * A variant doc with a code block:
     * ```text
     * *\/
     * ```
     */
    Second: 'Second',
});
/**
 * The variants of {@link Direction}, their Rust discriminants (`discriminant(variant)`,
 * `fromDiscriminant(value)`), and its methods.
 */
exports.Direction = (0, runtime_1.withDiscriminants)('Direction', {
    North: 0,
    East: 1,
    South: 2,
    West: 3,
})({
    /** Up on the map. */
    North: 'North',
    /** Right on the map. */
    East: 'East',
    /** Down on the map. */
    South: 'South',
    /** Left on the map. */
    West: 'West',
    /** The opposite direction. */
    opposite(self) {
        return calls.Direction_opposite.call([self]);
    },
    /** The direction after a quarter turn clockwise: a method on a flat enum. */
    turnedRight(self) {
        return calls.Direction_turnedRight.call([self]);
    },
    /** The value formatted by Rust's `Display`. */
    display(self) {
        return calls.Direction_uniffiTraitDisplay.call([self]);
    },
    /** The value formatted by Rust's `Debug`. */
    debug(self) {
        return calls.Direction_uniffiTraitDebug.call([self]);
    },
    /** Whether both values are equal, by Rust's `PartialEq`. */
    equals(self, other) {
        return calls.Direction_uniffiTraitEqEq.call([self, other]);
    },
    /** The value's hash, by Rust's `Hash`. */
    hash(self) {
        return calls.Direction_uniffiTraitHash.call([self]);
    },
    /** Rust's `Ord::cmp`: negative, zero or positive. */
    compare(self, other) {
        return calls.Direction_uniffiTraitOrdCmp.call([self, other]);
    },
});
/**
 * The variants of {@link Offset}, their Rust discriminants (`discriminant(variant)`,
 * `fromDiscriminant(value)`).
 */
exports.Offset = (0, runtime_1.withDiscriminants)('Offset', { Minus: -100, Zero: 0, Plus: 100 })({
    /** Minus one hundred. */
    Minus: 'Minus',
    /** Zero. */
    Zero: 'Zero',
    /** Plus one hundred. */
    Plus: 'Plus',
});
/**
 * The variants of {@link Priority}, their Rust discriminants (`discriminant(variant)`,
 * `fromDiscriminant(value)`).
 */
exports.Priority = (0, runtime_1.withDiscriminants)('Priority', { Low: 1, Medium: 10, High: 200 })({
    /** Can wait (1). */
    Low: 'Low',
    /** Normal (10). */
    Medium: 'Medium',
    /** Urgent (200). */
    High: 'High',
});
/**
 * The variants of {@link Sparse}, their Rust discriminants (`discriminant(variant)`,
 * `fromDiscriminant(value)`).
 */
exports.Sparse = (0, runtime_1.withDiscriminants)('Sparse', { A: 5, B: 6, C: 20, D: 21 })({
    /** Explicit 5. */
    A: 'A',
    /** Implicit: 6. */
    B: 'B',
    /** Explicit 20. */
    C: 'C',
    /** Implicit: 21. */
    D: 'D',
});
/**
 * The variants of {@link Weather}, their Rust discriminants (`discriminant(variant)`,
 * `fromDiscriminant(value)`).
 */
exports.Weather = (0, runtime_1.withDiscriminants)('Weather', { Sunny: 0, Rainy: 1 })({
    /** Clear sky. */
    Sunny: 'Sunny',
    /** Rain. */
    Rainy: 'Rainy',
});
/**
 * The variants of {@link ForeignEnum}, their Rust discriminants (`discriminant(variant)`,
 * `fromDiscriminant(value)`).
 */
exports.ForeignEnum = (0, runtime_1.withDiscriminants)('ForeignEnum', {
    ForeignVariant: 0,
    Plain: 1,
})({
    /** Exported as `ForeignVariant`; the Rust variant is `RustVariant`. */
    ForeignVariant: 'ForeignVariant',
    /** Keeps its name. */
    Plain: 'Plain',
});
/**
 * The variants of {@link Literal}, their Rust discriminants (`discriminant(variant)`,
 * `fromDiscriminant(value)`).
 */
exports.Literal = (0, runtime_1.withDiscriminants)('Literal', {
    Default: 0,
    Null: 1,
    Undefined: 2,
    True: 3,
    False: 4,
    NaN: 5,
    Infinity: 6,
    Constructor: 7,
})({
    /** `Default`. */
    Default: 'Default',
    /** `Null`. */
    Null: 'Null',
    /** `Undefined`. */
    Undefined: 'Undefined',
    /** `True`. */
    True: 'True',
    /** `False`. */
    False: 'False',
    /** `NaN`. */
    NaN: 'NaN',
    /** `Infinity`. */
    Infinity: 'Infinity',
    /** `Constructor`. */
    Constructor: 'Constructor',
});
/**
 * The variants of {@link OldEnum}, their Rust discriminants (`discriminant(variant)`,
 * `fromDiscriminant(value)`).
 */
exports.OldEnum = (0, runtime_1.withDiscriminants)('OldEnum', { NewVariant: 0, KeptVariant: 1 })({
    /** Renamed in `uniffi.toml` to `NewVariant`. */
    NewVariant: 'NewVariant',
    /** Keeps its name. */
    KeptVariant: 'KeptVariant',
});
/**
 * The variants of {@link Symbol_}, their Rust discriminants (`discriminant(variant)`,
 * `fromDiscriminant(value)`).
 */
exports.Symbol_ = (0, runtime_1.withDiscriminants)('Symbol_', { Iterator: 0, AsyncIterator: 1 })({
    /** An iterator. */
    Iterator: 'Iterator',
    /** Async iteration. */
    AsyncIterator: 'AsyncIterator',
});
/** Constructors of each variant of {@link Event_}. */
exports.Event_ = {
    /** A key was pressed. */
    KeyPress: (fields) => exports.FfiConverterTypeEvent_.complete({ tag: 'KeyPress', ...fields }),
    /** The pointer moved. */
    Move: (fields) => exports.FfiConverterTypeEvent_.complete({ tag: 'Move', ...fields }),
};
/** Constructors of each variant of {@link Expr}. */
exports.Expr = {
    /** A number. */
    Num: (fields) => exports.FfiConverterTypeExpr.complete({ tag: 'Num', ...fields }),
    /** A variable, looked up in the environment given to {@link evalWith}. */
    Var: (fields) => exports.FfiConverterTypeExpr.complete({ tag: 'Var', ...fields }),
    /** `-inner`. */
    Neg: (fields) => exports.FfiConverterTypeExpr.complete({ tag: 'Neg', ...fields }),
    /** `left + right`. */
    Add: (fields) => exports.FfiConverterTypeExpr.complete({ tag: 'Add', ...fields }),
    /** `left * right`, as a tuple variant. */
    Mul: (v0, v1) => ({ tag: 'Mul', inner: [v0, v1] }),
    /** The sum of any number of terms (`Vec<Self>`, no `Box` needed). */
    Sum: (fields) => exports.FfiConverterTypeExpr.complete({ tag: 'Sum', ...fields }),
    /** An optional expression: `undefined` counts as 0. */
    Maybe: (fields) => exports.FfiConverterTypeExpr.complete({ tag: 'Maybe', ...fields }),
};
/** Constructors of each variant of {@link Figure}, and its methods. */
exports.Figure = {
    /** A circle; the radius defaults to 1.0. */
    Circle: (fields = {}) => exports.FfiConverterTypeFigure.complete({ tag: 'Circle', ...fields }),
    /** An axis-aligned rectangle. */
    Rectangle: (fields) => exports.FfiConverterTypeFigure.complete({ tag: 'Rectangle', ...fields }),
    /** A triangle given by its three side lengths (a tuple variant: its fields have no names). */
    Triangle: (v0, v1, v2) => ({ tag: 'Triangle', inner: [v0, v1, v2] }),
    /** A labelled figure: a tuple variant holding a string and a nested enum. */
    Labeled: (v0, v1) => ({ tag: 'Labeled', inner: [v0, v1] }),
    /** A figure with no size (a unit variant). */
    Empty: () => ({ tag: 'Empty' }),
    /** The figure's area (Heron's formula for triangles, 0 for `Empty` and impossible triangles). */
    area(self) {
        return calls.Figure_area.call([self]);
    },
    /** The same figure scaled by `factor`. */
    scaled(self, factor) {
        return calls.Figure_scaled.call([self, factor]);
    },
};
/** Constructors of each variant of {@link Only}. */
exports.Only = {
    /** The only variant, carrying a direction and an optional priority. */
    One: (fields) => exports.FfiConverterTypeOnly.complete({ tag: 'One', ...fields }),
};
/** Constructors of each variant of {@link Value}. */
exports.Value = {
    /** Nothing. */
    Null: () => ({ tag: 'Null' }),
    /** Named fields. */
    Object: (fields) => exports.FfiConverterTypeValue.complete({ tag: 'Object', ...fields }),
    /** An error description (not an error type). */
    Error: (fields) => exports.FfiConverterTypeValue.complete({ tag: 'Error', ...fields }),
    /** A function name. */
    Function: (fields) => exports.FfiConverterTypeValue.complete({ tag: 'Function', ...fields }),
    /** Items. */
    Array: (v0) => ({ tag: 'Array', inner: [v0] }),
    /** Text. */
    String: (v0) => ({ tag: 'String', inner: [v0] }),
};
/**
 * The methods of {@link Blob_}, as functions taking the record first.
 */
exports.Blob_ = {
    /** Adler-32 of the content. */
    checksum(self) {
        return calls.Blob__checksum.call([self]);
    },
    /** Whether the content starts with `prefix` (a `&[u8]` argument of a record method). */
    startsWith(self, prefix) {
        return calls.Blob__startsWith.call([self, prefix]);
    },
};
/**
 * The factory of {@link Bookmark}.
 */
exports.Bookmark = {
    /**
     * A complete Bookmark: the fields given, and every omitted one (or `undefined`) with its
     * Rust default. A plain object literal works too: defaults are filled in on the way to Rust.
     */
    create(fields) {
        return {
            url: fields.url,
            owner: fields.owner,
            mirrors: fields.mirrors,
            folder: fields.folder,
            related: fields.related,
            temperature: fields.temperature,
            fallback: fields.fallback === undefined ? exports.FfiConverterTypeUrl.fromBuiltin('https://example.com/') : fields.fallback,
        };
    },
};
/**
 * The factory of {@link Rgba}, and its methods, as functions taking the record first.
 */
exports.Rgba = {
    /**
     * A complete Rgba: the fields given, and every omitted one (or `undefined`) with its
     * Rust default. A plain object literal works too: defaults are filled in on the way to Rust.
     */
    create(fields) {
        return {
            r: fields.r,
            g: fields.g,
            b: fields.b,
            a: fields.a === undefined ? 255 : fields.a,
        };
    },
    /** The mix of this colour and `other`: `amount` (default 0.5) of `other`, rounded. */
    mixedWith(self, other, amount = 0.5) {
        return calls.Rgba_mixedWith.call([self, other, amount]);
    },
    /** `#rrggbb` or, when `withAlpha` (default false), `#rrggbbaa`. */
    toHex(self, withAlpha = false) {
        return calls.Rgba_toHex.call([self, withAlpha]);
    },
};
/**
 * The factory of {@link Margins}.
 */
exports.Margins = {
    /**
     * A complete Margins: the fields given, and every omitted one (or `undefined`) with its
     * Rust default. A plain object literal works too: defaults are filled in on the way to Rust.
     */
    create(fields = {}) {
        return {
            top: fields.top === undefined ? 10.0 : fields.top,
            bottom: fields.bottom === undefined ? 10.0 : fields.bottom,
            mirrored: fields.mirrored === undefined ? false : fields.mirrored,
        };
    },
};
/**
 * The methods of {@link Point}, as functions taking the record first.
 */
exports.Point = {
    /** Distance to `other`. */
    distanceTo(self, other) {
        return calls.Point_distanceTo.call([self, other]);
    },
    /** Distance from the origin. */
    length(self) {
        return calls.Point_length.call([self]);
    },
    /** Distance from the origin, computed asynchronously: an async method on a record. */
    async lengthAsync(self, options) {
        return await calls.Point_lengthAsync.call([self], options);
    },
    /** This point moved by (`dx`, `dy`); the receiver is not modified (records are values). */
    translated(self, dx, dy) {
        return calls.Point_translated.call([self, dx, dy]);
    },
};
/**
 * The factory of {@link Settings}.
 */
exports.Settings = {
    /**
     * A complete Settings: the fields given, and every omitted one (or `undefined`) with its
     * Rust default. A plain object literal works too: defaults are filled in on the way to Rust.
     */
    create(fields) {
        return {
            name: fields.name,
            port: fields.port === undefined ? 8080 : fields.port,
            offset: fields.offset === undefined ? -1 : fields.offset,
            limit: fields.limit === undefined ? 18446744073709551615n : fields.limit,
            floor: fields.floor === undefined ? -9223372036854775808n : fields.floor,
            ratio: fields.ratio === undefined ? 0.5 : fields.ratio,
            scale: fields.scale === undefined ? 1.25 : fields.scale,
            threshold: fields.threshold === undefined ? 1e3 : fields.threshold,
            host: fields.host === undefined ? 'localhost' : fields.host,
            greeting: fields.greeting === undefined ? 'say "hi" it\'s a\\b\nnext\tcol ${x} é' : fields.greeting,
            verbose: fields.verbose === undefined ? true : fields.verbose,
            nickname: fields.nickname,
            retries: fields.retries === undefined ? 3 : fields.retries,
            tags: fields.tags === undefined ? [] : fields.tags,
            level: fields.level === undefined ? 0 : fields.level,
            label: fields.label === undefined ? '' : fields.label,
            counters: fields.counters === undefined ? new Map() : fields.counters,
            maxItems: fields.maxItems,
            margins: fields.margins === undefined ? exports.Margins.create() : fields.margins,
        };
    },
};
/**
 * The methods of {@link Version}, as functions taking the record first.
 */
exports.Version = {
    /** The next minor version (patch reset to 0). */
    bumpMinor(self) {
        return calls.Version_bumpMinor.call([self]);
    },
    /** Whether `other` is compatible with this version (same major, not older). */
    isCompatibleWith(self, other) {
        return calls.Version_isCompatibleWith.call([self, other]);
    },
    /** The value formatted by Rust's `Display`. */
    display(self) {
        return calls.Version_uniffiTraitDisplay.call([self]);
    },
    /** The value formatted by Rust's `Debug`. */
    debug(self) {
        return calls.Version_uniffiTraitDebug.call([self]);
    },
    /** Whether both values are equal, by Rust's `PartialEq`. */
    equals(self, other) {
        return calls.Version_uniffiTraitEqEq.call([self, other]);
    },
    /** The value's hash, by Rust's `Hash`. */
    hash(self) {
        return calls.Version_uniffiTraitHash.call([self]);
    },
    /** Rust's `Ord::cmp`: negative, zero or positive. */
    compare(self, other) {
        return calls.Version_uniffiTraitOrdCmp.call([self, other]);
    },
};
/** Why a string is not a {@link Url}. */
class UrlError extends runtime_1.UniffiError {
}
exports.UrlError = UrlError;
(function (UrlError) {
    /** No `scheme://` prefix. */
    class MissingScheme extends UrlError {
        /** The rejected input. */
        input;
        constructor(fields) {
            super('UrlError', 'MissingScheme', fields);
            this.input = fields.input;
        }
    }
    UrlError.MissingScheme = MissingScheme;
    /** Nothing between `://` and the path. */
    class EmptyHost extends UrlError {
        /** The rejected input. */
        input;
        constructor(fields) {
            super('UrlError', 'EmptyHost', fields);
            this.input = fields.input;
        }
    }
    UrlError.EmptyHost = EmptyHost;
})(UrlError || (exports.UrlError = UrlError = {}));
/** An error with *\/ in its doc. */
class DocumentedError extends runtime_1.UniffiError {
}
exports.DocumentedError = DocumentedError;
(function (DocumentedError) {
    /** A variant doc with *\/ and `${x}`. */
    class Failed extends DocumentedError {
        /** A field doc with *\/. */
        reason;
        constructor(fields) {
            super('DocumentedError', 'Failed', fields);
            this.reason = fields.reason;
        }
    }
    DocumentedError.Failed = Failed;
})(DocumentedError || (exports.DocumentedError = DocumentedError = {}));
/**
 * Arithmetic failures: a flat error with unit variants and `with_try_read`, so it can also be
 * passed to Rust (as its variant index only).
 */
class ArithmeticError extends runtime_1.UniffiError {
}
exports.ArithmeticError = ArithmeticError;
(function (ArithmeticError) {
    /** Division by zero. Message: `division by zero`. */
    class DivisionByZero extends ArithmeticError {
        /** @param message Rust's `Display` of the error; by default `ArithmeticError.DivisionByZero` (only the variant crosses to Rust). */
        constructor(message) {
            super('ArithmeticError', 'DivisionByZero', message);
        }
    }
    ArithmeticError.DivisionByZero = DivisionByZero;
    /** The result does not fit. Message: `overflow`. */
    class Overflow extends ArithmeticError {
        /** @param message Rust's `Display` of the error; by default `ArithmeticError.Overflow` (only the variant crosses to Rust). */
        constructor(message) {
            super('ArithmeticError', 'Overflow', message);
        }
    }
    ArithmeticError.Overflow = Overflow;
})(ArithmeticError || (exports.ArithmeticError = ArithmeticError = {}));
/**
 * An error whose field names are also properties of JavaScript's `Error`: `message`, `name`,
 * `stack`, `cause`; plus `code`, common on Node errors.
 */
class ClashError extends runtime_1.UniffiError {
}
exports.ClashError = ClashError;
(function (ClashError) {
    /** Every clashing field at once. */
    class Clash extends ClashError {
        /** Not the `Error` message: a field named `message`. */
        message_;
        /** Not the `Error` name: a field named `name`. */
        name_;
        /** Not the stack trace: a field named `stack`. */
        stack_;
        /** Not the `Error` cause: a field named `cause`. */
        cause_;
        /** A numeric code. */
        code;
        constructor(fields) {
            super('ClashError', 'Clash', fields);
            this.message_ = fields.message_;
            this.name_ = fields.name_;
            this.stack_ = fields.stack_;
            this.cause_ = fields.cause_;
            this.code = fields.code;
        }
    }
    ClashError.Clash = Clash;
})(ClashError || (exports.ClashError = ClashError = {}));
/**
 * Why a storage operation failed: a flat error. The variants' fields stay in Rust; the
 * bindings get the variant and the `Display` message.
 */
class StorageError extends runtime_1.UniffiError {
}
exports.StorageError = StorageError;
(function (StorageError) {
    /** The key does not exist. Message: ``key `<key>` not found``. */
    class NotFound extends StorageError {
        /** @param message Rust's `Display` of the error; by default `StorageError.NotFound` (only the variant crosses to Rust). */
        constructor(message) {
            super('StorageError', 'NotFound', message);
        }
    }
    StorageError.NotFound = NotFound;
    /** Access refused. Message: `permission denied for uid <uid>`. */
    class PermissionDenied extends StorageError {
        /** @param message Rust's `Display` of the error; by default `StorageError.PermissionDenied` (only the variant crosses to Rust). */
        constructor(message) {
            super('StorageError', 'PermissionDenied', message);
        }
    }
    StorageError.PermissionDenied = PermissionDenied;
    /** No space left. Message: `disk full`. */
    class DiskFull extends StorageError {
        /** @param message Rust's `Display` of the error; by default `StorageError.DiskFull` (only the variant crosses to Rust). */
        constructor(message) {
            super('StorageError', 'DiskFull', message);
        }
    }
    StorageError.DiskFull = DiskFull;
})(StorageError || (exports.StorageError = StorageError = {}));
/**
 * Why a value was rejected: a rich error; every field crosses. Its Rust `Display` is exported
 * (`#[uniffi::export(Display)]`), so the bindings can show Rust's message.
 */
class ValidationError extends runtime_1.UniffiError {
    /**
     * The name of the offending field for `OutOfRange`, `undefined` otherwise: a method on a rich
     * error (the thrown value is sent back to Rust as the receiver).
     */
    fieldName() {
        return calls.ValidationError_fieldName.call([this]);
    }
    /** How many problems the error reports: the number of messages for `Many`, 1 otherwise. */
    problemCount() {
        return calls.ValidationError_problemCount.call([this]);
    }
    /** The value formatted by Rust's `Display`. */
    toString() {
        return calls.ValidationError_uniffiTraitDisplay.call([this]);
    }
}
exports.ValidationError = ValidationError;
(function (ValidationError) {
    /** Nothing to validate (a unit variant). */
    class Empty extends ValidationError {
        constructor() {
            super('ValidationError', 'Empty', {});
        }
    }
    ValidationError.Empty = Empty;
    /** A number outside its range (named fields). */
    class OutOfRange extends ValidationError {
        /** Which field. */
        field;
        /** The rejected value. */
        value;
        /** Smallest accepted value. */
        min;
        /** Largest accepted value. */
        max;
        constructor(fields) {
            super('ValidationError', 'OutOfRange', fields);
            this.field = fields.field;
            this.value = fields.value;
            this.min = fields.min;
            this.max = fields.max;
        }
    }
    ValidationError.OutOfRange = OutOfRange;
    /** An unexpected character and its position (a tuple variant). */
    class BadCharacter extends ValidationError {
        /** The variant's unnamed fields, in order. */
        inner;
        constructor(inner) {
            super('ValidationError', 'BadCharacter', { inner });
            this.inner = inner;
        }
    }
    ValidationError.BadCharacter = BadCharacter;
    /** Several problems: a list, an option and a nested record. */
    class Many extends ValidationError {
        /** The messages. */
        messages;
        /** Where the first problem is, if known. */
        firstAt;
        constructor(fields) {
            super('ValidationError', 'Many', fields);
            this.messages = fields.messages;
            this.firstAt = fields.firstAt;
        }
    }
    ValidationError.Many = Many;
    /** A direction other than the expected one: nested enums. */
    class WrongDirection extends ValidationError {
        /** The expected direction. */
        expected;
        /** The direction received. */
        got;
        constructor(fields) {
            super('ValidationError', 'WrongDirection', fields);
            this.expected = fields.expected;
            this.got = fields.got;
        }
    }
    ValidationError.WrongDirection = WrongDirection;
    /** Floats, booleans and bytes in an error. */
    class Numeric extends ValidationError {
        /** A ratio. */
        ratio;
        /** Whether the value was exact. */
        exact;
        /** The raw input. */
        raw;
        constructor(fields) {
            super('ValidationError', 'Numeric', fields);
            this.ratio = fields.ratio;
            this.exact = fields.exact;
            this.raw = fields.raw;
        }
    }
    ValidationError.Numeric = Numeric;
})(ValidationError || (exports.ValidationError = ValidationError = {}));
// Converters. Named types first, as empty shells defined below, so that they can refer to each
// other (and to themselves) in any order; then compound types, inner ones first. The named
// ones are exported for the packages of crates that use these types.
/** The FFI converter of DocumentedEnum: for the bindings of crates that use this type, not for apps. */
exports.FfiConverterTypeDocumentedEnum = new runtime_1.FlatEnumConverter('DocumentedEnum', [
    exports.DocumentedEnum.First,
    exports.DocumentedEnum.Second,
]);
/** The FFI converter of Direction: for the bindings of crates that use this type, not for apps. */
exports.FfiConverterTypeDirection = new runtime_1.FlatEnumConverter('Direction', [
    exports.Direction.North,
    exports.Direction.East,
    exports.Direction.South,
    exports.Direction.West,
]);
/** The FFI converter of Offset: for the bindings of crates that use this type, not for apps. */
exports.FfiConverterTypeOffset = new runtime_1.FlatEnumConverter('Offset', [
    exports.Offset.Minus,
    exports.Offset.Zero,
    exports.Offset.Plus,
]);
/** The FFI converter of Priority: for the bindings of crates that use this type, not for apps. */
exports.FfiConverterTypePriority = new runtime_1.FlatEnumConverter('Priority', [
    exports.Priority.Low,
    exports.Priority.Medium,
    exports.Priority.High,
]);
/** The FFI converter of Sparse: for the bindings of crates that use this type, not for apps. */
exports.FfiConverterTypeSparse = new runtime_1.FlatEnumConverter('Sparse', [
    exports.Sparse.A,
    exports.Sparse.B,
    exports.Sparse.C,
    exports.Sparse.D,
]);
/** The FFI converter of Weather: for the bindings of crates that use this type, not for apps. */
exports.FfiConverterTypeWeather = new runtime_1.FlatEnumConverter('Weather', [
    exports.Weather.Sunny,
    exports.Weather.Rainy,
]);
/** The FFI converter of ForeignEnum: for the bindings of crates that use this type, not for apps. */
exports.FfiConverterTypeForeignEnum = new runtime_1.FlatEnumConverter('ForeignEnum', [
    exports.ForeignEnum.ForeignVariant,
    exports.ForeignEnum.Plain,
]);
/** The FFI converter of Literal: for the bindings of crates that use this type, not for apps. */
exports.FfiConverterTypeLiteral = new runtime_1.FlatEnumConverter('Literal', [
    exports.Literal.Default,
    exports.Literal.Null,
    exports.Literal.Undefined,
    exports.Literal.True,
    exports.Literal.False,
    exports.Literal.NaN,
    exports.Literal.Infinity,
    exports.Literal.Constructor,
]);
/** The FFI converter of OldEnum: for the bindings of crates that use this type, not for apps. */
exports.FfiConverterTypeOldEnum = new runtime_1.FlatEnumConverter('OldEnum', [
    exports.OldEnum.NewVariant,
    exports.OldEnum.KeptVariant,
]);
/** The FFI converter of Symbol_: for the bindings of crates that use this type, not for apps. */
exports.FfiConverterTypeSymbol_ = new runtime_1.FlatEnumConverter('Symbol_', [
    exports.Symbol_.Iterator,
    exports.Symbol_.AsyncIterator,
]);
/** The FFI converter of Blob_: for the bindings of crates that use this type, not for apps. */
exports.FfiConverterTypeBlob_ = new runtime_1.RecordConverter('Blob_');
/** The FFI converter of I64Entry: for the bindings of crates that use this type, not for apps. */
exports.FfiConverterTypeI64Entry = new runtime_1.RecordConverter('I64Entry');
/** The FFI converter of MapCheck: for the bindings of crates that use this type, not for apps. */
exports.FfiConverterTypeMapCheck = new runtime_1.RecordConverter('MapCheck');
/** The FFI converter of Bookmark: for the bindings of crates that use this type, not for apps. */
exports.FfiConverterTypeBookmark = new runtime_1.RecordConverter('Bookmark');
/** The FFI converter of Rgba: for the bindings of crates that use this type, not for apps. */
exports.FfiConverterTypeRgba = new runtime_1.RecordConverter('Rgba');
/** The FFI converter of Documented: for the bindings of crates that use this type, not for apps. */
exports.FfiConverterTypeDocumented = new runtime_1.RecordConverter('Documented');
/** The FFI converter of Casing: for the bindings of crates that use this type, not for apps. */
exports.FfiConverterTypeCasing = new runtime_1.RecordConverter('Casing');
/** The FFI converter of ForeignRecord: for the bindings of crates that use this type, not for apps. */
exports.FfiConverterTypeForeignRecord = new runtime_1.RecordConverter('ForeignRecord');
/** The FFI converter of Keywords: for the bindings of crates that use this type, not for apps. */
exports.FfiConverterTypeKeywords = new runtime_1.RecordConverter('Keywords');
/** The FFI converter of Map_: for the bindings of crates that use this type, not for apps. */
exports.FfiConverterTypeMap_ = new runtime_1.RecordConverter('Map_');
/** The FFI converter of NewRecord: for the bindings of crates that use this type, not for apps. */
exports.FfiConverterTypeNewRecord = new runtime_1.RecordConverter('NewRecord');
/** The FFI converter of Everything: for the bindings of crates that use this type, not for apps. */
exports.FfiConverterTypeEverything = new runtime_1.RecordConverter('Everything');
/** The FFI converter of Line: for the bindings of crates that use this type, not for apps. */
exports.FfiConverterTypeLine = new runtime_1.RecordConverter('Line');
/** The FFI converter of LinkedNode: for the bindings of crates that use this type, not for apps. */
exports.FfiConverterTypeLinkedNode = new runtime_1.RecordConverter('LinkedNode');
/** The FFI converter of Margins: for the bindings of crates that use this type, not for apps. */
exports.FfiConverterTypeMargins = new runtime_1.RecordConverter('Margins');
/** The FFI converter of Nothing: for the bindings of crates that use this type, not for apps. */
exports.FfiConverterTypeNothing = new runtime_1.RecordConverter('Nothing');
/** The FFI converter of Path: for the bindings of crates that use this type, not for apps. */
exports.FfiConverterTypePath = new runtime_1.RecordConverter('Path');
/** The FFI converter of Point: for the bindings of crates that use this type, not for apps. */
exports.FfiConverterTypePoint = new runtime_1.RecordConverter('Point');
/** The FFI converter of Settings: for the bindings of crates that use this type, not for apps. */
exports.FfiConverterTypeSettings = new runtime_1.RecordConverter('Settings');
/** The FFI converter of TreeNode: for the bindings of crates that use this type, not for apps. */
exports.FfiConverterTypeTreeNode = new runtime_1.RecordConverter('TreeNode');
/** The FFI converter of Version: for the bindings of crates that use this type, not for apps. */
exports.FfiConverterTypeVersion = new runtime_1.RecordConverter('Version');
/** The FFI converter of Wrapper: for the bindings of crates that use this type, not for apps. */
exports.FfiConverterTypeWrapper = new runtime_1.RecordConverter('Wrapper');
/** The FFI converter of Appointment: for the bindings of crates that use this type, not for apps. */
exports.FfiConverterTypeAppointment = new runtime_1.RecordConverter('Appointment');
/** The FFI converter of DurationParts: for the bindings of crates that use this type, not for apps. */
exports.FfiConverterTypeDurationParts = new runtime_1.RecordConverter('DurationParts');
/** The FFI converter of TimestampParts: for the bindings of crates that use this type, not for apps. */
exports.FfiConverterTypeTimestampParts = new runtime_1.RecordConverter('TimestampParts');
/** The FFI converter of Event_: for the bindings of crates that use this type, not for apps. */
exports.FfiConverterTypeEvent_ = new runtime_1.TaggedEnumConverter('Event_');
/** The FFI converter of Expr: for the bindings of crates that use this type, not for apps. */
exports.FfiConverterTypeExpr = new runtime_1.TaggedEnumConverter('Expr');
/** The FFI converter of Figure: for the bindings of crates that use this type, not for apps. */
exports.FfiConverterTypeFigure = new runtime_1.TaggedEnumConverter('Figure');
/** The FFI converter of Only: for the bindings of crates that use this type, not for apps. */
exports.FfiConverterTypeOnly = new runtime_1.TaggedEnumConverter('Only');
/** The FFI converter of Value: for the bindings of crates that use this type, not for apps. */
exports.FfiConverterTypeValue = new runtime_1.TaggedEnumConverter('Value');
/** The FFI converter of UrlError: for the bindings of crates that use this type, not for apps. */
exports.FfiConverterTypeUrlError = new runtime_1.ErrorConverter('UrlError');
/** The FFI converter of DocumentedError: for the bindings of crates that use this type, not for apps. */
exports.FfiConverterTypeDocumentedError = new runtime_1.ErrorConverter('DocumentedError');
/** The FFI converter of ArithmeticError: for the bindings of crates that use this type, not for apps. */
exports.FfiConverterTypeArithmeticError = new runtime_1.ErrorConverter('ArithmeticError');
/** The FFI converter of ClashError: for the bindings of crates that use this type, not for apps. */
exports.FfiConverterTypeClashError = new runtime_1.ErrorConverter('ClashError');
/** The FFI converter of StorageError: for the bindings of crates that use this type, not for apps. */
exports.FfiConverterTypeStorageError = new runtime_1.ErrorConverter('StorageError');
/** The FFI converter of ValidationError: for the bindings of crates that use this type, not for apps. */
exports.FfiConverterTypeValidationError = new runtime_1.ErrorConverter('ValidationError');
/** The FFI converter of Celsius: for the bindings of crates that use this type, not for apps. */
exports.FfiConverterTypeCelsius = new runtime_1.CustomConverter('Celsius');
/** The FFI converter of Handle: for the bindings of crates that use this type, not for apps. */
exports.FfiConverterTypeHandle = new runtime_1.CustomConverter('Handle');
/** The FFI converter of Url: for the bindings of crates that use this type, not for apps. */
exports.FfiConverterTypeUrl = new runtime_1.CustomConverter('Url');
const FfiConverterSequenceBytes = new runtime_1.SequenceConverter(runtime_1.FfiConverterBytes);
const FfiConverterMapStringBytes = new runtime_1.MapConverter(runtime_1.FfiConverterString, runtime_1.FfiConverterBytes);
const FfiConverterSequenceI8 = new runtime_1.SequenceConverter(runtime_1.FfiConverterI8);
const FfiConverterOptionalBytes = new runtime_1.OptionalConverter(runtime_1.FfiConverterBytes);
const FfiConverterMapU32String = new runtime_1.MapConverter(runtime_1.FfiConverterU32, runtime_1.FfiConverterString);
const FfiConverterSequenceTypeDirection = new runtime_1.SequenceConverter(exports.FfiConverterTypeDirection);
const FfiConverterMapTypeDirectionU32 = new runtime_1.MapConverter(exports.FfiConverterTypeDirection, runtime_1.FfiConverterU32);
const FfiConverterSequenceU64 = new runtime_1.SequenceConverter(runtime_1.FfiConverterU64);
const FfiConverterSetU64 = new runtime_1.SetConverter(runtime_1.FfiConverterU64);
const FfiConverterOptionalI32 = new runtime_1.OptionalConverter(runtime_1.FfiConverterI32);
const FfiConverterOptionalOptionalI32 = new runtime_1.OptionalConverter(FfiConverterOptionalI32);
const FfiConverterMapBoolString = new runtime_1.MapConverter(runtime_1.FfiConverterBool, runtime_1.FfiConverterString);
const FfiConverterSetTypeDirection = new runtime_1.SetConverter(exports.FfiConverterTypeDirection);
const FfiConverterMapI64F64 = new runtime_1.MapConverter(runtime_1.FfiConverterI64, runtime_1.FfiConverterF64);
const FfiConverterMapStringU8 = new runtime_1.MapConverter(runtime_1.FfiConverterString, runtime_1.FfiConverterU8);
const FfiConverterMapStringMapStringU8 = new runtime_1.MapConverter(runtime_1.FfiConverterString, FfiConverterMapStringU8);
const FfiConverterSequenceOptionalI32 = new runtime_1.SequenceConverter(FfiConverterOptionalI32);
const FfiConverterMapStringSequenceOptionalI32 = new runtime_1.MapConverter(runtime_1.FfiConverterString, FfiConverterSequenceOptionalI32);
const FfiConverterSequenceMapStringSequenceOptionalI32 = new runtime_1.SequenceConverter(FfiConverterMapStringSequenceOptionalI32);
const FfiConverterOptionalString = new runtime_1.OptionalConverter(runtime_1.FfiConverterString);
const FfiConverterSequenceOptionalString = new runtime_1.SequenceConverter(FfiConverterOptionalString);
const FfiConverterOptionalSequenceOptionalString = new runtime_1.OptionalConverter(FfiConverterSequenceOptionalString);
const FfiConverterSetString = new runtime_1.SetConverter(runtime_1.FfiConverterString);
const FfiConverterMapStringString = new runtime_1.MapConverter(runtime_1.FfiConverterString, runtime_1.FfiConverterString);
const FfiConverterSequenceString = new runtime_1.SequenceConverter(runtime_1.FfiConverterString);
const FfiConverterMapU8SequenceString = new runtime_1.MapConverter(runtime_1.FfiConverterU8, FfiConverterSequenceString);
const FfiConverterSequenceTypeI64Entry = new runtime_1.SequenceConverter(exports.FfiConverterTypeI64Entry);
const FfiConverterSequenceU32 = new runtime_1.SequenceConverter(runtime_1.FfiConverterU32);
const FfiConverterSequenceI64 = new runtime_1.SequenceConverter(runtime_1.FfiConverterI64);
const FfiConverterSequenceI32 = new runtime_1.SequenceConverter(runtime_1.FfiConverterI32);
const FfiConverterSequenceSequenceI32 = new runtime_1.SequenceConverter(FfiConverterSequenceI32);
const FfiConverterOptionalTypeUrl = new runtime_1.OptionalConverter(exports.FfiConverterTypeUrl);
const FfiConverterSequenceTypeUrl = new runtime_1.SequenceConverter(exports.FfiConverterTypeUrl);
const FfiConverterOptionalTypeHandle = new runtime_1.OptionalConverter(exports.FfiConverterTypeHandle);
const FfiConverterOptionalI64 = new runtime_1.OptionalConverter(runtime_1.FfiConverterI64);
const FfiConverterMapStringU32 = new runtime_1.MapConverter(runtime_1.FfiConverterString, runtime_1.FfiConverterU32);
const FfiConverterOptionalU8 = new runtime_1.OptionalConverter(runtime_1.FfiConverterU8);
const FfiConverterSequenceTypeSparse = new runtime_1.SequenceConverter(exports.FfiConverterTypeSparse);
const FfiConverterMapStringI64 = new runtime_1.MapConverter(runtime_1.FfiConverterString, runtime_1.FfiConverterI64);
const FfiConverterSequenceTypeFigure = new runtime_1.SequenceConverter(exports.FfiConverterTypeFigure);
const FfiConverterOptionalTypeLinkedNode = new runtime_1.OptionalConverter(exports.FfiConverterTypeLinkedNode);
const FfiConverterSequenceTypePoint = new runtime_1.SequenceConverter(exports.FfiConverterTypePoint);
const FfiConverterSequenceTypeVersion = new runtime_1.SequenceConverter(exports.FfiConverterTypeVersion);
const FfiConverterOptionalTimestamp = new runtime_1.OptionalConverter(runtime_1.FfiConverterTimestamp);
const FfiConverterOptionalDuration = new runtime_1.OptionalConverter(runtime_1.FfiConverterDuration);
const FfiConverterMapStringTypeUrl = new runtime_1.MapConverter(runtime_1.FfiConverterString, exports.FfiConverterTypeUrl);
const FfiConverterSequenceTypeLine = new runtime_1.SequenceConverter(exports.FfiConverterTypeLine);
const FfiConverterOptionalTypeLine = new runtime_1.OptionalConverter(exports.FfiConverterTypeLine);
const FfiConverterOptionalU32 = new runtime_1.OptionalConverter(runtime_1.FfiConverterU32);
const FfiConverterOptionalU64 = new runtime_1.OptionalConverter(runtime_1.FfiConverterU64);
const FfiConverterSequenceTypeTreeNode = new runtime_1.SequenceConverter(exports.FfiConverterTypeTreeNode);
const FfiConverterSequenceTimestamp = new runtime_1.SequenceConverter(runtime_1.FfiConverterTimestamp);
const FfiConverterSequenceTypeExpr = new runtime_1.SequenceConverter(exports.FfiConverterTypeExpr);
const FfiConverterOptionalTypeExpr = new runtime_1.OptionalConverter(exports.FfiConverterTypeExpr);
const FfiConverterOptionalTypePriority = new runtime_1.OptionalConverter(exports.FfiConverterTypePriority);
const FfiConverterOptionalTypePoint = new runtime_1.OptionalConverter(exports.FfiConverterTypePoint);
exports.FfiConverterTypeBlob_.define({
    name: runtime_1.FfiConverterString,
    data: runtime_1.FfiConverterBytes,
});
exports.FfiConverterTypeI64Entry.define({
    key: runtime_1.FfiConverterI64,
    value: runtime_1.FfiConverterF64,
});
exports.FfiConverterTypeMapCheck.define({
    len: runtime_1.FfiConverterU32,
    consistent: runtime_1.FfiConverterBool,
});
exports.FfiConverterTypeBookmark.define({
    url: exports.FfiConverterTypeUrl,
    owner: exports.FfiConverterTypeHandle,
    mirrors: FfiConverterSequenceTypeUrl,
    folder: FfiConverterOptionalTypeHandle,
    related: FfiConverterMapStringTypeUrl,
    temperature: exports.FfiConverterTypeCelsius,
    fallback: exports.FfiConverterTypeUrl,
}, {
    fallback: () => (exports.FfiConverterTypeUrl.fromBuiltin('https://example.com/')),
});
exports.FfiConverterTypeRgba.define({
    r: runtime_1.FfiConverterU8,
    g: runtime_1.FfiConverterU8,
    b: runtime_1.FfiConverterU8,
    a: runtime_1.FfiConverterU8,
}, {
    a: () => (255),
});
exports.FfiConverterTypeDocumented.define({
    value: runtime_1.FfiConverterU32,
    other: FfiConverterOptionalString,
});
exports.FfiConverterTypeCasing.define({
    httpUrl: runtime_1.FfiConverterString,
    utf8Bytes: runtime_1.FfiConverterU32,
    value2d: runtime_1.FfiConverterF64,
    x: runtime_1.FfiConverterU8,
    ioErrorCount: runtime_1.FfiConverterU32,
    alreadyCamel: runtime_1.FfiConverterBool,
    aBC: runtime_1.FfiConverterU8,
});
exports.FfiConverterTypeForeignRecord.define({
    foreignField: runtime_1.FfiConverterString,
});
exports.FfiConverterTypeKeywords.define({
    class: runtime_1.FfiConverterU32,
    function: runtime_1.FfiConverterString,
    constructor: runtime_1.FfiConverterBool,
    prototype: FfiConverterOptionalString,
    proto: runtime_1.FfiConverterU8,
    type: runtime_1.FfiConverterString,
    toString: runtime_1.FfiConverterString,
    valueOf: runtime_1.FfiConverterI32,
    hasOwnProperty: runtime_1.FfiConverterBool,
    then: FfiConverterOptionalString,
});
exports.FfiConverterTypeMap_.define({
    entries: FfiConverterMapStringU32,
});
exports.FfiConverterTypeNewRecord.define({
    newField: runtime_1.FfiConverterString,
    kept: runtime_1.FfiConverterU32,
});
exports.FfiConverterTypeEverything.define({
    flag: runtime_1.FfiConverterBool,
    small: runtime_1.FfiConverterI8,
    byte: runtime_1.FfiConverterU8,
    short: runtime_1.FfiConverterI16,
    ushort: runtime_1.FfiConverterU16,
    int: runtime_1.FfiConverterI32,
    uint: runtime_1.FfiConverterU32,
    long: runtime_1.FfiConverterI64,
    ulong: runtime_1.FfiConverterU64,
    single: runtime_1.FfiConverterF32,
    double: runtime_1.FfiConverterF64,
    text: runtime_1.FfiConverterString,
    bytes: runtime_1.FfiConverterBytes,
    maybe: FfiConverterOptionalI32,
    list: FfiConverterSequenceString,
    map: FfiConverterMapStringI64,
    when: runtime_1.FfiConverterTimestamp,
    howLong: runtime_1.FfiConverterDuration,
    point: exports.FfiConverterTypePoint,
    direction: exports.FfiConverterTypeDirection,
});
exports.FfiConverterTypeLine.define({
    start: exports.FfiConverterTypePoint,
    end: exports.FfiConverterTypePoint,
});
exports.FfiConverterTypeLinkedNode.define({
    value: runtime_1.FfiConverterI32,
    next: FfiConverterOptionalTypeLinkedNode,
});
exports.FfiConverterTypeMargins.define({
    top: runtime_1.FfiConverterF64,
    bottom: runtime_1.FfiConverterF64,
    mirrored: runtime_1.FfiConverterBool,
}, {
    top: () => (10.0),
    bottom: () => (10.0),
    mirrored: () => (false),
});
exports.FfiConverterTypeNothing.define({});
exports.FfiConverterTypePath.define({
    name: FfiConverterOptionalString,
    segments: FfiConverterSequenceTypeLine,
    bounds: FfiConverterOptionalTypeLine,
});
exports.FfiConverterTypePoint.define({
    x: runtime_1.FfiConverterF64,
    y: runtime_1.FfiConverterF64,
});
exports.FfiConverterTypeSettings.define({
    name: runtime_1.FfiConverterString,
    port: runtime_1.FfiConverterU16,
    offset: runtime_1.FfiConverterI32,
    limit: runtime_1.FfiConverterU64,
    floor: runtime_1.FfiConverterI64,
    ratio: runtime_1.FfiConverterF64,
    scale: runtime_1.FfiConverterF32,
    threshold: runtime_1.FfiConverterF64,
    host: runtime_1.FfiConverterString,
    greeting: runtime_1.FfiConverterString,
    verbose: runtime_1.FfiConverterBool,
    nickname: FfiConverterOptionalString,
    retries: FfiConverterOptionalU32,
    tags: FfiConverterSequenceString,
    level: runtime_1.FfiConverterU8,
    label: runtime_1.FfiConverterString,
    counters: FfiConverterMapStringU32,
    maxItems: FfiConverterOptionalU64,
    margins: exports.FfiConverterTypeMargins,
}, {
    port: () => (8080),
    offset: () => (-1),
    limit: () => (18446744073709551615n),
    floor: () => (-9223372036854775808n),
    ratio: () => (0.5),
    scale: () => (1.25),
    threshold: () => (1e3),
    host: () => ('localhost'),
    greeting: () => ('say "hi" it\'s a\\b\nnext\tcol ${x} é'),
    verbose: () => (true),
    nickname: () => (undefined),
    retries: () => (3),
    tags: () => ([]),
    level: () => (0),
    label: () => (''),
    counters: () => (new Map()),
    maxItems: () => (undefined),
    margins: () => (exports.Margins.create()),
});
exports.FfiConverterTypeTreeNode.define({
    label: runtime_1.FfiConverterString,
    children: FfiConverterSequenceTypeTreeNode,
});
exports.FfiConverterTypeVersion.define({
    major: runtime_1.FfiConverterU32,
    minor: runtime_1.FfiConverterU32,
    patch: runtime_1.FfiConverterU32,
});
exports.FfiConverterTypeWrapper.define({
    value: runtime_1.FfiConverterString,
});
exports.FfiConverterTypeAppointment.define({
    title: runtime_1.FfiConverterString,
    start: runtime_1.FfiConverterTimestamp,
    length: runtime_1.FfiConverterDuration,
    reminder: FfiConverterOptionalDuration,
    history: FfiConverterSequenceTimestamp,
});
exports.FfiConverterTypeDurationParts.define({
    seconds: runtime_1.FfiConverterU64,
    nanos: runtime_1.FfiConverterU32,
});
exports.FfiConverterTypeTimestampParts.define({
    seconds: runtime_1.FfiConverterI64,
    nanos: runtime_1.FfiConverterU32,
});
exports.FfiConverterTypeEvent_.define([
    ['KeyPress', { fields: { key: runtime_1.FfiConverterString } }],
    ['Move', { fields: { x: runtime_1.FfiConverterI32, y: runtime_1.FfiConverterI32 } }],
]);
exports.FfiConverterTypeExpr.define([
    ['Num', { fields: { value: runtime_1.FfiConverterI64 } }],
    ['Var', { fields: { name: runtime_1.FfiConverterString } }],
    ['Neg', { fields: { inner: exports.FfiConverterTypeExpr } }],
    ['Add', { fields: { left: exports.FfiConverterTypeExpr, right: exports.FfiConverterTypeExpr } }],
    ['Mul', { tuple: [exports.FfiConverterTypeExpr, exports.FfiConverterTypeExpr] }],
    ['Sum', { fields: { terms: FfiConverterSequenceTypeExpr } }],
    ['Maybe', { fields: { inner: FfiConverterOptionalTypeExpr } }],
]);
exports.FfiConverterTypeFigure.define([
    ['Circle', { fields: { radius: runtime_1.FfiConverterF64 }, defaults: { radius: () => (1.0) } }],
    ['Rectangle', { fields: { width: runtime_1.FfiConverterF64, height: runtime_1.FfiConverterF64 } }],
    ['Triangle', { tuple: [runtime_1.FfiConverterF64, runtime_1.FfiConverterF64, runtime_1.FfiConverterF64] }],
    ['Labeled', { tuple: [runtime_1.FfiConverterString, exports.FfiConverterTypeFigure] }],
    ['Empty', { fields: {} }],
]);
exports.FfiConverterTypeOnly.define([
    ['One', { fields: { direction: exports.FfiConverterTypeDirection, priority: FfiConverterOptionalTypePriority } }],
]);
exports.FfiConverterTypeValue.define([
    ['Null', { fields: {} }],
    ['Object', { fields: { fields: FfiConverterMapStringString } }],
    ['Error', { fields: { message: runtime_1.FfiConverterString } }],
    ['Function', { fields: { name: runtime_1.FfiConverterString } }],
    ['Array', { tuple: [FfiConverterSequenceString] }],
    ['String', { tuple: [runtime_1.FfiConverterString] }],
]);
exports.FfiConverterTypeUrlError.define([
    (0, runtime_1.errorVariant)('MissingScheme', (fields) => new UrlError.MissingScheme(fields), {
        input: runtime_1.FfiConverterString,
    }),
    (0, runtime_1.errorVariant)('EmptyHost', (fields) => new UrlError.EmptyHost(fields), {
        input: runtime_1.FfiConverterString,
    }),
]);
exports.FfiConverterTypeDocumentedError.define([
    (0, runtime_1.errorVariant)('Failed', (fields) => new DocumentedError.Failed(fields), {
        reason: runtime_1.FfiConverterString,
    }),
]);
exports.FfiConverterTypeArithmeticError.define([
    (0, runtime_1.flatErrorVariant)('DivisionByZero', (message) => new ArithmeticError.DivisionByZero(message)),
    (0, runtime_1.flatErrorVariant)('Overflow', (message) => new ArithmeticError.Overflow(message)),
]);
exports.FfiConverterTypeClashError.define([
    (0, runtime_1.errorVariant)('Clash', (fields) => new ClashError.Clash(fields), {
        message_: runtime_1.FfiConverterString,
        name_: runtime_1.FfiConverterString,
        stack_: FfiConverterSequenceString,
        cause_: FfiConverterOptionalString,
        code: runtime_1.FfiConverterI32,
    }),
]);
exports.FfiConverterTypeStorageError.define([
    (0, runtime_1.flatErrorVariant)('NotFound', (message) => new StorageError.NotFound(message)),
    (0, runtime_1.flatErrorVariant)('PermissionDenied', (message) => new StorageError.PermissionDenied(message)),
    (0, runtime_1.flatErrorVariant)('DiskFull', (message) => new StorageError.DiskFull(message)),
]);
exports.FfiConverterTypeValidationError.define([
    (0, runtime_1.errorVariant)('Empty', () => new ValidationError.Empty(), {}),
    (0, runtime_1.errorVariant)('OutOfRange', (fields) => new ValidationError.OutOfRange(fields), {
        field: runtime_1.FfiConverterString,
        value: runtime_1.FfiConverterI64,
        min: runtime_1.FfiConverterI64,
        max: runtime_1.FfiConverterU64,
    }),
    (0, runtime_1.errorTupleVariant)('BadCharacter', (inner) => new ValidationError.BadCharacter(inner), [runtime_1.FfiConverterString, runtime_1.FfiConverterU32]),
    (0, runtime_1.errorVariant)('Many', (fields) => new ValidationError.Many(fields), {
        messages: FfiConverterSequenceString,
        firstAt: FfiConverterOptionalTypePoint,
    }),
    (0, runtime_1.errorVariant)('WrongDirection', (fields) => new ValidationError.WrongDirection(fields), {
        expected: exports.FfiConverterTypeDirection,
        got: exports.FfiConverterTypeDirection,
    }),
    (0, runtime_1.errorVariant)('Numeric', (fields) => new ValidationError.Numeric(fields), {
        ratio: runtime_1.FfiConverterF64,
        exact: runtime_1.FfiConverterBool,
        raw: runtime_1.FfiConverterBytes,
    }),
]);
exports.FfiConverterTypeCelsius.define(runtime_1.FfiConverterF64);
exports.FfiConverterTypeHandle.define(runtime_1.FfiConverterI64);
exports.FfiConverterTypeUrl.define(runtime_1.FfiConverterString, {
    lift: (value) => new node_url_1.URL(value),
    lower: (value) => value.toString(),
});
// Every Rust function, constructor and method, with the converters of its parameters, result
// and error.
const calls = {
    bytesEqual: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.bytesEqual, [['a', runtime_1.FfiConverterForeignBytes], ['b', runtime_1.FfiConverterForeignBytes]], runtime_1.FfiConverterBool),
    checkPattern: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.checkPattern, [['data', runtime_1.FfiConverterForeignBytes], ['seed', runtime_1.FfiConverterU8]], runtime_1.FfiConverterBool),
    checksum: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.checksum, [['data', runtime_1.FfiConverterForeignBytes]], runtime_1.FfiConverterU32),
    checksumVec: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.checksumVec, [['data', runtime_1.FfiConverterBytes]], runtime_1.FfiConverterU32),
    echoBlob: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoBlob, [['blob', exports.FfiConverterTypeBlob_]], exports.FfiConverterTypeBlob_),
    echoByteLists: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoByteLists, [['data', FfiConverterSequenceBytes]], FfiConverterSequenceBytes),
    echoByteMap: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoByteMap, [['data', FfiConverterMapStringBytes]], FfiConverterMapStringBytes),
    echoBytes: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoBytes, [['data', runtime_1.FfiConverterBytes]], runtime_1.FfiConverterBytes),
    echoBytesAsync: new runtime_1.AsyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoBytesAsync, [['data', runtime_1.FfiConverterBytes]], runtime_1.FfiConverterBytes),
    echoI8List: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoI8List, [['data', FfiConverterSequenceI8]], FfiConverterSequenceI8),
    echoOptionalBytes: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoOptionalBytes, [['data', FfiConverterOptionalBytes]], FfiConverterOptionalBytes),
    emptyBytes: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.emptyBytes, [], runtime_1.FfiConverterBytes),
    lenOf: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.lenOf, [['data', runtime_1.FfiConverterForeignBytes]], runtime_1.FfiConverterU64),
    makeBytes: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.makeBytes, [['len', runtime_1.FfiConverterU32], ['seed', runtime_1.FfiConverterU8]], runtime_1.FfiConverterBytes),
    sliceOf: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.sliceOf, [['start', runtime_1.FfiConverterU32], ['data', runtime_1.FfiConverterForeignBytes], ['len', runtime_1.FfiConverterU32]], runtime_1.FfiConverterBytes),
    checkMap: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.checkMap, [['map', FfiConverterMapU32String]], exports.FfiConverterTypeMapCheck),
    countDirections: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.countDirections, [['directions', FfiConverterSequenceTypeDirection]], FfiConverterMapTypeDirectionU32),
    dedupe: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.dedupe, [['values', FfiConverterSequenceU64]], FfiConverterSetU64),
    describeOptionOption: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.describeOptionOption, [['value', FfiConverterOptionalOptionalI32]], runtime_1.FfiConverterString),
    echoBoolMap: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoBoolMap, [['map', FfiConverterMapBoolString]], FfiConverterMapBoolString),
    echoDirectionMap: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoDirectionMap, [['map', FfiConverterMapTypeDirectionU32]], FfiConverterMapTypeDirectionU32),
    echoDirectionSet: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoDirectionSet, [['set', FfiConverterSetTypeDirection]], FfiConverterSetTypeDirection),
    echoI64Map: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoI64Map, [['map', FfiConverterMapI64F64]], FfiConverterMapI64F64),
    echoMapOfMaps: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoMapOfMaps, [['value', FfiConverterMapStringMapStringU8]], FfiConverterMapStringMapStringU8),
    echoNested: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoNested, [['value', FfiConverterSequenceMapStringSequenceOptionalI32]], FfiConverterSequenceMapStringSequenceOptionalI32),
    echoOptionOption: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoOptionOption, [['value', FfiConverterOptionalOptionalI32]], FfiConverterOptionalOptionalI32),
    echoOptionalList: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoOptionalList, [['value', FfiConverterOptionalSequenceOptionalString]], FfiConverterOptionalSequenceOptionalString),
    echoStringSet: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoStringSet, [['set', FfiConverterSetString]], FfiConverterSetString),
    echoU32Map: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoU32Map, [['map', FfiConverterMapU32String]], FfiConverterMapU32String),
    echoU64Set: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoU64Set, [['set', FfiConverterSetU64]], FfiConverterSetU64),
    emptyMap: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.emptyMap, [], FfiConverterMapStringString),
    emptySet: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.emptySet, [], FfiConverterSetString),
    emptyVec: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.emptyVec, [], FfiConverterSequenceString),
    groupByLength: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.groupByLength, [['words', FfiConverterSequenceString]], FfiConverterMapU8SequenceString),
    i64MapEntries: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.i64MapEntries, [['map', FfiConverterMapI64F64]], FfiConverterSequenceTypeI64Entry),
    makeMap: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.makeMap, [['n', runtime_1.FfiConverterU32]], FfiConverterMapU32String),
    makeSet: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.makeSet, [['n', runtime_1.FfiConverterU32]], FfiConverterSetU64),
    makeStrings: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.makeStrings, [['n', runtime_1.FfiConverterU32], ['len', runtime_1.FfiConverterU32]], FfiConverterSequenceString),
    makeVec: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.makeVec, [['n', runtime_1.FfiConverterU32]], FfiConverterSequenceU32),
    nestedStats: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.nestedStats, [['value', FfiConverterSequenceMapStringSequenceOptionalI32]], FfiConverterSequenceI64),
    setContains: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.setContains, [['set', FfiConverterSetString], ['value', runtime_1.FfiConverterString]], runtime_1.FfiConverterBool),
    sortedStrings: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.sortedStrings, [['set', FfiConverterSetString]], FfiConverterSequenceString),
    sortedU64s: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.sortedU64s, [['set', FfiConverterSetU64]], FfiConverterSequenceU64),
    sumVec: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.sumVec, [['values', FfiConverterSequenceU32]], runtime_1.FfiConverterU64),
    transpose: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.transpose, [['matrix', FfiConverterSequenceSequenceI32]], FfiConverterSequenceSequenceI32),
    echoBookmark: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoBookmark, [['bookmark', exports.FfiConverterTypeBookmark]], exports.FfiConverterTypeBookmark),
    echoHandle: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoHandle, [['handle', exports.FfiConverterTypeHandle]], exports.FfiConverterTypeHandle),
    echoOptionalUrl: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoOptionalUrl, [['url', FfiConverterOptionalTypeUrl]], FfiConverterOptionalTypeUrl),
    echoUrl: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoUrl, [['url', exports.FfiConverterTypeUrl]], exports.FfiConverterTypeUrl),
    echoUrls: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoUrls, [['urls', FfiConverterSequenceTypeUrl]], FfiConverterSequenceTypeUrl),
    fromFahrenheit: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.fromFahrenheit, [['degrees', runtime_1.FfiConverterF64]], exports.FfiConverterTypeCelsius),
    handleFromValue: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.handleFromValue, [['value', runtime_1.FfiConverterI64]], FfiConverterOptionalTypeHandle),
    handleValue: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.handleValue, [['handle', exports.FfiConverterTypeHandle]], runtime_1.FfiConverterI64),
    makeUrl: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.makeUrl, [
        ['scheme', runtime_1.FfiConverterString],
        ['host', runtime_1.FfiConverterString],
        ['path', runtime_1.FfiConverterString],
    ], exports.FfiConverterTypeUrl, exports.FfiConverterTypeUrlError),
    nextHandle: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.nextHandle, [['handle', exports.FfiConverterTypeHandle]], exports.FfiConverterTypeHandle),
    sampleBookmark: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.sampleBookmark, [], exports.FfiConverterTypeBookmark),
    toFahrenheit: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.toFahrenheit, [['temperature', exports.FfiConverterTypeCelsius]], runtime_1.FfiConverterF64),
    urlHost: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.urlHost, [['url', exports.FfiConverterTypeUrl]], runtime_1.FfiConverterString, exports.FfiConverterTypeUrlError),
    urlScheme: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.urlScheme, [['url', exports.FfiConverterTypeUrl]], runtime_1.FfiConverterString),
    delayedValue: new runtime_1.AsyncFunction(ffi_1.library, ffi_1.ffiFunctions.delayedValue, [['delay_ms', runtime_1.FfiConverterU64], ['value', runtime_1.FfiConverterString]], runtime_1.FfiConverterString),
    describeLiteralDefaults: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.describeLiteralDefaults, [
        ['small', runtime_1.FfiConverterI32],
        ['big', runtime_1.FfiConverterU64],
        ['most_negative', runtime_1.FfiConverterI64],
        ['single', runtime_1.FfiConverterF32],
        ['double', runtime_1.FfiConverterF64],
        ['flag', runtime_1.FfiConverterBool],
        ['nothing', FfiConverterOptionalString],
        ['something', FfiConverterOptionalI64],
        ['list', FfiConverterSequenceU32],
        ['text', runtime_1.FfiConverterString],
        ['byte', runtime_1.FfiConverterU8],
    ], runtime_1.FfiConverterString),
    describeTypeDefaults: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.describeTypeDefaults, [
        ['level', runtime_1.FfiConverterU8],
        ['label', runtime_1.FfiConverterString],
        ['counts', FfiConverterMapStringU32],
        ['maybe', FfiConverterOptionalU8],
        ['items', FfiConverterSequenceString],
        ['on', runtime_1.FfiConverterBool],
    ], runtime_1.FfiConverterString),
    greet: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.greet, [
        ['name', runtime_1.FfiConverterString],
        ['greeting', runtime_1.FfiConverterString],
        ['count', runtime_1.FfiConverterU32],
        ['punctuation', runtime_1.FfiConverterString],
        ['shout', runtime_1.FfiConverterBool],
    ], runtime_1.FfiConverterString),
    grey: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.grey, [['level', runtime_1.FfiConverterU8]], exports.FfiConverterTypeRgba),
    nonTrailingDefault: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.nonTrailingDefault, [['first', runtime_1.FfiConverterU32], ['second', runtime_1.FfiConverterU32]], runtime_1.FfiConverterU32),
    rgba: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.rgba, [
        ['r', runtime_1.FfiConverterU8],
        ['g', runtime_1.FfiConverterU8],
        ['b', runtime_1.FfiConverterU8],
        ['a', runtime_1.FfiConverterU8],
    ], exports.FfiConverterTypeRgba),
    blankLinesInDocs: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.blankLinesInDocs, [], undefined),
    blockDocComment: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.blockDocComment, [], undefined),
    codeInDocs: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.codeInDocs, [['input', runtime_1.FfiConverterString]], runtime_1.FfiConverterString),
    commentTerminators: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.commentTerminators, [], runtime_1.FfiConverterString),
    crlfDocs: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.crlfDocs, [], undefined),
    indentedCode: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.indentedCode, [], runtime_1.FfiConverterU32),
    linkedDocs: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.linkedDocs, [], undefined),
    markdownDocs: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.markdownDocs, [], undefined),
    nonAsciiDocs: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.nonAsciiDocs, [], runtime_1.FfiConverterString),
    tagsInProse: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.tagsInProse, [], runtime_1.FfiConverterBool),
    useDocumented: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.useDocumented, [['value', exports.FfiConverterTypeDocumented], ['which', exports.FfiConverterTypeDocumentedEnum]], exports.FfiConverterTypeDocumented, exports.FfiConverterTypeDocumentedError),
    veryLongLine: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.veryLongLine, [], undefined),
    allDirections: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.allDirections, [], FfiConverterSequenceTypeDirection),
    allSparse: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.allSparse, [], FfiConverterSequenceTypeSparse),
    deepExpr: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.deepExpr, [['depth', runtime_1.FfiConverterU32]], exports.FfiConverterTypeExpr),
    describeFigure: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.describeFigure, [['value', exports.FfiConverterTypeFigure]], runtime_1.FfiConverterString),
    describeWeather: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.describeWeather, [['value', exports.FfiConverterTypeWeather]], runtime_1.FfiConverterString),
    echoDirection: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoDirection, [['value', exports.FfiConverterTypeDirection]], exports.FfiConverterTypeDirection),
    echoEvent: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoEvent, [['value', exports.FfiConverterTypeEvent_]], exports.FfiConverterTypeEvent_),
    echoExpr: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoExpr, [['expr', exports.FfiConverterTypeExpr]], exports.FfiConverterTypeExpr),
    echoFigure: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoFigure, [['value', exports.FfiConverterTypeFigure]], exports.FfiConverterTypeFigure),
    echoOnly: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoOnly, [['value', exports.FfiConverterTypeOnly]], exports.FfiConverterTypeOnly),
    echoPriority: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoPriority, [['value', exports.FfiConverterTypePriority]], exports.FfiConverterTypePriority),
    echoWeather: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoWeather, [['value', exports.FfiConverterTypeWeather]], exports.FfiConverterTypeWeather),
    eval: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.eval, [['expr', exports.FfiConverterTypeExpr]], FfiConverterOptionalI64),
    evalWith: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.evalWith, [['expr', exports.FfiConverterTypeExpr], ['env', FfiConverterMapStringI64]], FfiConverterOptionalI64),
    exprDepth: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.exprDepth, [['expr', exports.FfiConverterTypeExpr]], runtime_1.FfiConverterU32),
    exprToString: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.exprToString, [['expr', exports.FfiConverterTypeExpr]], runtime_1.FfiConverterString),
    offsetValue: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.offsetValue, [['value', exports.FfiConverterTypeOffset]], runtime_1.FfiConverterI8),
    priorityValue: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.priorityValue, [['value', exports.FfiConverterTypePriority]], runtime_1.FfiConverterU8),
    sampleFigures: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.sampleFigures, [], FfiConverterSequenceTypeFigure),
    sparseValue: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.sparseValue, [['value', exports.FfiConverterTypeSparse]], runtime_1.FfiConverterU32),
    unitSquare: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.unitSquare, [], exports.FfiConverterTypeFigure),
    arithmeticErrorMessage: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.arithmeticErrorMessage, [['error', exports.FfiConverterTypeArithmeticError]], runtime_1.FfiConverterString),
    divide: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.divide, [['a', runtime_1.FfiConverterI32], ['b', runtime_1.FfiConverterI32]], runtime_1.FfiConverterI32, exports.FfiConverterTypeArithmeticError),
    echoValidationError: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoValidationError, [['error', exports.FfiConverterTypeValidationError]], exports.FfiConverterTypeValidationError),
    failClash: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.failClash, [], runtime_1.FfiConverterU8, exports.FfiConverterTypeClashError),
    failValidation: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.failValidation, [['which', runtime_1.FfiConverterU32]], undefined, exports.FfiConverterTypeValidationError),
    failValidationAsync: new runtime_1.AsyncFunction(ffi_1.library, ffi_1.ffiFunctions.failValidationAsync, [['which', runtime_1.FfiConverterU32]], undefined, exports.FfiConverterTypeValidationError),
    panicAsync: new runtime_1.AsyncFunction(ffi_1.library, ffi_1.ffiFunctions.panicAsync, [['message', runtime_1.FfiConverterString]], runtime_1.FfiConverterString),
    panicInsteadOfError: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.panicInsteadOfError, [['message', runtime_1.FfiConverterString]], undefined, exports.FfiConverterTypeValidationError),
    panicNonString: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.panicNonString, [], runtime_1.FfiConverterU32),
    panicReturning: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.panicReturning, [['message', runtime_1.FfiConverterString], ['n', runtime_1.FfiConverterU32]], FfiConverterSequenceString),
    panicWith: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.panicWith, [['message', runtime_1.FfiConverterString]], undefined),
    parsePercent: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.parsePercent, [['input', runtime_1.FfiConverterString]], exports.FfiConverterTypePoint, exports.FfiConverterTypeValidationError),
    store: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.store, [['which', runtime_1.FfiConverterU32]], runtime_1.FfiConverterString, exports.FfiConverterTypeStorageError),
    storeAsync: new runtime_1.AsyncFunction(ffi_1.library, ffi_1.ffiFunctions.storeAsync, [['which', runtime_1.FfiConverterU32]], runtime_1.FfiConverterString, exports.FfiConverterTypeStorageError),
    validationErrorMessage: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.validationErrorMessage, [['error', exports.FfiConverterTypeValidationError]], runtime_1.FfiConverterString),
    echoBool: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoBool, [['value', runtime_1.FfiConverterBool]], runtime_1.FfiConverterBool),
    echoF32: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoF32, [['value', runtime_1.FfiConverterF32]], runtime_1.FfiConverterF32),
    echoF64: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoF64, [['value', runtime_1.FfiConverterF64]], runtime_1.FfiConverterF64),
    echoI16: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoI16, [['value', runtime_1.FfiConverterI16]], runtime_1.FfiConverterI16),
    echoI32: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoI32, [['value', runtime_1.FfiConverterI32]], runtime_1.FfiConverterI32),
    echoI64: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoI64, [['value', runtime_1.FfiConverterI64]], runtime_1.FfiConverterI64),
    echoI8: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoI8, [['value', runtime_1.FfiConverterI8]], runtime_1.FfiConverterI8),
    echoString: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoString, [['value', runtime_1.FfiConverterString]], runtime_1.FfiConverterString),
    echoStringAsync: new runtime_1.AsyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoStringAsync, [['value', runtime_1.FfiConverterString]], runtime_1.FfiConverterString),
    echoU16: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoU16, [['value', runtime_1.FfiConverterU16]], runtime_1.FfiConverterU16),
    echoU32: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoU32, [['value', runtime_1.FfiConverterU32]], runtime_1.FfiConverterU32),
    echoU64: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoU64, [['value', runtime_1.FfiConverterU64]], runtime_1.FfiConverterU64),
    echoU8: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoU8, [['value', runtime_1.FfiConverterU8]], runtime_1.FfiConverterU8),
    emptyString: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.emptyString, [], runtime_1.FfiConverterString),
    f32Epsilon: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.f32Epsilon, [], runtime_1.FfiConverterF32),
    f32FromBits: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.f32FromBits, [['bits', runtime_1.FfiConverterU32]], runtime_1.FfiConverterF32),
    f32Infinity: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.f32Infinity, [], runtime_1.FfiConverterF32),
    f32Lowest: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.f32Lowest, [], runtime_1.FfiConverterF32),
    f32Max: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.f32Max, [], runtime_1.FfiConverterF32),
    f32MinPositive: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.f32MinPositive, [], runtime_1.FfiConverterF32),
    f32Nan: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.f32Nan, [], runtime_1.FfiConverterF32),
    f32NegInfinity: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.f32NegInfinity, [], runtime_1.FfiConverterF32),
    f32NegZero: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.f32NegZero, [], runtime_1.FfiConverterF32),
    f32SmallestSubnormal: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.f32SmallestSubnormal, [], runtime_1.FfiConverterF32),
    f32ToBits: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.f32ToBits, [['value', runtime_1.FfiConverterF32]], runtime_1.FfiConverterU32),
    f32ToString: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.f32ToString, [['value', runtime_1.FfiConverterF32]], runtime_1.FfiConverterString),
    f64Epsilon: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.f64Epsilon, [], runtime_1.FfiConverterF64),
    f64FromBits: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.f64FromBits, [['bits', runtime_1.FfiConverterU64]], runtime_1.FfiConverterF64),
    f64Infinity: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.f64Infinity, [], runtime_1.FfiConverterF64),
    f64Lowest: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.f64Lowest, [], runtime_1.FfiConverterF64),
    f64Max: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.f64Max, [], runtime_1.FfiConverterF64),
    f64MinPositive: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.f64MinPositive, [], runtime_1.FfiConverterF64),
    f64Nan: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.f64Nan, [], runtime_1.FfiConverterF64),
    f64NegInfinity: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.f64NegInfinity, [], runtime_1.FfiConverterF64),
    f64NegZero: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.f64NegZero, [], runtime_1.FfiConverterF64),
    f64SmallestSubnormal: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.f64SmallestSubnormal, [], runtime_1.FfiConverterF64),
    f64ToBits: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.f64ToBits, [['value', runtime_1.FfiConverterF64]], runtime_1.FfiConverterU64),
    f64ToString: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.f64ToString, [['value', runtime_1.FfiConverterF64]], runtime_1.FfiConverterString),
    i16Max: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.i16Max, [], runtime_1.FfiConverterI16),
    i16Min: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.i16Min, [], runtime_1.FfiConverterI16),
    i16ToString: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.i16ToString, [['value', runtime_1.FfiConverterI16]], runtime_1.FfiConverterString),
    i32Max: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.i32Max, [], runtime_1.FfiConverterI32),
    i32Min: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.i32Min, [], runtime_1.FfiConverterI32),
    i32ToString: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.i32ToString, [['value', runtime_1.FfiConverterI32]], runtime_1.FfiConverterString),
    i64Max: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.i64Max, [], runtime_1.FfiConverterI64),
    i64Min: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.i64Min, [], runtime_1.FfiConverterI64),
    i64ToString: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.i64ToString, [['value', runtime_1.FfiConverterI64]], runtime_1.FfiConverterString),
    i8Max: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.i8Max, [], runtime_1.FfiConverterI8),
    i8Min: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.i8Min, [], runtime_1.FfiConverterI8),
    i8ToString: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.i8ToString, [['value', runtime_1.FfiConverterI8]], runtime_1.FfiConverterString),
    negate: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.negate, [['value', runtime_1.FfiConverterBool]], runtime_1.FfiConverterBool),
    repeatString: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.repeatString, [['value', runtime_1.FfiConverterString], ['count', runtime_1.FfiConverterU32]], runtime_1.FfiConverterString),
    strByteLen: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.strByteLen, [['value', runtime_1.FfiConverterString]], runtime_1.FfiConverterU32),
    stringByteLen: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.stringByteLen, [['value', runtime_1.FfiConverterString]], runtime_1.FfiConverterU32),
    stringCharCount: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.stringCharCount, [['value', runtime_1.FfiConverterString]], runtime_1.FfiConverterU32),
    stringCodePoints: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.stringCodePoints, [['value', runtime_1.FfiConverterString]], FfiConverterSequenceU32),
    stringFromCodePoints: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.stringFromCodePoints, [['code_points', FfiConverterSequenceU32]], FfiConverterOptionalString),
    stringWithNul: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.stringWithNul, [], runtime_1.FfiConverterString),
    u16Max: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.u16Max, [], runtime_1.FfiConverterU16),
    u16Min: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.u16Min, [], runtime_1.FfiConverterU16),
    u16ToString: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.u16ToString, [['value', runtime_1.FfiConverterU16]], runtime_1.FfiConverterString),
    u32Max: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.u32Max, [], runtime_1.FfiConverterU32),
    u32Min: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.u32Min, [], runtime_1.FfiConverterU32),
    u32ToString: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.u32ToString, [['value', runtime_1.FfiConverterU32]], runtime_1.FfiConverterString),
    u64Max: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.u64Max, [], runtime_1.FfiConverterU64),
    u64Min: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.u64Min, [], runtime_1.FfiConverterU64),
    u64ToString: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.u64ToString, [['value', runtime_1.FfiConverterU64]], runtime_1.FfiConverterString),
    u8Max: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.u8Max, [], runtime_1.FfiConverterU8),
    u8Min: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.u8Min, [], runtime_1.FfiConverterU8),
    u8ToString: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.u8ToString, [['value', runtime_1.FfiConverterU8]], runtime_1.FfiConverterString),
    unicodeSample: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.unicodeSample, [], runtime_1.FfiConverterString),
    await: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.await, [['yield', runtime_1.FfiConverterU32]], runtime_1.FfiConverterU32),
    constructor: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.constructor, [], runtime_1.FfiConverterString),
    delete: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.delete, [['default', runtime_1.FfiConverterU32], ['new', runtime_1.FfiConverterString]], runtime_1.FfiConverterString),
    echoCasing: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoCasing, [['value', exports.FfiConverterTypeCasing]], exports.FfiConverterTypeCasing),
    echoKeywords: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoKeywords, [['value', exports.FfiConverterTypeKeywords]], exports.FfiConverterTypeKeywords),
    echoLiteral: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoLiteral, [['value', exports.FfiConverterTypeLiteral]], exports.FfiConverterTypeLiteral),
    echoMapRecord: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoMapRecord, [['value', exports.FfiConverterTypeMap_]], exports.FfiConverterTypeMap_),
    echoOldEnum: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoOldEnum, [['value', exports.FfiConverterTypeOldEnum]], exports.FfiConverterTypeOldEnum),
    echoRustEnum: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoRustEnum, [['value', exports.FfiConverterTypeForeignEnum]], exports.FfiConverterTypeForeignEnum),
    echoRustRecord: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoRustRecord, [['value', exports.FfiConverterTypeForeignRecord]], exports.FfiConverterTypeForeignRecord),
    echoSymbol: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoSymbol, [['value', exports.FfiConverterTypeSymbol_]], exports.FfiConverterTypeSymbol_),
    echoValue: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoValue, [['value', exports.FfiConverterTypeValue]], exports.FfiConverterTypeValue),
    instanceof: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.instanceof, [['class', runtime_1.FfiConverterString], ['function', runtime_1.FfiConverterString]], runtime_1.FfiConverterBool),
    new: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.new, [], runtime_1.FfiConverterString),
    newFunction: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.newFunction, [['new_arg', runtime_1.FfiConverterString], ['kept', runtime_1.FfiConverterU32]], exports.FfiConverterTypeNewRecord),
    renamedInRust: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.renamedInRust, [['value', runtime_1.FfiConverterU32]], runtime_1.FfiConverterU32),
    sampleKeywords: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.sampleKeywords, [], exports.FfiConverterTypeKeywords),
    strictModeNames: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.strictModeNames, [
        ['arguments', runtime_1.FfiConverterU32],
        ['eval', runtime_1.FfiConverterU32],
        ['this', runtime_1.FfiConverterU32],
        ['interface', runtime_1.FfiConverterU32],
        ['package', runtime_1.FfiConverterU32],
        ['private', runtime_1.FfiConverterU32],
        ['let', runtime_1.FfiConverterU32],
        ['static', runtime_1.FfiConverterU32],
        ['implements', runtime_1.FfiConverterU32],
        ['protected', runtime_1.FfiConverterU32],
    ], runtime_1.FfiConverterU32),
    typeof: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.typeof, [['enum', runtime_1.FfiConverterString]], runtime_1.FfiConverterU32),
    void: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.void, [['in', runtime_1.FfiConverterU8]], runtime_1.FfiConverterU8),
    defaultSettings: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.defaultSettings, [['name', runtime_1.FfiConverterString]], exports.FfiConverterTypeSettings),
    echoEverything: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoEverything, [['value', exports.FfiConverterTypeEverything]], exports.FfiConverterTypeEverything),
    echoLine: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoLine, [['line', exports.FfiConverterTypeLine]], exports.FfiConverterTypeLine),
    echoNothing: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoNothing, [['value', exports.FfiConverterTypeNothing]], exports.FfiConverterTypeNothing),
    echoPath: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoPath, [['path', exports.FfiConverterTypePath]], exports.FfiConverterTypePath),
    echoSettings: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoSettings, [['settings', exports.FfiConverterTypeSettings]], exports.FfiConverterTypeSettings),
    echoWrapper: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoWrapper, [['value', exports.FfiConverterTypeWrapper]], exports.FfiConverterTypeWrapper),
    linkedList: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.linkedList, [['values', FfiConverterSequenceI32]], FfiConverterOptionalTypeLinkedNode),
    linkedListValues: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.linkedListValues, [['head', exports.FfiConverterTypeLinkedNode]], FfiConverterSequenceI32),
    makePath: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.makePath, [['name', FfiConverterOptionalString], ['points', FfiConverterSequenceTypePoint]], exports.FfiConverterTypePath),
    makeTree: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.makeTree, [['depth', runtime_1.FfiConverterU32], ['fanout', runtime_1.FfiConverterU32]], exports.FfiConverterTypeTreeNode),
    pathLength: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.pathLength, [['path', exports.FfiConverterTypePath]], runtime_1.FfiConverterF64),
    pointFromPolar: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.pointFromPolar, [['radius', runtime_1.FfiConverterF64], ['angle', runtime_1.FfiConverterF64]], exports.FfiConverterTypePoint),
    pointOrigin: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.pointOrigin, [], exports.FfiConverterTypePoint),
    sampleEverything: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.sampleEverything, [], exports.FfiConverterTypeEverything),
    settingsAreDefault: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.settingsAreDefault, [['settings', exports.FfiConverterTypeSettings]], runtime_1.FfiConverterBool),
    sortVersions: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.sortVersions, [['versions', FfiConverterSequenceTypeVersion]], FfiConverterSequenceTypeVersion),
    treeSize: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.treeSize, [['tree', exports.FfiConverterTypeTreeNode]], runtime_1.FfiConverterU32),
    version: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.version, [['major', runtime_1.FfiConverterU32], ['minor', runtime_1.FfiConverterU32], ['patch', runtime_1.FfiConverterU32]], exports.FfiConverterTypeVersion),
    addDuration: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.addDuration, [['value', runtime_1.FfiConverterTimestamp], ['delta', runtime_1.FfiConverterDuration]], FfiConverterOptionalTimestamp),
    appointmentEnd: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.appointmentEnd, [['value', exports.FfiConverterTypeAppointment]], FfiConverterOptionalTimestamp),
    durationAsSecsF64: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.durationAsSecsF64, [['value', runtime_1.FfiConverterDuration]], runtime_1.FfiConverterF64),
    durationBetween: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.durationBetween, [['earlier', runtime_1.FfiConverterTimestamp], ['later', runtime_1.FfiConverterTimestamp]], FfiConverterOptionalDuration),
    durationFromParts: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.durationFromParts, [['seconds', runtime_1.FfiConverterU64], ['nanos', runtime_1.FfiConverterU32]], runtime_1.FfiConverterDuration),
    durationMax: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.durationMax, [], runtime_1.FfiConverterDuration),
    durationOneNano: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.durationOneNano, [], runtime_1.FfiConverterDuration),
    durationParts: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.durationParts, [['value', runtime_1.FfiConverterDuration]], exports.FfiConverterTypeDurationParts),
    durationZero: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.durationZero, [], runtime_1.FfiConverterDuration),
    echoAppointment: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoAppointment, [['value', exports.FfiConverterTypeAppointment]], exports.FfiConverterTypeAppointment),
    echoDuration: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoDuration, [['value', runtime_1.FfiConverterDuration]], runtime_1.FfiConverterDuration),
    echoTimestamp: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoTimestamp, [['value', runtime_1.FfiConverterTimestamp]], runtime_1.FfiConverterTimestamp),
    echoTimestampAsync: new runtime_1.AsyncFunction(ffi_1.library, ffi_1.ffiFunctions.echoTimestampAsync, [['value', runtime_1.FfiConverterTimestamp]], runtime_1.FfiConverterTimestamp),
    now: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.now, [], runtime_1.FfiConverterTimestamp),
    subDuration: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.subDuration, [['value', runtime_1.FfiConverterTimestamp], ['delta', runtime_1.FfiConverterDuration]], FfiConverterOptionalTimestamp),
    timestampFromParts: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.timestampFromParts, [['seconds', runtime_1.FfiConverterI64], ['nanos', runtime_1.FfiConverterU32]], runtime_1.FfiConverterTimestamp),
    timestampParts: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.timestampParts, [['value', runtime_1.FfiConverterTimestamp]], exports.FfiConverterTypeTimestampParts),
    unixEpoch: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.unixEpoch, [], runtime_1.FfiConverterTimestamp),
    Blob__checksum: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.Blob__checksum, [['self', exports.FfiConverterTypeBlob_]], runtime_1.FfiConverterU32),
    Blob__startsWith: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.Blob__startsWith, [['self', exports.FfiConverterTypeBlob_], ['prefix', runtime_1.FfiConverterForeignBytes]], runtime_1.FfiConverterBool),
    Rgba_mixedWith: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.Rgba_mixedWith, [
        ['self', exports.FfiConverterTypeRgba],
        ['other', exports.FfiConverterTypeRgba],
        ['amount', runtime_1.FfiConverterF64],
    ], exports.FfiConverterTypeRgba),
    Rgba_toHex: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.Rgba_toHex, [['self', exports.FfiConverterTypeRgba], ['with_alpha', runtime_1.FfiConverterBool]], runtime_1.FfiConverterString),
    Point_distanceTo: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.Point_distanceTo, [['self', exports.FfiConverterTypePoint], ['other', exports.FfiConverterTypePoint]], runtime_1.FfiConverterF64),
    Point_length: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.Point_length, [['self', exports.FfiConverterTypePoint]], runtime_1.FfiConverterF64),
    Point_lengthAsync: new runtime_1.AsyncFunction(ffi_1.library, ffi_1.ffiFunctions.Point_lengthAsync, [['self', exports.FfiConverterTypePoint]], runtime_1.FfiConverterF64),
    Point_translated: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.Point_translated, [['self', exports.FfiConverterTypePoint], ['dx', runtime_1.FfiConverterF64], ['dy', runtime_1.FfiConverterF64]], exports.FfiConverterTypePoint),
    Version_bumpMinor: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.Version_bumpMinor, [['self', exports.FfiConverterTypeVersion]], exports.FfiConverterTypeVersion),
    Version_isCompatibleWith: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.Version_isCompatibleWith, [['self', exports.FfiConverterTypeVersion], ['other', exports.FfiConverterTypeVersion]], runtime_1.FfiConverterBool),
    Version_uniffiTraitDisplay: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.Version_uniffiTraitDisplay, [['self', exports.FfiConverterTypeVersion]], runtime_1.FfiConverterString),
    Version_uniffiTraitDebug: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.Version_uniffiTraitDebug, [['self', exports.FfiConverterTypeVersion]], runtime_1.FfiConverterString),
    Version_uniffiTraitEqEq: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.Version_uniffiTraitEqEq, [['self', exports.FfiConverterTypeVersion], ['other', exports.FfiConverterTypeVersion]], runtime_1.FfiConverterBool),
    Version_uniffiTraitHash: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.Version_uniffiTraitHash, [['self', exports.FfiConverterTypeVersion]], runtime_1.FfiConverterU64),
    Version_uniffiTraitOrdCmp: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.Version_uniffiTraitOrdCmp, [['self', exports.FfiConverterTypeVersion], ['other', exports.FfiConverterTypeVersion]], runtime_1.FfiConverterI8),
    Direction_opposite: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.Direction_opposite, [['self', exports.FfiConverterTypeDirection]], exports.FfiConverterTypeDirection),
    Direction_turnedRight: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.Direction_turnedRight, [['self', exports.FfiConverterTypeDirection]], exports.FfiConverterTypeDirection),
    Direction_uniffiTraitDisplay: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.Direction_uniffiTraitDisplay, [['self', exports.FfiConverterTypeDirection]], runtime_1.FfiConverterString),
    Direction_uniffiTraitDebug: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.Direction_uniffiTraitDebug, [['self', exports.FfiConverterTypeDirection]], runtime_1.FfiConverterString),
    Direction_uniffiTraitEqEq: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.Direction_uniffiTraitEqEq, [['self', exports.FfiConverterTypeDirection], ['other', exports.FfiConverterTypeDirection]], runtime_1.FfiConverterBool),
    Direction_uniffiTraitHash: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.Direction_uniffiTraitHash, [['self', exports.FfiConverterTypeDirection]], runtime_1.FfiConverterU64),
    Direction_uniffiTraitOrdCmp: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.Direction_uniffiTraitOrdCmp, [['self', exports.FfiConverterTypeDirection], ['other', exports.FfiConverterTypeDirection]], runtime_1.FfiConverterI8),
    Figure_area: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.Figure_area, [['self', exports.FfiConverterTypeFigure]], runtime_1.FfiConverterF64),
    Figure_scaled: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.Figure_scaled, [['self', exports.FfiConverterTypeFigure], ['factor', runtime_1.FfiConverterF64]], exports.FfiConverterTypeFigure),
    ValidationError_fieldName: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.ValidationError_fieldName, [['self', exports.FfiConverterTypeValidationError]], FfiConverterOptionalString),
    ValidationError_problemCount: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.ValidationError_problemCount, [['self', exports.FfiConverterTypeValidationError]], runtime_1.FfiConverterU32),
    ValidationError_uniffiTraitDisplay: new runtime_1.SyncFunction(ffi_1.library, ffi_1.ffiFunctions.ValidationError_uniffiTraitDisplay, [['self', exports.FfiConverterTypeValidationError]], runtime_1.FfiConverterString),
};
/** Whether two borrowed slices are equal: two `ForeignBytes` arguments in one call. */
function bytesEqual(a, b) {
    return calls.bytesEqual.call([a, b]);
}
/**
 * Whether `data` follows the {@link makeBytes} pattern for `seed`: checks a large buffer made on
 * the other side, without sending it back.
 */
function checkPattern(data, seed) {
    return calls.checkPattern.call([data, seed]);
}
/** Adler-32 of a borrowed slice (`&[u8]`, a `ForeignBytes` argument). */
function checksum(data) {
    return calls.checksum.call([data]);
}
/**
 * Adler-32 of an owned buffer (`Vec<u8>`): the same value as {@link checksum}, through the other
 * argument type.
 */
function checksumVec(data) {
    return calls.checksumVec.call([data]);
}
/** Returns the blob unchanged. */
function echoBlob(blob) {
    return calls.echoBlob.call([blob]);
}
/** Returns the list of buffers unchanged. */
function echoByteLists(data) {
    return calls.echoByteLists.call([data]);
}
/** Returns the map of buffers unchanged. */
function echoByteMap(data) {
    return calls.echoByteMap.call([data]);
}
/** Returns the bytes unchanged. */
function echoBytes(data) {
    return calls.echoBytes.call([data]);
}
/** Returns the bytes unchanged, asynchronously (after yielding once). */
async function echoBytesAsync(data, options) {
    return await calls.echoBytesAsync.call([data], options);
}
/** Returns a list of `i8` unchanged: a sequence of signed integers, not bytes. */
function echoI8List(data) {
    return calls.echoI8List.call([data]);
}
/** Returns the optional bytes unchanged (`undefined` and an empty buffer are different). */
function echoOptionalBytes(data) {
    return calls.echoOptionalBytes.call([data]);
}
/** An empty byte buffer. */
function emptyBytes() {
    return calls.emptyBytes.call([]);
}
/** Length of a borrowed slice, in bytes. */
function lenOf(data) {
    return calls.lenOf.call([data]);
}
/** `len` bytes where byte `i` is `(i * 31 + seed) mod 256`: large buffers made by Rust. */
function makeBytes(len, seed) {
    return calls.makeBytes.call([len, seed]);
}
/**
 * A `&[u8]` between other arguments: `data[start..start + len]` as an owned buffer, clamped to
 * the slice.
 */
function sliceOf(start, data, len) {
    return calls.sliceOf.call([start, data, len]);
}
/** The number of entries of the map, and whether every entry is `i → i.to_string()`. */
function checkMap(map) {
    return calls.checkMap.call([map]);
}
/** Counts how often each direction appears. */
function countDirections(directions) {
    return calls.countDirections.call([directions]);
}
/** The set of the numbers that appear in `values` (duplicates removed by Rust). */
function dedupe(values) {
    return calls.dedupe.call([values]);
}
/** Describes nested options as Rust sees them: `"None"`, `"Some(None)"` or `"Some(Some(x))"`. */
function describeOptionOption(value) {
    return calls.describeOptionOption.call([value]);
}
/** Returns the map unchanged: boolean keys. */
function echoBoolMap(map) {
    return calls.echoBoolMap.call([map]);
}
/** Returns the map unchanged: enum keys. */
function echoDirectionMap(map) {
    return calls.echoDirectionMap.call([map]);
}
/** Returns the set unchanged: a set of enum values. */
function echoDirectionSet(set) {
    return calls.echoDirectionSet.call([set]);
}
/** Returns the map unchanged: `i64` keys (bigints in TypeScript) and `f64` values. */
function echoI64Map(map) {
    return calls.echoI64Map.call([map]);
}
/** Returns the value unchanged: a map of maps. */
function echoMapOfMaps(value) {
    return calls.echoMapOfMaps.call([value]);
}
/** Returns the nested value unchanged: a list of maps of lists of optional integers. */
function echoNested(value) {
    return calls.echoNested.call([value]);
}
/** Returns the value unchanged: nested options (`undefined`, `Some(None)`, `Some(Some(x))`). */
function echoOptionOption(value) {
    return calls.echoOptionOption.call([value]);
}
/**
 * Returns the value unchanged: an optional list of optional strings (`undefined`, `Some([])`,
 * `Some([None])` are all different).
 */
function echoOptionalList(value) {
    return calls.echoOptionalList.call([value]);
}
/** Returns the set unchanged. */
function echoStringSet(set) {
    return calls.echoStringSet.call([set]);
}
/** Returns the map unchanged: `u32` keys. */
function echoU32Map(map) {
    return calls.echoU32Map.call([map]);
}
/** Returns the set unchanged. */
function echoU64Set(set) {
    return calls.echoU64Set.call([set]);
}
/** An empty map. */
function emptyMap() {
    return calls.emptyMap.call([]);
}
/** An empty set. */
function emptySet() {
    return calls.emptySet.call([]);
}
/** An empty list. */
function emptyVec() {
    return calls.emptyVec.call([]);
}
/** Groups words by their length in characters. */
function groupByLength(words) {
    return calls.groupByLength.call([words]);
}
/** The map's entries sorted by key: what Rust received. */
function i64MapEntries(map) {
    return calls.i64MapEntries.call([map]);
}
/** `{0: "0", 1: "1", ..., n - 1: "n - 1"}`. */
function makeMap(n) {
    return calls.makeMap.call([n]);
}
/** `{0, 1, ..., n - 1}`. */
function makeSet(n) {
    return calls.makeSet.call([n]);
}
/**
 * `n` strings, the i-th being `"s<i>"` padded with `x` to `len` characters (or longer when the
 * number alone is longer).
 */
function makeStrings(n, len) {
    return calls.makeStrings.call([n, len]);
}
/** `[0, 1, ..., n - 1]`. */
function makeVec(n) {
    return calls.makeVec.call([n]);
}
/**
 * Sums every present integer of the nested value, and counts the absent ones; returns
 * `[sum, absent]`.
 */
function nestedStats(value) {
    return calls.nestedStats.call([value]);
}
/** Whether the set contains `value`. */
function setContains(set, value) {
    return calls.setContains.call([set, value]);
}
/** The strings of the set, sorted: what Rust received. */
function sortedStrings(set) {
    return calls.sortedStrings.call([set]);
}
/** The numbers of the set, sorted. */
function sortedU64s(set) {
    return calls.sortedU64s.call([set]);
}
/** The sum of the list. */
function sumVec(values) {
    return calls.sumVec.call([values]);
}
/**
 * The transpose of a rectangular matrix (rows of equal length; ragged input is truncated to
 * the shortest row).
 */
function transpose(matrix) {
    return calls.transpose.call([matrix]);
}
/** Returns the bookmark unchanged. */
function echoBookmark(bookmark) {
    return calls.echoBookmark.call([bookmark]);
}
/** Returns the handle unchanged. */
function echoHandle(handle) {
    return calls.echoHandle.call([handle]);
}
/** Returns the optional URL unchanged. */
function echoOptionalUrl(url) {
    return calls.echoOptionalUrl.call([url]);
}
/** Returns the URL unchanged. */
function echoUrl(url) {
    return calls.echoUrl.call([url]);
}
/** Returns the URLs unchanged. */
function echoUrls(urls) {
    return calls.echoUrls.call([urls]);
}
/** The Celsius temperature for degrees Fahrenheit. */
function fromFahrenheit(degrees) {
    return calls.fromFahrenheit.call([degrees]);
}
/**
 * The handle for `value`, or `undefined` if it is negative. (A negative `i64` passed directly as
 * a `Handle` argument fails while Rust lifts it: an unexpected error.)
 */
function handleFromValue(value) {
    return calls.handleFromValue.call([value]);
}
/** The handle's value as a plain `i64`. */
function handleValue(handle) {
    return calls.handleValue.call([handle]);
}
/** `scheme://host/path`, checked. */
function makeUrl(scheme, host, path) {
    return calls.makeUrl.call([scheme, host, path]);
}
/** The handle after this one. */
function nextHandle(handle) {
    return calls.nextHandle.call([handle]);
}
/** A bookmark with every field set. */
function sampleBookmark() {
    return calls.sampleBookmark.call([]);
}
/** Degrees Fahrenheit for a Celsius temperature. */
function toFahrenheit(temperature) {
    return calls.toFahrenheit.call([temperature]);
}
/**
 * The host of the URL. An invalid URL fails with the {@link UrlError} raised while lifting the
 * argument: the function's own error type.
 */
function urlHost(url) {
    return calls.urlHost.call([url]);
}
/**
 * The scheme of the URL. This function declares no error, so an invalid URL is an
 * unexpected error (reported like a panic).
 */
function urlScheme(url) {
    return calls.urlScheme.call([url]);
}
/**
 * Waits `delayMs` milliseconds (default 0), then returns `value` (default `"done"`): an async
 * function with defaults.
 */
async function delayedValue(delayMs = 0n, value = 'done', options) {
    return await calls.delayedValue.call([delayMs, value], options);
}
/**
 * Prints every argument as Rust received it, `Debug`-formatted and separated by `|`. Each
 * argument has a literal default: -5, 18446744073709551615 (`u64::MAX`), -9223372036854775808
 * (`i64::MIN`), 2.5, 0.1, true, `undefined`, `Some(7)`, `[]`, `"x"`, 255.
 */
function describeLiteralDefaults(small = -5, big = 18446744073709551615n, mostNegative = -9223372036854775808n, single = 2.5, double = 0.1, flag = true, nothing = undefined, something = 7n, list = [], text = 'x', byte = 255) {
    return calls.describeLiteralDefaults.call([small, big, mostNegative, single, double, flag, nothing, something, list, text, byte]);
}
/**
 * Prints every argument as Rust received it, `Debug`-formatted and separated by `|`. Each
 * argument defaults to its type's own default: `0`, `""`, an empty map, `undefined`, an empty list,
 * `false`.
 */
function describeTypeDefaults(level = 0, label = '', counts = new Map(), maybe = undefined, items = [], on = false) {
    return calls.describeTypeDefaults.call([level, label, counts, maybe, items, on]);
}
/**
 * Greets `name`: `greeting` (default `"Hello"`), `count` times (default 1), ending with
 * `punctuation` (default `"!"`), in upper case if `shout` (default false).
 */
function greet(name, greeting = 'Hello', count = 1, punctuation = '!', shout = false) {
    return calls.greet.call([name, greeting, count, punctuation, shout]);
}
/** An opaque grey; `level` defaults to 128. */
function grey(level = 128) {
    return calls.grey.call([level]);
}
/**
 * `first * 10 + second`, where `first` has a default (1) but `second`, after it, does not: a
 * default on a non-trailing argument.
 */
function nonTrailingDefault(first, second) {
    return calls.nonTrailingDefault.call([first, second]);
}
/** A colour from its channels; `a` defaults to 255. */
function rgba(r, g, b, a = 255) {
    return calls.rgba.call([r, g, b, a]);
}
/**
 * Leading and trailing empty doc lines, and an empty line in the middle:
 *
 *
 * after two empty lines.
 */
function blankLinesInDocs() {
    return calls.blankLinesInDocs.call([]);
}
/**
 * A block doc comment, written with slash-star-star.
 * Each line starts with an asterisk in the source.
 */
function blockDocComment() {
    return calls.blockDocComment.call([]);
}
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
function codeInDocs(input) {
    return calls.codeInDocs.call([input]);
}
/**
 * Closes a comment too early if copied verbatim: *\/ and opens one again: /* and /** and ends
 * with a lone *\/
 */
function commentTerminators() {
    return calls.commentTerminators.call([]);
}
/**
 * Carriage returns: this doc has CR LF line endings.
 * Second line.
 * Third line.
 */
function crlfDocs() {
    return calls.crlfDocs.call([]);
}
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
function indentedCode() {
    return calls.indentedCode.call([]);
}
/**
 * Links to items of this crate: {@link useDocumented}, {@link Documented.value},
 * {@link DocumentedEnum.Second}, {@link DocumentedError.Failed}, {@link Documented | the record} and
 * {@link codeInDocs}. To other crates: `std::sync::Arc` and `Vec`. A URL:
 * [UniFFI](https://mozilla.github.io/uniffi-rs/). Code: `[not_a_link]`.
 */
function linkedDocs() {
    return calls.linkedDocs.call([]);
}
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
function markdownDocs() {
    return calls.markdownDocs.call([]);
}
/**
 * Non-ASCII: café, naïve, Straße, Ελληνικά, Русский, 日本語, 中文, 한국어, עברית, العربية,
 * emoji 🦀🚀👩‍💻, combining é, and a zero-width joiner‍ here. Also U+2028 (line separator)
 * between these brackets: [
], and U+2029 (paragraph separator): [
].
 */
function nonAsciiDocs() {
    return calls.nonAsciiDocs.call([]);
}
/**
 * Text that looks like TSDoc or JSDoc tags but is prose: \@param nothing, \@returns never,
 * \@deprecated not really, \@internal no, {\@link Nowhere}, \@example none. And HTML: <script>alert("x")</script>,
 * <br/>, &amp; &lt;tag&gt;.
 */
function tagsInProse() {
    return calls.tagsInProse.call([]);
}
/** Uses every documented type. *\/ */
function useDocumented(value, which) {
    return calls.useDocumented.call([value, which]);
}
/**
 * A very long line: Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur. Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt mollit anim id est laborum. (about 480 characters on one line)
 */
function veryLongLine() {
    return calls.veryLongLine.call([]);
}
/** Every direction, in declaration order. */
function allDirections() {
    return calls.allDirections.call([]);
}
/** Every `Sparse` variant, in declaration order. */
function allSparse() {
    return calls.allSparse.call([]);
}
/**
 * `1 + 2 + ... + depth` built as a left-leaning chain of `Add` nodes `depth` levels deep, to
 * test deep recursion in lifting and lowering. Keep `depth` in the thousands: lifting,
 * lowering and dropping recurse on the Rust stack.
 */
function deepExpr(depth) {
    return calls.deepExpr.call([depth]);
}
/**
 * Describes the figure as Rust sees it, e.g. `"Rectangle 2x3"`, `"Triangle(3, 4, 5)"`,
 * `"Labeled \"box\": Empty"`.
 */
function describeFigure(value) {
    return calls.describeFigure.call([value]);
}
/** Describes the weather in a word. */
function describeWeather(value) {
    return calls.describeWeather.call([value]);
}
/** Returns the direction unchanged. */
function echoDirection(value) {
    return calls.echoDirection.call([value]);
}
/** Returns the event unchanged. */
function echoEvent(value) {
    return calls.echoEvent.call([value]);
}
/** Returns the expression unchanged. */
function echoExpr(expr) {
    return calls.echoExpr.call([expr]);
}
/** Returns the figure unchanged. */
function echoFigure(value) {
    return calls.echoFigure.call([value]);
}
/** Returns the value unchanged. */
function echoOnly(value) {
    return calls.echoOnly.call([value]);
}
/** Returns the priority unchanged. */
function echoPriority(value) {
    return calls.echoPriority.call([value]);
}
/** Returns the weather unchanged. */
function echoWeather(value) {
    return calls.echoWeather.call([value]);
}
/** Evaluates the expression with wrapping 64-bit arithmetic; `undefined` if it uses a variable. */
function eval_(expr) {
    return calls.eval.call([expr]);
}
/** Evaluates the expression with the variables in `env`; `undefined` if a variable is missing. */
function evalWith(expr, env) {
    return calls.evalWith.call([expr, env]);
}
/** The nesting depth of the expression (a number is depth 1). */
function exprDepth(expr) {
    return calls.exprDepth.call([expr]);
}
/** Prints the expression fully parenthesized, e.g. `"((1 + x) * -(2))"`. */
function exprToString(expr) {
    return calls.exprToString.call([expr]);
}
/** The discriminant Rust gives the offset (`value as i8`). */
function offsetValue(value) {
    return calls.offsetValue.call([value]);
}
/** The discriminant Rust gives the priority (`value as u8`). */
function priorityValue(value) {
    return calls.priorityValue.call([value]);
}
/** One figure of each variant. */
function sampleFigures() {
    return calls.sampleFigures.call([]);
}
/** The discriminant Rust gives the value (`value as u32`). */
function sparseValue(value) {
    return calls.sparseValue.call([value]);
}
/** The unit square. */
function unitSquare() {
    return calls.unitSquare.call([]);
}
/** Rust's message for an `ArithmeticError` received from the bindings. */
function arithmeticErrorMessage(error) {
    return calls.arithmeticErrorMessage.call([error]);
}
/** `a / b`, failing on division by zero and on `i32::MIN / -1`. */
function divide(a, b) {
    return calls.divide.call([a, b]);
}
/**
 * Returns the error unchanged: a rich error as an ordinary argument and return value, not
 * thrown.
 */
function echoValidationError(error) {
    return calls.echoValidationError.call([error]);
}
/**
 * Always fails with `ClashError::Clash { message: "field message", name: "field name",
 * stack: ["frame 1", "frame 2"], cause: Some("field cause"), code: -1 }`.
 */
function failClash() {
    return calls.failClash.call([]);
}
/**
 * Fails with a `ValidationError`: 0 `Empty`, 1 `OutOfRange` (value `i64::MIN`, max
 * `u64::MAX`), 2 `BadCharacter("€", 7)`, 3 `Many`, 4 `WrongDirection`, anything else
 * `Numeric` (ratio NaN).
 */
function failValidation(which) {
    return calls.failValidation.call([which]);
}
/** {@link failValidation}, asynchronously (fails after yielding once). */
async function failValidationAsync(which, options) {
    return await calls.failValidationAsync.call([which], options);
}
/** Panics with `message` inside a future, after yielding once. */
async function panicAsync(message, options) {
    return await calls.panicAsync.call([message], options);
}
/** Panics in a function that declares an error type: the panic is not the declared error. */
function panicInsteadOfError(message) {
    return calls.panicInsteadOfError.call([message]);
}
/**
 * Panics with a payload that is not a string (`std::panic::panic_any(42u32)`): UniFFI then has
 * no message to send.
 */
function panicNonString() {
    return calls.panicNonString.call([]);
}
/** Panics with `message` and a formatted number, from a function that would return a value. */
function panicReturning(message, n) {
    return calls.panicReturning.call([message, n]);
}
/** Panics with `message`. */
function panicWith(message) {
    return calls.panicWith.call([message]);
}
/**
 * Parses a percentage: `"0"`..`"100"`. Empty input, a non-digit character or a value over 100
 * fail with the matching `ValidationError`; a success returns a record.
 */
function parsePercent(input) {
    return calls.parsePercent.call([input]);
}
/**
 * Succeeds with `"stored"` for 0; fails with `NotFound` for 1, `PermissionDenied` for 2,
 * `DiskFull` for anything else.
 */
function store(which) {
    return calls.store.call([which]);
}
/** {@link store}, asynchronously (fails after yielding once). */
async function storeAsync(which, options) {
    return await calls.storeAsync.call([which], options);
}
/** Rust's `Display` of a rich error received from the bindings. */
function validationErrorMessage(error) {
    return calls.validationErrorMessage.call([error]);
}
/** Returns the boolean unchanged. */
function echoBool(value) {
    return calls.echoBool.call([value]);
}
/** Returns the `f32` unchanged, NaN payload and sign of zero included. */
function echoF32(value) {
    return calls.echoF32.call([value]);
}
/** Returns the `f64` unchanged, NaN payload and sign of zero included. */
function echoF64(value) {
    return calls.echoF64.call([value]);
}
/** Returns the integer unchanged. */
function echoI16(value) {
    return calls.echoI16.call([value]);
}
/** Returns the integer unchanged. */
function echoI32(value) {
    return calls.echoI32.call([value]);
}
/** Returns the integer unchanged. */
function echoI64(value) {
    return calls.echoI64.call([value]);
}
/** Returns the integer unchanged. */
function echoI8(value) {
    return calls.echoI8.call([value]);
}
/** Returns the string unchanged. */
function echoString(value) {
    return calls.echoString.call([value]);
}
/** Returns the string unchanged, asynchronously (after yielding once). */
async function echoStringAsync(value, options) {
    return await calls.echoStringAsync.call([value], options);
}
/** Returns the integer unchanged. */
function echoU16(value) {
    return calls.echoU16.call([value]);
}
/** Returns the integer unchanged. */
function echoU32(value) {
    return calls.echoU32.call([value]);
}
/** Returns the integer unchanged. */
function echoU64(value) {
    return calls.echoU64.call([value]);
}
/** Returns the integer unchanged. */
function echoU8(value) {
    return calls.echoU8.call([value]);
}
/** The empty string. */
function emptyString() {
    return calls.emptyString.call([]);
}
/** `f32::EPSILON`. */
function f32Epsilon() {
    return calls.f32Epsilon.call([]);
}
/** The `f32` with this IEEE 754 bit pattern (any NaN payload, any sign). */
function f32FromBits(bits) {
    return calls.f32FromBits.call([bits]);
}
/** `f32::INFINITY`. */
function f32Infinity() {
    return calls.f32Infinity.call([]);
}
/** `f32::MIN`, the most negative finite `f32`. */
function f32Lowest() {
    return calls.f32Lowest.call([]);
}
/** `f32::MAX`, the largest finite `f32`. */
function f32Max() {
    return calls.f32Max.call([]);
}
/** `f32::MIN_POSITIVE`, the smallest positive normal `f32`. */
function f32MinPositive() {
    return calls.f32MinPositive.call([]);
}
/** `f32::NAN`, a quiet NaN. */
function f32Nan() {
    return calls.f32Nan.call([]);
}
/** `f32::NEG_INFINITY`. */
function f32NegInfinity() {
    return calls.f32NegInfinity.call([]);
}
/** Negative zero as an `f32`. */
function f32NegZero() {
    return calls.f32NegZero.call([]);
}
/** The smallest positive subnormal `f32` (bit pattern 1). */
function f32SmallestSubnormal() {
    return calls.f32SmallestSubnormal.call([]);
}
/** The IEEE 754 bit pattern of the `f32` Rust received. */
function f32ToBits(value) {
    return calls.f32ToBits.call([value]);
}
/** The `f32` as Rust received it, printed with `{:?}` (`NaN`, `-0.0`, `inf`, `1e-45`...). */
function f32ToString(value) {
    return calls.f32ToString.call([value]);
}
/** `f64::EPSILON`. */
function f64Epsilon() {
    return calls.f64Epsilon.call([]);
}
/** The `f64` with this IEEE 754 bit pattern (any NaN payload, any sign). */
function f64FromBits(bits) {
    return calls.f64FromBits.call([bits]);
}
/** `f64::INFINITY`. */
function f64Infinity() {
    return calls.f64Infinity.call([]);
}
/** `f64::MIN`, the most negative finite `f64`. */
function f64Lowest() {
    return calls.f64Lowest.call([]);
}
/** `f64::MAX`, the largest finite `f64`. */
function f64Max() {
    return calls.f64Max.call([]);
}
/** `f64::MIN_POSITIVE`, the smallest positive normal `f64`. */
function f64MinPositive() {
    return calls.f64MinPositive.call([]);
}
/** `f64::NAN`, a quiet NaN. */
function f64Nan() {
    return calls.f64Nan.call([]);
}
/** `f64::NEG_INFINITY`. */
function f64NegInfinity() {
    return calls.f64NegInfinity.call([]);
}
/** Negative zero as an `f64`. */
function f64NegZero() {
    return calls.f64NegZero.call([]);
}
/** The smallest positive subnormal `f64` (bit pattern 1). */
function f64SmallestSubnormal() {
    return calls.f64SmallestSubnormal.call([]);
}
/** The IEEE 754 bit pattern of the `f64` Rust received. */
function f64ToBits(value) {
    return calls.f64ToBits.call([value]);
}
/** The `f64` as Rust received it, printed with `{:?}` (`NaN`, `-0.0`, `inf`, `1e-45`...). */
function f64ToString(value) {
    return calls.f64ToString.call([value]);
}
/** The largest `i16`: 32767. */
function i16Max() {
    return calls.i16Max.call([]);
}
/** The smallest `i16`: -32768. */
function i16Min() {
    return calls.i16Min.call([]);
}
/** The integer as Rust received it, in decimal. */
function i16ToString(value) {
    return calls.i16ToString.call([value]);
}
/** The largest `i32`: 2147483647. */
function i32Max() {
    return calls.i32Max.call([]);
}
/** The smallest `i32`: -2147483648. */
function i32Min() {
    return calls.i32Min.call([]);
}
/** The integer as Rust received it, in decimal. */
function i32ToString(value) {
    return calls.i32ToString.call([value]);
}
/** The largest `i64`: 9223372036854775807. */
function i64Max() {
    return calls.i64Max.call([]);
}
/** The smallest `i64`: -9223372036854775808. */
function i64Min() {
    return calls.i64Min.call([]);
}
/** The integer as Rust received it, in decimal. */
function i64ToString(value) {
    return calls.i64ToString.call([value]);
}
/** The largest `i8`: 127. */
function i8Max() {
    return calls.i8Max.call([]);
}
/** The smallest `i8`: -128. */
function i8Min() {
    return calls.i8Min.call([]);
}
/** The integer as Rust received it, in decimal. */
function i8ToString(value) {
    return calls.i8ToString.call([value]);
}
/** Returns the opposite boolean. */
function negate(value) {
    return calls.negate.call([value]);
}
/**
 * `value` repeated `count` times: builds strings of any size (`repeat_string("ab", 3)` is
 * `"ababab"`).
 */
function repeatString(value, count) {
    return calls.repeatString.call([value, count]);
}
/**
 * The byte length of a string passed by reference (`&str`: `by_ref` in the metadata, the same
 * wire format as `String`).
 */
function strByteLen(value) {
    return calls.strByteLen.call([value]);
}
/** The length of the string in UTF-8 bytes, as Rust received it. */
function stringByteLen(value) {
    return calls.stringByteLen.call([value]);
}
/** The number of Unicode scalar values (Rust `char`s) in the string. */
function stringCharCount(value) {
    return calls.stringCharCount.call([value]);
}
/** The Unicode scalar values of the string, in order: what Rust received, exactly. */
function stringCodePoints(value) {
    return calls.stringCodePoints.call([value]);
}
/**
 * Builds a string from Unicode scalar values; `undefined` if one of them is not a scalar value
 * (a surrogate, or above `0x10FFFF`).
 */
function stringFromCodePoints(codePoints) {
    return calls.stringFromCodePoints.call([codePoints]);
}
/** A string containing NUL characters: `"a\0b\0"` (4 bytes). */
function stringWithNul() {
    return calls.stringWithNul.call([]);
}
/** The largest `u16`: 65535. */
function u16Max() {
    return calls.u16Max.call([]);
}
/** The smallest `u16`: 0. */
function u16Min() {
    return calls.u16Min.call([]);
}
/** The integer as Rust received it, in decimal. */
function u16ToString(value) {
    return calls.u16ToString.call([value]);
}
/** The largest `u32`: 4294967295. */
function u32Max() {
    return calls.u32Max.call([]);
}
/** The smallest `u32`: 0. */
function u32Min() {
    return calls.u32Min.call([]);
}
/** The integer as Rust received it, in decimal. */
function u32ToString(value) {
    return calls.u32ToString.call([value]);
}
/** The largest `u64`: 18446744073709551615. */
function u64Max() {
    return calls.u64Max.call([]);
}
/** The smallest `u64`: 0. */
function u64Min() {
    return calls.u64Min.call([]);
}
/** The integer as Rust received it, in decimal. */
function u64ToString(value) {
    return calls.u64ToString.call([value]);
}
/** The largest `u8`: 255. */
function u8Max() {
    return calls.u8Max.call([]);
}
/** The smallest `u8`: 0. */
function u8Min() {
    return calls.u8Min.call([]);
}
/** The integer as Rust received it, in decimal. */
function u8ToString(value) {
    return calls.u8ToString.call([value]);
}
/**
 * A string that exercises UTF-8: ASCII, Latin-1, Greek, Cyrillic, CJK, right-to-left Arabic
 * and Hebrew, a combining accent, emoji outside the Basic Multilingual Plane (including a ZWJ
 * sequence and a flag), a private-use character, U+FFFF, U+10FFFF and an embedded NUL.
 */
function unicodeSample() {
    return calls.unicodeSample.call([]);
}
/**
 * A function named `await` (`r#await` in Rust), reserved in JavaScript modules. Returns
 * `r#yield + 1`.
 */
function await_(yield_) {
    return calls.await.call([yield_]);
}
/** A function named `constructor`. */
function constructor() {
    return calls.constructor.call([]);
}
/**
 * A function named `delete` (a JavaScript operator) whose arguments are named `default_` and
 * `new_`. Returns `"<default>:<new>"`.
 */
function delete_(default_, new_) {
    return calls.delete.call([default_, new_]);
}
/** Returns the record unchanged. */
function echoCasing(value) {
    return calls.echoCasing.call([value]);
}
/** Returns the record unchanged. */
function echoKeywords(value) {
    return calls.echoKeywords.call([value]);
}
/** Returns the variant unchanged. */
function echoLiteral(value) {
    return calls.echoLiteral.call([value]);
}
/** Returns the record unchanged. */
function echoMapRecord(value) {
    return calls.echoMapRecord.call([value]);
}
/** Returns the enum unchanged. */
function echoOldEnum(value) {
    return calls.echoOldEnum.call([value]);
}
/** Returns the enum unchanged (exported under its foreign names). */
function echoRustEnum(value) {
    return calls.echoRustEnum.call([value]);
}
/** Returns the record unchanged (exported under its foreign names). */
function echoRustRecord(value) {
    return calls.echoRustRecord.call([value]);
}
/** Returns the symbol unchanged. */
function echoSymbol(value) {
    return calls.echoSymbol.call([value]);
}
/** Returns the value unchanged. */
function echoValue(value) {
    return calls.echoValue.call([value]);
}
/**
 * A function named `instanceof`, taking `class_` and `function_`. Returns whether they are
 * equal.
 */
function instanceof_(class_, function_) {
    return calls.instanceof.call([class_, function_]);
}
/** A function named `new`. */
function new_() {
    return calls.new.call([]);
}
/**
 * Renamed in `uniffi.toml` to `new_function`; its argument `old_arg` to `newArg`. Returns the
 * record with `old_field` set to `old_arg`.
 */
function newFunction(newArg, kept) {
    return calls.newFunction.call([newArg, kept]);
}
/**
 * Exported as `renamed_in_rust` (`#[uniffi::export(name = ...)]`); the Rust function is
 * `rust_side_name`.
 */
function renamedInRust(value) {
    return calls.renamedInRust.call([value]);
}
/** A `Keywords` with every field set (`then` is `undefined`). */
function sampleKeywords() {
    return calls.sampleKeywords.call([]);
}
/**
 * Arguments named after words reserved in strict-mode JavaScript or TypeScript: `arguments_`,
 * `eval_`, `this_`, `interface_`, `package_`, `private_`, `let_`, `static_`, `implements_`, `protected_`.
 * Returns their sum.
 */
function strictModeNames(arguments_, eval_, this_, interface_, package_, private_, let_, static_, implements_, protected_) {
    return calls.strictModeNames.call([arguments_, eval_, this_, interface_, package_, private_, let_, static_, implements_, protected_]);
}
/**
 * A function named `typeof` (a reserved word in Rust too: `r#typeof`). Returns the argument's
 * length.
 */
function typeof_(enum_) {
    return calls.typeof.call([enum_]);
}
/** A function named `void`. Returns its argument. */
function void_(in_) {
    return calls.void.call([in_]);
}
/** The `Settings` Rust builds with the same defaults as the record declares, for `name`. */
function defaultSettings(name) {
    return calls.defaultSettings.call([name]);
}
/** Returns the record unchanged. */
function echoEverything(value) {
    return calls.echoEverything.call([value]);
}
/** Returns the line unchanged. */
function echoLine(line) {
    return calls.echoLine.call([line]);
}
/** Returns the empty record unchanged. */
function echoNothing(value) {
    return calls.echoNothing.call([value]);
}
/** Returns the path unchanged. */
function echoPath(path) {
    return calls.echoPath.call([path]);
}
/** Returns the settings unchanged. */
function echoSettings(settings) {
    return calls.echoSettings.call([settings]);
}
/** Returns the one-field record unchanged. */
function echoWrapper(value) {
    return calls.echoWrapper.call([value]);
}
/** A linked list holding `values` in order; `undefined` for an empty list. */
function linkedList(values) {
    return calls.linkedList.call([values]);
}
/** The values of a linked list, in order. */
function linkedListValues(head) {
    return calls.linkedListValues.call([head]);
}
/** Builds a path through `points` and computes its bounding box. */
function makePath(name, points) {
    return calls.makePath.call([name, points]);
}
/**
 * A complete tree of the given depth (1 = a single leaf) and fan-out; labels are paths such
 * as `"root/0/2"`.
 */
function makeTree(depth, fanout) {
    return calls.makeTree.call([depth, fanout]);
}
/** Total length of the path's segments. */
function pathLength(path) {
    return calls.pathLength.call([path]);
}
/** A point from polar coordinates (angle in radians). */
function pointFromPolar(radius, angle) {
    return calls.pointFromPolar.call([radius, angle]);
}
/** The point (0, 0). */
function pointOrigin() {
    return calls.pointOrigin.call([]);
}
/** An `Everything` with every field set to a non-trivial value. */
function sampleEverything() {
    return calls.sampleEverything.call([]);
}
/**
 * Whether `settings` equals {@link defaultSettings} for its name: lets a test check, on the Rust
 * side, that a record built from the generated defaults is exactly the declared one.
 */
function settingsAreDefault(settings) {
    return calls.settingsAreDefault.call([settings]);
}
/** The versions sorted by Rust's `Ord`. */
function sortVersions(versions) {
    return calls.sortVersions.call([versions]);
}
/** Number of nodes in the tree. */
function treeSize(tree) {
    return calls.treeSize.call([tree]);
}
/** A version from its three parts. */
function version(major, minor, patch) {
    return calls.version.call([major, minor, patch]);
}
/** `value` plus `delta`; `undefined` if the result is not representable. */
function addDuration(value, delta) {
    return calls.addDuration.call([value, delta]);
}
/** When the appointment ends (`start + length`); `undefined` if not representable. */
function appointmentEnd(value) {
    return calls.appointmentEnd.call([value]);
}
/** The duration in seconds, as an `f64` (rounded for long durations). */
function durationAsSecsF64(value) {
    return calls.durationAsSecsF64.call([value]);
}
/** How long from `earlier` to `later`; `undefined` if `later` is before `earlier`. */
function durationBetween(earlier, later) {
    return calls.durationBetween.call([earlier, later]);
}
/**
 * A duration of `seconds` and `nanos` (nanoseconds of a second or more carry into the seconds;
 * panics if that overflows `u64` seconds).
 */
function durationFromParts(seconds, nanos) {
    return calls.durationFromParts.call([seconds, nanos]);
}
/**
 * The largest duration: `u64::MAX` seconds and 999 999 999 nanoseconds (far beyond what a
 * JavaScript number of milliseconds holds exactly).
 */
function durationMax() {
    return calls.durationMax.call([]);
}
/** One nanosecond. */
function durationOneNano() {
    return calls.durationOneNano.call([]);
}
/** Splits a duration into seconds and nanoseconds, as Rust received it. */
function durationParts(value) {
    return calls.durationParts.call([value]);
}
/** The zero duration. */
function durationZero() {
    return calls.durationZero.call([]);
}
/** Returns the appointment unchanged. */
function echoAppointment(value) {
    return calls.echoAppointment.call([value]);
}
/** Returns the duration unchanged. */
function echoDuration(value) {
    return calls.echoDuration.call([value]);
}
/** Returns the timestamp unchanged. */
function echoTimestamp(value) {
    return calls.echoTimestamp.call([value]);
}
/** Returns the timestamp unchanged, asynchronously (after yielding once). */
async function echoTimestampAsync(value, options) {
    return await calls.echoTimestampAsync.call([value], options);
}
/** The current time, from Rust's clock. */
function now() {
    return calls.now.call([]);
}
/** `value` minus `delta`; `undefined` if the result is not representable. */
function subDuration(value, delta) {
    return calls.subDuration.call([value, delta]);
}
/**
 * The instant `seconds + nanos / 1e9` seconds after the epoch (floor convention: `seconds` may
 * be negative for instants before 1970, `nanos` always counts forward, so `(-1, 500_000_000)`
 * is half a second *before* the epoch). `nanos` of a second or more carries into the seconds.
 */
function timestampFromParts(seconds, nanos) {
    return calls.timestampFromParts.call([seconds, nanos]);
}
/** Splits a timestamp into floor-based parts: the inverse of {@link timestampFromParts}. */
function timestampParts(value) {
    return calls.timestampParts.call([value]);
}
/** 1970-01-01T00:00:00Z. */
function unixEpoch() {
    return calls.unixEpoch.call([]);
}
