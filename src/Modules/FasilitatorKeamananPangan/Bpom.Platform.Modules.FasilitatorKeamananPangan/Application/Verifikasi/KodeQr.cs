using QRCoder;

namespace Bpom.Platform.Modules.FasilitatorKeamananPangan.Application.Verifikasi;

/// <summary>An SVG QR code pointing at the public verification page of a certificate number.</summary>
internal static class KodeQr
{
    public static string Svg(string tautan)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(tautan, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(6);
    }
}
