/**
 * `@vwed/task-record/server`: the mock served over real HTTP (Node only).
 *
 * The reference server arrives in issue [5/6]; this entry point exists now so that the
 * package's `exports` map is complete and stable from the first release.
 */
export {};
