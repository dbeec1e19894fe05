
export const warnaStatus: Record<string, string> = {
  Terdaftar: 'gray', Direkrut: 'blue', Dilatih: 'cyan', TersertifikasiKompetensi: 'grape', Diakui: 'green', Berhenti: 'dark',
};
