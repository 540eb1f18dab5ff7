-- CreateEnum
CREATE TYPE "SubjectRequestType" AS ENUM ('ACCESS', 'RECTIFICATION', 'ERASURE', 'RESTRICTION', 'OBJECTION', 'PORTABILITY');

-- CreateEnum
CREATE TYPE "SubjectRequestStatus" AS ENUM ('RECEIVED', 'IN_PROGRESS', 'COMPLETED', 'REJECTED');

-- AlterEnum
ALTER TYPE "ConsentSource" ADD VALUE 'RETENTION';

-- CreateTable
CREATE TABLE "RetentionRule" (
    "id" SERIAL NOT NULL,
    "contactKind" "ContactKind",
    "purposeId" INTEGER,
    "months" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RetentionRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RetentionPurge" (
    "id" SERIAL NOT NULL,
    "dryRun" BOOLEAN NOT NULL,
    "asOf" TIMESTAMP(3) NOT NULL,
    "state" "JobRunState" NOT NULL DEFAULT 'RUNNING',
    "contactsDue" INTEGER NOT NULL DEFAULT 0,
    "contactsErased" INTEGER NOT NULL DEFAULT 0,
    "consentsDue" INTEGER NOT NULL DEFAULT 0,
    "consentsExpired" INTEGER NOT NULL DEFAULT 0,
    "report" JSONB,
    "requestedById" INTEGER,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RetentionPurge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubjectRequest" (
    "id" SERIAL NOT NULL,
    "type" "SubjectRequestType" NOT NULL,
    "status" "SubjectRequestStatus" NOT NULL DEFAULT 'RECEIVED',
    "contactId" INTEGER,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "extensionReason" TEXT,
    "handlerId" INTEGER,
    "loggedById" INTEGER,
    "notes" TEXT,
    "artefact" JSONB,
    "completedAt" TIMESTAMP(3),
    "rejectionReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SubjectRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerNotice" (
    "id" SERIAL NOT NULL,
    "requestId" INTEGER NOT NULL,
    "apiKeyId" INTEGER NOT NULL,
    "lastDisclosedAt" TIMESTAMP(3) NOT NULL,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PartnerNotice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RetentionRule_contactKind_key" ON "RetentionRule"("contactKind");

-- CreateIndex
CREATE UNIQUE INDEX "RetentionRule_purposeId_key" ON "RetentionRule"("purposeId");

-- CreateIndex
CREATE INDEX "RetentionPurge_startedAt_idx" ON "RetentionPurge"("startedAt");

-- CreateIndex
CREATE INDEX "SubjectRequest_status_dueAt_idx" ON "SubjectRequest"("status", "dueAt");

-- CreateIndex
CREATE INDEX "SubjectRequest_contactId_idx" ON "SubjectRequest"("contactId");

-- CreateIndex
CREATE INDEX "PartnerNotice_apiKeyId_idx" ON "PartnerNotice"("apiKeyId");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerNotice_requestId_apiKeyId_key" ON "PartnerNotice"("requestId", "apiKeyId");

-- AddForeignKey
ALTER TABLE "RetentionRule" ADD CONSTRAINT "RetentionRule_purposeId_fkey" FOREIGN KEY ("purposeId") REFERENCES "Purpose"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RetentionPurge" ADD CONSTRAINT "RetentionPurge_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubjectRequest" ADD CONSTRAINT "SubjectRequest_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubjectRequest" ADD CONSTRAINT "SubjectRequest_handlerId_fkey" FOREIGN KEY ("handlerId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubjectRequest" ADD CONSTRAINT "SubjectRequest_loggedById_fkey" FOREIGN KEY ("loggedById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerNotice" ADD CONSTRAINT "PartnerNotice_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "SubjectRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerNotice" ADD CONSTRAINT "PartnerNotice_apiKeyId_fkey" FOREIGN KEY ("apiKeyId") REFERENCES "ApiKey"("id") ON DELETE CASCADE ON UPDATE CASCADE;
