-- AlterTable
ALTER TABLE "Contact" ADD COLUMN "erasedAt" DATETIME;
