// External types: one crate's types used by another, with one generated package per crate.
//
// - One cdylib: libfixture_ext_user holds both crates. generated/fixture-ext-user imports the base
//   types from generated/fixture-ext-base-in-user, generated from that same library (--crate).
// - Two cdylibs: generated/fixture-ext-base runs in libfixture_ext_base, a separate copy of the
//   base crate; generated/fixture-ext-user-two-libraries uses its types. Values cross by value.
import * as baseInUser from '../../generated/fixture-ext-base-in-user';
import * as base from '../../generated/fixture-ext-base';
import * as user from '../../generated/fixture-ext-user';
import * as userTwo from '../../generated/fixture-ext-user-two-libraries';
import type { Invoice } from '../../generated/fixture-ext-user';

function invoice(lines: Array<[number, bigint]>): Invoice {
  let result = user.newInvoice(7, 'ACC-42', 'Eur');
  for (const [quantity, amountMinor] of lines) {
    result = user.addLine(result, {
      description: `x${quantity}`,
      unitPrice: { amountMinor, currency: 'Eur' },
      quantity,
    });
  }
  return result;
}

describe('inside one cdylib', () => {
  test('both packages run in the same library', () => {
    expect(baseInUser.instanceToken()).toBe(user.baseTokenInUser());
  });

  test('records, enums, custom types and errors of the base crate cross through the user crate', async () => {
    const inv = invoice([
      [2, 150n],
      [1, 1000n],
    ]);
    expect(inv.customer).toBe('ACC-42');
    expect(user.invoiceTotal(inv)).toEqual({ amountMinor: 1300n, currency: 'Eur' });
    await expect(user.invoiceTotalAsync(inv)).resolves.toEqual({ amountMinor: 1300n, currency: 'Eur' });
    expect(user.paymentStatus(inv)).toEqual({ tag: 'Unpaid', due: { amountMinor: 1300n, currency: 'Eur' } });
    expect(user.paymentStatus({ ...inv, paid: { amountMinor: 1300n, currency: 'Eur' } })).toEqual({
      tag: 'Paid',
      inner: ['ACC-42'],
    });
    const totals = user.totalsByCurrency([
      { amountMinor: 5n, currency: 'Usd' },
      { amountMinor: 7n, currency: 'Usd' },
    ]);
    expect(totals.get('Usd')).toEqual({ amountMinor: 12n, currency: 'Usd' });
  });

  test("the base crate's error type is thrown by the user crate, as the base package's class", () => {
    const mixed = user.addLine(invoice([[1, 1n]]), {
      description: 'usd',
      unitPrice: { amountMinor: 1n, currency: 'Usd' },
      quantity: 1,
    });
    let error: unknown;
    try {
      user.invoiceTotal(mixed);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(baseInUser.MoneyError.CurrencyMismatch);
    expect(error).toMatchObject({ tag: 'CurrencyMismatch', left: 'Eur', right: 'Usd' });
  });

  test('objects of the base crate cross in both directions', () => {
    const wallets0 = user.liveWalletsInUser();
    const wallet = user.walletForInvoice(invoice([[1, 500n]]));
    expect(wallet).toBeInstanceOf(baseInUser.Wallet);
    expect(wallet.balance()).toEqual({ amountMinor: 500n, currency: 'Eur' });
    expect(user.payInvoice(invoice([[1, 200n]]), wallet)).toEqual({ amountMinor: 300n, currency: 'Eur' });
    const other = new baseInUser.Wallet('ACC-1', 'Eur');
    expect(user.balances([wallet, other])).toEqual([
      { amountMinor: 300n, currency: 'Eur' },
      { amountMinor: 0n, currency: 'Eur' },
    ]);
    const account = user.openAccount('ACC-9', 'Jpy');
    expect(account.wallet.owner()).toBe('ACC-9');
    expect(user.liveWalletsInUser() - wallets0).toBe(3n);
    wallet.destroy();
    other.destroy();
    account.wallet.destroy();
    expect(user.liveWalletsInUser()).toBe(wallets0);
  });
});

describe('across two cdylibs', () => {
  test('the base package runs in its own library, a different copy of the base crate', () => {
    expect(base.instanceToken()).not.toBe(userTwo.baseTokenInUser());
  });

  test('values made by one library are used by the other', () => {
    const sum = base.addMoney({ amountMinor: 250n, currency: 'Usd' }, { amountMinor: 50n, currency: 'Usd' });
    const id = base.parseAccountId('ACC-7');
    let inv = userTwo.newInvoice(1, id, 'Usd');
    inv = userTwo.addLine(inv, { description: 'from the other library', unitPrice: sum, quantity: 2 });
    const total = userTwo.invoiceTotal(inv);
    expect(total).toEqual({ amountMinor: 600n, currency: 'Usd' });
    expect(base.formatMoney(total)).toBe('6.00 USD');
    expect(base.minorDigits(total.currency)).toBe(2);
  });

  test("errors made by one library are instances of the other package's classes", () => {
    expect(() => base.parseAccountId('nope')).toThrow(base.MoneyError.InvalidAccount);
    const mixed = userTwo.addLine(userTwo.newInvoice(1, 'ACC-1', 'Eur'), {
      description: 'usd',
      unitPrice: { amountMinor: 1n, currency: 'Usd' },
      quantity: 1,
    });
    expect(() => userTwo.invoiceTotal(mixed)).toThrow(base.MoneyError.CurrencyMismatch);
  });

  test('an object is refused by the other library, with a clear error instead of undefined behaviour', () => {
    const wallet = new base.Wallet('ACC-3', 'Eur');
    expect(() => userTwo.payInvoice(userTwo.newInvoice(1, 'ACC-3', 'Eur'), wallet)).toThrow(
      /a Wallet object belongs to .*libfixture_ext_base\.so and cannot be passed to a function of .*libfixture_ext_user\.so/,
    );
    wallet.destroy();
    expect(base.liveWallets()).toBe(0n);
  });

  test('an object nested in a value is refused the same way (inside a Vec), and nothing leaks', () => {
    const wallet = new base.Wallet('ACC-4', 'Eur');
    const before = userTwo.liveWalletsInUser();
    expect(() => userTwo.balances([wallet])).toThrow(
      /a Wallet object belongs to .*libfixture_ext_base\.so and cannot be passed to a function of .*libfixture_ext_user\.so/,
    );
    expect(userTwo.liveWalletsInUser()).toBe(before);
    wallet.destroy();
    expect(base.liveWallets()).toBe(0n);
  });

  // An object belongs to the library that returned it, whichever package's class it is.
  describe('a base object made by the user library', () => {
    const eur = (amountMinor: bigint) => ({ amountMinor, currency: 'Eur' as const });
    const paid = () =>
      userTwo.addLine(userTwo.newInvoice(1, 'ACC-8', 'Eur'), { description: 'x', unitPrice: eur(150n), quantity: 2 });

    test('is a Wallet of the base package whose methods run in the user library', async () => {
      const inUser = userTwo.liveWalletsInUser();
      const inBase = base.liveWallets();
      const wallet = userTwo.walletForInvoice(paid());
      expect(wallet).toBeInstanceOf(base.Wallet);
      expect(userTwo.liveWalletsInUser()).toBe(inUser + 1n);
      expect(base.liveWallets()).toBe(inBase);
      // The method ran in the copy of the base crate inside the user library.
      expect(wallet.libraryToken()).toBe(userTwo.baseTokenInUser());
      expect(wallet.libraryToken()).not.toBe(base.instanceToken());
      expect(wallet.balance()).toEqual(eur(300n));
      expect(wallet.owner()).toBe('ACC-8');
      expect(wallet.deposit(eur(5n))).toEqual(eur(305n));
      await expect(wallet.balanceAsync()).resolves.toEqual(eur(305n));
      expect(() => wallet.deposit({ amountMinor: 1n, currency: 'Usd' })).toThrow(base.MoneyError.CurrencyMismatch);
      // Freed in the library that made it.
      wallet.destroy();
      expect(userTwo.liveWalletsInUser()).toBe(inUser);
      expect(base.liveWallets()).toBe(inBase);
    });

    test('is taken back by the user library, directly and nested in values', () => {
      const wallet = userTwo.walletForInvoice(paid());
      expect(userTwo.payInvoice(paid(), wallet)).toEqual(eur(0n));
      expect(userTwo.balances([wallet, wallet])).toEqual([eur(0n), eur(0n)]);
      const account = userTwo.openAccount('ACC-9', 'Eur');
      // A wallet nested in a returned record belongs to the user library too.
      expect(account.wallet.libraryToken()).toBe(userTwo.baseTokenInUser());
      expect(userTwo.findWallet([account], 'ACC-9')?.libraryToken()).toBe(userTwo.baseTokenInUser());
      const byOwner = userTwo.walletsByOwner([wallet, account.wallet]);
      expect([...byOwner.keys()].sort()).toEqual(['ACC-8', 'ACC-9']);
      for (const w of byOwner.values()) expect(w.libraryToken()).toBe(userTwo.baseTokenInUser());
      for (const w of [wallet, account.wallet, ...byOwner.values()]) w.destroy();
    });

    test("is refused by the base library, and the base library's objects by its methods", () => {
      const fromUser = userTwo.walletForInvoice(paid());
      const fromBase = new base.Wallet('ACC-8', 'Eur');
      const userLib =
        /a Wallet object belongs to .*libfixture_ext_user\.so and cannot be passed to a function of .*libfixture_ext_base\.so/;
      const baseLib =
        /a Wallet object belongs to .*libfixture_ext_base\.so and cannot be passed to a function of .*libfixture_ext_user\.so/;
      expect(() => fromBase.transferTo(fromUser, eur(1n))).toThrow(userLib);
      expect(() => fromUser.transferTo(fromBase, eur(1n))).toThrow(baseLib);
      // Between two wallets of one library, in that library.
      const other = userTwo.walletForInvoice(paid());
      expect(fromUser.transferTo(other, eur(100n))).toEqual(eur(200n));
      expect(other.balance()).toEqual(eur(400n));
      const second = new base.Wallet('ACC-8', 'Eur');
      expect(fromBase.transferTo(second, eur(0n))).toEqual(eur(0n));
      for (const w of [fromUser, other, fromBase, second]) w.destroy();
      expect(base.liveWallets()).toBe(0n);
    });

    test('an object thrown by the user library as an error: its methods and message come from there', async () => {
      const inv = paid();
      expect(userTwo.auditedTotal(inv, 1000n)).toEqual(eur(300n));
      let error: unknown;
      try {
        userTwo.auditedTotal(inv, 100n);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(base.AuditFailure);
      const failure = error as base.AuditFailure;
      expect(failure.message).toBe('audit refused 3.00 EUR: over the limit of 100');
      expect(failure.reason()).toBe('over the limit of 100');
      expect(failure.amount()).toEqual(eur(300n));
      expect(failure.libraryToken()).toBe(userTwo.baseTokenInUser());
      failure.destroy();
      const rejected = await userTwo.auditedTotalAsync(inv, 10n).catch((e: unknown) => e);
      expect(rejected).toBeInstanceOf(base.AuditFailure);
      expect((rejected as base.AuditFailure).libraryToken()).toBe(userTwo.baseTokenInUser());
      // Made by the base library, it runs there.
      const fromBase = (() => {
        try {
          base.audit(eur(500n), 1n);
        } catch (e) {
          return e as base.AuditFailure;
        }
        throw new Error('base.audit did not throw');
      })();
      expect(fromBase.libraryToken()).toBe(base.instanceToken());
      for (const f of [rejected as base.AuditFailure, fromBase]) f.destroy();
    });

    test('a trait object made by the user library is called there and taken back', () => {
      const pricing = userTwo.volumeAsPricing(new userTwo.VolumePricing(eur(100n), 3));
      expect(pricing).toBeInstanceOf(base.Pricing);
      expect(pricing.label()).toBe('1.00 EUR each, 1 in 3 free');
      expect(userTwo.priceLine('boxes', pricing, 3)).toEqual({
        description: 'boxes',
        unitPrice: eur(66n),
        quantity: 3,
      });
      const fromBase = base.unitPricing(eur(10n));
      expect(() => userTwo.priceLine('x', fromBase, 1)).toThrow(
        /a Pricing object belongs to .*libfixture_ext_base\.so/,
      );
      pricing.destroy();
      fromBase.destroy();
    });
  });
});

// The positions of external types by_value.rs and objects.rs leave out (positions.rs): an
// external object and a custom type over an external error enum as error types, an external
// trait as an argument, a result, a field, in containers, and implemented by a local object.
describe('external types in every position (one cdylib)', () => {
  const eur = (amountMinor: bigint) => ({ amountMinor, currency: 'Eur' as const });

  test("an external object used as the error type: thrown as the base package's class, with its methods", async () => {
    const inv = invoice([[3, 100n]]);
    expect(user.auditedTotal(inv, 1000n)).toEqual(eur(300n));
    let error: unknown;
    try {
      user.auditedTotal(inv, 100n);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(baseInUser.AuditFailure);
    expect(error).toBeInstanceOf(Error);
    const failure = error as baseInUser.AuditFailure;
    expect(failure.message).toBe('audit refused 3.00 EUR: over the limit of 100');
    expect(failure.reason()).toBe('over the limit of 100');
    expect(failure.amount()).toEqual(eur(300n));
    failure.destroy();
    expect(() => user.auditedTotal(inv, 0n)).toThrow(baseInUser.AuditFailure);
    await expect(user.auditedTotalAsync(inv, 10n)).rejects.toThrow(baseInUser.AuditFailure);
    await expect(user.auditedTotalAsync(inv, 10_000n)).resolves.toEqual(eur(300n));
    // The base crate throws it too.
    expect(() => baseInUser.audit(eur(5n), 1n)).toThrow(/audit refused 0.05 EUR/);
  });

  test("a custom type of the base crate over its error enum, as the error type: thrown as the enum's variant", () => {
    expect(user.customerId('ACC-5')).toBe('ACC-5');
    expect(() => user.customerId('nope')).toThrow(baseInUser.MoneyError.InvalidAccount);
    let error: unknown;
    try {
      user.customerId('nope');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(baseInUser.MoneyError);
    expect(error).toMatchObject({ tag: 'InvalidAccount', text: 'nope' });
    expect(() => baseInUser.parseAccountStrict('x')).toThrow(baseInUser.MoneyError.InvalidAccount);
  });

  test('an external trait as an argument, a result, a record field, in Vec, Option and Map', () => {
    const unit = baseInUser.unitPricing(eur(150n));
    expect(unit).toBeInstanceOf(baseInUser.Pricing);
    expect(unit.label()).toBe('1.50 EUR each');
    const line = user.priceLine('pens', unit, 4);
    expect(line).toEqual({ description: 'pens', unitPrice: eur(150n), quantity: 4 });
    const back = user.pricingOf(line);
    expect(back).toBeInstanceOf(baseInUser.Pricing);
    expect(back.price(2)).toEqual(eur(300n));
    const cheap = baseInUser.unitPricing(eur(10n));
    expect(
      user.itemPrices([
        { description: 'a', pricing: unit, quantity: 2 },
        { description: 'b', pricing: cheap, quantity: 3 },
      ]),
    ).toEqual([eur(300n), eur(30n)]);
    expect(user.cheapest([unit, cheap], 1)?.label()).toBe('0.10 EUR each');
    expect(user.cheapest([], 1)).toBeUndefined();
    expect(
      user.pricingLabels(
        new Map([
          ['unit', unit],
          ['cheap', cheap],
        ]),
      ),
    ).toEqual(
      new Map([
        ['unit', '1.50 EUR each'],
        ['cheap', '0.10 EUR each'],
      ]),
    );
    for (const p of [unit, back, cheap]) p.destroy();
  });

  test('a local object implementing the external trait: its class implements PricingInterface', () => {
    const volume = new user.VolumePricing(eur(100n), 3);
    const asInterface: baseInUser.PricingInterface = volume;
    expect(asInterface.price(6)).toEqual(eur(400n));
    expect(volume.label()).toBe('1.00 EUR each, 1 in 3 free');
    // Where Rust takes an `Arc<dyn Pricing>`, only Pricing objects cross (as in the reference
    // bindings, an `Arc<VolumePricing>` is not an `Arc<dyn Pricing>`): convert it in Rust.
    expect(volume).not.toBeInstanceOf(baseInUser.Pricing);
    expect(() => user.priceLine('x', volume as unknown as baseInUser.Pricing, 1)).toThrow(TypeError);
    const asPricing = user.volumeAsPricing(volume);
    expect(user.priceLine('boxes', asPricing, 3)).toEqual({ description: 'boxes', unitPrice: eur(66n), quantity: 3 });
    asPricing.destroy();
    volume.destroy();
  });

  test('external objects in an Option and as Map values, external custom types as Map keys', () => {
    const wallets0 = user.liveWalletsInUser();
    const a = user.openAccount('ACC-1', 'Eur');
    const b = user.openAccount('ACC-2', 'Usd');
    const found = user.findWallet([a, b], 'ACC-2');
    expect(found).toBeInstanceOf(baseInUser.Wallet);
    expect(found?.owner()).toBe('ACC-2');
    expect(user.findWallet([a], 'ACC-9')).toBeUndefined();
    const byOwner = user.walletsByOwner([a.wallet, b.wallet]);
    expect([...byOwner.keys()].sort()).toEqual(['ACC-1', 'ACC-2']);
    expect(byOwner.get('ACC-1')?.balance()).toEqual(eur(0n));
    expect(user.accountProblem('bad')).toMatchObject({ tag: 'InvalidAccount', text: 'bad' });
    expect(user.accountProblem('ACC-3')).toBeUndefined();
    for (const w of [a.wallet, b.wallet, found, ...byOwner.values()]) w?.destroy();
    expect(user.liveWalletsInUser()).toBe(wallets0);
  });
});

describe('a default of an external record', () => {
  // `#[uniffi(default)] base: fixture_ext_base::BaseSettings`, every field of which has a
  // default: the default is the base package's own factory.
  test("an omitted field is the base package's BaseSettings.create()", () => {
    const settings = user.UserSettings.create({ name: 'ann' });
    expect(settings.base).toEqual(baseInUser.BaseSettings.create());
    expect(settings.base).toEqual({ currencyCode: 'EUR', rounding: 5 });
    expect(user.describeUserSettings(settings)).toBe('ann EUR 5');
    expect(user.describeUserSettings({ name: 'bob' } as Parameters<typeof user.describeUserSettings>[0])).toBe(
      'bob EUR 5',
    );
  });

  test('a given one wins, its own omitted fields defaulted', () => {
    const settings = user.UserSettings.create({ name: 'cy', base: baseInUser.BaseSettings.create({ rounding: 10 }) });
    expect(user.describeUserSettings(settings)).toBe('cy EUR 10');
  });
});
