-- CreateEnum
CREATE TYPE "ApiCapability" AS ENUM ('RECORD_SALES');

-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "systemReason" TEXT;

-- CreateTable
CREATE TABLE "ApiKeyCapability" (
    "apiKeyId" INTEGER NOT NULL,
    "capability" "ApiCapability" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiKeyCapability_pkey" PRIMARY KEY ("apiKeyId","capability")
);

-- AddForeignKey
ALTER TABLE "ApiKeyCapability" ADD CONSTRAINT "ApiKeyCapability_apiKeyId_fkey" FOREIGN KEY ("apiKeyId") REFERENCES "ApiKey"("id") ON DELETE CASCADE ON UPDATE CASCADE;
