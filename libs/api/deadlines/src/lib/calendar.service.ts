import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CalendarFeed, CalendarFeedStatus, CurrentUser, Deadline } from '@gp/domain';
import { APP_CONFIG, AppConfig, DomainError } from '@gp/api/core';
import { toCurrentUser, UserAccountEntity } from '@gp/api/data';
import { findReadableProject } from '@gp/api/project-access';
import { calendarFile } from './calendar-file';
import { DeadlinesService } from './deadlines.service';

/** 256 random bits, base64url: 43 characters. Addresses made before were 32 (192 bits) and still work. */
const TOKEN_BYTES = 32;
const TOKEN = /^(?:[A-Za-z0-9_-]{32}|[A-Za-z0-9_-]{43})$/;

/**
 * What is stored of a feed secret. A fast hash is right here: the secret is random, not a
 * password, so there is nothing to guess. The migration HashedFeedTokens hashes the same way in SQL.
 */
function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

async function* withoutCancelled(batches: AsyncIterable<Deadline[]>): AsyncGenerator<Deadline[]> {
  for await (const batch of batches) yield batch.filter((deadline) => deadline.status !== 'cancelled');
}

/** Deadlines as iCalendar: a project's file, and each person's secret feed address. */
@Injectable()
export class CalendarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly deadlines: DeadlinesService,
  ) {}

  /**
   * The project's deadlines, cancelled ones left out, as an iCalendar file written as it is read.
   * Access is settled before the first line, so a refusal is still a plain 404.
   */
  async projectFile(user: CurrentUser, projectId: string): Promise<AsyncIterable<string>> {
    const project = await findReadableProject(this.dataSource.manager, user, projectId);
    return calendarFile(
      project.title,
      withoutCancelled(this.deadlines.batches(user, { projectId, status: 'all' })),
      user.language,
      this.config.appUrl,
    );
  }

  /** Whether the person has a feed, and since when; its address was shown once, when made. */
  async feed(userId: string): Promise<CalendarFeedStatus> {
    const row = await this.dataSource.getRepository(UserAccountEntity).findOne({
      where: { id: userId },
      select: { id: true, calendarTokenHash: true, calendarTokenCreatedAt: true },
    });
    return {
      exists: !!row?.calendarTokenHash,
      createdAt: row?.calendarTokenHash ? (row.calendarTokenCreatedAt?.toISOString() ?? null) : null,
    };
  }

  /** A new address, shown this once; an old one stops working. */
  async renew(userId: string): Promise<CalendarFeed> {
    const token = randomBytes(TOKEN_BYTES).toString('base64url');
    const createdAt = new Date();
    await this.dataSource
      .getRepository(UserAccountEntity)
      .update({ id: userId }, { calendarTokenHash: tokenHash(token), calendarTokenCreatedAt: createdAt });
    return {
      url: `${this.config.appUrl}/api/calendar/feed/${token}.ics`,
      createdAt: createdAt.toISOString(),
    };
  }

  /**
   * The feed itself, for the file name in its address: the secret is the only key, as calendar
   * programs send no cookie.
   */
  async feedFile(file: string): Promise<AsyncIterable<string>> {
    const token = file.replace(/\.ics$/, '');
    if (!TOKEN.test(token)) throw DomainError.notFound('The calendar feed');
    const person = await this.dataSource
      .getRepository(UserAccountEntity)
      .findOne({
        where: { calendarTokenHash: tokenHash(token), active: true },
        relations: { departments: true },
      });
    if (!person) throw DomainError.notFound('The calendar feed');
    const user = toCurrentUser(person);
    // Every open deadline, however many: read and written a batch at a time.
    return calendarFile(
      'Projektdesken',
      this.deadlines.batches(user, { status: 'open' }),
      user.language,
      this.config.appUrl,
    );
  }
}
