import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Who decides co-funding, and by when (issue 13): decision bodies with their meeting plans, each
 * department's delegation and yearly frames, the extract-of-minutes item on checklist templates,
 * and on each request the head's recommendation and the minutes of the decision.
 */
export class CoFundingDecisions1795700000000 implements MigrationInterface {
    name = 'CoFundingDecisions1795700000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "co_funding_frame" ("version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "department_id" uuid NOT NULL, "year" integer NOT NULL, "amount_minor" bigint NOT NULL, "currency" character varying(3) NOT NULL, CONSTRAINT "PK_a71c1a1853f1abbf5e36caa30d1" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_co_funding_frame_department_year" ON "co_funding_frame"  ("department_id", "year") `);
        await queryRunner.query(`CREATE TABLE "decision_body" ("version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(20) NOT NULL, "name" character varying(200) NOT NULL, "department_id" uuid, "report_days_before" integer NOT NULL, "minutes_working_days" integer NOT NULL, "meetings" date array NOT NULL DEFAULT '{}', CONSTRAINT "PK_6201f36f8144623489c6366587d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_decision_body_kind" ON "decision_body"  ("kind") WHERE "kind" <> 'committee'`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_decision_body_committee" ON "decision_body"  ("department_id") WHERE "kind" = 'committee'`);
        await queryRunner.query(`ALTER TABLE "programme" ADD "extract_working_days" integer NOT NULL DEFAULT '5'`);
        await queryRunner.query(`ALTER TABLE "checklist_template_item" ADD "is_minutes_extract" boolean NOT NULL DEFAULT false`);
        await queryRunner.query(`ALTER TABLE "department" ADD "head_limit_minor" bigint`);
        await queryRunner.query(`ALTER TABLE "department" ADD "head_limit_currency" character varying(3)`);
        await queryRunner.query(`ALTER TABLE "department" ADD "board_after_years" integer NOT NULL DEFAULT '3'`);
        await queryRunner.query(`ALTER TABLE "co_funding_request" ADD "recommendation" character varying(10)`);
        await queryRunner.query(`ALTER TABLE "co_funding_request" ADD "recommendation_comment" text`);
        await queryRunner.query(`ALTER TABLE "co_funding_request" ADD "recommended_by_id" uuid`);
        await queryRunner.query(`ALTER TABLE "co_funding_request" ADD "recommended_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "co_funding_request" ADD "decided_as" character varying(20)`);
        await queryRunner.query(`ALTER TABLE "co_funding_request" ADD "minutes_body_name" character varying(200)`);
        await queryRunner.query(`ALTER TABLE "co_funding_request" ADD "minutes_meeting_on" date`);
        await queryRunner.query(`ALTER TABLE "co_funding_request" ADD "minutes_paragraph" character varying(30)`);
        await queryRunner.query(`ALTER TABLE "co_funding_request" ADD "minutes_case_number" character varying(60)`);
        // Every decision so far was a head's: the desk knew no other route.
        await queryRunner.query(`UPDATE "co_funding_request" SET "decided_as" = 'head' WHERE "status" IN ('approved', 'rejected')`);
        await queryRunner.query(`ALTER TABLE "co_funding_frame" ADD CONSTRAINT "FK_co_funding_frame_department" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "co_funding_request" ADD CONSTRAINT "FK_co_funding_request_recommended_by" FOREIGN KEY ("recommended_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "decision_body" ADD CONSTRAINT "FK_decision_body_department" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "decision_body" DROP CONSTRAINT "FK_decision_body_department"`);
        await queryRunner.query(`ALTER TABLE "co_funding_request" DROP CONSTRAINT "FK_co_funding_request_recommended_by"`);
        await queryRunner.query(`ALTER TABLE "co_funding_frame" DROP CONSTRAINT "FK_co_funding_frame_department"`);
        await queryRunner.query(`ALTER TABLE "co_funding_request" DROP COLUMN "minutes_case_number"`);
        await queryRunner.query(`ALTER TABLE "co_funding_request" DROP COLUMN "minutes_paragraph"`);
        await queryRunner.query(`ALTER TABLE "co_funding_request" DROP COLUMN "minutes_meeting_on"`);
        await queryRunner.query(`ALTER TABLE "co_funding_request" DROP COLUMN "minutes_body_name"`);
        await queryRunner.query(`ALTER TABLE "co_funding_request" DROP COLUMN "decided_as"`);
        await queryRunner.query(`ALTER TABLE "co_funding_request" DROP COLUMN "recommended_at"`);
        await queryRunner.query(`ALTER TABLE "co_funding_request" DROP COLUMN "recommended_by_id"`);
        await queryRunner.query(`ALTER TABLE "co_funding_request" DROP COLUMN "recommendation_comment"`);
        await queryRunner.query(`ALTER TABLE "co_funding_request" DROP COLUMN "recommendation"`);
        await queryRunner.query(`ALTER TABLE "department" DROP COLUMN "board_after_years"`);
        await queryRunner.query(`ALTER TABLE "department" DROP COLUMN "head_limit_currency"`);
        await queryRunner.query(`ALTER TABLE "department" DROP COLUMN "head_limit_minor"`);
        await queryRunner.query(`ALTER TABLE "checklist_template_item" DROP COLUMN "is_minutes_extract"`);
        await queryRunner.query(`ALTER TABLE "programme" DROP COLUMN "extract_working_days"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_decision_body_committee"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_decision_body_kind"`);
        await queryRunner.query(`DROP TABLE "decision_body"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_co_funding_frame_department_year"`);
        await queryRunner.query(`DROP TABLE "co_funding_frame"`);
    }

}
