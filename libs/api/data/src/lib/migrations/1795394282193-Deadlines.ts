import { MigrationInterface, QueryRunner } from "typeorm";

export class Deadlines1795394282193 implements MigrationInterface {
    name = 'Deadlines1795394282193'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "deadline" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "kind" character varying(30) NOT NULL, "source_key" character varying(36) NOT NULL DEFAULT '', "title" character varying(300) NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE, "due_on" date NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'open', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9b68db28fc035ed8a84691bfbaf" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_deadline_status_due" ON "deadline"  ("status", "due_on") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_deadline_source" ON "deadline"  ("project_id", "kind", "source_key") `);
        await queryRunner.query(`ALTER TABLE "project" ADD "interim_report_on" date`);
        await queryRunner.query(`ALTER TABLE "project" ADD "final_report_on" date`);
        await queryRunner.query(`ALTER TABLE "deadline" ADD CONSTRAINT "FK_deadline_project" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "deadline" DROP CONSTRAINT "FK_deadline_project"`);
        await queryRunner.query(`ALTER TABLE "project" DROP COLUMN "final_report_on"`);
        await queryRunner.query(`ALTER TABLE "project" DROP COLUMN "interim_report_on"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_deadline_source"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_deadline_status_due"`);
        await queryRunner.query(`DROP TABLE "deadline"`);
    }

}
