using FluentValidation;
using FluentValidation.Results;

namespace Bpom.Platform.Modules.Sop.Contracts.Kegiatan;

/// <summary>Runs the module's validators of an activity's input (or filters) and reports their errors under the same
/// field names the client sent (<c>judul</c>, <c>sasaran[0].nib</c>), not nested under the request.</summary>
internal static class AturanBagian
{
    public static void Sertakan<T, TBagian>(this AbstractValidator<T> validator, Func<T, TBagian?> bagian, IEnumerable<IValidator<TBagian>> aturan)
        where TBagian : class
    {
        var daftar = aturan.ToList();
        validator.RuleFor(x => x).CustomAsync(async (x, konteks, ct) =>
        {
            if (bagian(x) is not { } isi)
            {
                return;
            }

            foreach (var a in daftar)
            {
                foreach (var galat in (await a.ValidateAsync(isi, ct)).Errors)
                {
                    konteks.AddFailure(new ValidationFailure(galat.PropertyName, galat.ErrorMessage, galat.AttemptedValue));
                }
            }
        });
    }
}

internal sealed class BuatKegiatanSopValidator<TData, TDto> : AbstractValidator<BuatKegiatanSopCommand<TData, TDto>>
    where TData : class
{
    public BuatKegiatanSopValidator(IEnumerable<IValidator<TData>> data)
    {
        RuleFor(x => x.Data).NotNull().WithMessage("Isi data kegiatan.");
        this.Sertakan(x => x.Data, data);
    }
}

internal sealed class UbahKegiatanSopValidator<TData, TDto> : AbstractValidator<UbahKegiatanSopCommand<TData, TDto>>
    where TData : class
{
    public UbahKegiatanSopValidator(IEnumerable<IValidator<TData>> data)
    {
        RuleFor(x => x.Id).NotEmpty();
        RuleFor(x => x.Data).NotNull().WithMessage("Isi data kegiatan.");
        this.Sertakan(x => x.Data, data);
    }
}

internal sealed class GetKegiatanSopValidator<TDto> : AbstractValidator<GetKegiatanSopQuery<TDto>>
{
    public GetKegiatanSopValidator() => RuleFor(x => x.Id).NotEmpty();
}

internal sealed class DaftarKegiatanSopValidator<TSaringan, TRingkas> : AbstractValidator<DaftarKegiatanSopQuery<TSaringan, TRingkas>>
    where TSaringan : class
{
    public DaftarKegiatanSopValidator(IEnumerable<IValidator<TSaringan>> saringan)
    {
        RuleFor(x => x.Tahun).InclusiveBetween(2000, 2100).OverridePropertyName("tahun").WithMessage("tahun harus antara 2000 dan 2100.");
        RuleFor(x => x.Cari).MaximumLength(100).OverridePropertyName("cari");
        this.AturSaringan(x => x.SaringanSop);
        this.Sertakan(x => x.Saringan, saringan);
    }
}

internal sealed class EksporKegiatanSopValidator<TSaringan, TRingkas> : AbstractValidator<EksporKegiatanSopQuery<TSaringan, TRingkas>>
    where TSaringan : class
{
    public EksporKegiatanSopValidator(IEnumerable<IValidator<TSaringan>> saringan)
    {
        RuleFor(x => x.Tahun).InclusiveBetween(2000, 2100).OverridePropertyName("tahun").WithMessage("tahun harus antara 2000 dan 2100.");
        RuleFor(x => x.Cari).MaximumLength(100).OverridePropertyName("cari");
        this.AturSaringan(x => x.SaringanSop);
        this.Sertakan(x => x.Saringan, saringan);
    }
}
