import { Controller, Delete, Get, HttpCode, Param, Post, Put, Req, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  DOCUMENT_ATTACHER_ROLES,
  DOCUMENT_EDITOR_ROLES,
  servedContentType,
  type AttachedDocument,
  type CurrentUser,
  type ProjectDocument,
} from '@gp/domain';
import { ALL_ROLES, ParseIdPipe, Roles, SignedInUser } from '@gp/api/core';
import { attachmentDisposition } from '@gp/api/export';
import { AttachedDocumentDto, DocumentUploadDto, ProjectDocumentDto } from './documents.dto';
import { DocumentsService } from './documents.service';

const UPLOAD_DOCS = [
  ApiConsumes('multipart/form-data'),
  ApiBody({ type: DocumentUploadDto }),
  ApiPayloadTooLargeResponse({ description: 'Larger than 25 MB; nothing is stored' }),
  ApiUnsupportedMediaTypeResponse({ description: 'The bytes are not a kind of file kept here' }),
];
const withUploadDocs = (): MethodDecorator => (target, key, descriptor) => {
  for (const decorate of UPLOAD_DOCS) decorate(target, key, descriptor);
};

/** Documents on projects and checklist items; the service checks who reads and who changes which. */
@ApiTags('documents')
@Controller()
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Get('projects/:projectId/documents')
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ type: [ProjectDocumentDto], description: 'The project’s documents, oldest first' })
  list(
    @SignedInUser() user: CurrentUser,
    @Param('projectId', ParseIdPipe) projectId: string,
  ): Promise<ProjectDocument[]> {
    return this.documents.list(user, projectId);
  }

  @Post('projects/:projectId/documents')
  @Roles(...DOCUMENT_EDITOR_ROLES)
  @withUploadDocs()
  @ApiCreatedResponse({ type: ProjectDocumentDto })
  upload(
    @SignedInUser() user: CurrentUser,
    @Param('projectId', ParseIdPipe) projectId: string,
    @Req() req: Request,
  ): Promise<ProjectDocument> {
    return this.documents.upload(user, projectId, req);
  }

  @Post('checklist-items/:itemId/documents')
  @Roles(...DOCUMENT_ATTACHER_ROLES)
  @withUploadDocs()
  @ApiCreatedResponse({ type: AttachedDocumentDto, description: 'The document, and whether it ticked the item' })
  attach(
    @SignedInUser() user: CurrentUser,
    @Param('itemId', ParseIdPipe) itemId: string,
    @Req() req: Request,
  ): Promise<AttachedDocument> {
    return this.documents.attach(user, itemId, req);
  }

  @Put('projects/:projectId/documents/:documentId/content')
  @Roles(...DOCUMENT_EDITOR_ROLES)
  @withUploadDocs()
  @ApiOkResponse({ type: ProjectDocumentDto, description: 'The new document; the old one is gone' })
  replace(
    @SignedInUser() user: CurrentUser,
    @Param('projectId', ParseIdPipe) projectId: string,
    @Param('documentId', ParseIdPipe) documentId: string,
    @Req() req: Request,
  ): Promise<ProjectDocument> {
    return this.documents.replace(user, projectId, documentId, req);
  }

  @Get('projects/:projectId/documents/:documentId/content')
  @Roles(...ALL_ROLES)
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'The file, as uploaded, streamed' })
  async download(
    @SignedInUser() user: CurrentUser,
    @Param('projectId', ParseIdPipe) projectId: string,
    @Param('documentId', ParseIdPipe) documentId: string,
    @Res() res: Response,
  ): Promise<void> {
    const document = await this.documents.readable(user, projectId, documentId);
    res.status(200);
    res.setHeader('Content-Type', servedContentType(document.contentType));
    res.setHeader('Content-Length', String(document.size));
    res.setHeader('Content-Disposition', attachmentDisposition(document.fileName));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    // Headers are out once the first chunk is: a failure after that can only cut the answer short.
    await pipeline(Readable.from(this.documents.content(document)), res).catch(() => res.destroy());
  }

  @Delete('projects/:projectId/documents/:documentId')
  @Roles(...DOCUMENT_EDITOR_ROLES)
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Removed, with its bytes' })
  remove(
    @SignedInUser() user: CurrentUser,
    @Param('projectId', ParseIdPipe) projectId: string,
    @Param('documentId', ParseIdPipe) documentId: string,
  ): Promise<void> {
    return this.documents.remove(user, projectId, documentId);
  }
}
