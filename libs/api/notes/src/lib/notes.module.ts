import { Module } from '@nestjs/common';
import { MailOutboxModule } from '@gp/api/mail';
import { NotesController } from './notes.controller';
import { NotesService } from './notes.service';

/** Notes on a project, and the emails to the people they mention. */
@Module({
  imports: [MailOutboxModule],
  controllers: [NotesController],
  providers: [NotesService],
})
export class NotesModule {}
