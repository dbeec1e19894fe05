using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bpom.Platform.Modules.Pembinaan.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class IndeksRegistri : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateIndex(
                name: "IX_sasaran_Nama_Id",
                schema: "pembinaan",
                table: "sasaran",
                columns: new[] { "Nama", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_sasaran_nama_trgm",
                schema: "pembinaan",
                table: "sasaran",
                column: "Nama")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_sasaran_Nama_Id",
                schema: "pembinaan",
                table: "sasaran");

            migrationBuilder.DropIndex(
                name: "IX_sasaran_nama_trgm",
                schema: "pembinaan",
                table: "sasaran");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");
        }
    }
}
