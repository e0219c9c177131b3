import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { PROGRAMME_EDITOR_ROLES, type Call, type Programme } from '@gp/domain';
import { ALL_ROLES, Roles, ParseIdPipe } from '@gp/api/core';
import { CallDto, CallInputDto, UpdateCallDto } from './dto/call.dto';
import { ProgrammeDto, ProgrammeInputDto, UpdateProgrammeDto } from './dto/programme.dto';
import { ProgrammesService } from './programmes.service';

/** Programmes and their calls: everyone reads them; coordinators and admins keep them current. */
@ApiTags('programmes')
@Controller()
export class ProgrammesController {
  constructor(private readonly programmes: ProgrammesService) {}

  @Get('programmes')
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ type: [ProgrammeDto] })
  list(): Promise<Programme[]> {
    return this.programmes.list();
  }

  @Get('programmes/:id')
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ type: ProgrammeDto })
  get(@Param('id', ParseIdPipe) id: string): Promise<Programme> {
    return this.programmes.get(id);
  }

  @Post('programmes')
  @Roles(...PROGRAMME_EDITOR_ROLES)
  @ApiCreatedResponse({ type: ProgrammeDto })
  @ApiConflictResponse({ description: 'The name is taken' })
  create(@Body() body: ProgrammeInputDto): Promise<Programme> {
    return this.programmes.create(body);
  }

  @Patch('programmes/:id')
  @Roles(...PROGRAMME_EDITOR_ROLES)
  @ApiOkResponse({ type: ProgrammeDto })
  @ApiConflictResponse({ description: 'A newer version exists (the body carries it), or the name is taken' })
  update(@Param('id', ParseIdPipe) id: string, @Body() body: UpdateProgrammeDto): Promise<Programme> {
    return this.programmes.update(id, body);
  }

  @Post('programmes/:id/calls')
  @Roles(...PROGRAMME_EDITOR_ROLES)
  @ApiCreatedResponse({ type: CallDto })
  addCall(@Param('id', ParseIdPipe) id: string, @Body() body: CallInputDto): Promise<Call> {
    return this.programmes.addCall(id, body);
  }

  @Patch('calls/:id')
  @Roles(...PROGRAMME_EDITOR_ROLES)
  @ApiOkResponse({ type: CallDto })
  @ApiConflictResponse({ description: 'A newer version exists; the body carries it' })
  updateCall(@Param('id', ParseIdPipe) id: string, @Body() body: UpdateCallDto): Promise<Call> {
    return this.programmes.updateCall(id, body);
  }
}
