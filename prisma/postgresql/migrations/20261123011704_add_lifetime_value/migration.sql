-- AlterTable
ALTER TABLE "ContactScore" ADD COLUMN     "ageWeeks" DOUBLE PRECISION NOT NULL DEFAULT 0,
ADD COLUMN     "meanRepeatSpend" DECIMAL(12,2) NOT NULL DEFAULT 0,
ADD COLUMN     "repeatPurchases" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "repeatSpanWeeks" DOUBLE PRECISION NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "LifetimeValueModel" (
    "id" SERIAL NOT NULL,
    "snapshotId" INTEGER NOT NULL,
    "bgnbdR" DOUBLE PRECISION NOT NULL,
    "bgnbdAlpha" DOUBLE PRECISION NOT NULL,
    "bgnbdA" DOUBLE PRECISION NOT NULL,
    "bgnbdB" DOUBLE PRECISION NOT NULL,
    "bgnbdLogLikelihood" DOUBLE PRECISION NOT NULL,
    "customers" INTEGER NOT NULL,
    "groups" INTEGER NOT NULL,
    "spendP" DOUBLE PRECISION NOT NULL,
    "spendQ" DOUBLE PRECISION NOT NULL,
    "spendV" DOUBLE PRECISION NOT NULL,
    "spendLogLikelihood" DOUBLE PRECISION NOT NULL,
    "spendCustomers" INTEGER NOT NULL,
    "fitMs" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LifetimeValueModel_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LifetimeValueModel_snapshotId_key" ON "LifetimeValueModel"("snapshotId");

-- AddForeignKey
ALTER TABLE "LifetimeValueModel" ADD CONSTRAINT "LifetimeValueModel_snapshotId_fkey" FOREIGN KEY ("snapshotId") REFERENCES "ScoreSnapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;
