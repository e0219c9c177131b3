import { ApiProperty } from '@nestjs/swagger';
import {
  CURRENCIES,
  INTERNATIONALISATION_FORMS,
  MUNICIPALITY_ROLES,
  OUTCOMES,
  PROJECT_TABLE_COLUMNS,
  STAGES,
  type Currency,
  type InternationalisationForm,
  type MunicipalityRole,
  type Outcome,
  type ProjectTableColumn,
  type ProjectTableColumnsPreference,
  type ProjectTablePage,
  type ProjectTableRow,
  type Stage,
} from '@gp/domain';

/** The OpenAPI shapes of the table's answers; the answers themselves are libs/domain's types. */
export class ProjectTableRowDto implements ProjectTableRow {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: STAGES }) stage: Stage;
  @ApiProperty({ enum: OUTCOMES, nullable: true }) outcome: Outcome | null;
  @ApiProperty({ nullable: true, type: String }) programmeName: string | null;
  @ApiProperty({ nullable: true, type: String }) callTitle: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) callDeadline: string | null;
  @ApiProperty() departmentName: string;
  @ApiProperty({ nullable: true, type: String }) projectLeadName: string | null;
  @ApiProperty({ nullable: true, type: String }) coordinatorName: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) plannedStart: string | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) plannedEnd: string | null;
  @ApiProperty({ enum: CURRENCIES }) currency: Currency;
  @ApiProperty({ nullable: true, type: Number }) totalMinor: number | null;
  @ApiProperty({ nullable: true, type: Number }) requestedGrantMinor: number | null;
  @ApiProperty({ nullable: true, type: Number }) ownCashMinor: number | null;
  @ApiProperty({ nullable: true, type: Number }) ownInKindMinor: number | null;
  @ApiProperty({ nullable: true, type: Number }) grantedMinor: number | null;
  @ApiProperty({ enum: MUNICIPALITY_ROLES, nullable: true }) municipalityRole: MunicipalityRole | null;
  @ApiProperty({ type: [String], description: '"Organisation (country)" per partner' }) partners: string[];
  @ApiProperty({ type: [Number] }) sdgs: number[];
  @ApiProperty({ enum: INTERNATIONALISATION_FORMS, nullable: true })
  internationalisationForm: InternationalisationForm | null;
  @ApiProperty({ format: 'date', nullable: true, type: String }) decisionDate: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class ProjectTablePageDto implements ProjectTablePage {
  @ApiProperty({ type: [ProjectTableRowDto] }) rows: ProjectTableRowDto[];
  @ApiProperty({ description: 'Every row that matches, over all pages' }) total: number;
  @ApiProperty() offset: number;
  @ApiProperty() limit: number;
}

export class ProjectTableColumnsDto implements ProjectTableColumnsPreference {
  @ApiProperty({
    enum: PROJECT_TABLE_COLUMNS,
    isArray: true,
    description: 'Known columns, each once, at least one, in the order the table shows them',
  })
  columns: ProjectTableColumn[];
}
