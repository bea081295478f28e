import { ResolvePage } from "../features/identity/components/resolve-page.tsx";

/** `/id/<identifier>`: where printed QR codes point (the identifier may contain slashes). */
export function IdentifierRoute() {
  return <ResolvePage />;
}
