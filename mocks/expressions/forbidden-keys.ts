// Reading these is how prototype pollution starts; no task data ever needs them.
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Whether a property name is refused everywhere: in expressions and as a parameter name. */
export function isForbiddenKey(key: string): boolean {
  return FORBIDDEN_KEYS.has(key);
}
