import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsIn, ValidateIf } from 'class-validator';
import { DataSource } from 'typeorm';
import {
  REMINDER_DELIVERIES,
  reminderDeliveryOf,
  type CurrentUser,
  type ReminderDelivery,
  type ReminderPreferences,
  type ReminderPreferencesInput,
} from '@gp/domain';
import { ALL_ROLES, Roles, SignedInUser } from '@gp/api/core';
import { ProjectMuteEntity, UserAccountEntity } from '@gp/api/data';
import { findReadableProject } from '@gp/api/project-access';

class ReminderPreferencesInputDto implements ReminderPreferencesInput {
  @ApiProperty({
    enum: REMINDER_DELIVERIES,
    nullable: true,
    description: 'null returns to the role’s default',
  })
  @ValidateIf((_, value) => value !== null)
  @IsIn(REMINDER_DELIVERIES, { message: "delivery must be 'immediate', 'digest' or null" })
  delivery: ReminderDelivery | null;
}

class ReminderPreferencesDto implements ReminderPreferences {
  @ApiProperty({ enum: REMINDER_DELIVERIES }) delivery: ReminderDelivery;
  @ApiProperty({ description: 'True while the role’s default applies' }) isDefault: boolean;
  @ApiProperty({ type: [String] }) mutedProjectIds: string[];
}

/** Each person's own choices: immediate emails or a daily digest, and projects they mute. */
@ApiTags('reminders')
@Controller()
export class ReminderPreferencesController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get('reminders/preferences')
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ type: ReminderPreferencesDto })
  get(@SignedInUser() user: CurrentUser): Promise<ReminderPreferences> {
    return this.preferences(user);
  }

  @Put('reminders/preferences')
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ type: ReminderPreferencesDto })
  async set(
    @SignedInUser() user: CurrentUser,
    @Body() body: ReminderPreferencesInputDto,
  ): Promise<ReminderPreferences> {
    await this.dataSource
      .getRepository(UserAccountEntity)
      .update({ id: user.id }, { reminderDelivery: body.delivery });
    return this.preferences(user);
  }

  @Put('projects/:projectId/mute')
  @Roles(...ALL_ROLES)
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'No more reminders about this project for you' })
  async mute(
    @SignedInUser() user: CurrentUser,
    @Param('projectId', new ParseUUIDPipe()) projectId: string,
  ): Promise<void> {
    await findReadableProject(this.dataSource.manager, user, projectId);
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(ProjectMuteEntity)
      .values({ userId: user.id, projectId })
      .orIgnore()
      .execute();
  }

  @Delete('projects/:projectId/mute')
  @Roles(...ALL_ROLES)
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Reminders about this project again' })
  async unmute(
    @SignedInUser() user: CurrentUser,
    @Param('projectId', new ParseUUIDPipe()) projectId: string,
  ): Promise<void> {
    await findReadableProject(this.dataSource.manager, user, projectId);
    await this.dataSource.getRepository(ProjectMuteEntity).delete({ userId: user.id, projectId });
  }

  private async preferences(user: CurrentUser): Promise<ReminderPreferences> {
    const person = await this.dataSource.getRepository(UserAccountEntity).findOneByOrFail({ id: user.id });
    const mutes = await this.dataSource.getRepository(ProjectMuteEntity).find({ where: { userId: user.id } });
    return {
      delivery: reminderDeliveryOf(person),
      isDefault: person.reminderDelivery === null,
      mutedProjectIds: mutes.map((mute) => mute.projectId),
    };
  }
}
