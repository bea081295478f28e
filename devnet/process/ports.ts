import net from "node:net";

/** True when nothing listens on 127.0.0.1:port and we may bind it. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen({ port, host: "127.0.0.1", exclusive: true }, () => {
      server.close(() => resolve(true));
    });
  });
}

/**
 * A port the OS considers free right now. Another process may take it before we bind it; callers
 * that spawn a child on it retry with a new one when the child fails to start.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen({ port: 0, host: "127.0.0.1", exclusive: true }, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error("no free port"))));
    });
  });
}

export class PortInUseError extends Error {
  override name = "PortInUseError";
  constructor(readonly taken: { port: number; role: string }[]) {
    super(
      `port${taken.length > 1 ? "s" : ""} already in use: ${taken
        .map((t) => `${t.port} (${t.role})`)
        .join(", ")}. Is another devnet running? Stop it, or start with --ports free ` +
        "or --ports <base> (control on base, gateways on base+1.., replicas on base+101..).",
    );
  }
}

/** Fails with every taken port named, before anything is started. */
export async function assertPortsFree(ports: { port: number; role: string }[]): Promise<void> {
  const results = await Promise.all(
    ports.map(async (p) => ({ ...p, free: await isPortFree(p.port) })),
  );
  const taken = results.filter((r) => !r.free).map(({ port, role }) => ({ port, role }));
  if (taken.length > 0) throw new PortInUseError(taken);
}
