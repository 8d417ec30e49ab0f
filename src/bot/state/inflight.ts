/** Counts running handlers, so shutdown can let them finish (briefly) before disconnecting. */
export class InFlight {
  #count = 0;
  #waiters: (() => void)[] = [];

  async track<T>(work: () => Promise<T>): Promise<T> {
    this.#count++;
    try {
      return await work();
    } finally {
      this.#count--;
      if (this.#count === 0) for (const w of this.#waiters.splice(0)) w();
    }
  }

  get count(): number {
    return this.#count;
  }

  idle(): Promise<void> {
    return this.#count === 0 ? Promise.resolve() : new Promise((resolve) => this.#waiters.push(resolve));
  }
}
