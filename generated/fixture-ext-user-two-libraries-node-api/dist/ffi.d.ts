/**
 * The C-level view of `fixture_ext_user`: every scaffolding function with its FFI types, and
 * the native library they live in. `index.ts` builds the TypeScript API on top of this.
 */
import { UniffiLibrary } from './runtime';
export declare const ffiFunctions: {
    readonly baseTokenInUser: {
        readonly name: "base_token_in_user";
        readonly symbol: "uniffi_fixture_ext_user_fn_func_base_token_in_user";
        readonly args: readonly [];
        readonly returns: "u64";
        readonly checksum: readonly ["uniffi_fixture_ext_user_checksum_func_base_token_in_user", 9551];
    };
    readonly addLine: {
        readonly name: "add_line";
        readonly symbol: "uniffi_fixture_ext_user_fn_func_add_line";
        readonly args: readonly ["rust_buffer", "rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_ext_user_checksum_func_add_line", 30107];
    };
    readonly convert: {
        readonly name: "convert";
        readonly symbol: "uniffi_fixture_ext_user_fn_func_convert";
        readonly args: readonly ["rust_buffer", "rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_ext_user_checksum_func_convert", 48227];
    };
    readonly describeUserSettings: {
        readonly name: "describe_user_settings";
        readonly symbol: "uniffi_fixture_ext_user_fn_func_describe_user_settings";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_ext_user_checksum_func_describe_user_settings", 56487];
    };
    readonly distinctCustomers: {
        readonly name: "distinct_customers";
        readonly symbol: "uniffi_fixture_ext_user_fn_func_distinct_customers";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_ext_user_checksum_func_distinct_customers", 27247];
    };
    readonly invoiceTotal: {
        readonly name: "invoice_total";
        readonly symbol: "uniffi_fixture_ext_user_fn_func_invoice_total";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_ext_user_checksum_func_invoice_total", 59349];
    };
    readonly invoiceTotalAsync: {
        readonly name: "invoice_total_async";
        readonly symbol: "uniffi_fixture_ext_user_fn_func_invoice_total_async";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "handle";
        readonly future: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_ext_user_checksum_func_invoice_total_async", 28746];
    };
    readonly newInvoice: {
        readonly name: "new_invoice";
        readonly symbol: "uniffi_fixture_ext_user_fn_func_new_invoice";
        readonly args: readonly ["u32", "rust_buffer", "rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_ext_user_checksum_func_new_invoice", 20521];
    };
    readonly paymentStatus: {
        readonly name: "payment_status";
        readonly symbol: "uniffi_fixture_ext_user_fn_func_payment_status";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_ext_user_checksum_func_payment_status", 30366];
    };
    readonly totalsByCurrency: {
        readonly name: "totals_by_currency";
        readonly symbol: "uniffi_fixture_ext_user_fn_func_totals_by_currency";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_ext_user_checksum_func_totals_by_currency", 4724];
    };
    readonly balances: {
        readonly name: "balances";
        readonly symbol: "uniffi_fixture_ext_user_fn_func_balances";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_ext_user_checksum_func_balances", 5530];
    };
    readonly liveWalletsInUser: {
        readonly name: "live_wallets_in_user";
        readonly symbol: "uniffi_fixture_ext_user_fn_func_live_wallets_in_user";
        readonly args: readonly [];
        readonly returns: "u64";
        readonly checksum: readonly ["uniffi_fixture_ext_user_checksum_func_live_wallets_in_user", 32630];
    };
    readonly openAccount: {
        readonly name: "open_account";
        readonly symbol: "uniffi_fixture_ext_user_fn_func_open_account";
        readonly args: readonly ["rust_buffer", "rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_ext_user_checksum_func_open_account", 25960];
    };
    readonly payInvoice: {
        readonly name: "pay_invoice";
        readonly symbol: "uniffi_fixture_ext_user_fn_func_pay_invoice";
        readonly args: readonly ["rust_buffer", "handle"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_ext_user_checksum_func_pay_invoice", 62833];
    };
    readonly walletForInvoice: {
        readonly name: "wallet_for_invoice";
        readonly symbol: "uniffi_fixture_ext_user_fn_func_wallet_for_invoice";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "handle";
        readonly checksum: readonly ["uniffi_fixture_ext_user_checksum_func_wallet_for_invoice", 12377];
    };
    readonly accountProblem: {
        readonly name: "account_problem";
        readonly symbol: "uniffi_fixture_ext_user_fn_func_account_problem";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_ext_user_checksum_func_account_problem", 5656];
    };
    readonly auditedTotal: {
        readonly name: "audited_total";
        readonly symbol: "uniffi_fixture_ext_user_fn_func_audited_total";
        readonly args: readonly ["rust_buffer", "i64"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_ext_user_checksum_func_audited_total", 9550];
    };
    readonly auditedTotalAsync: {
        readonly name: "audited_total_async";
        readonly symbol: "uniffi_fixture_ext_user_fn_func_audited_total_async";
        readonly args: readonly ["rust_buffer", "i64"];
        readonly returns: "handle";
        readonly future: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_ext_user_checksum_func_audited_total_async", 12218];
    };
    readonly cheapest: {
        readonly name: "cheapest";
        readonly symbol: "uniffi_fixture_ext_user_fn_func_cheapest";
        readonly args: readonly ["rust_buffer", "u32"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_ext_user_checksum_func_cheapest", 48086];
    };
    readonly customerId: {
        readonly name: "customer_id";
        readonly symbol: "uniffi_fixture_ext_user_fn_func_customer_id";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_ext_user_checksum_func_customer_id", 22738];
    };
    readonly findWallet: {
        readonly name: "find_wallet";
        readonly symbol: "uniffi_fixture_ext_user_fn_func_find_wallet";
        readonly args: readonly ["rust_buffer", "rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_ext_user_checksum_func_find_wallet", 38590];
    };
    readonly itemPrices: {
        readonly name: "item_prices";
        readonly symbol: "uniffi_fixture_ext_user_fn_func_item_prices";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_ext_user_checksum_func_item_prices", 16596];
    };
    readonly priceLine: {
        readonly name: "price_line";
        readonly symbol: "uniffi_fixture_ext_user_fn_func_price_line";
        readonly args: readonly ["rust_buffer", "handle", "u32"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_ext_user_checksum_func_price_line", 17526];
    };
    readonly pricingLabels: {
        readonly name: "pricing_labels";
        readonly symbol: "uniffi_fixture_ext_user_fn_func_pricing_labels";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_ext_user_checksum_func_pricing_labels", 31857];
    };
    readonly pricingOf: {
        readonly name: "pricing_of";
        readonly symbol: "uniffi_fixture_ext_user_fn_func_pricing_of";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "handle";
        readonly checksum: readonly ["uniffi_fixture_ext_user_checksum_func_pricing_of", 21715];
    };
    readonly volumeAsPricing: {
        readonly name: "volume_as_pricing";
        readonly symbol: "uniffi_fixture_ext_user_fn_func_volume_as_pricing";
        readonly args: readonly ["handle"];
        readonly returns: "handle";
        readonly checksum: readonly ["uniffi_fixture_ext_user_checksum_func_volume_as_pricing", 19761];
    };
    readonly walletsByOwner: {
        readonly name: "wallets_by_owner";
        readonly symbol: "uniffi_fixture_ext_user_fn_func_wallets_by_owner";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_ext_user_checksum_func_wallets_by_owner", 24314];
    };
    readonly Ledger_new: {
        readonly name: "Ledger.new";
        readonly symbol: "uniffi_fixture_ext_user_fn_constructor_ledger_new";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "handle";
        readonly checksum: readonly ["uniffi_fixture_ext_user_checksum_constructor_ledger_new", 54567];
    };
    readonly Ledger_entries: {
        readonly name: "Ledger.entries";
        readonly symbol: "uniffi_fixture_ext_user_fn_method_ledger_entries";
        readonly args: readonly ["handle"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_ext_user_checksum_method_ledger_entries", 739];
    };
    readonly Ledger_record: {
        readonly name: "Ledger.record";
        readonly symbol: "uniffi_fixture_ext_user_fn_method_ledger_record";
        readonly args: readonly ["handle", "rust_buffer"];
        readonly returns: "void";
        readonly checksum: readonly ["uniffi_fixture_ext_user_checksum_method_ledger_record", 43395];
    };
    readonly Ledger_total: {
        readonly name: "Ledger.total";
        readonly symbol: "uniffi_fixture_ext_user_fn_method_ledger_total";
        readonly args: readonly ["handle"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_ext_user_checksum_method_ledger_total", 8294];
    };
    readonly VolumePricing_new: {
        readonly name: "VolumePricing.new";
        readonly symbol: "uniffi_fixture_ext_user_fn_constructor_volumepricing_new";
        readonly args: readonly ["rust_buffer", "u32"];
        readonly returns: "handle";
        readonly checksum: readonly ["uniffi_fixture_ext_user_checksum_constructor_volumepricing_new", 54625];
    };
    readonly VolumePricing_label: {
        readonly name: "VolumePricing.label";
        readonly symbol: "uniffi_fixture_ext_user_fn_method_volumepricing_label";
        readonly args: readonly ["handle"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_ext_user_checksum_method_volumepricing_label", 7938];
    };
    readonly VolumePricing_price: {
        readonly name: "VolumePricing.price";
        readonly symbol: "uniffi_fixture_ext_user_fn_method_volumepricing_price";
        readonly args: readonly ["handle", "u32"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_ext_user_checksum_method_volumepricing_price", 1755];
    };
};
/**
 * The `fixture_ext_user` library, called through node-api. It is looked up, first hit wins: at the path in
 * the environment variable `FIXTURE_EXT_USER_LIBRARY_PATH`; in the platform package `fixture-ext-user-two-libraries-node-api-<platform>-<arch>[-<abi>]`;
 * in this package's `prebuilds/<platform>-<arch>/`; then in these folders relative to this package:
 * `.`, `../../target/release`.
 */
export declare const library: UniffiLibrary;
