/**
 * What the evaluator accepts at most. A block parameter is a short path or comparison; the
 * bounds keep the parser (recursive, inside jsep) and the evaluator (recursive, here) far from
 * the stack limit of any browser, and a hostile definition from costing real time.
 */
export const MAX_EXPRESSION_LENGTH = 2_000;
export const MAX_EXPRESSION_DEPTH = 100;
