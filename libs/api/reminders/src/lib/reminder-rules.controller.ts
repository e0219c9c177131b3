import { Body, Controller, Get, Inject, Param, Put } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsArray, ValidateIf } from 'class-validator';
import {
  DEADLINE_KINDS,
  REMINDER_OVERSEER_ROLES,
  type CurrentUser,
  type DeadlineKind,
  type ReminderRule,
  type ReminderRuleInput,
  type ReminderSendTime,
} from '@gp/domain';
import { ALL_ROLES, APP_CONFIG, AppConfig, IsVersion, Roles, SignedInUser } from '@gp/api/core';
import { ReminderRules } from '@gp/api/deadline-sync';

class ReminderRuleInputDto implements ReminderRuleInput {
  @ApiProperty({
    type: [Number],
    nullable: true,
    example: [30, 14, 7, 3, 1, -1],
    description: 'Days before the due day, -1 the day after; [] for none; null returns to the defaults',
  })
  @ValidateIf((_, value) => value !== null)
  @IsArray({ message: 'offsetsDays must be a list of whole days, e.g. [30, 14, 7, 3, 1, -1], or null' })
  offsetsDays: number[] | null;

  @ApiProperty({ description: 'The version you started from; 0 while the kind follows the defaults' })
  @IsVersion(0)
  version: number;
}

class ReminderRuleDto implements ReminderRule {
  @ApiProperty({ enum: DEADLINE_KINDS }) kind: DeadlineKind;
  @ApiProperty({ type: [Number] }) offsetsDays: number[];
  @ApiProperty() isDefault: boolean;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) updatedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) updatedByName: string | null;
}

class ReminderSendTimeDto implements ReminderSendTime {
  @ApiProperty({ example: '08:00', description: 'REMINDER_SEND_TIME, a wall-clock time in timeZone' })
  sendTime: string;
  @ApiProperty({ example: 'Europe/Stockholm' }) timeZone: string;
}

/**
 * Which days before each kind of deadline reminders go out: read by coordinators, set by admins;
 * and at what time, which is configured, not edited, and shown to everyone who reads about reminders.
 */
@ApiTags('reminders')
@Controller('reminders')
export class ReminderRulesController {
  constructor(
    private readonly rules: ReminderRules,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('send-time')
  @Roles(...ALL_ROLES)
  @ApiOkResponse({
    type: ReminderSendTimeDto,
    description: 'When reminders go out, in the organisation’s zone',
  })
  sendTime(): ReminderSendTime {
    return { sendTime: this.config.reminderSendTime, timeZone: this.config.timeZone };
  }

  @Get('rules')
  @Roles(...REMINDER_OVERSEER_ROLES)
  @ApiOkResponse({ type: [ReminderRuleDto], description: 'One rule per kind of deadline' })
  list(): Promise<ReminderRule[]> {
    return this.rules.list();
  }

  @Put('rules/:kind')
  @Roles('admin')
  @ApiOkResponse({ type: ReminderRuleDto, description: 'The rule as saved; its reminders are rescheduled' })
  @ApiConflictResponse({ description: 'Someone saved the rule since; the body carries it' })
  save(
    @SignedInUser() user: CurrentUser,
    @Param('kind') kind: string,
    @Body() body: ReminderRuleInputDto,
  ): Promise<ReminderRule> {
    return this.rules.save(user.id, kind, body);
  }
}
