/**
 * A small seeded random source (mulberry32): the same seed gives the same IDs and
 * vehicle choices on every run, so tests and snapshots are repeatable. Its whole state
 * is one integer, which a snapshot keeps.
 */
export interface SeededRandom {
  /** A number in [0, 1). */
  next(): number;
  /** An ID shaped like a UUID (version 4 layout), from the seeded stream. */
  id(): string;
  /** The state to resume from (a snapshot keeps it). */
  state(): number;
}

export function createSeededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const hex = (length: number) => {
    let text = '';
    while (text.length < length)
      text += Math.floor(next() * 0x100000000)
        .toString(16)
        .padStart(8, '0');
    return text.slice(0, length);
  };
  return {
    next,
    id: () => {
      const variant = ((Math.floor(next() * 4) + 8) >>> 0).toString(16);
      return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
    },
    state: () => state,
  };
}
