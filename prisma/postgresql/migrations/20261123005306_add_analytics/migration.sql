-- CreateEnum
CREATE TYPE "ScoreSnapshotStatus" AS ENUM ('RUNNING', 'COMPLETED', 'FAILED');

-- CreateEnum
CREATE TYPE "RfmSegment" AS ENUM ('CHAMPIONS', 'LOYAL', 'POTENTIAL_LOYALIST', 'NEW_CUSTOMER', 'PROMISING', 'NEED_ATTENTION', 'ABOUT_TO_SLEEP', 'AT_RISK', 'CANNOT_LOSE', 'HIBERNATING', 'LOST');

-- CreateTable
CREATE TABLE "ScoreSnapshot" (
    "id" SERIAL NOT NULL,
    "asOf" TIMESTAMP(3) NOT NULL,
    "brandId" INTEGER,
    "status" "ScoreSnapshotStatus" NOT NULL DEFAULT 'RUNNING',
    "computedAt" TIMESTAMP(3),
    "buyerCount" INTEGER NOT NULL DEFAULT 0,
    "saleCount" INTEGER NOT NULL DEFAULT 0,
    "durationMs" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ScoreSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContactScore" (
    "snapshotId" INTEGER NOT NULL,
    "contactId" INTEGER NOT NULL,
    "recencyDays" INTEGER NOT NULL,
    "frequency" INTEGER NOT NULL,
    "monetary" DECIMAL(12,2) NOT NULL,
    "grossMargin" DECIMAL(12,2) NOT NULL,
    "firstPurchaseAt" TIMESTAMP(3) NOT NULL,
    "lastPurchaseAt" TIMESTAMP(3) NOT NULL,
    "recencyScore" INTEGER NOT NULL,
    "frequencyScore" INTEGER NOT NULL,
    "monetaryScore" INTEGER NOT NULL,
    "segment" "RfmSegment" NOT NULL,
    "fratCategoryId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ContactScore_pkey" PRIMARY KEY ("snapshotId","contactId")
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

-- AddForeignKey
ALTER TABLE "ScoreSnapshot" ADD CONSTRAINT "ScoreSnapshot_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactScore" ADD CONSTRAINT "ContactScore_snapshotId_fkey" FOREIGN KEY ("snapshotId") REFERENCES "ScoreSnapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactScore" ADD CONSTRAINT "ContactScore_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactScore" ADD CONSTRAINT "ContactScore_fratCategoryId_fkey" FOREIGN KEY ("fratCategoryId") REFERENCES "ProductCategory"("id") ON DELETE SET NULL ON UPDATE CASCADE;
