/** English strings of the explorer feature; zh-CN mirrors them in explorer.zh-CN.ts. */
export const explorerEn = {
  title: "Explorer",
};
