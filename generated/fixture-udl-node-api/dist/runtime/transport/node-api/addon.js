"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ADDON_VARIABLE = exports.ADDON_PACKAGE = void 0;
exports.theAddon = theAddon;
exports.slotArea = slotArea;
const host_1 = require("../../host");
const slots_1 = require("./slots");
/** The npm package of the addon; it picks its platform package. */
exports.ADDON_PACKAGE = 'uniffi-bindgen-ts-node-api';
/** Names the addon file to use instead of the package's (development and tests). */
exports.ADDON_VARIABLE = 'UNIFFI_TS_NODE_API_ADDON';
let addon;
function theAddon() {
    if (addon !== undefined)
        return addon;
    const given = (0, host_1.environment)()[exports.ADDON_VARIABLE];
    const path = given !== undefined && given !== '' ? given : (0, host_1.resolveModule)(exports.ADDON_PACKAGE);
    if (path === undefined) {
        throw new Error(`the node-api transport needs its addon, the npm package ${exports.ADDON_PACKAGE} (with its platform package), ` +
            `or ${exports.ADDON_VARIABLE} naming the addon file`);
    }
    addon = (0, host_1.loadAddon)(path);
    return addon;
}
/** This realm's slot area, made by the first package copy that needs it. */
function slotArea(addon) {
    const shared = addon.realmShared();
    if (shared.uniffiSlotArea === undefined) {
        const area = new slots_1.Slots();
        addon.setSlotArea(area.bytes);
        shared.uniffiSlotArea = area;
    }
    return shared.uniffiSlotArea;
}
