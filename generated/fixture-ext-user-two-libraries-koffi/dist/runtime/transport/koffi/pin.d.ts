/** Keeps the library at `path`, and koffi's own addon, mapped until the process ends. */
export declare function pinForProcess(path: string): void;
