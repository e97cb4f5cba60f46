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
exports.MAX_ARGUMENT_ELEMENTS = void 0;
/**
 * The runtime shared by every package uniffi-bindgen-ts generates. Generated code imports it;
 * it is copied, unchanged, into each package's `runtime/` folder, with the one transport backend
 * (`transport/ffi-rs.ts` or `transport/koffi.ts`) the package was generated for. Backends are not
 * exported here: the package's `ffi.ts` imports its own.
 */
__exportStar(require("./brand"), exports);
__exportStar(require("./callbacks"), exports);
__exportStar(require("./codec"), exports);
__exportStar(require("./enum-discriminants"), exports);
__exportStar(require("./converters"), exports);
__exportStar(require("./errors"), exports);
__exportStar(require("./errors-converter"), exports);
__exportStar(require("./ffi-types"), exports);
__exportStar(require("./future"), exports);
__exportStar(require("./handle-map"), exports);
__exportStar(require("./library"), exports);
__exportStar(require("./library-lookup"), exports);
__exportStar(require("./rust-call"), exports);
__exportStar(require("./lifting"), exports);
__exportStar(require("./lowering"), exports);
var arena_1 = require("./transport/arena");
Object.defineProperty(exports, "MAX_ARGUMENT_ELEMENTS", { enumerable: true, get: function () { return arena_1.MAX_ARGUMENT_ELEMENTS; } });
__exportStar(require("./objects"), exports);
__exportStar(require("./time"), exports);
