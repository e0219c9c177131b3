import { MigrationInterface, QueryRunner } from "typeorm";

export class Projects1795385557416 implements MigrationInterface {
    name = 'Projects1795385557416'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "project" ("version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(300) NOT NULL, "purpose" text NOT NULL DEFAULT '', "stage" character varying(20) NOT NULL DEFAULT 'idea', "outcome" character varying(20), "decision_date" date, "department_id" uuid NOT NULL, "project_lead_id" uuid, "coordinator_id" uuid, "programme_id" uuid, "call_id" uuid, "municipality_role" character varying(30), "planned_start" date, "planned_end" date, "budget_currency" character varying(3) NOT NULL DEFAULT 'SEK', "budget_total_minor" bigint, "requested_grant_minor" bigint, "own_cash_minor" bigint, "own_in_kind_minor" bigint, "granted_minor" bigint, "partners" jsonb NOT NULL DEFAULT '[]', "themes" text array NOT NULL DEFAULT '{}', "sdgs" integer array NOT NULL DEFAULT '{}', "internationalisation_form" character varying(30), "is_public" boolean NOT NULL DEFAULT false, "public_summary" text NOT NULL DEFAULT '', "contact_name" character varying(200) NOT NULL DEFAULT '', "contact_email" character varying(320) NOT NULL DEFAULT '', "links" jsonb NOT NULL DEFAULT '[]', "results" text NOT NULL DEFAULT '', "previous_attempt_id" uuid, CONSTRAINT "PK_4d68b1358bb5b766d3e78f32f57" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_project_department_id" ON "project"  ("department_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_project_project_lead_id" ON "project"  ("project_lead_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_project_programme_id" ON "project"  ("programme_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_project_stage" ON "project"  ("stage") `);
        await queryRunner.query(`CREATE TABLE "project_stage_move" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "from_stage" character varying(20) NOT NULL, "to_stage" character varying(20) NOT NULL, "outcome" character varying(20), "comment" text NOT NULL DEFAULT '', "moved_by_id" uuid, "moved_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e6da33366e54c6ea51016120101" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_project_stage_move_project_id" ON "project_stage_move"  ("project_id") `);
        await queryRunner.query(`ALTER TABLE "project" ADD CONSTRAINT "FK_project_department" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "project" ADD CONSTRAINT "FK_project_project_lead" FOREIGN KEY ("project_lead_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "project" ADD CONSTRAINT "FK_project_coordinator" FOREIGN KEY ("coordinator_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "project" ADD CONSTRAINT "FK_project_programme" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "project" ADD CONSTRAINT "FK_project_call" FOREIGN KEY ("call_id") REFERENCES "programme_call"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "project" ADD CONSTRAINT "FK_project_previous_attempt" FOREIGN KEY ("previous_attempt_id") REFERENCES "project"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "project_stage_move" ADD CONSTRAINT "FK_project_stage_move_project" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "project_stage_move" ADD CONSTRAINT "FK_project_stage_move_moved_by" FOREIGN KEY ("moved_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "project_stage_move" DROP CONSTRAINT "FK_project_stage_move_moved_by"`);
        await queryRunner.query(`ALTER TABLE "project_stage_move" DROP CONSTRAINT "FK_project_stage_move_project"`);
        await queryRunner.query(`ALTER TABLE "project" DROP CONSTRAINT "FK_project_previous_attempt"`);
        await queryRunner.query(`ALTER TABLE "project" DROP CONSTRAINT "FK_project_call"`);
        await queryRunner.query(`ALTER TABLE "project" DROP CONSTRAINT "FK_project_programme"`);
        await queryRunner.query(`ALTER TABLE "project" DROP CONSTRAINT "FK_project_coordinator"`);
        await queryRunner.query(`ALTER TABLE "project" DROP CONSTRAINT "FK_project_project_lead"`);
        await queryRunner.query(`ALTER TABLE "project" DROP CONSTRAINT "FK_project_department"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_project_stage_move_project_id"`);
        await queryRunner.query(`DROP TABLE "project_stage_move"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_project_stage"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_project_programme_id"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_project_project_lead_id"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_project_department_id"`);
        await queryRunner.query(`DROP TABLE "project"`);
    }

}
