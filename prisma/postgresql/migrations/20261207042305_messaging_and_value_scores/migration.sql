-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('QUEUED', 'SENT', 'DELIVERED', 'BOUNCED', 'COMPLAINED', 'FAILED', 'SKIPPED');

-- CreateEnum
CREATE TYPE "TrackingKind" AS ENUM ('OPEN', 'CLICK');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ConsentSource" ADD VALUE 'UNSUBSCRIBE_LINK';
ALTER TYPE "ConsentSource" ADD VALUE 'PREFERENCE_CENTRE';
ALTER TYPE "ConsentSource" ADD VALUE 'COMPLAINT';
ALTER TYPE "ConsentSource" ADD VALUE 'DOUBLE_OPT_IN';
ALTER TYPE "ConsentSource" ADD VALUE 'RESPONSE_FORM';

-- AlterTable
ALTER TABLE "ActionTarget" ADD COLUMN     "untargeted" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "ConsentEvent" ADD COLUMN     "requestedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Contact" ADD COLUMN     "emailInvalidAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ContactScore" ADD COLUMN     "predictedValue" DECIMAL(12,2),
ADD COLUMN     "probabilityAlive" DOUBLE PRECISION;

-- AlterTable
ALTER TABLE "LifetimeValueModel" ADD COLUMN     "scoringHorizonWeeks" INTEGER,
ADD COLUMN     "scoringModel" TEXT;

-- AlterTable
ALTER TABLE "MarketingAction" ADD COLUMN     "publicResponses" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Purpose" ADD COLUMN     "doubleOptIn" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "inPreferenceCentre" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ConsentRequest" (
    "id" SERIAL NOT NULL,
    "contactId" INTEGER NOT NULL,
    "purposeId" INTEGER NOT NULL,
    "source" "ConsentSource" NOT NULL,
    "proof" TEXT,
    "requestedAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "confirmedAt" TIMESTAMP(3),
    "consentEventId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConsentRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionMessage" (
    "id" SERIAL NOT NULL,
    "actionId" INTEGER NOT NULL,
    "sender" TEXT,
    "subject" TEXT,
    "bodyText" TEXT NOT NULL,
    "bodyHtml" TEXT,
    "ratePerMinute" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ActionMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MessageDelivery" (
    "id" SERIAL NOT NULL,
    "actionId" INTEGER NOT NULL,
    "contactId" INTEGER NOT NULL,
    "targetId" INTEGER,
    "medium" "ActionMedium" NOT NULL,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'QUEUED',
    "reason" TEXT,
    "detail" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3),
    "providerMessageId" TEXT,
    "queuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),
    "deliveredAt" TIMESTAMP(3),
    "bouncedAt" TIMESTAMP(3),
    "complainedAt" TIMESTAMP(3),
    "openedAt" TIMESTAMP(3),
    "clickedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MessageDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrackingEvent" (
    "id" SERIAL NOT NULL,
    "deliveryId" INTEGER NOT NULL,
    "kind" "TrackingKind" NOT NULL,
    "url" TEXT,
    "at" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrackingEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaughtMail" (
    "id" SERIAL NOT NULL,
    "recipient" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "raw" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaughtMail_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ConsentRequest_consentEventId_key" ON "ConsentRequest"("consentEventId");

-- CreateIndex
CREATE INDEX "ConsentRequest_contactId_purposeId_idx" ON "ConsentRequest"("contactId", "purposeId");

-- CreateIndex
CREATE UNIQUE INDEX "ActionMessage_actionId_key" ON "ActionMessage"("actionId");

-- CreateIndex
CREATE UNIQUE INDEX "MessageDelivery_providerMessageId_key" ON "MessageDelivery"("providerMessageId");

-- CreateIndex
CREATE INDEX "MessageDelivery_actionId_status_idx" ON "MessageDelivery"("actionId", "status");

-- CreateIndex
CREATE INDEX "MessageDelivery_status_nextAttemptAt_idx" ON "MessageDelivery"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "MessageDelivery_contactId_idx" ON "MessageDelivery"("contactId");

-- CreateIndex
CREATE INDEX "MessageDelivery_targetId_idx" ON "MessageDelivery"("targetId");

-- CreateIndex
CREATE UNIQUE INDEX "MessageDelivery_actionId_contactId_key" ON "MessageDelivery"("actionId", "contactId");

-- CreateIndex
CREATE INDEX "TrackingEvent_deliveryId_kind_idx" ON "TrackingEvent"("deliveryId", "kind");

-- CreateIndex
CREATE INDEX "CaughtMail_createdAt_idx" ON "CaughtMail"("createdAt");

-- CreateIndex
CREATE INDEX "ContactScore_snapshotId_probabilityAlive_idx" ON "ContactScore"("snapshotId", "probabilityAlive");

-- CreateIndex
CREATE INDEX "ContactScore_snapshotId_predictedValue_idx" ON "ContactScore"("snapshotId", "predictedValue");

-- AddForeignKey
ALTER TABLE "ConsentRequest" ADD CONSTRAINT "ConsentRequest_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentRequest" ADD CONSTRAINT "ConsentRequest_purposeId_fkey" FOREIGN KEY ("purposeId") REFERENCES "Purpose"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionMessage" ADD CONSTRAINT "ActionMessage_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "MarketingAction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MessageDelivery" ADD CONSTRAINT "MessageDelivery_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "MarketingAction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MessageDelivery" ADD CONSTRAINT "MessageDelivery_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MessageDelivery" ADD CONSTRAINT "MessageDelivery_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "ActionTarget"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrackingEvent" ADD CONSTRAINT "TrackingEvent_deliveryId_fkey" FOREIGN KEY ("deliveryId") REFERENCES "MessageDelivery"("id") ON DELETE CASCADE ON UPDATE CASCADE;
