package main

import (
	"fmt"
	"strings"
	"unicode"
)

type Token struct {
	Kind string
	Text string
}

func tokenize(src string) ([]Token, error) {
	var toks []Token
	rs := []rune(src)
	i := 0
start:
	if i >= len(rs) {
		goto end
	}
	switch r := rs[i]; {
	case unicode.IsSpace(r):
		i++
		goto start
	case unicode.IsDigit(r):
		j := i
		for j < len(rs) && unicode.IsDigit(rs[j]) {
			j++
		}
		toks = append(toks, Token{"NUM", string(rs[i:j])})
		i = j
	case unicode.IsLetter(r) || r == '_':
		j := i
		for j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j]) || rs[j] == '_') {
			j++
		}
		word := string(rs[i:j])
		kind := "IDENT"
		switch word {
		case "if", "else", "for":
			kind = "KEYWORD"
		}
		toks = append(toks, Token{kind, word})
		i = j
	case strings.ContainsRune("+-*/=()<>", r):
		if i+1 < len(rs) && rs[i+1] == '=' {
			toks = append(toks, Token{"OP", string(rs[i : i+2])})
			i += 2
			break
		}
		toks = append(toks, Token{"OP", string(r)})
		i++
	default:
		return toks, fmt.Errorf("unexpected %q at %d", r, i)
	}
	goto start
end:
	return toks, nil
}

func evalRPN(tokens []string) (result int, err error) {
	var st []int
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("bad expression: %v", r)
		}
	}()
	for _, t := range tokens {
		switch t {
		case "+", "-", "*", "/":
			a, b := st[len(st)-2], st[len(st)-1]
			st = st[:len(st)-2]
			var v int
			switch t {
			case "+":
				v = a + b
			case "-":
				v = a - b
			case "*":
				v = a * b
			case "/":
				v = a / b
			}
			st = append(st, v)
		default:
			var n int
			fmt.Sscanf(t, "%d", &n)
			st = append(st, n)
		}
	}
	return st[len(st)-1], nil
}

func main() {
	for _, src := range []string{"x1 = 42 + y_2*(3 - 1)", "if a <= 10 for", "a $ b"} {
		toks, err := tokenize(src)
		for _, t := range toks {
			fmt.Printf("%s:%s ", t.Kind, t.Text)
		}
		fmt.Println("|", err)
	}
	fmt.Println(evalRPN(strings.Fields("3 4 + 2 *")))
	fmt.Println(evalRPN(strings.Fields("5 1 2 + 4 * + 3 -")))
	fmt.Println(evalRPN(strings.Fields("1 +")))
	fmt.Println(evalRPN(strings.Fields("1 0 /")))
}
