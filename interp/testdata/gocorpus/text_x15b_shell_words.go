package main

import (
	"errors"
	"fmt"
	"strings"
)

var ErrUnterminated = errors.New("unterminated quote")

func splitWords(s string, env map[string]string) ([]string, error) {
	var words []string
	var cur strings.Builder
	inWord := false
	var quote rune
	rs := []rune(s)
	flush := func() {
		if inWord {
			words = append(words, cur.String())
			cur.Reset()
			inWord = false
		}
	}
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case quote == '\'':
			if r == '\'' {
				quote = 0
			} else {
				cur.WriteRune(r)
			}
		case r == '\\' && i+1 < len(rs) && quote != '\'':
			i++
			cur.WriteRune(rs[i])
			inWord = true
		case r == '$' && quote != '\'':
			j := i + 1
			for j < len(rs) && (rs[j] == '_' || rs[j] >= 'A' && rs[j] <= 'Z' || rs[j] >= 'a' && rs[j] <= 'z') {
				j++
			}
			cur.WriteString(env[string(rs[i+1:j])])
			inWord = true
			i = j - 1
		case quote == '"':
			if r == '"' {
				quote = 0
			} else {
				cur.WriteRune(r)
			}
		case r == '\'' || r == '"':
			quote = r
			inWord = true
		case r == ' ' || r == '\t':
			flush()
		default:
			cur.WriteRune(r)
			inWord = true
		}
	}
	if quote != 0 {
		return words, fmt.Errorf("at end of %q: %w (%c)", s, ErrUnterminated, quote)
	}
	flush()
	return words, nil
}

func main() {
	env := map[string]string{"HOME": "/home/me", "USER": "me", "EMPTY": ""}
	for _, line := range []string{
		`ls -la $HOME/docs`,
		`echo "hello   world" 'single $USER' "double $USER"`,
		`printf '%s\n' a\ b "" ''`,
		`x=$EMPTY y="$EMPTY" z`,
		`grep "unterminated`,
		`naïve "ünïcode" wörds`,
		`  `,
	} {
		ws, err := splitWords(line, env)
		if err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrUnterminated))
			continue
		}
		fmt.Printf("%d %q\n", len(ws), ws)
	}
}
