-- CreateTable
CREATE TABLE "LifetimeValueModel" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "snapshotId" INTEGER NOT NULL,
    "bgnbdR" REAL NOT NULL,
    "bgnbdAlpha" REAL NOT NULL,
    "bgnbdA" REAL NOT NULL,
    "bgnbdB" REAL NOT NULL,
    "bgnbdLogLikelihood" REAL NOT NULL,
    "customers" INTEGER NOT NULL,
    "groups" INTEGER NOT NULL,
    "spendP" REAL NOT NULL,
    "spendQ" REAL NOT NULL,
    "spendV" REAL NOT NULL,
    "spendLogLikelihood" REAL NOT NULL,
    "spendCustomers" INTEGER NOT NULL,
    "fitMs" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "LifetimeValueModel_snapshotId_fkey" FOREIGN KEY ("snapshotId") REFERENCES "ScoreSnapshot" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ContactScore" (
    "snapshotId" INTEGER NOT NULL,
    "contactId" INTEGER NOT NULL,
    "recencyDays" INTEGER NOT NULL,
    "frequency" INTEGER NOT NULL,
    "monetary" DECIMAL NOT NULL,
    "grossMargin" DECIMAL NOT NULL,
    "firstPurchaseAt" DATETIME NOT NULL,
    "lastPurchaseAt" DATETIME NOT NULL,
    "recencyScore" INTEGER NOT NULL,
    "frequencyScore" INTEGER NOT NULL,
    "monetaryScore" INTEGER NOT NULL,
    "segment" TEXT NOT NULL,
    "fratCategoryId" INTEGER,
    "repeatPurchases" INTEGER NOT NULL DEFAULT 0,
    "repeatSpanWeeks" REAL NOT NULL DEFAULT 0,
    "ageWeeks" REAL NOT NULL DEFAULT 0,
    "meanRepeatSpend" DECIMAL NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("snapshotId", "contactId"),
    CONSTRAINT "ContactScore_snapshotId_fkey" FOREIGN KEY ("snapshotId") REFERENCES "ScoreSnapshot" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ContactScore_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ContactScore_fratCategoryId_fkey" FOREIGN KEY ("fratCategoryId") REFERENCES "ProductCategory" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_ContactScore" ("contactId", "createdAt", "firstPurchaseAt", "fratCategoryId", "frequency", "frequencyScore", "grossMargin", "lastPurchaseAt", "monetary", "monetaryScore", "recencyDays", "recencyScore", "segment", "snapshotId", "updatedAt") SELECT "contactId", "createdAt", "firstPurchaseAt", "fratCategoryId", "frequency", "frequencyScore", "grossMargin", "lastPurchaseAt", "monetary", "monetaryScore", "recencyDays", "recencyScore", "segment", "snapshotId", "updatedAt" FROM "ContactScore";
DROP TABLE "ContactScore";
ALTER TABLE "new_ContactScore" RENAME TO "ContactScore";
CREATE INDEX "ContactScore_contactId_idx" ON "ContactScore"("contactId");
CREATE INDEX "ContactScore_snapshotId_segment_idx" ON "ContactScore"("snapshotId", "segment");
CREATE INDEX "ContactScore_fratCategoryId_idx" ON "ContactScore"("fratCategoryId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "LifetimeValueModel_snapshotId_key" ON "LifetimeValueModel"("snapshotId");
