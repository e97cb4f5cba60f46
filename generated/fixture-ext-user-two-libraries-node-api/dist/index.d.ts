import { ObjectConverter, RecordConverter, TaggedEnumConverter, UniffiObject } from './runtime';
import type { AsyncCallOptions } from './runtime';
import { AccountId, BaseSettings, Currency, Money, MoneyError, Pricing, PricingInterface, Wallet } from '../../fixture-ext-base-node-api';
export { AbortError, Duration, LibraryLoadError, ObjectDestroyedError, RustPanic, Timestamp, UniffiError, } from './runtime';
export type { AsyncCallOptions } from './runtime';
/** Where an invoice stands: a local enum with external types in its variants. */
export type PaymentStatus = {
    tag: 'Unpaid';
    /** The amount due. */
    due: Money;
} | {
    tag: 'PartiallyPaid';
    /** What is left to pay. */
    remaining: Money;
} | {
    tag: 'Paid';
    inner: [AccountId];
};
/** Constructors of each variant of {@link PaymentStatus}. */
export declare const PaymentStatus: {
    /** Nothing paid. */
    readonly Unpaid: (fields: {
        due: Money;
    }) => Extract<PaymentStatus, {
        tag: "Unpaid";
    }>;
    /** Partly paid. */
    readonly PartiallyPaid: (fields: {
        remaining: Money;
    }) => Extract<PaymentStatus, {
        tag: "PartiallyPaid";
    }>;
    /** Fully paid, by this account. */
    readonly Paid: (v0: AccountId) => Extract<PaymentStatus, {
        tag: "Paid";
    }>;
};
/** An invoice: external enum, record and custom type as fields, in `Vec` and `Option` too. */
export interface Invoice {
    /** Invoice number. */
    number: number;
    /** Who pays (external custom type). */
    customer: AccountId;
    /** The invoice's currency (external enum). */
    currency: Currency;
    /** The lines. */
    lines: InvoiceLine[];
    /** How much was paid already, if anything (external record in an `Option`). */
    paid: Money | undefined;
}
/** One line of an invoice: an external record inside a local record. */
export interface InvoiceLine {
    /** What is sold. */
    description: string;
    /** Price of one unit (external record). */
    unitPrice: Money;
    /** How many units. */
    quantity: number;
}
/** A local record with a defaulted field of an external record whose fields all default. */
export interface UserSettings {
    /** The user's name. */
    name: string;
    /** The base crate's settings, by default all of their defaults. */
    base?: BaseSettings;
}
/**
 * The factory of {@link UserSettings}.
 */
export declare const UserSettings: {
    /**
     * A complete UserSettings: the fields given, and every omitted one (or `undefined`) with its
     * Rust default. A plain object literal works too: defaults are filled in on the way to Rust.
     */
    readonly create: (fields: {
        name: string;
        base?: BaseSettings;
    }) => UserSettings & {
        base: BaseSettings;
    };
};
/** An account: a local record holding an external object. */
export interface Account {
    /** The account id (external custom type). */
    id: AccountId;
    /** The account's wallet (external object). */
    wallet: Wallet;
}
/** An item priced by a pricing: an external trait as a record field. */
export interface PricedItem {
    /** What is sold. */
    description: string;
    /** How it is priced. */
    pricing: Pricing;
    /** How many. */
    quantity: number;
}
/**
 * A ledger of amounts in one currency: a local object whose methods take and return external
 * types by value.
 */
export declare class Ledger extends UniffiObject {
    /** Makes the class nominal: another class with the same members is not a Ledger. */
    private readonly uniffiTypeLedger;
    /** An empty ledger for `currency` (external enum argument). */
    constructor(currency: Currency);
    /** The recorded amounts, in order. */
    entries(): Money[];
    /** Records an amount; fails with `MoneyError::CurrencyMismatch` for another currency. */
    record(amount: Money): void;
    /** The sum of the entries. */
    total(): Money;
}
/**
 * Volume pricing: every `free_every`-th unit is free. A local object implementing the external
 * trait `Pricing`.
 */
export declare class VolumePricing extends UniffiObject implements PricingInterface {
    /** Makes the class nominal: another class with the same members is not a VolumePricing. */
    private readonly uniffiTypeVolumePricing;
    /** `unit` per unit, every `free_every`-th unit free. */
    constructor(unit: Money, freeEvery: number);
    /** `"<unit> each, 1 in <n> free"`. */
    label(): string;
    /** The price of the units that are not free. */
    price(quantity: number): Money;
}
/** The FFI converter of Invoice: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeInvoice: RecordConverter<Invoice>;
/** The FFI converter of InvoiceLine: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeInvoiceLine: RecordConverter<InvoiceLine>;
/** The FFI converter of UserSettings: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeUserSettings: RecordConverter<UserSettings>;
/** The FFI converter of Account: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeAccount: RecordConverter<Account>;
/** The FFI converter of PricedItem: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypePricedItem: RecordConverter<PricedItem>;
/** The FFI converter of PaymentStatus: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypePaymentStatus: TaggedEnumConverter<PaymentStatus>;
/** The FFI converter of Ledger: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeLedger: ObjectConverter<Ledger>;
/** The FFI converter of VolumePricing: for the bindings of crates that use this type, not for apps. */
export declare const FfiConverterTypeVolumePricing: ObjectConverter<VolumePricing>;
/**
 * `fixture_ext_base::instance_token()` as seen from this library: equal to the token of
 * `fixture-ext-base`'s bindings only when they use this same library.
 */
export declare function baseTokenInUser(): bigint;
/** The invoice with one more line. */
export declare function addLine(invoice: Invoice, line: InvoiceLine): Invoice;
/**
 * Converts with fixed rates (1 EUR = 1.10 USD = 160 JPY), rounding to the nearest minor
 * unit: external record in, external record out, external enum argument.
 */
export declare function convert(money: Money, to: Currency): Money;
/** Rust's view of `settings`: `<name> <currency> <rounding>`. */
export declare function describeUserSettings(settings: UserSettings): string;
/** The account ids, sorted and without duplicates: a custom external type in a `Vec`. */
export declare function distinctCustomers(invoices: Invoice[]): AccountId[];
/**
 * The invoice's total: fails with the external error `MoneyError` if a line is in another
 * currency (`CurrencyMismatch`) or the sum overflows.
 */
export declare function invoiceTotal(invoice: Invoice): Money;
/** {@link invoiceTotal}, asynchronously (after yielding once). */
export declare function invoiceTotalAsync(invoice: Invoice, options?: AsyncCallOptions): Promise<Money>;
/** An invoice with no lines and nothing paid. */
export declare function newInvoice(number: number, customer: AccountId, currency: Currency): Invoice;
/** The payment status, from the total and `paid`. */
export declare function paymentStatus(invoice: Invoice): PaymentStatus;
/** Totals per currency: an external enum as a map key, external records as values. */
export declare function totalsByCurrency(amounts: Money[]): Map<Currency, Money>;
/** The balances of several wallets: external objects in a `Vec`. */
export declare function balances(wallets: Wallet[]): Money[];
/** `fixture_ext_base::live_wallets()` as counted in this library's copy of the base crate. */
export declare function liveWalletsInUser(): bigint;
/**
 * Opens an account with an empty wallet in `currency`: an external object made by this
 * library.
 */
export declare function openAccount(id: AccountId, currency: Currency): Account;
/**
 * Pays the invoice's total from the wallet (withdraws it) and returns the new balance: an
 * external object as an argument.
 */
export declare function payInvoice(invoice: Invoice, wallet: Wallet): Money;
/**
 * A new wallet for the invoice's customer, in its currency, holding its total: an external
 * object as a result.
 */
export declare function walletForInvoice(invoice: Invoice): Wallet;
/** The owner's error, when there is one: an external error enum in an `Option` result. */
export declare function accountProblem(text: string): MoneyError | undefined;
/** The invoice's total, audited against `limit`: an external object as the error type. */
export declare function auditedTotal(invoice: Invoice, limit: bigint): Money;
/** {@link auditedTotal}, asynchronously (after yielding once). */
export declare function auditedTotalAsync(invoice: Invoice, limit: bigint, options?: AsyncCallOptions): Promise<Money>;
/** The cheapest pricing for `quantity`, if any: external traits in a `Vec` and an `Option`. */
export declare function cheapest(pricings: Pricing[], quantity: number): Pricing | undefined;
/**
 * The account id of `text`: a custom type of the base crate over its error enum, as the error
 * type (thrown as `MoneyError.InvalidAccount`).
 */
export declare function customerId(text: string): AccountId;
/** The wallet of the account with `id`, if any: an external object in an `Option`. */
export declare function findWallet(accounts: Account[], id: AccountId): Wallet | undefined;
/** The price of each item. */
export declare function itemPrices(items: PricedItem[]): Money[];
/** An invoice line priced by `pricing`: an external trait as an argument. */
export declare function priceLine(description: string, pricing: Pricing, quantity: number): InvoiceLine;
/** The label of each pricing, by name: external traits as map values. */
export declare function pricingLabels(byName: Map<string, Pricing>): Map<string, string>;
/** The pricing of a line (its unit price): an external trait as a result. */
export declare function pricingOf(line: InvoiceLine): Pricing;
/** The volume pricing as an `Arc<dyn Pricing>`: how to hand it to functions taking a `Pricing`. */
export declare function volumeAsPricing(pricing: VolumePricing): Pricing;
/** The wallets by owner: external custom types as map keys, external objects as values. */
export declare function walletsByOwner(wallets: Wallet[]): Map<AccountId, Wallet>;
