import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsInt, IsUUID, Min } from 'class-validator';
import type { NoteEdit, NoteInput, NotePerson, ProjectNote, ProjectNoteThread } from '@gp/domain';
import { FIELD_LIMITS } from '@gp/domain';
import { MultiLineText, Optional } from '@gp/api/core';

const MAX_MENTIONS = FIELD_LIMITS.note.maxMentions;

export class NoteInputDto implements NoteInput {
  @ApiProperty({ example: '@Anna Berg, kan du skicka partnerintyget från Modena?' })
  @MultiLineText('text', FIELD_LIMITS.note.text)
  text: string;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: 'The people the text mentions as @Name; each must be able to read the project',
  })
  @Optional()
  @IsArray({ message: 'mentionIds must be a list of people' })
  @ArrayMaxSize(MAX_MENTIONS, { message: `mentionIds may name at most ${MAX_MENTIONS} people` })
  @ArrayUnique({ message: 'mentionIds must name each person once' })
  @IsUUID('all', { each: true, message: 'mentionIds must hold the ids of people' })
  mentionIds?: string[];
}

export class NoteEditDto extends NoteInputDto implements NoteEdit {
  @ApiProperty({ description: 'The version the new text was written over, as the note was read' })
  @IsInt({ message: 'version must be the version of the note you edited' })
  @Min(1, { message: 'version must be the version of the note you edited' })
  version: number;
}

export class NotePersonDto implements NotePerson {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;
}

export class ProjectNoteDto implements ProjectNote {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  projectId: string;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  authorId: string | null;

  @ApiProperty({ nullable: true, type: String })
  authorName: string | null;

  @ApiProperty()
  text: string;

  @ApiProperty({ type: [NotePersonDto] })
  mentions: NotePersonDto[];

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({
    format: 'date-time',
    nullable: true,
    type: String,
    description: 'Set once the author edits it',
  })
  editedAt: string | null;

  @ApiProperty({ description: 'Sent back with an edit; an older one is refused with 409 stale_version' })
  version: number;
}

export class ProjectNoteThreadDto implements ProjectNoteThread {
  @ApiProperty({ type: [ProjectNoteDto], description: 'Oldest first' })
  notes: ProjectNoteDto[];

  @ApiProperty({ description: 'Whether the reader may write notes here' })
  mayWrite: boolean;

  @ApiProperty({
    type: [NotePersonDto],
    description: 'Who a note may mention: the people who read the project',
  })
  mentionable: NotePersonDto[];
}
