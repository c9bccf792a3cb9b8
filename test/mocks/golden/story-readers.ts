/**
 * How a golden story reads the store through the API: a record's three reads, every record
 * and block record, and at the end only what the story made or changed.
 */
import type { MockStore } from '../../../mocks/index.js';
import type { StoryTeller } from './story-teller.js';

/**
 * How much a story reads: `all` reads every record and block record the seed has at the
 * start, every one the story made or changed at the end, and the three reads of a record
 * wherever the story looks at one; `detail` (the always-200 story, whose bodies are the
 * mirror story's) reads only the record's detail where the story looks at one.
 */
export type Reads = 'all' | 'detail';

/** The reads of each status mode's story. */
export const storyReads = { mirror: 'all', 'always-200': 'detail' } as const satisfies Record<string, Reads>;

/** Each task record's state (the record, its block records and their logs) as text, by ID. */
function recordStates(store: MockStore): Map<string, string> {
  const { tasks, blocks, logs } = store.snapshot();
  const logsOf = new Map(logs);
  return new Map(
    tasks.map((task) => {
      const own = blocks.filter((block) => block.task_record_id === task.id);
      return [task.id, JSON.stringify([task, own, own.map((block) => logsOf.get(block.id) ?? null)])];
    }),
  );
}

export interface Readers {
  /** The record's reads: detail, block list and execution tree (with `all`). */
  readRecord(note: string, id: string): Promise<void>;
  /** Every GET on every record and block record the store holds, in the store's order (with `all`). */
  readEverything(note: string): Promise<void>;
  /**
   * Every GET on the records the story made or changed and their block records (with `all`);
   * the three reads of a record are left out when the story has read it as it is now.
   */
  readWhatChanged(note: string): Promise<void>;
}

/** The reads of a story, made before it changes anything: it remembers the seed's records. */
export function readers(teller: StoryTeller, reads: Reads): Readers {
  const { store } = teller;
  const seeded = recordStates(store);
  /** The state each record was in when the story last read it. */
  const lastRead = new Map<string, string | undefined>();
  const readRecord = async (note: string, id: string) => {
    await teller.get(`${note}: detail`, `/detail/${id}`);
    if (reads === 'detail') return;
    await teller.get(`${note}: blocks`, `/blocks/${id}`);
    await teller.get(`${note}: execution tree`, `/execution/block/results/${id}`);
    lastRead.set(id, recordStates(store).get(id));
  };
  const readAll = async (
    note: string,
    only: (taskRecordId: string, state: string) => 'all' | 'blocks' | 'none',
  ) => {
    if (reads === 'detail') return;
    const { tasks, blocks } = store.snapshot();
    const states = recordStates(store);
    for (const task of tasks) {
      const which = only(task.id, states.get(task.id) ?? '');
      if (which === 'none') continue;
      const name = `${note}, record ${task.task_id} (${task.status})`;
      if (which === 'all') await readRecord(name, task.id);
      for (const block of blocks.filter((candidate) => candidate.task_record_id === task.id)) {
        await teller.get(`${name}, block ${block.block_name}`, `/block/${block.id}`);
      }
    }
  };
  return {
    readRecord,
    readEverything: (note) => readAll(note, () => 'all'),
    readWhatChanged: (note) =>
      readAll(note, (id, state) => {
        if (seeded.get(id) === state) return 'none';
        return lastRead.get(id) === state ? 'blocks' : 'all';
      }),
  };
}
