import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsUUID,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import type {
  ChecklistItem,
  ChecklistItemDocument,
  ChecklistItemInput,
  ChecklistTemplateItem,
  ChecklistTemplateItemInput,
  DueRule,
  ReorderInput,
  UpdateChecklistItemInput,
} from '@gp/domain';
import { FIELD_LIMITS } from '@gp/domain';
import {
  IsCalendarDate,
  IsVersion,
  MultiLineText,
  Optional,
  OptionalNullable,
  SingleLineText,
} from '@gp/api/core';

export class DueRuleDto {
  @ApiProperty({ enum: ['before_deadline', 'fixed'] })
  @IsIn(['before_deadline', 'fixed'], { message: "due.kind must be 'before_deadline' or 'fixed'" })
  kind: DueRule['kind'];

  @ApiPropertyOptional({ description: 'Days before the call deadline', example: 14 })
  @ValidateIf((rule: DueRuleDto) => rule.kind === 'before_deadline')
  @IsInt({ message: 'due.days must be a whole number of days' })
  @Min(0, { message: 'due.days must be 0 to 365' })
  @Max(365, { message: 'due.days must be 0 to 365' })
  days?: number;

  @ApiPropertyOptional({ format: 'date', description: 'A fixed due day' })
  @ValidateIf((rule: DueRuleDto) => rule.kind === 'fixed')
  @IsCalendarDate('due.on')
  on?: string;
}

/** Null clears the due day; left out keeps it. */
const DueRuleOrNull = () => (target: object, key: string) => {
  ApiPropertyOptional({ type: DueRuleDto, nullable: true })(target, key);
  OptionalNullable()(target, key);
  ValidateNested()(target, key);
  Type(() => DueRuleDto)(target, key);
};

export class TemplateItemInputDto implements ChecklistTemplateItemInput {
  @ApiProperty({ example: 'Registrera organisationen (PIC/OID)' })
  @SingleLineText('title', FIELD_LIMITS.checklist.title)
  title: string;

  @ApiPropertyOptional()
  @Optional()
  @MultiLineText('guidance', FIELD_LIMITS.checklist.guidance)
  guidance?: string;

  @ApiPropertyOptional({ default: true })
  @Optional()
  @IsBoolean({ message: 'required must be true or false' })
  required?: boolean;

  @DueRuleOrNull()
  due?: DueRule | null;
}

/** A programme's template line; only a template line can be the extract of the minutes. */
export class ProgrammeTemplateItemInputDto extends TemplateItemInputDto {
  @ApiPropertyOptional({ default: false, description: 'The extract of the minutes of the co-funding decision' })
  @Optional()
  @IsBoolean({ message: 'isMinutesExtract must be true or false' })
  isMinutesExtract?: boolean;

  @ApiPropertyOptional({ default: false, description: 'Attaching a document to an item made from this line ticks it' })
  @Optional()
  @IsBoolean({ message: 'ticksOnDocument must be true or false' })
  ticksOnDocument?: boolean;
}

export class UpdateTemplateItemDto implements Partial<ChecklistTemplateItemInput> {
  @ApiPropertyOptional()
  @Optional()
  @SingleLineText('title', FIELD_LIMITS.checklist.title)
  title?: string;

  @ApiPropertyOptional()
  @Optional()
  @MultiLineText('guidance', FIELD_LIMITS.checklist.guidance)
  guidance?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsBoolean({ message: 'required must be true or false' })
  required?: boolean;

  @DueRuleOrNull()
  due?: DueRule | null;

  @ApiProperty({ description: 'The version you read; a newer one answers 409' })
  @IsVersion()
  version: number;
}

export class ChecklistItemInputDto extends TemplateItemInputDto implements ChecklistItemInput {
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @OptionalNullable()
  @IsUUID('all', { message: 'assigneeId must be the id of a person' })
  assigneeId?: string | null;

  @ApiPropertyOptional()
  @Optional()
  @MultiLineText('comment', FIELD_LIMITS.checklist.comment)
  comment?: string;
}

export class UpdateProgrammeTemplateItemDto extends UpdateTemplateItemDto {
  @ApiPropertyOptional()
  @Optional()
  @IsBoolean({ message: 'isMinutesExtract must be true or false' })
  isMinutesExtract?: boolean;

  @ApiPropertyOptional({ default: false, description: 'Attaching a document to an item made from this line ticks it' })
  @Optional()
  @IsBoolean({ message: 'ticksOnDocument must be true or false' })
  ticksOnDocument?: boolean;
}

export class UpdateChecklistItemDto extends UpdateTemplateItemDto implements UpdateChecklistItemInput {
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @OptionalNullable()
  @IsUUID('all', { message: 'assigneeId must be the id of a person' })
  assigneeId?: string | null;

  @ApiPropertyOptional()
  @Optional()
  @MultiLineText('comment', FIELD_LIMITS.checklist.comment)
  comment?: string;

  @ApiPropertyOptional({ description: 'Tick (true) or untick (false); records who and when' })
  @Optional()
  @IsBoolean({ message: 'done must be true or false' })
  done?: boolean;
}

export class ReorderDto implements ReorderInput {
  @ApiProperty({ type: [String], description: 'Every item id once, in the new order' })
  @IsArray()
  @ArrayMaxSize(FIELD_LIMITS.checklist.maxItems)
  @ArrayUnique({ message: 'ids must name each item once' })
  @IsUUID('all', { each: true, message: 'ids must be item ids' })
  ids: string[];
}

export class TemplateItemDto implements ChecklistTemplateItem {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty() title: string;
  @ApiProperty() guidance: string;
  @ApiProperty() required: boolean;
  @ApiProperty({ type: DueRuleDto, nullable: true }) due: DueRule | null;
  @ApiProperty() isMinutesExtract: boolean;
  @ApiProperty() ticksOnDocument: boolean;
  @ApiProperty() position: number;
  @ApiProperty() version: number;
}

export class ChecklistItemDocumentDto implements ChecklistItemDocument {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() fileName: string;
  @ApiProperty({ description: 'Bytes' }) size: number;
}

export class ChecklistItemDto implements ChecklistItem {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) projectId: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) templateItemId: string | null;
  @ApiProperty() title: string;
  @ApiProperty() guidance: string;
  @ApiProperty() required: boolean;
  @ApiProperty({ type: DueRuleDto, nullable: true }) due: DueRule | null;
  @ApiProperty({
    format: 'date',
    nullable: true,
    type: String,
    description: 'Worked out from the call deadline',
  })
  dueOn: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) assigneeId: string | null;
  @ApiProperty({ nullable: true, type: String }) assigneeName: string | null;
  @ApiProperty() comment: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) doneAt: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) doneById: string | null;
  @ApiProperty({ nullable: true, type: String }) doneByName: string | null;
  @ApiProperty({ description: 'Attaching a document ticks it (its template line says so)' })
  ticksOnDocument: boolean;
  @ApiProperty({ type: [ChecklistItemDocumentDto] }) documents: ChecklistItemDocument[];
  @ApiProperty() position: number;
  @ApiProperty() version: number;
}
