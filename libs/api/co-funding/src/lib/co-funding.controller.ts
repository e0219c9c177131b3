import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import {
  CO_FUNDING_DECIDER_ROLES,
  IDEA_CREATOR_ROLES,
  type CoFundingCommitment,
  type CoFundingRequest,
  type CurrentUser,
} from '@gp/domain';
import { ALL_ROLES, Roles, SignedInUser, ParseIdPipe } from '@gp/api/core';
import {
  CoFundingCommitmentDto,
  CoFundingDecisionDto,
  CoFundingInboxQueryDto,
  CoFundingRequestDto,
  CoFundingRequestInputDto,
  UpdateCoFundingRequestDto,
  VersionDto,
} from './co-funding.dto';
import { CoFundingService } from './co-funding.service';

@ApiTags('co-funding')
@Controller()
export class CoFundingController {
  constructor(private readonly coFunding: CoFundingService) {}

  @Get('projects/:projectId/co-funding-requests')
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ type: [CoFundingRequestDto] })
  forProject(
    @SignedInUser() user: CurrentUser,
    @Param('projectId', ParseIdPipe) projectId: string,
  ): Promise<CoFundingRequest[]> {
    return this.coFunding.forProject(user, projectId);
  }

  @Post('projects/:projectId/co-funding-requests')
  @Roles(...IDEA_CREATOR_ROLES)
  @ApiCreatedResponse({ type: CoFundingRequestDto, description: 'Asked; the department’s heads are emailed' })
  @ApiForbiddenResponse({ description: 'You read this project but do not edit it' })
  create(
    @SignedInUser() user: CurrentUser,
    @Param('projectId', ParseIdPipe) projectId: string,
    @Body() body: CoFundingRequestInputDto,
  ): Promise<CoFundingRequest> {
    return this.coFunding.create(user, projectId, body);
  }

  @Get('co-funding-requests')
  @Roles(...ALL_ROLES)
  @ApiOkResponse({
    type: [CoFundingRequestDto],
    description: 'Requests to your departments and on projects you read',
  })
  inbox(
    @SignedInUser() user: CurrentUser,
    @Query() query: CoFundingInboxQueryDto,
  ): Promise<CoFundingRequest[]> {
    return this.coFunding.inbox(user, query.status);
  }

  @Get('co-funding/commitments')
  @Roles(...ALL_ROLES)
  @ApiOkResponse({
    type: [CoFundingCommitmentDto],
    description: 'Approved and pending co-funding per department and budget year',
  })
  commitments(@SignedInUser() user: CurrentUser): Promise<CoFundingCommitment[]> {
    return this.coFunding.commitments(user);
  }

  @Get('co-funding-requests/:id')
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ type: CoFundingRequestDto })
  get(@SignedInUser() user: CurrentUser, @Param('id', ParseIdPipe) id: string): Promise<CoFundingRequest> {
    return this.coFunding.get(user, id);
  }

  @Patch('co-funding-requests/:id')
  @Roles(...IDEA_CREATOR_ROLES)
  @ApiOkResponse({
    type: CoFundingRequestDto,
    description: 'Changed amounts of a decided request go back for approval',
  })
  @ApiConflictResponse({ description: 'A newer version exists; the body carries it' })
  update(
    @SignedInUser() user: CurrentUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: UpdateCoFundingRequestDto,
  ): Promise<CoFundingRequest> {
    return this.coFunding.update(user, id, body);
  }

  @Post('co-funding-requests/:id/withdraw')
  @Roles(...IDEA_CREATOR_ROLES)
  @ApiCreatedResponse({ type: CoFundingRequestDto })
  withdraw(
    @SignedInUser() user: CurrentUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: VersionDto,
  ): Promise<CoFundingRequest> {
    return this.coFunding.withdraw(user, id, body.version);
  }

  @Post('co-funding-requests/:id/decision')
  @Roles(...CO_FUNDING_DECIDER_ROLES)
  @ApiCreatedResponse({
    type: CoFundingRequestDto,
    description: 'Decided; the project lead and coordinator are emailed',
  })
  @ApiForbiddenResponse({ description: 'Not a head of that department, or your own request' })
  @ApiConflictResponse({ description: 'Already decided, or a newer version exists' })
  decide(
    @SignedInUser() user: CurrentUser,
    @Param('id', ParseIdPipe) id: string,
    @Body() body: CoFundingDecisionDto,
  ): Promise<CoFundingRequest> {
    return this.coFunding.decide(user, id, body);
  }
}
