import { Module } from '@nestjs/common';
import { BoardController } from './board.controller';
import { BoardService } from './board.service';
import { ProjectsController } from './projects.controller';
import { PublicPageController } from './public-page/public-page.controller';
import { ProjectsService } from './projects.service';
import { PublicProjectsController } from './public-projects.controller';
import { PublicProjectsService } from './public-projects.service';

@Module({
  controllers: [ProjectsController, BoardController, PublicProjectsController, PublicPageController],
  providers: [ProjectsService, BoardService, PublicProjectsService],
})
export class ProjectsModule {}
