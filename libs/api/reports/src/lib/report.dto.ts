import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CURRENCIES,
  INTERNATIONALISATION_FORMS,
  STAGES,
  type ApplicationFigures,
  type Currency,
  type DeadlineFigures,
  type ExchangeRate,
  type FormRow,
  type GoalRow,
  type GrantedRow,
  type InternationalisationForm,
  type PipelineRow,
  type PortfolioReport,
  type RatesUsed,
  type ReportQuery,
  type ReportingCurrency,
  type Stage,
} from '@gp/domain';
import { ExchangeRateDto } from './exchange-rates.dto';

/** The report's answer as OpenAPI shows it; the shapes are libs/domain's report.contract.ts. */
class ReportQueryEchoDto implements ReportQuery {
  @ApiProperty({ format: 'date' }) from: string;
  @ApiProperty({ format: 'date' }) to: string;
  @ApiPropertyOptional({ format: 'uuid' }) programmeId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) departmentId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) projectLeadId?: string;
}

class ApplicationFiguresDto implements ApplicationFigures {
  @ApiProperty({ description: 'Attempts submitted in the period (reached Beslut)' }) submitted: number;
  @ApiProperty() granted: number;
  @ApiProperty() rejected: number;
  @ApiProperty() pending: number;
  @ApiProperty() withdrawn: number;
  @ApiProperty({ nullable: true, type: Number, description: 'granted / (granted + rejected)' })
  successRateByCount: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Granted / requested amount of the decided ones' })
  successRateByAmount: number | null;
}

class GrantedRowDto implements GrantedRow {
  @ApiProperty({ nullable: true, type: String, description: 'Programme or department id, or the year' })
  key: string | null;
  @ApiProperty() label: string;
  @ApiProperty() applications: number;
  @ApiProperty() granted: number;
  @ApiProperty({ description: 'Minor units of the reporting currency' }) grantedMinor: number;
  @ApiProperty({ description: 'Own cash and in kind of the granted projects, minor units' }) ownCoFundingMinor: number;
  @ApiProperty({ nullable: true, type: Number }) leverage: number | null;
}

class PipelineRowDto implements PipelineRow {
  @ApiProperty({ enum: STAGES }) stage: Stage;
  @ApiProperty() count: number;
  @ApiProperty({ description: 'Granted once decided, else requested; minor units' }) valueMinor: number;
}

class DeadlineFiguresDto implements DeadlineFigures {
  @ApiProperty({ description: 'Other deadlines than the call’s, done on or before their day' }) met: number;
  @ApiProperty() missed: number;
  @ApiProperty() callDeadlinesMet: number;
  @ApiProperty() callDeadlinesMissed: number;
}

class GoalRowDto implements GoalRow {
  @ApiProperty({ minimum: 1, maximum: 17 }) goal: number;
  @ApiProperty() runningProjects: number;
}

class FormRowDto implements FormRow {
  @ApiProperty({ enum: INTERNATIONALISATION_FORMS }) form: InternationalisationForm;
  @ApiProperty() runningProjects: number;
}

class MissingRateDto {
  @ApiProperty({ enum: CURRENCIES }) currency: Currency;
  @ApiProperty({ example: '2027-03' }) month: string;
  @ApiProperty({ description: 'Left out of the sums, in minor units of `currency`' }) amountMinor: number;
}

class RatesUsedDto implements RatesUsed {
  @ApiProperty({ enum: ['SEK', 'NOK'] }) reportingCurrency: ReportingCurrency;
  @ApiProperty({ type: [ExchangeRateDto] }) used: ExchangeRate[];
  @ApiProperty({ type: [MissingRateDto] }) missing: MissingRateDto[];
}

export class PortfolioReportDto implements PortfolioReport {
  @ApiProperty({ type: ReportQueryEchoDto }) query: ReportQuery;
  @ApiProperty({ type: ApplicationFiguresDto }) applications: ApplicationFigures;
  @ApiProperty({ type: [GrantedRowDto] }) grantedByProgramme: GrantedRow[];
  @ApiProperty({ type: [GrantedRowDto] }) grantedByDepartment: GrantedRow[];
  @ApiProperty({ type: [GrantedRowDto] }) grantedByYear: GrantedRow[];
  @ApiProperty({ type: [PipelineRowDto] }) pipeline: PipelineRow[];
  @ApiProperty({ type: DeadlineFiguresDto }) deadlines: DeadlineFigures;
  @ApiProperty({ type: [GoalRowDto] }) goals: GoalRow[];
  @ApiProperty({ type: [FormRowDto] }) forms: FormRow[];
  @ApiProperty({ type: RatesUsedDto }) rates: RatesUsed;
}
