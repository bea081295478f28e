/** A fake `fetch` for unit tests: the network boundary, answering from a handler. */
export type FakeReply = { status?: number; headers?: Record<string, string>; body: string } | Error;

export type SentRequest = { url: string; body: unknown };

export function fakeFetch(handler: (req: SentRequest) => FakeReply | Promise<FakeReply>) {
  const sent: SentRequest[] = [];
  const fn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const req = { url: String(input), body: JSON.parse(String(init?.body)) as unknown };
    sent.push(req);
    const reply = await handler(req);
    if (reply instanceof Error) throw reply;
    return new Response(reply.body, { status: reply.status ?? 200, headers: reply.headers });
  }) as typeof fetch;
  return { fetch: fn, sent };
}

type Call = { id: number; method: string; params: unknown[] };

/** Answers each call of a (batched) request with `result(call)`, as a well-behaved node would. */
export function answerAll(result: (call: Call) => unknown) {
  return (req: SentRequest): FakeReply => {
    const calls = (Array.isArray(req.body) ? req.body : [req.body]) as Call[];
    const answers = calls.map((c) => ({ jsonrpc: "2.0", id: c.id, result: result(c) }));
    return { body: JSON.stringify(Array.isArray(req.body) ? answers : answers[0]) };
  };
}
