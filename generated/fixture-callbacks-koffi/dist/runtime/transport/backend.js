"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BackendLibrary = void 0;
const handle_map_1 = require("../handle-map");
const arena_1 = require("./arena");
class BackendLibrary {
    pendingFutures = 0;
    handleMaps = new Map();
    takeInto(buffer, into) {
        try {
            this.copyRustBuffer(buffer, into);
        }
        finally {
            this.rustBufferFree(buffer);
        }
    }
    takeBytes(buffer) {
        try {
            return this.rustBufferBytes(buffer);
        }
        finally {
            this.rustBufferFree(buffer);
        }
    }
    takeString(buffer) {
        try {
            const len = buffer.len;
            if (len === 0)
                return '';
            if (len <= arena_1.DATA_SIZE) {
                this.copyToArena(buffer.data, len);
                return this.arena.view.toString('utf8', arena_1.DATA, arena_1.DATA + len);
            }
            return Buffer.from(this.rustBufferBytes(buffer)).toString('utf8');
        }
        finally {
            this.rustBufferFree(buffer);
        }
    }
    /** One handle map per interface and library object: this backend routes no call by handle. */
    foreignHandles(initSymbol) {
        let handles = this.handleMaps.get(initSymbol);
        if (handles === undefined)
            this.handleMaps.set(initSymbol, (handles = new handle_map_1.ForeignHandles()));
        return handles;
    }
    retainContinuation() {
        if (this.pendingFutures++ === 0)
            this.firstFuturePending();
    }
    releaseContinuation() {
        if (--this.pendingFutures === 0)
            this.lastFutureSettled();
    }
    /** Futures started and not yet settled. */
    get futuresPending() {
        return this.pendingFutures;
    }
}
exports.BackendLibrary = BackendLibrary;
