/**
 * A per-user sliding window: up to `limit` commands in `windowMs`. Beyond it the user is told to
 * slow down rather than ignored. Pure apart from the clock, which is passed in.
 */
export class Cooldown {
  private readonly recent = new Map<string, number[]>();

  constructor(
    private readonly limit = 5,
    private readonly windowMs = 10_000,
  ) {}

  /** Records an attempt; returns 0 when allowed, else the milliseconds until the next is. */
  take(userId: string, now: number): number {
    const times = (this.recent.get(userId) ?? []).filter((t) => now - t < this.windowMs);
    if (times.length >= this.limit) {
      this.recent.set(userId, times);
      return this.windowMs - (now - (times[0] ?? now));
    }
    times.push(now);
    this.recent.set(userId, times);
    if (this.recent.size > 10_000) this.prune(now);
    return 0;
  }

  private prune(now: number): void {
    for (const [user, times] of this.recent) {
      if (times.every((t) => now - t >= this.windowMs)) this.recent.delete(user);
    }
  }
}
