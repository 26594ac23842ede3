import { badRequest } from './jsonResponse';

/** A parsed JSON object body. */
export type JsonObject = Record<string, unknown>;

/** The request's body when it is a JSON object; otherwise DHMAD's 400 to answer with. */
export async function readJsonBody(request: Request): Promise<JsonObject | Response> {
  try {
    const body: unknown = await request.json();
    if (body && typeof body === 'object' && !Array.isArray(body)) return body as JsonObject;
  } catch {
    // Falls through to the 400 below.
  }
  return badRequest('The request body must be a JSON object');
}
