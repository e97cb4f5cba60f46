/** Why the file cannot be a usable library, or undefined when it looks whole. */
export declare function libraryFileProblem(path: string): string | undefined;
type Read = (offset: number, length: number) => Buffer;
/** The check itself, over a reader: exported for tests. */
export declare function headerProblem(read: Read, size: number): string | undefined;
export {};
