/**
 * The golden test of the mock's core: a scripted story per seed (`doc-examples`, `demo`) and
 * status mode (`mirror`, `always-200`) told through `handleMockRequest` and the store's test
 * API, every answer compared byte for byte with the one written before (and the snapshots).
 * It pins what the mock answers today, so that a redesign of `mocks/` must keep every answer.
 *
 * On purpose, a change of any answer fails here with the first step that differs. When the
 * change is meant, write the files again and review their diff:
 *
 *   VWED_UPDATE_GOLDEN=1 npx vitest run test/mocks/golden
 */
import { describe, expect, it } from 'vitest';
import { createMockStore, handleMockRequest, type MockStore } from '../../../mocks/index.js';
import { firstDifference } from './first-difference.js';
import {
  type HttpStatusMode,
  readGoldenFile,
  UPDATE_COMMAND,
  updatingGolden,
  writeGoldenFile,
} from './golden-file.js';
import { GOLDEN_RANDOM_SEED, type GoldenSeed, goldenStories } from './golden-stories.js';
import { storyReads } from './story-readers.js';
import { type SendRequest, StoryTeller } from './story-teller.js';

/** The core as the adapters use it: the answer serialized at once, with JSON.stringify. */
function sendToCore(store: MockStore): SendRequest {
  return async ({ method, path, body, contentType }) => {
    const answer = handleMockRequest(store, { method, path, body, contentType: contentType ?? null });
    return { status: answer.status, headers: answer.headers, text: JSON.stringify(answer.body) };
  };
}

const cases: [GoldenSeed, HttpStatusMode][] = [
  ['doc-examples', 'mirror'],
  ['doc-examples', 'always-200'],
  ['demo', 'mirror'],
  ['demo', 'always-200'],
];

describe.each(cases)('the golden story of %s, httpStatus %s', (seed, httpStatus) => {
  it('answers byte for byte as the golden file says', async () => {
    const store = createMockStore({ seed, randomSeed: GOLDEN_RANDOM_SEED, httpStatus });
    const reads = storyReads[httpStatus];
    const told = await new StoryTeller(store, sendToCore(store)).tell((teller) =>
      goldenStories[seed](teller, reads),
    );
    if (updatingGolden) {
      writeGoldenFile(seed, httpStatus, GOLDEN_RANDOM_SEED, told);
      return;
    }
    const golden = readGoldenFile(seed, httpStatus);
    expect(golden.randomSeed).toBe(GOLDEN_RANDOM_SEED);
    const difference = firstDifference(golden.steps, told, { headers: 'exact' });
    if (difference !== undefined) {
      expect.fail(`[golden ${seed}, ${httpStatus}] ${difference}\nIf the change is meant: ${UPDATE_COMMAND}`);
    }
  });
});
