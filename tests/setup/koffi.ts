// The koffi jest project: tests/transport.ts reads this, and child processes inherit it.
process.env.UNIFFI_TS_TEST_TRANSPORT = 'koffi';
