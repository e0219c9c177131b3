import { ApiProperty } from '@nestjs/swagger';
import {
  INTERNATIONALISATION_FORMS,
  MUNICIPALITY_ROLES,
  OUTCOMES,
  STAGES,
  type InternationalisationForm,
  type MunicipalityRole,
  type Outcome,
  type Project,
  type Stage,
  type StageMoveRecord,
} from '@gp/domain';
import { PartnerDto, ProjectBudgetDto, ProjectLinkDto } from './project-input.dto';

export class ProjectDto implements Project {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() purpose: string;
  @ApiProperty({ enum: STAGES }) stage: Stage;
  @ApiProperty({ enum: OUTCOMES, nullable: true }) outcome: Outcome | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) decisionDate: string | null;
  @ApiProperty({ format: 'uuid' }) departmentId: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) projectLeadId: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) coordinatorId: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) programmeId: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) callId: string | null;
  @ApiProperty({ enum: MUNICIPALITY_ROLES, nullable: true }) municipalityRole: MunicipalityRole | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) plannedStart: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) plannedEnd: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) interimReportOn: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) finalReportOn: string | null;
  @ApiProperty({ type: ProjectBudgetDto }) budget: ProjectBudgetDto;
  @ApiProperty({ type: [PartnerDto] }) partners: PartnerDto[];
  @ApiProperty({ type: [String] }) themes: string[];
  @ApiProperty({ type: [Number] }) sdgs: number[];
  @ApiProperty({ enum: INTERNATIONALISATION_FORMS, nullable: true })
  internationalisationForm: InternationalisationForm | null;
  @ApiProperty() isPublic: boolean;
  @ApiProperty() publicSummary: string;
  @ApiProperty() contactName: string;
  @ApiProperty() contactEmail: string;
  @ApiProperty({ type: [ProjectLinkDto] }) links: ProjectLinkDto[];
  @ApiProperty() results: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) previousAttemptId: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) nextAttemptId: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) createdById: string | null;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

class MovedByDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class StageMoveRecordDto implements StageMoveRecord {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: STAGES }) from: Stage;
  @ApiProperty({ enum: STAGES }) to: Stage;
  @ApiProperty({ enum: OUTCOMES, nullable: true }) outcome: Outcome | null;
  @ApiProperty() comment: string;
  @ApiProperty({ type: MovedByDto, nullable: true }) movedBy: MovedByDto | null;
  @ApiProperty({ format: 'date-time' }) movedAt: string;
}
