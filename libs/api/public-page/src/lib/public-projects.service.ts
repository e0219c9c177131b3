import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { EU_FUNDED_PROGRAMME_KINDS, isOnPublicList, type PublicProject } from '@gp/domain';
import { ProjectEntity } from '@gp/api/data';

const isUuid = (value: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/**
 * The list the municipality publishes: projects marked public that are running or were carried
 * out (libs/domain's isOnPublicList). It is built field by field from what the public may read;
 * budgets, comments and drafts never appear.
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
    return projects.filter(isOnPublicList).map(toPublicProject);
  }

  /** One published project, or null: an unpublished one is as unknown as one that does not exist. */
  async one(id: string): Promise<PublicProject | null> {
    if (!isUuid(id)) return null;
    const project = await this.dataSource.getRepository(ProjectEntity).findOne({
      where: { id, isPublic: true },
      relations: { programme: true },
    });
    return project && isOnPublicList(project) ? toPublicProject(project) : null;
  }
}

function toPublicProject(p: ProjectEntity): PublicProject {
  return {
    id: p.id,
    title: p.title,
    summary: p.publicSummary,
    status: p.stage === 'running' ? 'ongoing' : 'closed',
    plannedStart: p.plannedStart,
    plannedEnd: p.plannedEnd,
    fundingSource: p.programme?.name ?? null,
    funder: p.programme?.funder ?? null,
    euFunded: (EU_FUNDED_PROGRAMME_KINDS as readonly string[]).includes(p.programme?.kind ?? ''),
    partners: p.partners,
    contactName: p.contactName,
    contactEmail: p.contactEmail,
    results: p.stage === 'closed' ? p.results || null : null,
    links: p.links,
    sdgs: [...p.sdgs].sort((a, b) => a - b),
  };
}
