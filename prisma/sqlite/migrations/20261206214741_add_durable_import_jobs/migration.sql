-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ImportJob" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "entity" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mapping" JSONB NOT NULL,
    "upsertKey" TEXT,
    "dryRun" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "totalRows" INTEGER NOT NULL DEFAULT 0,
    "processedRows" INTEGER NOT NULL DEFAULT 0,
    "createdCount" INTEGER NOT NULL DEFAULT 0,
    "updatedCount" INTEGER NOT NULL DEFAULT 0,
    "errorCount" INTEGER NOT NULL DEFAULT 0,
    "defaults" JSONB,
    "content" BLOB,
    "committedBatches" INTEGER NOT NULL DEFAULT 0,
    "interruptions" INTEGER NOT NULL DEFAULT 0,
    "worker" TEXT,
    "startedAt" DATETIME,
    "finishedAt" DATETIME,
    "createdById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ImportJob_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "StaffUser" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_ImportJob" ("createdAt", "createdById", "createdCount", "dryRun", "entity", "errorCount", "fileName", "finishedAt", "format", "id", "mapping", "processedRows", "startedAt", "status", "totalRows", "updatedAt", "updatedCount", "upsertKey") SELECT "createdAt", "createdById", "createdCount", "dryRun", "entity", "errorCount", "fileName", "finishedAt", "format", "id", "mapping", "processedRows", "startedAt", "status", "totalRows", "updatedAt", "updatedCount", "upsertKey" FROM "ImportJob";
DROP TABLE "ImportJob";
ALTER TABLE "new_ImportJob" RENAME TO "ImportJob";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
