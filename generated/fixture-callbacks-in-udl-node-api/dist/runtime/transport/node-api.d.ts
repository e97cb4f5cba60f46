import type { Transport } from './native';
export { ADDON_PACKAGE, ADDON_VARIABLE } from './node-api/addon';
/** The node-api transport. */
export declare const transport: Transport;
