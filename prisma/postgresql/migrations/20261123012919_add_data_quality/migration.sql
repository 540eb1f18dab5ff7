-- AlterTable
ALTER TABLE "Contact" ADD COLUMN     "externalRef" TEXT;

-- CreateTable
CREATE TABLE "ContactMatchKey" (
    "key" TEXT NOT NULL,
    "contactId" INTEGER NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ContactMatchKey_pkey" PRIMARY KEY ("key","contactId")
);

-- CreateIndex
CREATE INDEX "ContactMatchKey_contactId_idx" ON "ContactMatchKey"("contactId");

-- CreateIndex
CREATE UNIQUE INDEX "Contact_externalRef_key" ON "Contact"("externalRef");
