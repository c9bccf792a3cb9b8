/**
 * A reason to stop evaluating, thrown from deep in the tree and caught once by
 * `evaluateExpression`, which turns it into `{ ok: false, reason }`. Never leaves this folder.
 */
export class ExpressionFailure extends Error {
  override readonly name = 'ExpressionFailure';
}
