import { ApiProperty } from '@nestjs/swagger';
import type { DeletedIdea } from '@gp/domain';

class DeletedByDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class DeletedIdeaDto implements DeletedIdea {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'uuid' }) departmentId: string;
  @ApiProperty() departmentName: string;
  @ApiProperty({ format: 'date-time' }) deletedAt: string;
  @ApiProperty({ type: DeletedByDto, nullable: true }) deletedBy: DeletedByDto | null;
  @ApiProperty({ format: 'date-time', description: 'After this it is purged for good' }) restorableUntil: string;
}
