import { MigrationInterface, QueryRunner } from "typeorm";

export class ProgrammesAndCalls1795385072591 implements MigrationInterface {
    name = 'ProgrammesAndCalls1795385072591'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "programme_call" ("version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "programme_id" uuid NOT NULL, "title" character varying(300) NOT NULL, "opens_on" date, "deadline_at" TIMESTAMP WITH TIME ZONE NOT NULL, "deadline_time_zone" character varying(64) NOT NULL, "max_grant_minor" bigint, "max_grant_currency" character varying(3), "co_financing_rate" numeric(5,2), "link" character varying(500), CONSTRAINT "PK_cf8f626cfdf07dcbaccb585da30" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_programme_call_programme_id" ON "programme_call"  ("programme_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_programme_call_deadline" ON "programme_call"  ("deadline_at") `);
        await queryRunner.query(`CREATE TABLE "programme" ("version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "funder" character varying(200) NOT NULL, "kind" character varying(20) NOT NULL, "co_financing_rate" numeric(5,2), "link" character varying(500), "description_sv" text NOT NULL DEFAULT '', "description_en" text NOT NULL DEFAULT '', CONSTRAINT "UQ_46001affee0cee5356f85f30135" UNIQUE ("name"), CONSTRAINT "PK_76ff6b30b74f213944d1ac0a660" PRIMARY KEY ("id"))`);
        await queryRunner.query(`ALTER TABLE "programme_call" ADD CONSTRAINT "FK_programme_call_programme" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "programme_call" DROP CONSTRAINT "FK_programme_call_programme"`);
        await queryRunner.query(`DROP TABLE "programme"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_programme_call_deadline"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_programme_call_programme_id"`);
        await queryRunner.query(`DROP TABLE "programme_call"`);
    }

}
