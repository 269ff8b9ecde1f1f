/**
 * The fake evaluates only constant formulas (`=4/2`, `=(1+2)*3`, `="text"`), enough to replay
 * Google's recordings. Anything else keeps whatever cached value a test gave it (empty by default).
 */
export function evaluateConstantFormula(formula: string): number | string | undefined {
  const body = formula.slice(1).trim();
  const text = /^"((?:[^"]|"")*)"$/.exec(body);
  if (text) return (text[1] ?? "").replaceAll('""', '"');
  const tokens = body.match(/\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\.\d+|[-+*/^()]|\s+|./g) ?? [];
  const parser = new ArithmeticParser(tokens.filter((t) => t.trim() !== ""));
  try {
    const value = parser.expression();
    return parser.done() && Number.isFinite(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

class ArithmeticParser {
  private at = 0;
  constructor(private readonly tokens: string[]) {}

  done(): boolean {
    return this.at === this.tokens.length;
  }

  expression(): number {
    let value = this.term();
    for (let op = this.peek(); op === "+" || op === "-"; op = this.peek()) {
      this.at++;
      value = op === "+" ? value + this.term() : value - this.term();
    }
    return value;
  }

  private term(): number {
    let value = this.power();
    for (let op = this.peek(); op === "*" || op === "/"; op = this.peek()) {
      this.at++;
      const right = this.power();
      if (op === "/" && right === 0) throw new Error("#DIV/0!");
      value = op === "*" ? value * right : value / right;
    }
    return value;
  }

  private power(): number {
    const base = this.unary();
    if (this.peek() !== "^") return base;
    this.at++;
    return base ** this.power();
  }

  private unary(): number {
    const token = this.peek();
    if (token === "-" || token === "+") {
      this.at++;
      return token === "-" ? -this.unary() : this.unary();
    }
    if (token === "(") {
      this.at++;
      const value = this.expression();
      if (this.peek() !== ")") throw new Error("unbalanced");
      this.at++;
      return value;
    }
    if (token === undefined || !/^(\d|\.\d)/.test(token)) throw new Error("not a number");
    this.at++;
    return Number(token);
  }

  private peek(): string | undefined {
    return this.tokens[this.at];
  }
}
