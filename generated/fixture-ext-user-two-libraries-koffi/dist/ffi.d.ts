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
};
/**
 * The `fixture_ext_user` library, called through koffi. It is looked up, first hit wins: at the path in
 * the environment variable `FIXTURE_EXT_USER_LIBRARY_PATH`; in the platform package `fixture-ext-user-two-libraries-koffi-<platform>-<arch>[-<abi>]`;
 * in this package's `prebuilds/<platform>-<arch>/`; then in these folders relative to this package:
 * `.`, `../../target/release`.
 */
export declare const library: UniffiLibrary;
