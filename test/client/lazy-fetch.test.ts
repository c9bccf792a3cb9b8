/**
 * The known MSW pitfall: openapi-fetch captures `globalThis.fetch` when a client is
 * created, so a mock started later never sees the requests. This client is created at
 * module top level, before `listen()`, and must still be intercepted.
 */
import { HttpResponse, http } from 'msw';
import createClient from 'openapi-fetch';
import { expect, it } from 'vitest';
import { createTaskRecordClient, type paths } from '../../src/index.js';
import { apiUrl, origin, server, useMswServer } from './msw.js';
import { exampleData, specExample } from './spec-examples.js';

const client = createTaskRecordClient({ baseUrl: origin });
const bare = createClient<paths>({ baseUrl: 'http://127.0.0.1:1/api/vwed-task-record' });
const loopbackClient = createTaskRecordClient({ baseUrl: 'http://127.0.0.1:1' });

useMswServer();

it('is intercepted by MSW started after the client was created', async () => {
  let seen = 0;
  server.use(
    http.get(`${apiUrl}/detail/:id`, ({ params }) => {
      seen++;
      expect(params.id).toBe('7b84fd4d-e947-4ec7-8535-05ede5f8aa9d');
      return HttpResponse.json(specExample('getTaskRecord', '200'));
    }),
  );
  const detail = await client.getTaskRecord('7b84fd4d-e947-4ec7-8535-05ede5f8aa9d');
  expect(seen).toBe(1);
  expect(detail).toEqual(exampleData('getTaskRecord'));
});

it('bare openapi-fetch created before listen() is not intercepted: why the client looks fetch up per request', async () => {
  // `bare` captured the unpatched fetch at module load, before listen(). Its origin is a
  // closed port on loopback, so the request MSW never sees fails at once, off the network.
  let seen = 0;
  server.use(
    http.get('http://127.0.0.1:1/api/vwed-task-record/detail/:id', () => {
      seen++;
      return HttpResponse.json(specExample('getTaskRecord', '200'));
    }),
  );
  const result = bare.GET('/detail/{task_record_id}', { params: { path: { task_record_id: 'x' } } });
  await expect(result).rejects.toThrow(TypeError);
  expect(seen).toBe(0);

  // The package's client, created the same way, is intercepted.
  await expect(loopbackClient.getTaskRecord('x')).resolves.toEqual(exampleData('getTaskRecord'));
  expect(seen).toBe(1);
});
