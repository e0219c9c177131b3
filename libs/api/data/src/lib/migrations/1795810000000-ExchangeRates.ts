import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Monthly exchange rates into the reporting currency (issue 14): the portfolio's reports sum
 * EUR, SEK and NOK amounts with them, one rate per currency and month.
 */
export class ExchangeRates1795810000000 implements MigrationInterface {
    name = 'ExchangeRates1795810000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "exchange_rate" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "currency" character varying(3) NOT NULL, "month" date NOT NULL, "rate" numeric(18,6) NOT NULL, "source" text NOT NULL DEFAULT '', "demo" boolean NOT NULL DEFAULT false, "updated_by_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_exchange_rate" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_exchange_rate_currency_month" ON "exchange_rate" ("currency", "month") `);
        await queryRunner.query(`ALTER TABLE "exchange_rate" ADD CONSTRAINT "FK_exchange_rate_updated_by" FOREIGN KEY ("updated_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "exchange_rate" DROP CONSTRAINT "FK_exchange_rate_updated_by"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_exchange_rate_currency_month"`);
        await queryRunner.query(`DROP TABLE "exchange_rate"`);
    }
}
