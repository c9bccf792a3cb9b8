/**
 * A log line a block writes when it ends: its message and its output, as the document's logs
 * show them (`分支 default 的所有子块执行完成`, `{executed: true, branch: 'default'}`).
 */
export type BlockLog = [message: string, output: Record<string, unknown> | null];
