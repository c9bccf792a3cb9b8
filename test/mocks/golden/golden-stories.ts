/**
 * The stories of the golden test, one per seed: read every record and block record the seed
 * has, run tasks with scenarios, stop, set-error and retry, then every documented failure
 * and injected fault, a last read of what the story made or changed, a snapshot, a reset.
 * Each step's answer is what the golden files keep. The IDs come from the store (its
 * snapshot, what runTask returns), not from the answers, so a broken answer shows as that
 * step's difference instead of changing the story after it.
 */
import { demoStory } from './demo-story.js';
import { docExamplesStory } from './doc-examples-story.js';
import type { Reads } from './story-readers.js';
import type { StoryTeller } from './story-teller.js';

export type GoldenSeed = 'doc-examples' | 'demo';

/** The randomSeed of every golden store: the reference server's own, which it cannot be given. */
export const GOLDEN_RANDOM_SEED = 1;

export const goldenStories: Record<GoldenSeed, (teller: StoryTeller, reads: Reads) => Promise<void>> = {
  'doc-examples': docExamplesStory,
  demo: demoStory,
};
