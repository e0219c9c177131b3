import { Controller, UseInterceptors, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { PublicProject } from '@gp/domain';
import { Public } from '@gp/api/core';
import { EmbeddingInterceptor } from './embedding.interceptor';
import { PublicProjectsService } from './public-projects.service';

class PublicPartnerDto {
  @ApiProperty() organisation: string;
  @ApiProperty() country: string;
  @ApiProperty() role: string;
}

class PublicProjectDto {
  @ApiProperty() id: string;
  @ApiProperty() title: string;
  @ApiProperty() summary: string;
  @ApiProperty({ enum: ['ongoing', 'closed'] }) status: string;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) plannedStart: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) plannedEnd: string | null;
  @ApiProperty({ nullable: true, type: String }) fundingSource: string | null;
  @ApiProperty({ nullable: true, type: String }) funder: string | null;
  @ApiProperty() euFunded: boolean;
  @ApiProperty({ type: [PublicPartnerDto] }) partners: PublicPartnerDto[];
  @ApiProperty() contactName: string;
  @ApiProperty() contactEmail: string;
  @ApiProperty({ nullable: true, type: String }) results: string | null;
  @ApiProperty({
    type: 'array',
    items: { type: 'object', properties: { label: { type: 'string' }, url: { type: 'string' } } },
  })
  links: Array<{ label: string; url: string }>;
  @ApiProperty({ type: [Number], description: 'Agenda 2030 goals, 1–17' }) sdgs: number[];
}

/** The public list of ongoing and finished projects, without sign-in: the JSON feed of the public page. */
@ApiTags('public')
@UseInterceptors(EmbeddingInterceptor)
@Controller('public/projects')
export class PublicProjectsController {
  constructor(private readonly projects: PublicProjectsService) {}

  @Get()
  @Public()
  @Header('Cache-Control', 'public, max-age=300')
  @ApiOkResponse({ type: [PublicProjectDto] })
  list(): Promise<PublicProject[]> {
    return this.projects.list();
  }
}
