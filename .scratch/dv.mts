import ExcelJS from "exceljs";
const wb = new ExcelJS.Workbook();
const s = wb.addWorksheet("C");
s.addRow(["a","b"]);
for (const l of ["A","B","C","D","E","F","G","H"]) (s as any).dataValidations.add(`${l}2:${l}5`, {type:"list",allowBlank:true,formulae:['"x,y"']});
await wb.xlsx.writeFile("/tmp/wbx/dv0.xlsx");
const t=Date.now();
const r = new ExcelJS.Workbook(); await r.xlsx.readFile("/tmp/wbx/dv0.xlsx");
console.log("read ms", Date.now()-t, process.memoryUsage().heapUsed/1e6);
