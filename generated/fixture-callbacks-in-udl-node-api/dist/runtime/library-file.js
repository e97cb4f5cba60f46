"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.libraryFileProblem = libraryFileProblem;
exports.headerProblem = headerProblem;
/**
 * A cheap check of a library file before it is opened: that it is a shared library at all, and
 * that the parts its headers point to lie inside the file. A truncated file (an interrupted copy)
 * would otherwise open and fault at the first call (SIGBUS) instead of failing with an error.
 *
 * ELF (Linux, the BSDs, Android), Mach-O 64 (macOS, fat files too) and PE (Windows) are read;
 * anything else is refused. Only headers are read, a few kilobytes whatever the file size.
 */
const host_1 = require("./host");
/** Why the file cannot be a usable library, or undefined when it looks whole. */
function libraryFileProblem(path) {
    let file;
    try {
        file = (0, host_1.openFile)(path);
    }
    catch (error) {
        return `cannot read it (${error.message})`;
    }
    try {
        return headerProblem((offset, length) => new Bytes(file.read(offset, length)), file.size);
    }
    finally {
        file.close();
    }
}
/** Bytes read from the file, with the integer reads the header checks use. */
class Bytes {
    bytes;
    view;
    constructor(bytes) {
        this.bytes = bytes;
        this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
    get length() {
        return this.bytes.length;
    }
    at(index) {
        return this.bytes[index];
    }
    startsWith(prefix) {
        return prefix.every((byte, i) => this.bytes[i] === byte);
    }
    readUInt16LE(at) {
        return this.view.getUint16(at, true);
    }
    readUInt16BE(at) {
        return this.view.getUint16(at, false);
    }
    readUInt32LE(at) {
        return this.view.getUint32(at, true);
    }
    readUInt32BE(at) {
        return this.view.getUint32(at, false);
    }
    readBigUInt64LE(at) {
        return this.view.getBigUint64(at, true);
    }
    readBigUInt64BE(at) {
        return this.view.getBigUint64(at, false);
    }
}
/** The check itself, over a reader: exported for tests. */
function headerProblem(read, size) {
    const magic = read(0, 4);
    if (magic.length < 4)
        return `it is ${size} bytes long, too short for a shared library`;
    if (magic.startsWith([0x7f, 0x45, 0x4c, 0x46]))
        return elfProblem(read, size);
    const word = magic.readUInt32LE(0);
    if (word === 0xfeedfacf)
        return machoProblem(read, size, 0);
    if (magic.readUInt32BE(0) === 0xcafebabe)
        return fatProblem(read, size);
    if (magic.at(0) === 0x4d && magic.at(1) === 0x5a)
        return peProblem(read, size);
    return 'it is not a shared library (no ELF, Mach-O or PE header)';
}
function truncated(what, end, size) {
    return `it is truncated: its ${what} end at byte ${end}, but the file has ${size} bytes (an interrupted copy or build?)`;
}
function elfProblem(read, size) {
    const header = read(0, 64);
    if (header.length < 52)
        return truncated('ELF header', 52, size);
    const is64 = header.at(4) === 2;
    const little = header.at(5) === 1;
    const u16 = (at) => (little ? header.readUInt16LE(at) : header.readUInt16BE(at));
    const u32 = (at) => (little ? header.readUInt32LE(at) : header.readUInt32BE(at));
    const u64 = (at) => Number(little ? header.readBigUInt64LE(at) : header.readBigUInt64BE(at));
    if (is64 && header.length < 64)
        return truncated('ELF header', 64, size);
    const phoff = is64 ? u64(32) : u32(28);
    const shoff = is64 ? u64(40) : u32(32);
    const [phentsize, phnum, shentsize, shnum] = is64
        ? [u16(54), u16(56), u16(58), u16(60)]
        : [u16(42), u16(44), u16(46), u16(48)];
    if (phoff + phentsize * phnum > size)
        return truncated('program headers', phoff + phentsize * phnum, size);
    if (shnum > 0 && shoff + shentsize * shnum > size)
        return truncated('section headers', shoff + shentsize * shnum, size);
    // Every loaded segment's bytes must be in the file.
    const table = read(phoff, phentsize * phnum);
    for (let i = 0; i < phnum; i++) {
        const at = i * phentsize;
        const view = (offset, wide) => wide
            ? Number(little ? table.readBigUInt64LE(at + offset) : table.readBigUInt64BE(at + offset))
            : little
                ? table.readUInt32LE(at + offset)
                : table.readUInt32BE(at + offset);
        const offset = is64 ? view(8, true) : view(4, false);
        const filesz = is64 ? view(32, true) : view(16, false);
        if (offset + filesz > size)
            return truncated(`segment ${i}'s bytes`, offset + filesz, size);
    }
    return undefined;
}
function machoProblem(read, size, base) {
    const header = read(base, 32);
    if (header.length < 32)
        return truncated('Mach-O header', base + 32, size);
    const ncmds = header.readUInt32LE(16);
    const sizeofcmds = header.readUInt32LE(20);
    if (base + 32 + sizeofcmds > size)
        return truncated('load commands', base + 32 + sizeofcmds, size);
    const commands = read(base + 32, sizeofcmds);
    let at = 0;
    for (let i = 0; i < ncmds && at + 8 <= commands.length; i++) {
        const cmd = commands.readUInt32LE(at);
        const cmdsize = commands.readUInt32LE(at + 4);
        if (cmd === 0x19 && at + 56 <= commands.length) {
            // LC_SEGMENT_64: fileoff at 40, filesize at 48.
            const end = base + Number(commands.readBigUInt64LE(at + 40)) + Number(commands.readBigUInt64LE(at + 48));
            if (end > size)
                return truncated(`segment ${i}'s bytes`, end, size);
        }
        if (cmdsize === 0)
            break;
        at += cmdsize;
    }
    return undefined;
}
function fatProblem(read, size) {
    const count = read(4, 4).readUInt32BE(0);
    const archs = read(8, 20 * count);
    for (let i = 0; i < count && (i + 1) * 20 <= archs.length; i++) {
        const offset = archs.readUInt32BE(i * 20 + 8);
        const length = archs.readUInt32BE(i * 20 + 12);
        if (offset + length > size)
            return truncated(`architecture ${i}`, offset + length, size);
    }
    return undefined;
}
function peProblem(read, size) {
    const dos = read(0, 64);
    if (dos.length < 64)
        return truncated('DOS header', 64, size);
    const pe = dos.readUInt32LE(60);
    const header = read(pe, 24);
    if (header.length < 24)
        return truncated('PE header', pe + 24, size);
    const sections = header.readUInt16LE(6);
    const optional = header.readUInt16LE(20);
    const tableAt = pe + 24 + optional;
    const table = read(tableAt, 40 * sections);
    if (table.length < 40 * sections)
        return truncated('section table', tableAt + 40 * sections, size);
    for (let i = 0; i < sections; i++) {
        const rawSize = table.readUInt32LE(i * 40 + 16);
        const rawAt = table.readUInt32LE(i * 40 + 20);
        if (rawAt + rawSize > size)
            return truncated(`section ${i}'s bytes`, rawAt + rawSize, size);
    }
    return undefined;
}
