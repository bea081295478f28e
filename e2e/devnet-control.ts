/** Drives the suite's devnet through its localhost control endpoint (see devnet/README.md). */
export async function fault(
  action: "stop" | "restart" | "hold" | "release" | "fork" | "heal" | "reorg",
  args: { node?: string; chain?: string; blocks?: number; depth?: number },
): Promise<unknown> {
  const control = process.env.BSN_DEVNET_CONTROL;
  if (!control) throw new Error("BSN_DEVNET_CONTROL is not set");
  const res = await fetch(`${control}/faults/${action}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(args),
  });
  const body = (await res.json()) as { ok: boolean; result?: unknown; error?: string };
  if (!body.ok) throw new Error(`fault ${action} failed: ${body.error}`);
  return body.result;
}
