/**
 * How long each command's answers have recently taken (an exponentially weighted mean), so that a
 * command known to be slow is deferred before it runs: answers are computed synchronously, so a
 * timer started beside one could never fire before it finished.
 */
export class Latencies {
  private readonly ms = new Map<string, number>();

  constructor(
    private readonly weight = 0.3,
    private readonly maxNames = 1000,
  ) {}

  record(name: string, ms: number): void {
    const previous = this.ms.get(name);
    if (previous === undefined && this.ms.size >= this.maxNames) return;
    this.ms.set(name, previous === undefined ? ms : previous + this.weight * (ms - previous));
  }

  /** The expected time of the next answer; 0 for a command not seen yet. */
  expected(name: string): number {
    return this.ms.get(name) ?? 0;
  }
}
