// Comment saves still on their way: an export waits for them, so the file has what is on screen.
export class PendingSaves {
  private readonly inFlight = new Set<Promise<unknown>>();

  add(save: Promise<unknown>): void {
    this.inFlight.add(save);
    const done = () => this.inFlight.delete(save);
    save.then(done, done);
  }

  /** Resolves once every save started so far has ended (saved or failed). */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.inFlight]);
  }
}
