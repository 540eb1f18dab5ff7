-- CreateTable
CREATE TABLE "ScoreSnapshot" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "asOf" DATETIME NOT NULL,
    "brandId" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'RUNNING',
    "computedAt" DATETIME,
    "buyerCount" INTEGER NOT NULL DEFAULT 0,
    "saleCount" INTEGER NOT NULL DEFAULT 0,
    "durationMs" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ScoreSnapshot_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ContactScore" (
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("snapshotId", "contactId"),
    CONSTRAINT "ContactScore_snapshotId_fkey" FOREIGN KEY ("snapshotId") REFERENCES "ScoreSnapshot" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ContactScore_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ContactScore_fratCategoryId_fkey" FOREIGN KEY ("fratCategoryId") REFERENCES "ProductCategory" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ScoreSnapshot_asOf_brandId_idx" ON "ScoreSnapshot"("asOf", "brandId");

-- CreateIndex
CREATE INDEX "ScoreSnapshot_brandId_idx" ON "ScoreSnapshot"("brandId");

-- CreateIndex
CREATE INDEX "ContactScore_contactId_idx" ON "ContactScore"("contactId");

-- CreateIndex
CREATE INDEX "ContactScore_snapshotId_segment_idx" ON "ContactScore"("snapshotId", "segment");

-- CreateIndex
CREATE INDEX "ContactScore_fratCategoryId_idx" ON "ContactScore"("fratCategoryId");
