import { useRef } from "react";

/**
 * `build()`'s value, built again only when one of `inputs` changes (compared with ===, by
 * position and count). Unlike useMemo's dependency list, `inputs` may vary in length (e.g. one
 * entry per tenant), and a new value is never built while the inputs stay the same.
 */
export function useBuiltFrom<T>(inputs: readonly unknown[], build: () => T): T {
  const built = useRef<{ inputs: readonly unknown[]; value: T }>(undefined);
  const same =
    built.current !== undefined &&
    built.current.inputs.length === inputs.length &&
    built.current.inputs.every((x, i) => x === inputs[i]);
  if (!same || built.current === undefined) built.current = { inputs, value: build() };
  return built.current.value;
}
