using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bpom.Platform.Modules.Pemberdayaan.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class IndeksRegistriKader : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_kader_Nama",
                schema: "pemberdayaan",
                table: "kader");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateIndex(
                name: "IX_kader_komunitas_trgm",
                schema: "pemberdayaan",
                table: "kader",
                column: "Komunitas")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_kader_Nama_Id",
                schema: "pemberdayaan",
                table: "kader",
                columns: new[] { "Nama", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_kader_nama_trgm",
                schema: "pemberdayaan",
                table: "kader",
                column: "Nama")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_kader_komunitas_trgm",
                schema: "pemberdayaan",
                table: "kader");

            migrationBuilder.DropIndex(
                name: "IX_kader_Nama_Id",
                schema: "pemberdayaan",
                table: "kader");

            migrationBuilder.DropIndex(
                name: "IX_kader_nama_trgm",
                schema: "pemberdayaan",
                table: "kader");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateIndex(
                name: "IX_kader_Nama",
                schema: "pemberdayaan",
                table: "kader",
                column: "Nama");
        }
    }
}
