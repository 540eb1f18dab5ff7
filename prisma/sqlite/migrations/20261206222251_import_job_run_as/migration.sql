-- AlterTable
ALTER TABLE "ImportJob" ADD COLUMN "runAs" JSONB;
