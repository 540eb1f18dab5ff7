-- CreateEnum
CREATE TYPE "JobKind" AS ENUM ('SCHEDULED', 'QUEUED');

-- CreateEnum
CREATE TYPE "JobRunState" AS ENUM ('RUNNING', 'SUCCEEDED', 'FAILED', 'RETRYING', 'PAUSED', 'INTERRUPTED');

-- CreateTable
CREATE TABLE "JobRun" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "JobKind" NOT NULL,
    "key" TEXT,
    "state" "JobRunState" NOT NULL DEFAULT 'RUNNING',
    "attempt" INTEGER NOT NULL DEFAULT 1,
    "resumed" BOOLEAN NOT NULL DEFAULT false,
    "progressDone" INTEGER,
    "progressTotal" INTEGER,
    "errorCode" TEXT,
    "errorMessage" TEXT,
    "instance" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "durationMs" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "JobRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "JobRun_startedAt_idx" ON "JobRun"("startedAt");

-- CreateIndex
CREATE INDEX "JobRun_name_startedAt_idx" ON "JobRun"("name", "startedAt");

-- CreateIndex
CREATE INDEX "JobRun_state_idx" ON "JobRun"("state");

-- CreateIndex
CREATE INDEX "JobRun_name_key_state_idx" ON "JobRun"("name", "key", "state");
