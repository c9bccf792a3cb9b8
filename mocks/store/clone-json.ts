/**
 * A JSON copy (what JSON.parse(JSON.stringify(value)) makes), so no caller's object is
 * shared with the store. An own `__proto__` key (JSON can carry one) is dropped: copied
 * with Object.assign it would set a prototype. Iterative, so a deeply nested definition
 * cannot overflow the stack the way JSON.stringify does.
 */
export function cloneJson<T>(value: T): T {
  const result: { value?: unknown } = {};
  // [the source value, where its copy goes]
  const stack: [unknown, (copy: unknown) => void][] = [
    [
      value,
      (copy) => {
        result.value = copy;
      },
    ],
  ];
  while (stack.length > 0) {
    const [source, place] = stack.pop() as [unknown, (copy: unknown) => void];
    let item = source;
    if (
      typeof item === 'object' &&
      item !== null &&
      typeof (item as { toJSON?: unknown }).toJSON === 'function'
    ) {
      item = (item as { toJSON: () => unknown }).toJSON();
    }
    if (item === null || typeof item === 'string' || typeof item === 'boolean') place(item);
    else if (typeof item === 'number') place(Number.isFinite(item) ? item : null);
    else if (Array.isArray(item)) {
      const copy: unknown[] = new Array(item.length).fill(null);
      place(copy);
      item.forEach((element, index) => {
        stack.push([element, (inner) => (copy[index] = inner === undefined ? null : inner)]);
      });
    } else if (typeof item === 'object') {
      const copy: Record<string, unknown> = {};
      place(copy);
      for (const [key, element] of Object.entries(item)) {
        if (key === '__proto__') continue;
        copy[key] = null; // keeps the key order; removed below if the value has no JSON form
        stack.push([
          element,
          (inner) => {
            if (inner === undefined) delete copy[key];
            else copy[key] = inner;
          },
        ]);
      }
    } else place(undefined);
  }
  return result.value as T;
}
