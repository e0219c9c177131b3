import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseIntPipe,
  Patch,
  Post,
  Put,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import {
  BODY_DECISION_RECORDER_ROLES,
  CO_FUNDING_DECIDER_ROLES,
  zonedDay,
  type CoFundingRequest,
  type CurrentUser,
  type DecisionBody,
  type DelegationLimit,
  type LedgerYear,
} from '@gp/domain';
import { ALL_ROLES, APP_CONFIG, AppConfig, Roles, SignedInUser, ParseIdPipe } from '@gp/api/core';
import { Inject } from '@nestjs/common';
import {
  CoFundingBodyDecisionDto,
  CoFundingFrameDto,
  CoFundingRecommendationDto,
  DecisionBodyInputDto,
  DelegationLimitDto,
  UpdateDecisionBodyDto,
} from './co-funding-decisions.dto';
import { CoFundingRequestDto } from './co-funding.dto';
import { CoFundingBodyDecisions } from './co-funding-body-decisions.service';
import { CoFundingLedgerService, type DelegatedDecisions } from './co-funding-ledger.service';
import { CoFundingLedgerExportService } from './co-funding-ledger-export.service';
import { LedgerExportQueryDto } from './ledger-export-query.dto';
import type { Response } from 'express';
import { DecisionBodiesService } from './decision-bodies.service';

class DepartmentQueryDto {
  @IsUUID('all', { message: 'departmentId must be the id of a department' })
  departmentId: string;
}

/** Who decides co-funding above the head's delegation, the bodies and their meeting plans, the ledger. */
@ApiTags('co-funding decisions')
@Controller()
export class CoFundingDecisionsController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly bodyDecisions: CoFundingBodyDecisions,
    private readonly bodies: DecisionBodiesService,
    private readonly ledgerService: CoFundingLedgerService,
    private readonly ledgerExport: CoFundingLedgerExportService,
  ) {}

  @Post('co-funding-requests/:id/recommendation')
  @Roles(...CO_FUNDING_DECIDER_ROLES)
  @ApiCreatedResponse({ type: CoFundingRequestDto, description: 'The head’s advice to the deciding body' })
  @ApiForbiddenResponse({
    description: 'Not a head of that department, your own request, or within delegation',
  })
  recommend(
    @SignedInUser() user: CurrentUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: CoFundingRecommendationDto,
  ): Promise<CoFundingRequest> {
    return this.bodyDecisions.recommend(user, id, body);
  }

  @Post('co-funding-requests/:id/body-decision')
  @Roles(...BODY_DECISION_RECORDER_ROLES)
  @ApiCreatedResponse({
    type: CoFundingRequestDto,
    description: 'Recorded from the minutes; the requester and coordinator are emailed',
  })
  @ApiConflictResponse({ description: 'Already decided, or a newer version exists' })
  recordBodyDecision(
    @SignedInUser() user: CurrentUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: CoFundingBodyDecisionDto,
  ): Promise<CoFundingRequest> {
    return this.bodyDecisions.record(user, id, body);
  }

  @Get('decision-bodies')
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ description: 'The bodies that decide co-funding, with their meeting plans' })
  listBodies(): Promise<DecisionBody[]> {
    return this.bodies.list();
  }

  @Post('decision-bodies')
  @Roles('admin')
  createBody(@Body() body: DecisionBodyInputDto): Promise<DecisionBody> {
    return this.bodies.create(body);
  }

  @Patch('decision-bodies/:id')
  @Roles('admin')
  updateBody(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: UpdateDecisionBodyDto,
  ): Promise<DecisionBody> {
    return this.bodies.update(id, body);
  }

  @Delete('decision-bodies/:id')
  @Roles('admin')
  @HttpCode(204)
  async removeBody(@Param('id', ParseIdPipe) id: string): Promise<void> {
    await this.bodies.remove(id);
  }

  @Get('delegation-limits')
  @Roles(...ALL_ROLES)
  delegationLimits(): Promise<DelegationLimit[]> {
    return this.bodies.delegationLimits();
  }

  @Put('departments/:id/delegation')
  @Roles('admin')
  setDelegation(
    @Param('id', ParseIdPipe) id: string,
    @Body() body: DelegationLimitDto,
  ): Promise<DelegationLimit> {
    return this.bodies.setDelegation(id, body);
  }

  @Get('co-funding/ledger')
  @Roles(...ALL_ROLES)
  @ApiOkResponse({
    description: 'Frame, pending, approved, committed, released and remaining per department and budget year',
  })
  ledger(@SignedInUser() user: CurrentUser): Promise<LedgerYear[]> {
    return this.ledgerService.ledger(user);
  }

  @Get('co-funding/ledger/export')
  @Roles(...ALL_ROLES)
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  @ApiOkResponse({ description: 'The ledger you read (one budget year or all) as a file, in your language' })
  async exportLedger(
    @SignedInUser() user: CurrentUser,
    @Query() query: LedgerExportQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    await this.ledgerExport.send(user, query, response);
  }

  @Put('departments/:id/co-funding-frames/:year')
  @Roles(...CO_FUNDING_DECIDER_ROLES)
  setFrame(
    @SignedInUser() user: CurrentUser,
    @Param('id', ParseIdPipe) id: string,
    @Param('year', new ParseIntPipe()) year: number,
    @Body() body: CoFundingFrameDto,
  ): Promise<LedgerYear[]> {
    return this.ledgerService.setFrame(user, id, year, body);
  }

  @Get('co-funding/delegated-decisions')
  @Roles(...ALL_ROLES)
  @ApiOkResponse({
    description: 'Decisions under delegation since the committee last met, for its next meeting',
  })
  delegatedDecisions(
    @SignedInUser() user: CurrentUser,
    @Query() query: DepartmentQueryDto,
  ): Promise<DelegatedDecisions> {
    return this.ledgerService.delegatedDecisions(
      user,
      query.departmentId,
      zonedDay(new Date(), this.config.timeZone),
    );
  }
}
