import { Module } from '@nestjs/common';
import { DeadlineSyncModule } from '@gp/api/deadline-sync';
import { DocumentChunks } from './document-chunks';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';

/** Documents on projects and their checklist items, kept in PostgreSQL in 256 KiB chunks. */
@Module({
  imports: [DeadlineSyncModule],
  controllers: [DocumentsController],
  providers: [DocumentChunks, DocumentsService],
})
export class DocumentsModule {}
