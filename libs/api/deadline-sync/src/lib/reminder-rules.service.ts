import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  DEADLINE_KINDS,
  normalizedOffsets,
  REMINDER_OFFSETS_PROBLEM_TEXT,
  reminderOffsetsProblem,
  type DeadlineKind,
  perDeadlineKind,
  type ReminderOffsetsByKind,
  type ReminderRule,
  type ReminderRuleInput,
} from '@gp/domain';
import { APP_CONFIG, AppConfig, DomainError } from '@gp/api/core';
import { ReminderRuleEntity } from '@gp/api/data';
import { ReminderPlan } from './reminder-plan';
import { ReminderQueue } from './reminders-queue/reminder-queue.service';

/**
 * The reminder days of each kind of deadline: an admin's rule where one is set, else the
 * organisation's defaults. Every schedule, reconcile and fired reminder reads them afresh, so a
 * change applies everywhere at once, in every api and worker process.
 */
@Injectable()
export class ReminderRules {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queue: ReminderQueue,
  ) {}

  async plan(manager: EntityManager = this.dataSource.manager): Promise<ReminderPlan> {
    const rows = await manager.find(ReminderRuleEntity, { select: { kind: true, offsetsDays: true } });
    const own = new Map(rows.map((row) => [row.kind, row.offsetsDays]));
    const offsetsByKind: ReminderOffsetsByKind = perDeadlineKind((kind) => own.get(kind) ?? this.defaults());
    return new ReminderPlan(offsetsByKind, this.config);
  }

  async list(): Promise<ReminderRule[]> {
    const rows = await this.dataSource.manager.find(ReminderRuleEntity, { relations: { updatedBy: true } });
    const byKind = new Map(rows.map((row) => [row.kind, row]));
    return DEADLINE_KINDS.map((kind) => this.toRule(kind, byKind.get(kind) ?? null));
  }

  /**
   * Sets a kind's reminder days, or returns it to the defaults (null); `input.version` must be the
   * one the admin saw (0 for the defaults).
   */
  async save(userId: string, kind: string, input: ReminderRuleInput): Promise<ReminderRule> {
    const known = this.knownKind(kind);
    if (input.offsetsDays === null) return this.reset(known, input.version);
    const problem = reminderOffsetsProblem(input.offsetsDays);
    if (problem) throw DomainError.invalid('offsetsDays', REMINDER_OFFSETS_PROBLEM_TEXT[problem], problem);
    const offsetsDays = normalizedOffsets(input.offsetsDays);
    const { before, saved } = await this.dataSource.transaction(async (manager) => {
      const current = await this.current(manager, known);
      if ((current?.version ?? 0) !== input.version)
        throw DomainError.staleVersion(this.toRule(known, current));
      const changes = { offsetsDays, updatedById: userId };
      const written = current
        ? (
            await manager
              .createQueryBuilder()
              .update(ReminderRuleEntity)
              .set(changes)
              .where('kind = :kind AND version = :version', { kind: known, version: input.version })
              .execute()
          ).affected === 1
        : (
            await manager
              .createQueryBuilder()
              .insert()
              .into(ReminderRuleEntity)
              .values({ kind: known, ...changes })
              .orIgnore()
              .execute()
          ).raw.length === 1;
      if (!written) throw DomainError.staleVersion(this.toRule(known, await this.current(manager, known)));
      return { before: current?.offsetsDays ?? this.defaults(), saved: await this.current(manager, known) };
    });
    await this.announce(known, before, offsetsDays, saved?.version ?? 0);
    return this.toRule(known, saved);
  }

  /** Returns a kind to the defaults. */
  private async reset(known: DeadlineKind, version: number): Promise<ReminderRule> {
    const before = await this.dataSource.transaction(async (manager) => {
      const current = await this.current(manager, known);
      if (!current) {
        if (version !== 0) throw DomainError.staleVersion(this.toRule(known, null));
        return null;
      }
      const deleted = await manager.delete(ReminderRuleEntity, { kind: known, version });
      if (deleted.affected !== 1) throw DomainError.staleVersion(this.toRule(known, current));
      return current;
    });
    if (before) await this.announce(known, before.offsetsDays, this.defaults(), before.version);
    return this.toRule(known, null);
  }

  private async announce(
    kind: DeadlineKind,
    before: readonly number[],
    after: readonly number[],
    version: number,
  ) {
    // A reminder day removed needs nothing: the worker claims by the rule in force when it fires.
    if (before.join() !== after.join()) await this.queue.ruleChanged(kind, version);
  }

  private current(manager: EntityManager, kind: DeadlineKind): Promise<ReminderRuleEntity | null> {
    return manager.findOne(ReminderRuleEntity, { where: { kind }, relations: { updatedBy: true } });
  }

  private knownKind(kind: string): DeadlineKind {
    if (!(DEADLINE_KINDS as readonly string[]).includes(kind))
      throw new DomainError(
        'not_found',
        'not_found',
        `There is no kind of deadline called "${kind}"; the kinds are ${DEADLINE_KINDS.join(', ')}.`,
      );
    return kind as DeadlineKind;
  }

  private defaults(): number[] {
    return normalizedOffsets(this.config.reminderOffsetsDays);
  }

  private toRule(kind: DeadlineKind, row: ReminderRuleEntity | null): ReminderRule {
    return {
      kind,
      offsetsDays: row ? row.offsetsDays : this.defaults(),
      isDefault: !row,
      version: row?.version ?? 0,
      updatedAt: row?.updatedAt.toISOString() ?? null,
      updatedByName: row?.updatedBy?.name ?? null,
    };
  }
}
