// Today's date in China (YYYY-MM-DD) as the browser reads it: the default of a "date received" field.
// The server's own today (the demo clock may run ahead) decides; a date later than it is refused.
export const todayIso = (): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
