import { Controller, UseInterceptors, Get, Header, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { isLanguage } from '@gp/domain';
import { DomainError, Public } from '@gp/api/core';
import { OrganisationSettingsService } from '@gp/api/organisation';
import { EmbeddingInterceptor } from './embedding.interceptor';
import { PublicProjectsService } from './public-projects.service';
import { renderPublicPage, renderPublicProjectPage, type Publisher } from './render-public-page';
import type { PublicPageLanguage } from './public-page.texts';

/** ?lang=nb or en; anything else, and none, is Swedish. */
const languageOf = (lang: unknown): PublicPageLanguage => (isLanguage(lang) ? lang : 'sv');

/**
 * The public pages, outside /api at the addresses a municipal web page links to or frames: the list
 * at /public-projects, each project at /public-projects/:id, and the organisation's logo.
 */
@ApiExcludeController()
@UseInterceptors(EmbeddingInterceptor)
@Controller('public-projects')
export class PublicPageController {
  constructor(
    private readonly projects: PublicProjectsService,
    private readonly organisation: OrganisationSettingsService,
  ) {}

  @Get()
  @Public()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=300')
  async page(@Query('lang') lang?: string): Promise<string> {
    const [projects, publisher] = await Promise.all([this.projects.list(), this.publisher()]);
    return renderPublicPage(projects, languageOf(lang), publisher);
  }

  @Get('logo')
  @Public()
  @Header('Cache-Control', 'public, max-age=300')
  async logo(@Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const logo = await this.organisation.logo();
    if (!logo) throw DomainError.notFound('The logo');
    res.setHeader('Content-Type', logo.type);
    return new StreamableFile(logo.bytes);
  }

  @Get(':id')
  @Public()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=300')
  async project(
    @Param('id') id: string,
    @Query('lang') lang: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const [project, publisher] = await Promise.all([this.projects.one(id), this.publisher()]);
    if (!project) res.status(404);
    return renderPublicProjectPage(project, id, languageOf(lang), publisher);
  }

  private async publisher(): Promise<Publisher> {
    const { name, hasLogo } = await this.organisation.organisation();
    return { name, hasLogo };
  }
}
