import { ApiProperty } from '@nestjs/swagger';
import type { AttachedDocument, ProjectDocument } from '@gp/domain';

export class ProjectDocumentDto implements ProjectDocument {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) projectId: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) checklistItemId: string | null;
  @ApiProperty({ nullable: true, type: String }) checklistItemTitle: string | null;
  @ApiProperty({ example: 'Partnerintyg Modena.pdf' }) fileName: string;
  @ApiProperty({ example: 'application/pdf', description: 'Told from the bytes, not the name' })
  contentType: string;
  @ApiProperty({ description: 'Bytes' }) size: number;
  @ApiProperty({ format: 'date-time' }) uploadedAt: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) uploadedById: string | null;
  @ApiProperty({ nullable: true, type: String }) uploadedByName: string | null;
}

export class AttachedDocumentDto implements AttachedDocument {
  @ApiProperty({ type: ProjectDocumentDto }) document: ProjectDocument;
  @ApiProperty({ description: 'Whether attaching ticked the checklist item' }) ticked: boolean;
}

/** The multipart body of an upload, for the OpenAPI document. */
export class DocumentUploadDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'At most 25 MB; PDF, Office, OpenDocument, PNG, JPEG, text, CSV' })
  file: unknown;
}
