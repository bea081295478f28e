/**
 * Runs one of index.html's inline scripts (built from constants only) as the page would, at
 * `path`, in a document whose <html lang> is `lang` and whose body is an empty `#root`.
 */
export function runInlineScriptAt(
  script: string,
  path: string,
  lang: string,
  prepare: (root: HTMLElement) => void = () => undefined,
): HTMLElement {
  window.history.replaceState(null, "", path);
  document.documentElement.lang = lang;
  const root = document.createElement("div");
  root.id = "root";
  document.body.replaceChildren(root);
  prepare(root);
  new Function(script)();
  return document.getElementById("root") as HTMLElement;
}
