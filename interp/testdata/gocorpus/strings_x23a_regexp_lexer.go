package main

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

type rule struct {
	name string
	re   *regexp.Regexp
}

var rules = []rule{
	{"ws", regexp.MustCompile(`^\s+`)},
	{"comment", regexp.MustCompile(`^#[^\n]*`)},
	{"float", regexp.MustCompile(`^\d+\.\d+([eE][-+]?\d+)?`)},
	{"int", regexp.MustCompile(`^\d+`)},
	{"ident", regexp.MustCompile(`^[A-Za-z_]\w*`)},
	{"string", regexp.MustCompile(`^"(\\.|[^"\\])*"`)},
	{"op", regexp.MustCompile(`^(==|!=|<=|>=|&&|\|\||[-+*/=<>!(){},;])`)},
}

type Tok struct {
	Kind string
	Lit  string
	Off  int
}

func lex(src string) ([]Tok, error) {
	var out []Tok
	off := 0
	for off < len(src) {
		matched := false
		for _, r := range rules {
			m := r.re.FindString(src[off:])
			if m == "" {
				continue
			}
			if r.name != "ws" && r.name != "comment" {
				out = append(out, Tok{r.name, m, off})
			}
			off += len(m)
			matched = true
			break
		}
		if !matched {
			return out, fmt.Errorf("offset %d: unexpected %q", off, src[off])
		}
	}
	return out, nil
}

func main() {
	src := `x = 3.5e2 + 42; # comment
if (x >= 10 && name != "a \"q\"") { print(x) }`
	toks, err := lex(src)
	fmt.Println(len(toks), err)
	for _, t := range toks {
		val := t.Lit
		switch t.Kind {
		case "float":
			f, _ := strconv.ParseFloat(t.Lit, 64)
			val = strconv.FormatFloat(f, 'g', -1, 64)
		case "string":
			s, err := strconv.Unquote(t.Lit)
			if err == nil {
				val = "<" + s + ">"
			}
		}
		fmt.Printf("%3d %-7s %s\n", t.Off, t.Kind, val)
	}
	_, err = lex("a @ b")
	fmt.Println(err)
	re := regexp.MustCompile(`(\w+)=(\d+)`)
	fmt.Println(re.FindAllStringSubmatch("a=1 bb=22 c=x", -1))
	fmt.Println(re.ReplaceAllString("a=1 bb=22", "$2:$1"))
	names := re.SubexpNames()
	fmt.Println(len(names), strings.Repeat("-", 5))
}
