import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@gp/api/core';
import { PublicProjectsService } from './public-projects.service';
import { renderPublicPage } from './render-public-page';

/** The public page at /public-projects (outside /api), in Swedish or, with ?lang=en, English. */
@ApiExcludeController()
@Controller('public-projects')
export class PublicPageController {
  constructor(private readonly projects: PublicProjectsService) {}

  @Get()
  @Public()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=300')
  async page(@Query('lang') lang?: string): Promise<string> {
    return renderPublicPage(await this.projects.list(), lang === 'en' ? 'en' : 'sv');
  }
}
