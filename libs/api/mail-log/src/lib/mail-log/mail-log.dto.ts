import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { Optional, QueryInteger } from '@gp/api/core';
import {
  INTEGER_COLUMN_MAX,
  MAIL_STATUSES,
  type MailLogEntry,
  type MailLogPage,
  type MailStatus,
  type ResendMailRequest,
} from '@gp/domain';

export class MailLogEntryDto implements MailLogEntry {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() messageId: string;
  @ApiProperty() to: string;
  @ApiProperty() subject: string;
  @ApiProperty() text: string;
  @ApiProperty() kind: string;
  @ApiProperty({ enum: MAIL_STATUSES }) status: MailStatus;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) sentAt: string | null;
  @ApiProperty({ nullable: true, type: String }) error: string | null;
  @ApiProperty() attempts: number;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) retryAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) resentAt: string | null;
  @ApiProperty({ nullable: true, type: String }) resentBy: string | null;
  @ApiProperty({ description: 'A password reset link sent over SMTP is left out of text' })
  oneTimeLinkHidden: boolean;
}

export class MailLogPageDto implements MailLogPage {
  @ApiProperty({ type: [MailLogEntryDto] }) items: MailLogEntryDto[];
  @ApiProperty() total: number;
  @ApiProperty({
    description: 'Emails in each status, whatever the filter',
    example: Object.fromEntries(MAIL_STATUSES.map((status) => [status, 0])),
  })
  counts: Record<MailStatus, number>;
}

export class MailLogQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @QueryInteger()
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: 'limit must be from 1 to 200' })
  @Max(200, { message: 'limit must be from 1 to 200' })
  limit = 50;

  @ApiPropertyOptional({ minimum: 0, default: 0 })
  @QueryInteger()
  @IsInt({ message: 'offset must be a whole number' })
  @Min(0, { message: 'offset must be 0 or more' })
  @Max(INTEGER_COLUMN_MAX, { message: `offset must be at most ${INTEGER_COLUMN_MAX}` })
  offset = 0;

  @ApiPropertyOptional({
    description: `One or more of ${MAIL_STATUSES.join(', ')}, comma-separated; every status when left out`,
    example: 'failed,flagged',
  })
  @Optional()
  @IsString({ message: 'status must be a comma-separated list of statuses' })
  @MaxLength(200, { message: 'status must be a comma-separated list of statuses' })
  status?: string;
}

export class ResendMailDto implements ResendMailRequest {
  @ApiPropertyOptional({ description: 'Required for a flagged email: it may already have arrived.' })
  @Optional()
  @IsBoolean({ message: 'confirm must be true or false' })
  confirm?: boolean;
}
