// fast-check inputs for "never throws" properties of the code validators: ordinary strings, any
// UTF-16 code unit (lone surrogates included), and strings made of the characters that matter here
// (digits, X, forbidden letters, full-width forms, separators) so that near-valid codes are common.
import fc from 'fast-check';

const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const relevant = fc.constantFrom(...'0123456789XxAHMNYIOZSV-－ 　１Ｘ'.split(''));

export const anyInput = fc.oneof(
  fc.string(),
  fc.string({ unit: codeUnit }),
  fc.string({ unit: relevant, minLength: 8, maxLength: 20 }),
);
