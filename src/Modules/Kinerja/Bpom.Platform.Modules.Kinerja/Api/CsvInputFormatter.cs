using Bpom.Platform.BuildingBlocks.Infrastructure.Web;
using System.Text;
using Microsoft.AspNetCore.Mvc.Formatters;
using Microsoft.Net.Http.Headers;

namespace Bpom.Platform.Modules.Kinerja.Api;

/// <summary>Reads a <c>text/csv</c> (or <c>text/plain</c>) request body as a UTF-8 string.</summary>
internal sealed class CsvInputFormatter : TextInputFormatter
{
    public CsvInputFormatter()
    {
        SupportedMediaTypes.Add(MediaTypeHeaderValue.Parse("text/csv"));
        SupportedMediaTypes.Add(MediaTypeHeaderValue.Parse("text/plain"));
        SupportedEncodings.Add(Encoding.UTF8);
    }

    protected override bool CanReadType(Type type) => type == typeof(string);

    public override async Task<InputFormatterResult> ReadRequestBodyAsync(InputFormatterContext context, Encoding encoding)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var reader = new StreamReader(context.HttpContext.Request.Body, encoding);
        var teks = await reader.ReadToEndAsync(context.HttpContext.RequestAborted);
        if (TeksAman.AdaNul(teks))
        {
            context.ModelState.AddModelError(context.ModelName, TeksAman.Pesan);
            return await InputFormatterResult.FailureAsync();
        }

        return await InputFormatterResult.SuccessAsync(teks);
    }
}
