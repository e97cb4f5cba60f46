// The koffi-portable jest project: koffi's struct path for the RustBuffer helpers (koffi.ts).
process.env.UNIFFI_TS_KOFFI_PORTABLE = '1';
