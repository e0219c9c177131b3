import { Body, Controller, Delete, Get, HttpCode, Param, Put } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn, ValidateIf } from 'class-validator';
import {
  REMINDER_DELIVERIES,
  type CurrentUser,
  type ReminderDelivery,
  type ReminderPreferences,
  type ReminderPreferencesInput,
} from '@gp/domain';
import { ALL_ROLES, Roles, SignedInUser, ParseIdPipe } from '@gp/api/core';
import { ReminderPreferencesService } from './reminder-preferences.service';

class ReminderPreferencesInputDto implements ReminderPreferencesInput {
  @ApiProperty({
    enum: REMINDER_DELIVERIES,
    nullable: true,
    description:
      'mixed: the last reminders (the day before, the day itself, overdue) at once and the earlier ones in the daily digest; immediate: each at once; digest: all in the daily digest; null returns to the default, mixed',
  })
  @ValidateIf((_, value) => value !== null)
  @IsIn(REMINDER_DELIVERIES, {
    message: "delivery must be 'mixed', 'immediate', 'digest', or null for the default (mixed)",
  })
  delivery: ReminderDelivery | null;
}

class ReminderPreferencesDto implements ReminderPreferences {
  @ApiProperty({ enum: REMINDER_DELIVERIES }) delivery: ReminderDelivery;
  @ApiProperty({ description: 'True while the default (mixed) applies' }) isDefault: boolean;
  @ApiProperty({ type: [String] }) mutedProjectIds: string[];
  @ApiProperty({ example: '08:00', description: 'When reminders go out (REMINDER_SEND_TIME), in timeZone' })
  sendTime: string;
  @ApiProperty({ example: 'Europe/Stockholm', description: 'The organisation’s time zone' }) timeZone: string;
}

/** Each person's own choices: how reminders reach them (mixed, immediate, digest) and projects they mute. */
@ApiTags('reminders')
@Controller()
export class ReminderPreferencesController {
  constructor(private readonly preferences: ReminderPreferencesService) {}

  @Get('reminders/preferences')
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ type: ReminderPreferencesDto })
  get(@SignedInUser() user: CurrentUser): Promise<ReminderPreferences> {
    return this.preferences.preferences(user);
  }

  @Put('reminders/preferences')
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ type: ReminderPreferencesDto })
  set(
    @SignedInUser() user: CurrentUser,
    @Body() body: ReminderPreferencesInputDto,
  ): Promise<ReminderPreferences> {
    return this.preferences.setDelivery(user, body.delivery);
  }

  @Put('projects/:projectId/mute')
  @Roles(...ALL_ROLES)
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'No more reminders about this project for you' })
  mute(@SignedInUser() user: CurrentUser, @Param('projectId', ParseIdPipe) projectId: string): Promise<void> {
    return this.preferences.mute(user, projectId);
  }

  @Delete('projects/:projectId/mute')
  @Roles(...ALL_ROLES)
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Reminders about this project again' })
  unmute(
    @SignedInUser() user: CurrentUser,
    @Param('projectId', ParseIdPipe) projectId: string,
  ): Promise<void> {
    return this.preferences.unmute(user, projectId);
  }
}
