package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

var ErrUnterminated = errors.New("unterminated quote")

type SplitError struct {
	Input string
	Pos   int
	Err   error
}

func (e *SplitError) Error() string {
	return fmt.Sprintf("split %q at %d: %v", e.Input, e.Pos, e.Err)
}
func (e *SplitError) Unwrap() error { return e.Err }

func Split(s string, env func(string) string) ([]string, error) {
	var args []string
	var cur strings.Builder
	inWord := false
	var quote rune
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case quote == '\'':
			if r == '\'' {
				quote = 0
			} else {
				cur.WriteRune(r)
			}
		case r == '\\' && quote != '\'':
			if i+1 < len(rs) {
				i++
				cur.WriteRune(rs[i])
				inWord = true
			}
		case r == '$' && quote != '\'':
			j := i + 1
			for j < len(rs) && (rs[j] == '_' || rs[j] >= 'A' && rs[j] <= 'Z' || rs[j] >= 'a' && rs[j] <= 'z') {
				j++
			}
			cur.WriteString(env(string(rs[i+1 : j])))
			inWord = true
			i = j - 1
		case quote == '"':
			if r == '"' {
				quote = 0
			} else {
				cur.WriteRune(r)
			}
		case r == '"' || r == '\'':
			quote = r
			inWord = true
		case r == ' ' || r == '\t':
			if inWord {
				args = append(args, cur.String())
				cur.Reset()
				inWord = false
			}
		default:
			cur.WriteRune(r)
			inWord = true
		}
	}
	if quote != 0 {
		return nil, &SplitError{s, len(rs), fmt.Errorf("%c: %w", quote, ErrUnterminated)}
	}
	if inWord {
		args = append(args, cur.String())
	}
	return args, nil
}

func main() {
	vars := map[string]string{"HOME": "/home/gopher", "NAME": "Ada Lovelace"}
	env := func(k string) string { return vars[k] }
	inputs := []string{
		`ls -la "$HOME/my docs"`,
		`echo 'single $NAME' "double $NAME" plain\ space`,
		`grep -e "a\"b" ''   x`,
		`say "héllo wörld"`,
		`broken "quote`,
		`  `,
		`a=$NAME;b=$MISSING.`,
	}
	for _, in := range inputs {
		args, err := Split(in, env)
		if err != nil {
			var se *SplitError
			fmt.Println("error:", err, errors.Is(err, ErrUnterminated), errors.As(err, &se) && se.Pos > 0)
			continue
		}
		fmt.Printf("%d %q\n", len(args), args)
	}
	_ = os.Getenv
}
