/** English strings of the monitor feature; zh-CN mirrors them in monitor.zh-CN.ts. */
export const monitorEn = {
  title: "Monitor",
};
