package main

import (
	"fmt"
	"strings"
)

type Kind uint8

const (
	KIdent Kind = iota + 1
	KInt
	KStr
	KPunct
)

func (k Kind) String() string {
	switch k {
	case KIdent:
		return "IDENT"
	case KInt:
		return "INT"
	case KStr:
		return "STR"
	case KPunct:
		return "PUNCT"
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

type Pos struct{ Line, Col int }

func (p Pos) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Col) }

type Token struct {
	Kind Kind
	Lit  string
	Pos  Pos
}

// Format implements fmt.Formatter so tokens print nicely with different verbs.
func (t Token) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v':
		switch {
		case f.Flag('#'):
			fmt.Fprintf(f, "Token{Kind:%d, Lit:%q, Pos:Pos{%d, %d}}", t.Kind, t.Lit, t.Pos.Line, t.Pos.Col)
		case f.Flag('+'):
			fmt.Fprintf(f, "%v %v %q", t.Pos, t.Kind, t.Lit)
		default:
			fmt.Fprintf(f, "%v(%s)", t.Kind, t.Lit)
		}
	case 's':
		s := t.Lit
		if w, ok := f.Width(); ok && len(s) < w {
			pad := strings.Repeat(" ", w-len(s))
			if f.Flag('-') {
				s += pad
			} else {
				s = pad + s
			}
		}
		fmt.Fprint(f, s)
	case 'q':
		fmt.Fprintf(f, "%q", t.Lit)
	default:
		fmt.Fprintf(f, "%%!%c(Token=%s)", verb, t.Lit)
	}
}

type Span struct{ From, To Pos }

func (s Span) GoString() string { return fmt.Sprintf("span(%v..%v)", s.From, s.To) }

type tokens []Token

func (ts tokens) String() string {
	var parts []string
	for _, t := range ts {
		parts = append(parts, fmt.Sprint(t))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func lexLine(line int, s string) tokens {
	var out tokens
	for col, f := range strings.Fields(s) {
		k := KIdent
		switch {
		case f[0] >= '0' && f[0] <= '9':
			k = KInt
		case f[0] == '\'':
			k = KStr
			f = strings.Trim(f, "'")
		case strings.ContainsAny(f[:1], "=+-*/;"):
			k = KPunct
		}
		out = append(out, Token{k, f, Pos{line, col + 1}})
	}
	return out
}

func main() {
	ts := lexLine(1, "x = 42 + 'hi' ;")
	fmt.Println(ts)
	for _, t := range ts {
		fmt.Printf("%v | %+v | %#v | [%6s] [%-6s] %q %d\n", t, t, t, t, t, t, t)
	}
	var k Kind = 9
	fmt.Printf("%v %s %d %x %08b %T\n", k, KStr, KStr, KPunct, KPunct, k)
	sp := Span{Pos{1, 1}, Pos{3, 14}}
	fmt.Printf("%v | %+v | %#v\n", sp, sp, sp)
	fmt.Printf("%#v\n", Pos{2, 3})
	fmt.Printf("%v %x %X % x %U %c\n", []byte("ab"), "tok", []byte{1, 171}, "hi", 'λ', 0x3bb)
	fmt.Printf("%5.2f|%-8.3s|%+d|%e|%g|%t\n", 3.14159, "lexeme", 7, 1234.5678, 1e21, true)
	fmt.Printf("%[2]s %[1]s %s\n", "world", "hello")
	fmt.Println(fmt.Sprintf("%v", map[Kind]int{KInt: 2, KIdent: 1}))
}
