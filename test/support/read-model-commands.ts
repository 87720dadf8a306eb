import { proposal, type ApiHarness, type TestRole } from './api-harness';

/** Runs a command over HTTP and answers the log position it was written at. */
export async function runCommand(
  api: ApiHarness,
  role: TestRole,
  path: string,
  body: object,
): Promise<string> {
  const response = await api.as(role).post(path, body);
  expect([200, 201]).toContain(response.status);
  return response.body.position as string;
}

/** Proposes a recommendation (the harness's valid proposal with `overrides`) and answers its id and position. */
export async function proposeOne(
  api: ApiHarness,
  overrides: object = {},
): Promise<{ id: string; position: string }> {
  const response = await api.as('secretariat').post('/recommendations', proposal(overrides)).expect(201);
  return { id: response.body.id as string, position: response.body.position as string };
}
