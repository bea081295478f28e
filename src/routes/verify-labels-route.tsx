import { LabelSheetPage } from "../features/identity/components/label-sheet-page.tsx";

/** `/verify/labels`: print QR labels for identifiers. */
export function VerifyLabelsRoute() {
  return <LabelSheetPage />;
}
