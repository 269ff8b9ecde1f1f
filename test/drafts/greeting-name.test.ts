import { describe, expect, it } from "vitest";
import { greetingName } from "../../shared/drafts/greeting-name.js";

describe(greetingName, () => {
  it.each([
    ["Dr. Jane Smith", "Jane"],
    ["Smith, Jane", "Jane"],
    ["O'Brien, Mary", "Mary"],
    ["JOHN DOE", "John"],
    ["SMITH, JANE", "Jane"],
    ["Priya Nayak, MSc, MBA", "Priya"],
    ["Ana Lima, PhD", "Ana"],
    ["Rev. Martin Luther King, Jr.", "Martin"],
    ["van der Berg, Pieter", "Pieter"],
    ["Jean-Luc Picard", "Jean-Luc"],
    ["Alex (AJ) Johnson", "Alex"],
    ["Prof. Dr. Hans Müller", "Hans"],
    ["Lt. Col. Jane Smith", "Jane"],
    ["Mr John Smith", "John"],
    ["Sir Ian McKellen", "Ian"],
    ["jane doe", "Jane"],
    ["MARY-KATE O'BRIEN", "Mary-Kate"],
    ["MCKENZIE SMITH", "McKenzie"],
    ["ÉMILE ZOLA", "Émile"],
    ["Ana-Lucía García", "Ana-Lucía"],
    ["AJ Smith", "AJ"],
    ["DeShawn Jones", "DeShawn"],
    ["José", "José"],
    ["李小龍", "李小龍"],
    ["Jane 🚀 Doe", "Jane"],
    ["🌟 Ana Lima 🌟", "Ana"],
    ["Jane Smith | Founder at Acme", "Jane"],
    ["J. Robert Oppenheimer", "Robert"],
  ])("greets %j as %j", (name, greeting) => {
    expect(greetingName(name)).toBe(greeting);
  });

  it.each(["Dr. Smith", "Mr Smith", "Herr Müller", "Dr.", "Prof.", "🚀", "", "J.", "jane@acme.com"])(
    "finds no name to greet in %j, rather than a title or a family name",
    (name) => {
      expect(greetingName(name)).toBe("");
    },
  );

  it.each([
    ["Dr. Jane Smith", "Jenny", "Jenny"],
    ["Ana Lima", "Mary Kate", "Mary Kate"],
    ["Dr. Jane Smith", "Dr. Jane", "Jane"],
    ["Doe, John", "JOHN", "John"],
  ])("prefers the First name column: %j with %j is %j", (name, column, greeting) => {
    expect(greetingName(name, column)).toBe(greeting);
  });

  it.each([
    ["Smith, Jane", ""],
    ["Smith, Jane", "   "],
    ["Smith, Jane", "Dr."],
    ["Smith, Jane", "🚀"],
  ])("falls back to Name when the First name column %j holds no name", (name, column) => {
    expect(greetingName(name, column)).toBe("Jane");
  });
});
