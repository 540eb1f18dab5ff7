-- AlterTable
ALTER TABLE "ImportJob" ADD COLUMN     "committedBatches" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "content" BYTEA,
ADD COLUMN     "defaults" JSONB,
ADD COLUMN     "interruptions" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "worker" TEXT;
