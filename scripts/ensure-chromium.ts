import { spawnSync } from "node:child_process";
import { findChromium } from "./find-chromium.ts";

/**
 * Playwright cannot download its own browser here, so the e2e suite uses the system Chromium.
 * When none is found, install Debian's package if we can (root + apt), else explain how.
 */
function main(): number {
  const found = findChromium();
  if (found) {
    console.log(`e2e: using Chromium at ${found}`);
    return 0;
  }
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"]).status === 0;
  if (isRoot && hasApt) {
    console.log("e2e: no Chromium found; installing Debian's 'chromium' with apt-get (root)…");
    const run = (cmd: string) => spawnSync("sh", ["-c", cmd], { stdio: "inherit" }).status === 0;
    if (
      run("apt-get update") &&
      run("DEBIAN_FRONTEND=noninteractive apt-get install -y chromium")
    ) {
      const installed = findChromium();
      if (installed) {
        console.log(`e2e: installed Chromium at ${installed}`);
        return 0;
      }
    }
    console.error("e2e: installing Chromium with apt-get failed (see above).");
    return 1;
  }
  console.error(
    [
      "e2e: no Chromium found, and it cannot be installed automatically here.",
      "Install one and run again, for example:",
      "  sudo apt-get update && sudo apt-get install -y chromium   (Debian/Ubuntu)",
      "or point CHROMIUM_PATH at an existing Chromium or Chrome binary.",
    ].join("\n"),
  );
  return 1;
}

process.exit(main());
