/** Why the file cannot be a usable library, or undefined when it looks whole. */
export declare function libraryFileProblem(path: string): string | undefined;
/** Bytes read from the file, with the integer reads the header checks use. */
declare class Bytes {
    private readonly bytes;
    private readonly view;
    constructor(bytes: Uint8Array);
    get length(): number;
    at(index: number): number | undefined;
    startsWith(prefix: readonly number[]): boolean;
    readUInt16LE(at: number): number;
    readUInt16BE(at: number): number;
    readUInt32LE(at: number): number;
    readUInt32BE(at: number): number;
    readBigUInt64LE(at: number): bigint;
    readBigUInt64BE(at: number): bigint;
}
type Read = (offset: number, length: number) => Bytes;
/** The check itself, over a reader: exported for tests. */
export declare function headerProblem(read: Read, size: number): string | undefined;
export {};
