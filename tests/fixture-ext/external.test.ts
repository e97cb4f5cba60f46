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
    result = user.addLine(result, { description: `x${quantity}`, unitPrice: { amountMinor, currency: 'Eur' }, quantity });
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
    expect(user.paymentStatus({ ...inv, paid: { amountMinor: 1300n, currency: 'Eur' } })).toEqual({ tag: 'Paid', inner: ['ACC-42'] });
    const totals = user.totalsByCurrency([
      { amountMinor: 5n, currency: 'Usd' },
      { amountMinor: 7n, currency: 'Usd' },
    ]);
    expect(totals.get('Usd')).toEqual({ amountMinor: 12n, currency: 'Usd' });
  });

  test("the base crate's error type is thrown by the user crate, as the base package's class", () => {
    const mixed = user.addLine(invoice([[1, 1n]]), { description: 'usd', unitPrice: { amountMinor: 1n, currency: 'Usd' }, quantity: 1 });
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

  test("an object is refused by the other library, with a clear error instead of undefined behaviour", () => {
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
    expect(() => userTwo.balances([wallet])).toThrow(/a Wallet object belongs to .*libfixture_ext_base\.so and cannot be passed to a function of .*libfixture_ext_user\.so/);
    expect(userTwo.liveWalletsInUser()).toBe(before);
    wallet.destroy();
    expect(base.liveWallets()).toBe(0n);
  });
});
