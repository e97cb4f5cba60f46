"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * Converters between TypeScript values and UniFFI's representation, one per type, by kind:
 * `base` (the interface and what all share), `scalars`, `strings` (and bytes), `collections`,
 * `records` (records and enums), `custom`. Objects and time have theirs in `objects.ts` and
 * `time.ts`.
 */
__exportStar(require("./converters/base"), exports);
__exportStar(require("./converters/scalars"), exports);
__exportStar(require("./converters/strings"), exports);
__exportStar(require("./converters/collections"), exports);
__exportStar(require("./converters/records"), exports);
__exportStar(require("./converters/custom"), exports);
