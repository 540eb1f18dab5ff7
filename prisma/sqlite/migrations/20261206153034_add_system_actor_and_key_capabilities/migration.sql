-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN "systemReason" TEXT;

-- CreateTable
CREATE TABLE "ApiKeyCapability" (
    "apiKeyId" INTEGER NOT NULL,
    "capability" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("apiKeyId", "capability"),
    CONSTRAINT "ApiKeyCapability_apiKeyId_fkey" FOREIGN KEY ("apiKeyId") REFERENCES "ApiKey" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
