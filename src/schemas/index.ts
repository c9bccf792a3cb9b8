/**
 * `@vwed/task-record/schemas`: zod schemas for every payload of the task-record API.
 *
 * The schemas arrive with the typed client (issue [2/6]); this entry point exists now
 * so that the package's `exports` map is complete and stable from the first release.
 */
export {};
