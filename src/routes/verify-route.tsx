import { VerifyPage } from "../features/identity/components/verify-page.tsx";

/** `/verify`: scan, upload or type a code. */
export function VerifyRoute() {
  return <VerifyPage />;
}
