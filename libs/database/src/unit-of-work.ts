import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * A write that belongs to whatever change the code run inside it makes, such as the audit entry of a
 * mutation: the first unit of work that code runs writes it in its own transaction, after the work and
 * before COMMIT, so the change and the write commit together or not at all.
 */
export class CommitCompanion {
  private claimed = false;
  private committed = false;

  /** `result` is what the transaction's work returned. A throw rolls the change back. */
  constructor(private readonly write: (manager: EntityManager, result: unknown) => Promise<void>) {}

  /** Runs `work` (and everything it awaits) with this companion attached. */
  run<T>(work: () => T): T {
    return companionStorage.run(this, work);
  }

  /** Whether a unit of work carried the write and committed. */
  get written(): boolean {
    return this.committed;
  }

  /** Once per companion, also when two transactions of one use case run side by side. */
  claim(): boolean {
    if (this.claimed) return false;
    this.claimed = true;
    return true;
  }

  release(committed: boolean): void {
    this.committed = committed;
    // A rolled-back transaction wrote nothing that stayed: a later one of the same use case may carry it.
    if (!committed) this.claimed = false;
  }

  writeIn(manager: EntityManager, result: unknown): Promise<void> {
    return this.write(manager, result);
  }
}

const companionStorage = new AsyncLocalStorage<CommitCompanion>();

/**
 * The one way a service opens a transaction. Every repository method that runs inside it takes the
 * EntityManager as its first, required argument, so no read of a use case can slip outside its locks.
 */
@Injectable()
export class UnitOfWork {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.runOn(this.dataSource.manager, work);
  }

  /**
   * `check` first, on the connection the transaction will use but before it begins (each of its
   * statements commits on its own), then `work` in a transaction as run() does. A check that refuses
   * (throws) costs its own statements only: no BEGIN, no ROLLBACK. The transaction keeps the check's
   * connection, so a request that passed the check does not queue for the pool again behind the
   * checks of others (which would then all pass before any of the transactions had decided).
   */
  async runAfterCheck<T>(check: (manager: EntityManager) => Promise<void>, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    try {
      await check(runner.manager);
      return await this.runOn(runner.manager, work);
    } finally {
      await runner.release();
    }
  }

  private async runOn<T>(on: EntityManager, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const companion = companionStorage.getStore();
    const carries = companion?.claim() ?? false;
    let committed = false;
    try {
      const value = await on.transaction(async (manager) => {
        const result = await work(manager);
        if (carries) await companion!.writeIn(manager, result);
        return result;
      });
      committed = true;
      return value;
    } finally {
      if (carries) companion!.release(committed);
    }
  }
}
