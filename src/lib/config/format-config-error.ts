import type { ConfigIssue, ExpectedId, ReceivedWord } from "./config-issues.ts";

/**
 * The words a language uses to describe config issues. Templates use `{{name}}` placeholders,
 * the same syntax as the i18n resources these phrases come from (`configError.issues`).
 */
export interface ConfigIssuePhrases {
  /** `{{path}}`, `{{expected}}` */
  line: string;
  /** `{{path}}`, `{{expected}}`, `{{received}}` */
  lineReceived: string;
  /** Shown instead of a path for the document itself. */
  root: string;
  expected: Record<ExpectedId, string>;
  received: Record<ReceivedWord, string>;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}

export function formatExpected(issue: ConfigIssue, phrases: ConfigIssuePhrases): string {
  const { expected } = issue;
  if (expected.id === "text") return expected.text;
  return fill(phrases.expected[expected.id], {
    limit: expected.limit ?? "",
    values: expected.values ?? "",
  });
}

/** e.g. `chains[1].nodes[0].url: expected an http: or https: URL` */
export function formatConfigIssue(issue: ConfigIssue, phrases: ConfigIssuePhrases): string {
  const path = issue.path === "" ? phrases.root : issue.path;
  const expected = formatExpected(issue, phrases);
  const { received } = issue;
  if (!received) return fill(phrases.line, { path, expected });
  const got = "word" in received ? phrases.received[received.word] : received.literal;
  return fill(phrases.lineReceived, { path, expected, received: got });
}
