/**
 * The full stop of a one-letter word, an initial ("John D. Carnessiotis"): no sentence ends there.
 * For patterns that take a credit line as one sentence at most.
 */
export const INITIAL_STOP = String.raw`(?<=(?:^|[\s(.])\p{L})\.(?=\s)`;
