-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "entityIds" TEXT;
