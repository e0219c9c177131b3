import { Module } from '@nestjs/common';
import { PublicPageController } from './public-page.controller';
import { PublicProjectsController } from './public-projects.controller';
import { PublicProjectsService } from './public-projects.service';

/** What the public reads: the list of public projects as JSON and as the municipal HTML page. */
@Module({
  controllers: [PublicProjectsController, PublicPageController],
  providers: [PublicProjectsService],
})
export class PublicPageModule {}
