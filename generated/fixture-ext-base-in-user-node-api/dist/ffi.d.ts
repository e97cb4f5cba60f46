/**
 * The C-level view of `fixture_ext_base`: every scaffolding function with its FFI types, and
 * the native library they live in. `index.ts` builds the TypeScript API on top of this.
 */
import { UniffiLibrary } from './runtime';
export declare const ffiFunctions: {
    readonly accountNumber: {
        readonly name: "account_number";
        readonly symbol: "uniffi_fixture_ext_base_fn_func_account_number";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "u64";
        readonly checksum: readonly ["uniffi_fixture_ext_base_checksum_func_account_number", 49217];
    };
    readonly addMoney: {
        readonly name: "add_money";
        readonly symbol: "uniffi_fixture_ext_base_fn_func_add_money";
        readonly args: readonly ["rust_buffer", "rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_ext_base_checksum_func_add_money", 60260];
    };
    readonly audit: {
        readonly name: "audit";
        readonly symbol: "uniffi_fixture_ext_base_fn_func_audit";
        readonly args: readonly ["rust_buffer", "i64"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_ext_base_checksum_func_audit", 31884];
    };
    readonly formatMoney: {
        readonly name: "format_money";
        readonly symbol: "uniffi_fixture_ext_base_fn_func_format_money";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_ext_base_checksum_func_format_money", 58957];
    };
    readonly instanceToken: {
        readonly name: "instance_token";
        readonly symbol: "uniffi_fixture_ext_base_fn_func_instance_token";
        readonly args: readonly [];
        readonly returns: "u64";
        readonly checksum: readonly ["uniffi_fixture_ext_base_checksum_func_instance_token", 57744];
    };
    readonly liveWallets: {
        readonly name: "live_wallets";
        readonly symbol: "uniffi_fixture_ext_base_fn_func_live_wallets";
        readonly args: readonly [];
        readonly returns: "u64";
        readonly checksum: readonly ["uniffi_fixture_ext_base_checksum_func_live_wallets", 39018];
    };
    readonly minorDigits: {
        readonly name: "minor_digits";
        readonly symbol: "uniffi_fixture_ext_base_fn_func_minor_digits";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "u8";
        readonly checksum: readonly ["uniffi_fixture_ext_base_checksum_func_minor_digits", 25343];
    };
    readonly parseAccountId: {
        readonly name: "parse_account_id";
        readonly symbol: "uniffi_fixture_ext_base_fn_func_parse_account_id";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_ext_base_checksum_func_parse_account_id", 38908];
    };
    readonly parseAccountStrict: {
        readonly name: "parse_account_strict";
        readonly symbol: "uniffi_fixture_ext_base_fn_func_parse_account_strict";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_ext_base_checksum_func_parse_account_strict", 1754];
    };
    readonly unitPricing: {
        readonly name: "unit_pricing";
        readonly symbol: "uniffi_fixture_ext_base_fn_func_unit_pricing";
        readonly args: readonly ["rust_buffer"];
        readonly returns: "handle";
        readonly checksum: readonly ["uniffi_fixture_ext_base_checksum_func_unit_pricing", 58373];
    };
    readonly AuditFailure_amount: {
        readonly name: "AuditFailure.amount";
        readonly symbol: "uniffi_fixture_ext_base_fn_method_auditfailure_amount";
        readonly args: readonly ["handle"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_ext_base_checksum_method_auditfailure_amount", 48570];
    };
    readonly AuditFailure_libraryToken: {
        readonly name: "AuditFailure.library_token";
        readonly symbol: "uniffi_fixture_ext_base_fn_method_auditfailure_library_token";
        readonly args: readonly ["handle"];
        readonly returns: "u64";
        readonly checksum: readonly ["uniffi_fixture_ext_base_checksum_method_auditfailure_library_token", 54505];
    };
    readonly AuditFailure_reason: {
        readonly name: "AuditFailure.reason";
        readonly symbol: "uniffi_fixture_ext_base_fn_method_auditfailure_reason";
        readonly args: readonly ["handle"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_ext_base_checksum_method_auditfailure_reason", 62408];
    };
    readonly AuditFailure_uniffiTraitDisplay: {
        readonly name: "AuditFailure.uniffi_trait_display";
        readonly symbol: "uniffi_fixture_ext_base_fn_method_auditfailure_uniffi_trait_display";
        readonly args: readonly ["handle"];
        readonly returns: "rust_buffer";
    };
    readonly Pricing_price: {
        readonly name: "Pricing.price";
        readonly symbol: "uniffi_fixture_ext_base_fn_method_pricing_price";
        readonly args: readonly ["handle", "u32"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_ext_base_checksum_method_pricing_price", 3457];
    };
    readonly Pricing_label: {
        readonly name: "Pricing.label";
        readonly symbol: "uniffi_fixture_ext_base_fn_method_pricing_label";
        readonly args: readonly ["handle"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_ext_base_checksum_method_pricing_label", 62988];
    };
    readonly Wallet_new: {
        readonly name: "Wallet.new";
        readonly symbol: "uniffi_fixture_ext_base_fn_constructor_wallet_new";
        readonly args: readonly ["rust_buffer", "rust_buffer"];
        readonly returns: "handle";
        readonly checksum: readonly ["uniffi_fixture_ext_base_checksum_constructor_wallet_new", 60267];
    };
    readonly Wallet_balance: {
        readonly name: "Wallet.balance";
        readonly symbol: "uniffi_fixture_ext_base_fn_method_wallet_balance";
        readonly args: readonly ["handle"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_ext_base_checksum_method_wallet_balance", 62961];
    };
    readonly Wallet_balanceAsync: {
        readonly name: "Wallet.balance_async";
        readonly symbol: "uniffi_fixture_ext_base_fn_method_wallet_balance_async";
        readonly args: readonly ["handle"];
        readonly returns: "handle";
        readonly future: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_ext_base_checksum_method_wallet_balance_async", 55865];
    };
    readonly Wallet_deposit: {
        readonly name: "Wallet.deposit";
        readonly symbol: "uniffi_fixture_ext_base_fn_method_wallet_deposit";
        readonly args: readonly ["handle", "rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_ext_base_checksum_method_wallet_deposit", 64713];
    };
    readonly Wallet_libraryToken: {
        readonly name: "Wallet.library_token";
        readonly symbol: "uniffi_fixture_ext_base_fn_method_wallet_library_token";
        readonly args: readonly ["handle"];
        readonly returns: "u64";
        readonly checksum: readonly ["uniffi_fixture_ext_base_checksum_method_wallet_library_token", 62376];
    };
    readonly Wallet_owner: {
        readonly name: "Wallet.owner";
        readonly symbol: "uniffi_fixture_ext_base_fn_method_wallet_owner";
        readonly args: readonly ["handle"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_ext_base_checksum_method_wallet_owner", 59];
    };
    readonly Wallet_transferTo: {
        readonly name: "Wallet.transfer_to";
        readonly symbol: "uniffi_fixture_ext_base_fn_method_wallet_transfer_to";
        readonly args: readonly ["handle", "handle", "rust_buffer"];
        readonly returns: "rust_buffer";
        readonly checksum: readonly ["uniffi_fixture_ext_base_checksum_method_wallet_transfer_to", 56980];
    };
};
/**
 * The `fixture_ext_user` library, called through node-api. It is looked up, first hit wins: at the path in
 * the environment variable `FIXTURE_EXT_BASE_LIBRARY_PATH`; in the platform package `fixture-ext-base-in-user-node-api-<platform>-<arch>[-<abi>]`;
 * in this package's `prebuilds/<platform>-<arch>/`; then in these folders relative to this package:
 * `.`, `../../target/release`.
 */
export declare const library: UniffiLibrary;
