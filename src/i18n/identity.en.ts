/** English strings of the identity feature; zh-CN mirrors them in identity.zh-CN.ts. */
export const identityEn = {
  title: "Identity",
};
