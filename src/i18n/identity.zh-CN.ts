import type { identityEn } from "./identity.en.ts";
import type { Translation } from "./messages.ts";

export const identityZhCN: Translation<typeof identityEn> = {
  title: "标识",
};
