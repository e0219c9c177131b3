import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Department } from '@gp/domain';
import { ALL_ROLES, Roles, ParseIdPipe } from '@gp/api/core';
import { DepartmentsService } from './departments.service';
import { CreateDepartmentDto, DepartmentDto, UpdateDepartmentDto } from './dto/department.dto';

@ApiTags('departments')
@Controller('departments')
export class DepartmentsController {
  constructor(private readonly departments: DepartmentsService) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ type: [DepartmentDto] })
  list(): Promise<Department[]> {
    return this.departments.list();
  }

  @Post()
  @Roles('admin')
  @ApiCreatedResponse({ type: DepartmentDto })
  @ApiConflictResponse({ description: 'The name is taken' })
  create(@Body() body: CreateDepartmentDto): Promise<Department> {
    return this.departments.create(body);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOkResponse({ type: DepartmentDto })
  @ApiConflictResponse({ description: 'A newer version exists (the body carries it), or the name is taken' })
  rename(@Param('id', ParseIdPipe) id: string, @Body() body: UpdateDepartmentDto): Promise<Department> {
    return this.departments.rename(id, body);
  }
}
