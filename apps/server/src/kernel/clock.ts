const shanghaiDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Business dates are Asia/Shanghai dates (YYYY-MM-DD). */
export function todayInShanghai(now: Date = new Date()): string {
  return shanghaiDate.format(now);
}
