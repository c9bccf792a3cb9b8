import type { MockStore } from '../../mocks/store/create-mock-store.js';
import type { RecordRepository } from '../../mocks/store/record-repository.js';
import { partsOf } from '../../mocks/store/store-parts.js';

/** The records behind a store, for assertions on what its runs wrote. */
export function recordsOf(store: MockStore): RecordRepository {
  return partsOf(store).records;
}
