// The accounts table: the bundled one reads, and every kind of bad row is refused with its line and column.
import { describe, expect, it } from "vitest";
import { loadAccounts, readAccountTable } from "../../src/io/account-file.js";
import { InvalidInput } from "../../src/io/input-error.js";

const HEADER = "kind,program,code,name,uraian,unit,status,reference,note";
const ACTIVITY = "activity,,,Iuran BPJS Ketenagakerjaan,Iuran pekerja rentan,OB,open,Siskeudes,kode belum diketahui";

function errorsOf(text: string): string[] {
  try {
    readAccountTable("accounts.csv", new TextEncoder().encode(text));
  } catch (error) {
    if (error instanceof InvalidInput) return error.errors.map((each) => `${each.line}:${each.column} ${each.code} ${each.message}`);
    throw error;
  }
  return [];
}

describe("accounts table", () => {
  it("the bundled table holds the SIPD accounts, the village activity and the Siskeudes source codes", async () => {
    const { accounts } = await loadAccounts(undefined);
    expect(accounts.accounts.map((account) => [account.program, account.code, account.name, account.unit])).toEqual([
      ["JKK", "5.1.02.02.02.0006", "Belanja Iuran Jaminan Kecelakaan Kerja bagi Non ASN", "Orang/Bulan"],
      ["JKM", "5.1.02.02.02.0007", "Belanja Iuran Jaminan Kematian bagi Non ASN", "Orang/Bulan"],
      ["JHT", "5.1.02.02.02.0010", "Belanja Iuran Jaminan Hari Tua bagi Non ASN", "Orang/Bulan"],
    ]);
    expect(accounts.activity.unit).toBe("OB");
    expect(accounts.activity.status).toBe("open");
    expect(accounts.sources.map((source) => source.code)).toEqual(["DDS", "ADD", "PBH", "PADes"]);
  });

  it("refuses a repeated programme, a missing activity and a kind it does not know", () => {
    const account = "account,JKK,5.1.02.02.02.0006,Belanja JKK,Iuran JKK,Orang/Bulan,secondary,SIPD,";
    expect(errorsOf([HEADER, account, account.replace("JKK,", "jkk,"), ACTIVITY].join("\n"))).toEqual(["3:2 DUPLICATE_KEY \"JKK\" is already given on line 2"]);
    expect(errorsOf([HEADER, account].join("\n"))).toEqual(["1:0 INVALID_ACCOUNT accounts table has no activity row (the village line's activity, satuan and text)"]);
    expect(errorsOf([HEADER, "rekening,JKK,5.1,x,y,z,secondary,SIPD,", ACTIVITY].join("\n"))[0]).toMatch(/^2:1 INVALID_ACCOUNT kind: /);
    expect(errorsOf([HEADER, "account,JKK,,Belanja JKK,Iuran JKK,Orang/Bulan,secondary,SIPD,", ACTIVITY].join("\n"))).toEqual(["2:3 INVALID_ACCOUNT code: a row of kind account needs code"]);
  });
});
