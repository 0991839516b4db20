/**
 * Re-evaluates waiting checks whenever state changes. `waitFor` resolves with the first
 * defined value `check` returns, or rejects after `timeoutMs` with `describe()`'s message.
 */
export class Signal {
  private readonly listeners = new Set<() => void>();

  notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  waitFor<T>(check: () => T | undefined, timeoutMs: number, describe: () => string): Promise<T> {
    const now = check();
    if (now !== undefined) return Promise.resolve(now);
    return new Promise<T>((resolve, reject) => {
      const done = (): void => {
        clearTimeout(timer);
        this.listeners.delete(listener);
      };
      const listener = (): void => {
        const value = check();
        if (value === undefined) return;
        done();
        resolve(value);
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`stand-in: timed out after ${timeoutMs} ms: ${describe()}`));
      }, timeoutMs);
      this.listeners.add(listener);
    });
  }
}
