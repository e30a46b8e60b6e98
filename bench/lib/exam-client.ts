import http from "node:http";
import type { SaveItem, SaveResponse, StartResponse, SubmitResponse } from "../../lib/attempts/api";

/**
 * A learner's browser, as far as the attempt API sees it: JSON posts with the session cookie over
 * keep-alive connections. node:http rather than fetch because the load generator shares the two
 * cores with the server, and undici's fetch costs several times more CPU per request; the agent
 * has no connection limit, so 200 students are never queued on the client side. Idle connections
 * are dropped after 4 s, before the server's 5 s keep-alive timeout can close one under a request.
 */
const agent = new http.Agent({ keepAlive: true, timeout: 4000 });
const requestTimeoutMs = 30_000;

export type Timed<T> = { ok: true; status: number; ms: number; body: T } | { ok: false; status: number; ms: number; reason: string };

export type AttemptClient = {
  start: (quizId: string) => Promise<Timed<StartResponse>>;
  save: (attemptId: string, saves: SaveItem[]) => Promise<Timed<SaveResponse>>;
  submit: (attemptId: string) => Promise<Timed<SubmitResponse>>;
};

export function attemptClient(baseUrl: string, cookie: string): AttemptClient {
  const post = <T>(path: string, body: unknown) => postJson<T>(baseUrl, path, cookie, body);
  return {
    start: (quizId) => post<StartResponse>(`/api/quizzes/${quizId}/attempts`, {}),
    save: (attemptId, saves) => post<SaveResponse>(`/api/attempts/${attemptId}/responses`, { saves }),
    submit: (attemptId) => post<SubmitResponse>(`/api/attempts/${attemptId}/submit`, {}),
  };
}

/**
 * Posts JSON and reads the whole answer. The time runs from just before the request is written to
 * the last byte of the body; anything but a 200 with a JSON body is a failure with its reason.
 */
function postJson<T>(baseUrl: string, path: string, cookie: string, body: unknown): Promise<Timed<T>> {
  const payload = Buffer.from(JSON.stringify(body));
  return new Promise((resolve) => {
    const started = performance.now();
    const finish = (result: Timed<T>) => resolve(result);
    const fail = (status: number, reason: string) => finish({ ok: false, status, ms: performance.now() - started, reason });
    const req = http.request(
      `${baseUrl}${path}`,
      {
        method: "POST",
        agent,
        headers: { "content-type": "application/json", "content-length": payload.length, cookie, origin: baseUrl, accept: "application/json" },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("error", (error) => fail(res.statusCode ?? 0, error.message));
        res.on("end", () => {
          const ms = performance.now() - started;
          const status = res.statusCode ?? 0;
          const text = Buffer.concat(chunks).toString("utf8");
          if (status !== 200) return finish({ ok: false, status, ms, reason: `HTTP ${status} ${path.replace(/[0-9a-f-]{36}/g, ":id")}: ${text.slice(0, 200) || res.headers.location || ""}` });
          try {
            finish({ ok: true, status, ms, body: JSON.parse(text) as T });
          } catch {
            finish({ ok: false, status, ms, reason: `HTTP 200 ${path} with a body that is not JSON: ${text.slice(0, 100)}` });
          }
        });
      },
    );
    req.setTimeout(requestTimeoutMs, () => req.destroy(new Error(`no answer within ${requestTimeoutMs / 1000} s`)));
    req.on("error", (error) => fail(0, `${path.replace(/[0-9a-f-]{36}/g, ":id")}: ${error.message}`));
    req.end(payload);
  });
}

/** Runs task over items with at most `limit` in flight; results in the items' order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await task(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
