import { Module } from '@nestjs/common';
import { OrganisationModule } from '@gp/api/organisation';
import { EmbeddingInterceptor } from './embedding.interceptor';
import { PublicPageController } from './public-page.controller';
import { PublicProjectsController } from './public-projects.controller';
import { PublicProjectsService } from './public-projects.service';

/** What the public reads: the list of public projects as JSON and as the municipal HTML pages. */
@Module({
  imports: [OrganisationModule],
  controllers: [PublicProjectsController, PublicPageController],
  providers: [PublicProjectsService, EmbeddingInterceptor],
})
export class PublicPageModule {}
