import { helperAbi, SYSV_FREE_ARGUMENT_COUNT, sysvFreeArguments } from '../src/transport/c-abi';

describe('which path each platform takes for the RustBuffer helpers', () => {
  test.each([
    ['linux', 'x64', 'sysv-x64'],
    ['darwin', 'x64', 'sysv-x64'],
    ['freebsd', 'x64', 'sysv-x64'],
    ['linux', 'arm64', 'struct'],
    ['darwin', 'arm64', 'struct'],
    ['android', 'arm64', 'struct'],
    ['linux', 'ia32', 'struct'],
    ['linux', 'riscv64', 'struct'],
    ['win32', 'x64', 'struct'],
    ['win32', 'arm64', 'struct'],
  ] as const)('%s-%s → %s', (platform, arch, abi) => {
    expect(helperAbi(platform, arch)).toBe(abi);
  });

  test('defaults to this process', () => {
    expect(helperAbi()).toBe(helperAbi(process.platform, process.arch));
  });
});

describe('System V scalar layout of rustbuffer_free(RustBuffer, RustCallStatus*)', () => {
  test('the status pointer first, five unused registers, then the three eightbytes', () => {
    const args = sysvFreeArguments(24, 12, 0x1000, 0x2000);
    expect(args).toEqual([0x2000, 0, 0, 0, 0, 0, 24, 12, 0x1000]);
    expect(args).toHaveLength(SYSV_FREE_ARGUMENT_COUNT);
  });
});
