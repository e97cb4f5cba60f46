/**
 * Converters between TypeScript values and UniFFI's representation, one per type, by kind:
 * `base` (the interface and what all share), `scalars`, `strings` (and bytes), `collections`,
 * `records` (records and enums), `custom`. Objects and time have theirs in `objects.ts` and
 * `time.ts`.
 */
export * from './converters/base';
export * from './converters/scalars';
export * from './converters/strings';
export * from './converters/collections';
export * from './converters/records';
export * from './converters/custom';
