/**
 * The response fields the API document names, per operation, copied from its
 * "响应字段说明" tables (set-error has no table: its fields come from its response
 * example). `templateFields` are nested fields the document shows only in its JSON
 * (the `{type, value, required}` of an input parameter definition).
 *
 * A test checks these lists against the document's tables, so they cannot drift apart.
 */
export interface DocumentedFields {
  /** The document's section number (`### 1.`). */
  section: string;
  operationId: string;
  /** The component schema of the success response's `data`. */
  dataSchema: string;
  tableFields: string[];
  templateFields: string[];
}

const inputParamDefinition = (prefix: string) => [
  `${prefix}.*.type`,
  `${prefix}.*.value`,
  `${prefix}.*.required`,
];

export const documentedFields: DocumentedFields[] = [
  {
    section: '1',
    operationId: 'getBlockRecords',
    dataSchema: 'BlockRecord',
    tableFields: [
      'id',
      'block_name',
      'block_id',
      'status',
      'started_on',
      'ended_on',
      'ended_reason',
      'block_execute_name',
      'block_input_params_value',
      'block_out_params_value',
      'remark',
    ],
    templateFields: [],
  },
  {
    section: '2',
    operationId: 'getBlockRecord',
    dataSchema: 'BlockRecordDetail',
    tableFields: [
      'id',
      'block_name',
      'block_id',
      'block_config_id',
      'block_input_params',
      'block_input_params_value',
      'block_out_params_value',
      'block_internal_variables',
      'block_execute_name',
      'task_id',
      'task_record_id',
      'started_on',
      'ended_on',
      'ended_reason',
      'status',
      'ctrl_status',
      'input_params',
      'internal_variables',
      'output_params',
      'version',
      'remark',
    ],
    templateFields: [...inputParamDefinition('block_input_params'), ...inputParamDefinition('input_params')],
  },
  {
    section: '3',
    operationId: 'stopTask',
    dataSchema: 'StopTaskResult',
    tableFields: ['task_record_id', 'status', 'ended_on', 'ended_reason'],
    templateFields: [],
  },
  {
    section: '4',
    operationId: 'getExecutionResults',
    dataSchema: 'ExecutionNode',
    tableFields: [
      'blockId',
      'blockName',
      'blockType',
      'blockTypeName',
      'level',
      'inputParams',
      'executionStatus',
      'executionRecord',
      'executionRecord.recordId',
      'executionRecord.status',
      'executionRecord.startedOn',
      'executionRecord.endedOn',
      'executionRecord.endedReason',
      'executionRecord.inputParamsValue',
      'executionRecord.outputParamsValue',
      'executionRecord.remark',
      'logs',
      'logs[].logId',
      'logs[].level',
      'logs[].createdAt',
      'logs[].message',
      'logs[].output',
      'children',
    ],
    templateFields: inputParamDefinition('inputParams'),
  },
  {
    section: '5',
    operationId: 'getTaskRecord',
    dataSchema: 'TaskRecordDetail',
    tableFields: [
      'id',
      'task_id',
      'task_name',
      'task_version',
      'status',
      'input_params',
      'started_on',
      'ended_on',
      'ended_reason',
      'execution_time',
      'created_at',
      'updated_at',
      'agv_id',
      'parent_task_record_id',
      'root_task_record_id',
      'state_description',
      'if_have_child_task',
      'periodic_task',
      'priority',
      'work_stations',
      'work_types',
      'variables',
      'source_type',
      'source_system',
      'source_user',
      'source_device',
      'source_ip',
      'source_time',
      'source_client_info',
      'source_remarks',
    ],
    templateFields: [],
  },
  {
    section: '6',
    operationId: 'retryTask',
    dataSchema: 'RetryTaskResult',
    tableFields: [
      'original_task_record_id',
      'new_task_record_id',
      'new_task_id',
      'retry_time',
      'original_task_name',
      'original_input_params',
    ],
    templateFields: [],
  },
  {
    section: '15',
    operationId: 'setTaskError',
    dataSchema: 'SetTaskErrorResult',
    tableFields: [
      'task_record_id',
      'task_status',
      'error_reason',
      'ended_on',
      'updated_blocks_count',
      'updated_blocks',
      'updated_blocks[].block_id',
      'updated_blocks[].block_name',
      'updated_blocks[].status',
    ],
    templateFields: [],
  },
];

/** The envelope fields of rulings R3 and R9, which no response table lists. */
export const envelopeFields = {
  success: ['code', 'message', 'data'],
  setTaskErrorSuccess: ['success', 'message', 'data'],
  error: ['code', 'message'],
  setTaskErrorFailure: ['success', 'code', 'message'],
  validationError: ['detail', 'detail[].loc', 'detail[].msg', 'detail[].type'],
};
