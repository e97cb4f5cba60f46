// The node-api jest project: tests/transport.ts reads the transport. The addon the packages load
// is set in jest.config.ts (so that child processes inherit it).
process.env.UNIFFI_TS_TEST_TRANSPORT = 'node-api';
