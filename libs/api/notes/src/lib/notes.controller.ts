import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { NOTE_WRITER_ROLES, type CurrentUser, type ProjectNote, type ProjectNoteThread } from '@gp/domain';
import { ALL_ROLES, ParseIdPipe, Roles, SignedInUser } from '@gp/api/core';
import { NoteEditDto, NoteInputDto, ProjectNoteDto, ProjectNoteThreadDto } from './notes.dto';
import { NotesService } from './notes.service';

/** Read by every role that reads the project; written by the roles that work on projects. */
@ApiTags('notes')
@Controller('projects/:projectId/notes')
export class NotesController {
  constructor(private readonly notes: NotesService) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ type: ProjectNoteThreadDto, description: 'The thread, oldest first' })
  thread(
    @SignedInUser() user: CurrentUser,
    @Param('projectId', ParseIdPipe) projectId: string,
  ): Promise<ProjectNoteThread> {
    return this.notes.thread(user, projectId);
  }

  @Post()
  @Roles(...NOTE_WRITER_ROLES)
  @ApiCreatedResponse({
    type: ProjectNoteDto,
    description: 'The note; each person mentioned is emailed a link',
  })
  @ApiForbiddenResponse({ description: 'You read this project but do not write notes on it' })
  @ApiUnprocessableEntityResponse({ description: 'A mentioned person cannot read the project (named)' })
  create(
    @SignedInUser() user: CurrentUser,
    @Param('projectId', ParseIdPipe) projectId: string,
    @Body() body: NoteInputDto,
  ): Promise<ProjectNote> {
    return this.notes.create(user, projectId, body);
  }

  @Patch(':noteId')
  @Roles(...NOTE_WRITER_ROLES)
  @ApiOkResponse({
    type: ProjectNoteDto,
    description: 'The note, marked edited; only newly mentioned people are emailed',
  })
  @ApiForbiddenResponse({ description: 'Only the author edits a note' })
  @ApiConflictResponse({
    description: 'stale_version: the note changed since it was read; `current` is the note now',
  })
  update(
    @SignedInUser() user: CurrentUser,
    @Param('projectId', ParseIdPipe) projectId: string,
    @Param('noteId', ParseIdPipe) noteId: string,
    @Body() body: NoteEditDto,
  ): Promise<ProjectNote> {
    return this.notes.update(user, projectId, noteId, body);
  }

  @Delete(':noteId')
  @Roles(...NOTE_WRITER_ROLES)
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiForbiddenResponse({ description: 'Only the author, a coordinator or an admin deletes a note' })
  remove(
    @SignedInUser() user: CurrentUser,
    @Param('projectId', ParseIdPipe) projectId: string,
    @Param('noteId', ParseIdPipe) noteId: string,
  ): Promise<void> {
    return this.notes.remove(user, projectId, noteId);
  }
}
