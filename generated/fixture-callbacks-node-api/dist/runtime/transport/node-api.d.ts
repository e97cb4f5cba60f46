import type { Transport } from './native';
/** The npm package of the addon; it picks its platform package. */
export declare const ADDON_PACKAGE = "uniffi-bindgen-ts-node-api";
/** Names the addon file to use instead of the package's (development and tests). */
export declare const ADDON_VARIABLE = "UNIFFI_TS_NODE_API_ADDON";
/** The node-api transport. */
export declare const transport: Transport;
