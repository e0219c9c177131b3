import { MigrationInterface, QueryRunner } from "typeorm";

export class ChecklistsAndCoFunding1795391250123 implements MigrationInterface {
    name = 'ChecklistsAndCoFunding1795391250123'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "checklist_template_item" ("version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid NOT NULL, "title" character varying(300) NOT NULL, "guidance" text NOT NULL DEFAULT '', "required" boolean NOT NULL DEFAULT true, "due_days_before" integer, "due_on" date, "position" integer NOT NULL, CONSTRAINT "PK_24d6a4e7828f5f29e005dd4f1a1" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_checklist_template_item_programme" ON "checklist_template_item"  ("programme_id", "position") `);
        await queryRunner.query(`CREATE TABLE "checklist_item" ("version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "template_item_id" uuid, "title" character varying(300) NOT NULL, "guidance" text NOT NULL DEFAULT '', "required" boolean NOT NULL DEFAULT true, "due_days_before" integer, "due_on" date, "assignee_id" uuid, "comment" text NOT NULL DEFAULT '', "done_at" TIMESTAMP WITH TIME ZONE, "done_by_id" uuid, "position" integer NOT NULL, CONSTRAINT "PK_0c52d9590c766a9ae718e16cebf" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_checklist_item_project" ON "checklist_item"  ("project_id", "position") `);
        await queryRunner.query(`CREATE TABLE "co_funding_request" ("version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "department_id" uuid NOT NULL, "currency" character varying(3) NOT NULL, "years" jsonb NOT NULL, "justification" text NOT NULL DEFAULT '', "status" character varying(20) NOT NULL DEFAULT 'pending', "requested_by_id" uuid, "decided_by_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "decision_comment" text, CONSTRAINT "PK_82871681d8937f20ef32aea3dcb" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_co_funding_request_project" ON "co_funding_request"  ("project_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_co_funding_request_department_status" ON "co_funding_request"  ("department_id", "status") `);
        await queryRunner.query(`CREATE TABLE "project_activity" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "subject" character varying(300) NOT NULL, "comment" text, "actor_id" uuid, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d1d722fe8898deff9b95ba377a7" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_project_activity_project_at" ON "project_activity"  ("project_id", "at") `);
        await queryRunner.query(`ALTER TABLE "checklist_template_item" ADD CONSTRAINT "FK_checklist_template_item_programme" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "checklist_item" ADD CONSTRAINT "FK_checklist_item_project" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "checklist_item" ADD CONSTRAINT "FK_checklist_item_template_item" FOREIGN KEY ("template_item_id") REFERENCES "checklist_template_item"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "checklist_item" ADD CONSTRAINT "FK_checklist_item_assignee" FOREIGN KEY ("assignee_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "checklist_item" ADD CONSTRAINT "FK_checklist_item_done_by" FOREIGN KEY ("done_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "co_funding_request" ADD CONSTRAINT "FK_co_funding_request_project" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "co_funding_request" ADD CONSTRAINT "FK_co_funding_request_department" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "co_funding_request" ADD CONSTRAINT "FK_co_funding_request_requested_by" FOREIGN KEY ("requested_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "co_funding_request" ADD CONSTRAINT "FK_co_funding_request_decided_by" FOREIGN KEY ("decided_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "project_activity" ADD CONSTRAINT "FK_project_activity_project" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "project_activity" ADD CONSTRAINT "FK_project_activity_actor" FOREIGN KEY ("actor_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "project_activity" DROP CONSTRAINT "FK_project_activity_actor"`);
        await queryRunner.query(`ALTER TABLE "project_activity" DROP CONSTRAINT "FK_project_activity_project"`);
        await queryRunner.query(`ALTER TABLE "co_funding_request" DROP CONSTRAINT "FK_co_funding_request_decided_by"`);
        await queryRunner.query(`ALTER TABLE "co_funding_request" DROP CONSTRAINT "FK_co_funding_request_requested_by"`);
        await queryRunner.query(`ALTER TABLE "co_funding_request" DROP CONSTRAINT "FK_co_funding_request_department"`);
        await queryRunner.query(`ALTER TABLE "co_funding_request" DROP CONSTRAINT "FK_co_funding_request_project"`);
        await queryRunner.query(`ALTER TABLE "checklist_item" DROP CONSTRAINT "FK_checklist_item_done_by"`);
        await queryRunner.query(`ALTER TABLE "checklist_item" DROP CONSTRAINT "FK_checklist_item_assignee"`);
        await queryRunner.query(`ALTER TABLE "checklist_item" DROP CONSTRAINT "FK_checklist_item_template_item"`);
        await queryRunner.query(`ALTER TABLE "checklist_item" DROP CONSTRAINT "FK_checklist_item_project"`);
        await queryRunner.query(`ALTER TABLE "checklist_template_item" DROP CONSTRAINT "FK_checklist_template_item_programme"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_project_activity_project_at"`);
        await queryRunner.query(`DROP TABLE "project_activity"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_co_funding_request_department_status"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_co_funding_request_project"`);
        await queryRunner.query(`DROP TABLE "co_funding_request"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_checklist_item_project"`);
        await queryRunner.query(`DROP TABLE "checklist_item"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_checklist_template_item_programme"`);
        await queryRunner.query(`DROP TABLE "checklist_template_item"`);
    }

}
