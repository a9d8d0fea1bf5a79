// Where retention cuts: local midnight of the same calendar day `months`
// months before today (the last day of a shorter month when that day does
// not exist there). Built from local calendar fields, never by subtracting a
// number of milliseconds, so a daylight-saving change in between moves nothing.

export function retentionCutoff(now: number, months: number): number {
  const today = new Date(now);
  const first = new Date(today.getFullYear(), today.getMonth() - months, 1);
  const lastDay = new Date(first.getFullYear(), first.getMonth() + 1, 0).getDate();
  return new Date(first.getFullYear(), first.getMonth(), Math.min(today.getDate(), lastDay)).getTime();
}
