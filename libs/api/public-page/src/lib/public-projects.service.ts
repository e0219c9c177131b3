import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { isRanOutcome, type PublicProject } from '@gp/domain';
import { ProjectEntity } from '@gp/api/data';

const EU_KINDS = ['eu_direct', 'eu_shared', 'interreg'];

/**
 * The list the municipality publishes: projects marked public that are running or closed. It is
 * built field by field from what the public may read; budgets, comments and drafts never appear.
 */
@Injectable()
export class PublicProjectsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(): Promise<PublicProject[]> {
    const projects = await this.dataSource.getRepository(ProjectEntity).find({
      where: { isPublic: true, stage: In(['running', 'closed']) },
      relations: { programme: true },
      order: { plannedStart: 'DESC', title: 'ASC' },
    });
    return projects
      .filter((p) => p.stage === 'running' || isRanOutcome(p.outcome))
      .map((p) => ({
        id: p.id,
        title: p.title,
        summary: p.publicSummary,
        status: p.stage === 'running' ? 'ongoing' : 'closed',
        plannedStart: p.plannedStart,
        plannedEnd: p.plannedEnd,
        fundingSource: p.programme?.name ?? null,
        funder: p.programme?.funder ?? null,
        euFunded: EU_KINDS.includes(p.programme?.kind ?? ''),
        partners: p.partners,
        contactName: p.contactName,
        contactEmail: p.contactEmail,
        results: p.stage === 'closed' ? p.results || null : null,
        links: p.links,
      }));
  }
}
