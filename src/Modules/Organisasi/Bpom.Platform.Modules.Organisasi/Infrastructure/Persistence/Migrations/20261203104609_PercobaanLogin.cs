using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace Bpom.Platform.Modules.Organisasi.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class PercobaanLogin : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "percobaan_login",
                schema: "organisasi",
                columns: table => new
                {
                    Kunci = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Username = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Gagal = table.Column<int>(type: "integer", nullable: false),
                    JendelaMulai = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    TerkunciSampai = table.Column<Instant>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_percobaan_login", x => x.Kunci);
                });

            migrationBuilder.CreateIndex(
                name: "IX_percobaan_login_JendelaMulai",
                schema: "organisasi",
                table: "percobaan_login",
                column: "JendelaMulai");

            migrationBuilder.CreateIndex(
                name: "IX_percobaan_login_Username",
                schema: "organisasi",
                table: "percobaan_login",
                column: "Username");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "percobaan_login",
                schema: "organisasi");
        }
    }
}
