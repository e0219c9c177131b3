import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  reminderDeliveryOf,
  type CurrentUser,
  type ReminderDelivery,
  type ReminderPreferences,
} from '@gp/domain';
import { APP_CONFIG, AppConfig } from '@gp/api/core';
import { ProjectMuteEntity, UserAccountEntity } from '@gp/api/data';
import { findReadableProject } from '@gp/api/project-access';

/**
 * Each person's own choices: the last reminders at once and the rest in a daily digest (the
 * default), every one at once, or all in the digest; and the projects they mute. Carries the send
 * time, so the account page says when reminders arrive as configured.
 */
@Injectable()
export class ReminderPreferencesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async preferences(user: CurrentUser): Promise<ReminderPreferences> {
    const person = await this.dataSource.getRepository(UserAccountEntity).findOneByOrFail({ id: user.id });
    const mutes = await this.dataSource.getRepository(ProjectMuteEntity).find({ where: { userId: user.id } });
    return {
      delivery: reminderDeliveryOf(person),
      isDefault: person.reminderDelivery === null,
      mutedProjectIds: mutes.map((mute) => mute.projectId),
      sendTime: this.config.reminderSendTime,
      timeZone: this.config.timeZone,
    };
  }

  /** null returns to the default, `mixed`. */
  async setDelivery(user: CurrentUser, delivery: ReminderDelivery | null): Promise<ReminderPreferences> {
    await this.dataSource
      .getRepository(UserAccountEntity)
      .update({ id: user.id }, { reminderDelivery: delivery });
    return this.preferences(user);
  }

  async mute(user: CurrentUser, projectId: string): Promise<void> {
    await findReadableProject(this.dataSource.manager, user, projectId);
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(ProjectMuteEntity)
      .values({ userId: user.id, projectId })
      .orIgnore()
      .execute();
  }

  async unmute(user: CurrentUser, projectId: string): Promise<void> {
    await findReadableProject(this.dataSource.manager, user, projectId);
    await this.dataSource.getRepository(ProjectMuteEntity).delete({ userId: user.id, projectId });
  }
}
