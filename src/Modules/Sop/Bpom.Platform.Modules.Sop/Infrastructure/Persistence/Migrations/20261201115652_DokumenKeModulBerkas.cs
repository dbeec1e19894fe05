using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bpom.Platform.Modules.Sop.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DokumenKeModulBerkas : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "BerkasId",
                schema: "sop",
                table: "dokumen",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            // The bytes move to the Berkas module (migrated before this one), under the document's own id; the
            // document keeps its metadata and points at them. Nothing is dropped that was not copied.
            migrationBuilder.Sql("""
                INSERT INTO berkas.berkas ("Id", "Modul", "NamaBerkas", "JenisKonten", "Ukuran", "Sha256", "Isi", "DisimpanPada")
                SELECT d."Id", i_."Modul", d."NamaBerkas", d."JenisKonten", d."Ukuran", d."Sha256", x."Isi", d."DiunggahPada"
                FROM sop.dokumen d
                JOIN sop.dokumen_isi x ON x."DokumenId" = d."Id"
                JOIN sop.instans i_ ON i_."Id" = d."InstansId"
                ON CONFLICT ("Id") DO NOTHING;
                UPDATE sop.dokumen SET "BerkasId" = "Id";
                DO $$
                BEGIN
                    IF EXISTS (SELECT 1 FROM sop.dokumen d WHERE NOT EXISTS (SELECT 1 FROM berkas.berkas b WHERE b."Id" = d."BerkasId")) THEN
                        RAISE EXCEPTION 'Not every SOP document reached berkas.berkas; sop.dokumen_isi is kept';
                    END IF;
                END $$;
                """);

            migrationBuilder.DropTable(
                name: "dokumen_isi",
                schema: "sop");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BerkasId",
                schema: "sop",
                table: "dokumen");

            migrationBuilder.CreateTable(
                name: "dokumen_isi",
                schema: "sop",
                columns: table => new
                {
                    DokumenId = table.Column<Guid>(type: "uuid", nullable: false),
                    Isi = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dokumen_isi", x => x.DokumenId);
                    table.ForeignKey(
                        name: "FK_dokumen_isi_dokumen_DokumenId",
                        column: x => x.DokumenId,
                        principalSchema: "sop",
                        principalTable: "dokumen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });
        }
    }
}
