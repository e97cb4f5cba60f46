// Defaulted object fields and arguments (crates/fixtures/real-world/src/object-defaults.rs): the
// default is a new object from its no-argument primary constructor, as in uniffi's reference
// bindings, made once per value (the check, size and write passes, and later sendings, share it); a record whose
// fields all default (the object among them) is itself a default.
import {
  Nested,
  Object_,
  Slot,
  WithObject,
  nestedSerial,
  objectSerial,
  objectsConstructed,
  slotSerial,
  withObjectSerial,
  withObjectSerials,
} from '../../generated/fixture-real-world';

test('an omitted object field is built once per record (not once per lowering pass)', () => {
  const before = objectsConstructed();
  const first = withObjectSerial({});
  expect(objectsConstructed()).toBe(before + 1n);
  expect(first).toBe(before + 1n);
  const second = withObjectSerial({ count: 2 });
  expect(second).toBe(before + 2n);
  expect(objectsConstructed()).toBe(before + 2n);
});

test('the same record sent again, or twice in one call, keeps the object made for it', () => {
  const record = {};
  const before = objectsConstructed();
  const serial = withObjectSerial(record);
  expect(withObjectSerial(record)).toBe(serial);
  expect(withObjectSerials([record, record, {}])).toEqual([serial, serial, before + 2n]);
  expect(objectsConstructed()).toBe(before + 2n);
  // A field given later wins over the default made for it.
  using mine = new Object_();
  expect(withObjectSerial(Object.assign(record, { object: mine }))).toBe(mine.serial());
});

test('an enum variant with an object default: built once by its constructor, or once when sent without it', () => {
  const before = objectsConstructed();
  const slot = Slot.Filled();
  expect(slot.object).toBeInstanceOf(Object_);
  expect(slotSerial(slot)).toBe(before + 1n);
  expect(objectsConstructed()).toBe(before + 1n);
  // (the variant's type wants the field; the converter still fills in an omitted one)
  expect(slotSerial({ tag: 'Filled', count: 2 } as Slot)).toBe(before + 2n);
  expect(objectsConstructed()).toBe(before + 2n);
  expect(slotSerial(Slot.Empty())).toBe(0n);
  expect(objectsConstructed()).toBe(before + 2n);
});

test('the factory builds the object; a given object is used as is', () => {
  const made = WithObject.create();
  expect(made.object).toBeInstanceOf(Object_);
  expect(made.count).toBe(1);
  expect(withObjectSerial(made)).toBe(made.object.serial());
  using mine = new Object_();
  expect(withObjectSerial({ object: mine })).toBe(mine.serial());
  expect(WithObject.create({ object: mine }).object).toBe(mine);
});

test('the cascade: a record defaulting to a record with an object default', () => {
  const before = objectsConstructed();
  expect(nestedSerial({})).toBe(before + 1n);
  expect(objectsConstructed()).toBe(before + 1n);
  const nested = Nested.create();
  expect(nested.sub.object).toBeInstanceOf(Object_);
  // (typed as a WithObject: a nested record given to the factory is taken as it is)
  expect(nestedSerial(nested)).toBe(nested.sub.object?.serial());
});

test('an argument defaulting to a new object', () => {
  const before = objectsConstructed();
  expect(objectSerial()).toBe(before + 1n);
  using mine = new Object_();
  expect(objectSerial(mine)).toBe(mine.serial());
});
