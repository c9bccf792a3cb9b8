/**
 * The known MSW pitfall: openapi-fetch captures `globalThis.fetch` when a client is
 * created, so a mock started later never sees the requests. This client is created at
 * module top level, before `listen()`, and must still be intercepted.
 */
import { HttpResponse, http } from 'msw';
import { expect, it } from 'vitest';
import { createTaskRecordClient } from '../../src/index.js';
import { apiUrl, origin, server, useMswServer } from './msw.js';
import { exampleData, specExample } from './spec-examples.js';

const client = createTaskRecordClient({ baseUrl: origin });

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

it('regression: bare openapi-fetch created before listen() is not intercepted (the pitfall is real)', async () => {
  const { default: createClient } = await import('openapi-fetch');
  // Created before this test's handler exists, like the module-level client above; it
  // captured the fetch of module load time, which MSW had already patched by then, so to
  // show the pitfall we capture an unpatched fetch explicitly.
  server.close();
  const captured = createClient({ baseUrl: apiUrl });
  server.listen({ onUnhandledRequest: 'error' });
  let seen = 0;
  server.use(
    http.get(`${apiUrl}/detail/:id`, () => {
      seen++;
      return HttpResponse.json(specExample('getTaskRecord', '200'));
    }),
  );
  await expect(
    captured.GET('/detail/{id}' as never, { params: { path: { id: 'x' } } } as never),
  ).rejects.toThrow();
  expect(seen).toBe(0);
});
