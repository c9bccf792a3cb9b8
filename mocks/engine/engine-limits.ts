/**
 * The engine's bounds: with them no definition can hang the mock, however it nests its loops
 * or however long it asks a DelayBp to wait.
 */

/** The longest a DelayBp may wait: one day. */
export const maxDelayMs = 24 * 60 * 60 * 1_000;

/** The most rounds one loop block may make (RepeatNumBp, IterateListBp, WhileBp). */
export const maxIterations = 1_000;

/** The most blocks one run may start: nested loops multiply, and this bounds their product. */
export const maxStepsPerRun = 100_000;
