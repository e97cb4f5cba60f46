import { CustomConverter, ErrorConverter, FlatEnumConverter, ObjectConverter, RecordConverter, UniffiError, UniffiErrorObject, UniffiObject } from './runtime';
import type { AsyncCallOptions } from './runtime';
export { AbortError, Duration, LibraryLoadError, ObjectDestroyedError, RustPanic, Timestamp, UniffiError, } from './runtime';
export type { AsyncCallOptions } from './runtime';
export type AccountError = MoneyError;
/** An account id such as `"ACC-42"`, carried as a string. */
export type AccountId = string;
/** A currency. */
export type Currency = 'Eur' | 'Usd' | 'Jpy';
/**
 * The variants of {@link Currency}, their Rust discriminants (`discriminant(variant)`,
 * `fromDiscriminant(value)`).
 */
export declare const Currency: {
    /** Euro: 2 decimals. */
    readonly Eur: "Eur";
    /** US dollar: 2 decimals. */
    readonly Usd: "Usd";
    /** Japanese yen: no decimals. */
    readonly Jpy: "Jpy";
} & import("./runtime").EnumDiscriminants<Currency, number>;
/**
 * Settings whose every field has a default: another crate's field of this type may default
 * to `Settings.create()` of this package.
 */
export interface BaseSettings {
    /** The code of the currency used when none is given. */
    currencyCode?: string;
    /** Rounding step, in minor units. */
    rounding?: number;
}
/**
 * The factory of {@link BaseSettings}.
 */
export declare const BaseSettings: {
    /**
     * A complete BaseSettings: the fields given, and every omitted one (or `undefined`) with its
     * Rust default. A plain object literal works too: defaults are filled in on the way to Rust.
     */
    readonly create: (fields?: {
        currencyCode?: string;
        rounding?: number;
    }) => BaseSettings & {
        currencyCode: string;
        rounding: number;
    };
};
/** An amount of money, in minor units (cents for EUR). */
export interface Money {
    /** The amount in minor units; negative for debts. */
    amountMinor: bigint;
    /** The currency. */
    currency: Currency;
}
/** Why a money operation failed. */
export declare class MoneyError extends UniffiError {
    readonly tag: 'CurrencyMismatch' | 'Overflow' | 'InvalidAccount';
}
export declare namespace MoneyError {
    /** The two amounts are in different currencies. */
    class CurrencyMismatch extends MoneyError {
        readonly tag: 'CurrencyMismatch';
        /** Currency of the left operand. */
        readonly left: Currency;
        /** Currency of the right operand. */
        readonly right: Currency;
        constructor(fields: {
            left: Currency;
            right: Currency;
        });
    }
    /** The result does not fit in an `i64`. */
    class Overflow extends MoneyError {
        readonly tag: 'Overflow';
        constructor();
    }
    /** The text is not an account id. */
    class InvalidAccount extends MoneyError {
        readonly tag: 'InvalidAccount';
        /** The rejected text. */
        readonly text: string;
        constructor(fields: {
            text: string;
        });
    }
    /**
     * Every variant of MoneyError. A caught MoneyError narrows to one with `instanceof` (each
     * variant is a class), or, cast to this type, with `switch (error.tag)`.
     */
    type Variant = CurrencyMismatch | Overflow | InvalidAccount;
}
/**
 * Why an audit refused an amount: an object used as an error (`Result<_, Arc<AuditFailure>>`),
 * with `Display` exported.
 */
export declare class AuditFailure extends UniffiErrorObject {
    /** Makes the class nominal: another class with the same members is not an AuditFailure. */
    private readonly uniffiTypeAuditFailure;
    /**
     * Instances come from Rust: AuditFailure has no primary constructor. This one throws; it
     * is public (taking `never`) so that assertions typed with a constructor accept the class:
     * `expect(f).toThrow(AuditFailure)`.
     */
    constructor(_fromRust: never);
    /** The amount refused. */
    amount(): Money;
    /**
     * The {@link instanceToken} of the library running this method: the library that made the
     * failure.
     */
    libraryToken(): bigint;
    /** Why the amount was refused. */
    reason(): string;
    /** The value formatted by Rust's `Display`. */
    toString(): string;
}
/**
 * The methods of the trait {@link Pricing}: implemented by its Rust implementations
 * ({@link Pricing} objects) and by every object class that implements the trait in Rust.
 * Only {@link Pricing} objects cross where Rust takes the trait.
 */
export interface PricingInterface {
    /** The price of `quantity` units. */
    price(quantity: number): Money;
    /** A short description, such as `"1.50 EUR each"`. */
    label(): string;
}
/**
 * How a quantity is priced: a trait implemented in Rust only, here ({@link unitPricing}) and in
 * `fixture-ext-user` (its `VolumePricing` object).
 */
export declare class Pricing extends UniffiObject implements PricingInterface {
    /** Makes the class nominal: another class with the same members is not a Pricing. */
    private readonly uniffiTypePricing;
    /** Instances come from Rust: Pricing has no primary constructor. */
    private constructor();
    /** The price of `quantity` units. */
    price(quantity: number): Money;
    /** A short description, such as `"1.50 EUR each"`. */
    label(): string;
}
/** A wallet holding money in one currency, owned by an account. */
export declare class Wallet extends UniffiObject {
    /** Makes the class nominal: another class with the same members is not a Wallet. */
    private readonly uniffiTypeWallet;
    /** An empty wallet. */
    constructor(owner: AccountId, currency: Currency);
    /** The balance. */
    balance(): Money;
    /** The balance, from an async method. */
    balanceAsync(options?: AsyncCallOptions): Promise<Money>;
    /**
     * Adds `amount` (negative to withdraw) and returns the new balance; the currency must
     * match.
     */
    deposit(amount: Money): Money;
    /**
     * The {@link instanceToken} of the library running this method: the library that made the
     * wallet.
     */
    libraryToken(): bigint;
    /** The owner. */
    owner(): AccountId;
    /**
     * Moves `amount` from this wallet to `to` and returns this wallet's new balance: an object
     * as an argument of a method.
     */
    transferTo(to: Wallet, amount: Money): Money;
}
/** The FFI converter of Currency: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeCurrency: FlatEnumConverter<Currency>;
/** The FFI converter of BaseSettings: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeBaseSettings: RecordConverter<BaseSettings>;
/** The FFI converter of Money: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeMoney: RecordConverter<Money>;
/** The FFI converter of MoneyError: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeMoneyError: ErrorConverter<MoneyError>;
/** The FFI converter of AuditFailure: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeAuditFailure: ObjectConverter<AuditFailure>;
/** The FFI converter of Pricing: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypePricing: ObjectConverter<Pricing>;
/** The FFI converter of Wallet: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeWallet: ObjectConverter<Wallet>;
/** The FFI converter of AccountError: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeAccountError: CustomConverter<MoneyError, MoneyError>;
/** The FFI converter of AccountId: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeAccountId: CustomConverter<string, string>;
export declare const FfiErrorLifterTypeAccountError: import("./runtime").ErrorLifter;
export declare const FfiErrorLifterTypeAuditFailure: import("./runtime").ErrorLifter;
/**
 * The numeric part of an account id. An invalid id fails while Rust lifts the argument, as a
 * `MoneyError.InvalidAccount` (the function's error type).
 */
export declare function accountNumber(id: AccountId): bigint;
/** `a + b`, in the same currency. */
export declare function addMoney(a: Money, b: Money): Money;
/**
 * The amount when it is at most `limit` minor units, else an {@link AuditFailure}. (The crate that
 * defines an error object uses it as an error too: uniffi generates error support for it then.)
 */
export declare function audit(amount: Money, limit: bigint): Money;
/** The amount with its currency code, such as `"12.34 EUR"`, `"-0.05 USD"` or `"1000 JPY"`. */
export declare function formatMoney(money: Money): string;
/**
 * The address of a static of this crate, as a number: identifies which loaded library runs
 * the code. `libfixture_ext_base` and `libfixture_ext_user` each contain a copy of this crate,
 * so they give different tokens (compare with `fixture-ext-user`'s `base_token_in_user`).
 */
export declare function instanceToken(): bigint;
/**
 * How many wallets are alive in *this copy* of the crate: each library that contains
 * `fixture-ext-base` has its own counter.
 */
export declare function liveWallets(): bigint;
/** How many decimal digits the currency's minor unit has (2 for EUR and USD, 0 for JPY). */
export declare function minorDigits(currency: Currency): number;
/** Checks an account id given as plain text. */
export declare function parseAccountId(text: string): AccountId;
/** {@link parseAccountId}, failing with the custom error type. */
export declare function parseAccountStrict(text: string): AccountId;
/** `unit` per unit. */
export declare function unitPricing(unit: Money): Pricing;
