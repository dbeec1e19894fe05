using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bpom.Platform.Modules.Kinerja.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DokumenKeModulBerkas : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "BerkasId",
                schema: "kinerja",
                table: "dokumen",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            // Evidence bytes move to the Berkas module (migrated before this one), under the document's own id.
            migrationBuilder.Sql("""
                INSERT INTO berkas.berkas ("Id", "Modul", "NamaBerkas", "JenisKonten", "Ukuran", "Sha256", "Isi", "DisimpanPada")
                SELECT "Id", 'Kinerja', "NamaBerkas", "JenisKonten", "Ukuran", encode(sha256("Isi"), 'hex'), "Isi", "Pada"
                FROM kinerja.dokumen
                ON CONFLICT ("Id") DO NOTHING;
                UPDATE kinerja.dokumen SET "BerkasId" = "Id";
                """);

            migrationBuilder.DropColumn(
                name: "Isi",
                schema: "kinerja",
                table: "dokumen");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BerkasId",
                schema: "kinerja",
                table: "dokumen");

            migrationBuilder.AddColumn<byte[]>(
                name: "Isi",
                schema: "kinerja",
                table: "dokumen",
                type: "bytea",
                nullable: false,
                defaultValue: new byte[0]);
        }
    }
}
