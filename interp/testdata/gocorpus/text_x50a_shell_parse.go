package main

import (
	"errors"
	"fmt"
	"strings"
)

type Command struct {
	Args   []string
	Stdin  string
	Stdout string
	Append bool
}

type Pipeline []Command

var errUnterminated = errors.New("unterminated quote")

func tokenize(line string) ([]string, error) {
	var toks []string
	var cur strings.Builder
	inTok := false
	var quote rune
	escape := false
	for _, r := range line {
		switch {
		case escape:
			cur.WriteRune(r)
			escape = false
		case r == '\\' && quote != '\'':
			escape = true
			inTok = true
		case quote != 0:
			if r == quote {
				quote = 0
			} else {
				cur.WriteRune(r)
			}
		case r == '"' || r == '\'':
			quote = r
			inTok = true
		case r == ' ' || r == '\t':
			if inTok {
				toks = append(toks, cur.String())
				cur.Reset()
				inTok = false
			}
		case r == '|' || r == '<':
			if inTok {
				toks = append(toks, cur.String())
				cur.Reset()
				inTok = false
			}
			toks = append(toks, string(r))
		default:
			cur.WriteRune(r)
			inTok = true
		}
	}
	if quote != 0 {
		return nil, fmt.Errorf("tokenize %q: %w", line, errUnterminated)
	}
	if inTok {
		toks = append(toks, cur.String())
	}
	return toks, nil
}

func parse(line string) (Pipeline, error) {
	toks, err := tokenize(line)
	if err != nil {
		return nil, err
	}
	var p Pipeline
	cmd := Command{}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch t {
		case "|":
			if len(cmd.Args) == 0 {
				return nil, errors.New("empty command in pipeline")
			}
			p = append(p, cmd)
			cmd = Command{}
		case "<", ">", ">>":
			if i+1 >= len(toks) {
				return nil, fmt.Errorf("missing file after %s", t)
			}
			i++
			if t == "<" {
				cmd.Stdin = toks[i]
			} else {
				cmd.Stdout, cmd.Append = toks[i], t == ">>"
			}
		default:
			cmd.Args = append(cmd.Args, t)
		}
	}
	if len(cmd.Args) > 0 {
		p = append(p, cmd)
	}
	return p, nil
}

func main() {
	lines := []string{
		`ls -la /tmp`,
		`grep "hello world" < input.txt | sort -r | uniq -c > out.txt`,
		`echo 'single $HOME' "double \"q\"" esc\ aped`,
		`cat file >> log.txt`,
		`echo "oops`,
		`| wc -l`,
		`sort <`,
		``,
	}
	for _, l := range lines {
		p, err := parse(l)
		if err != nil {
			fmt.Printf("%-50q error: %v (unterminated=%t)\n", l, err, errors.Is(err, errUnterminated))
			continue
		}
		fmt.Printf("%q => %d stage(s)\n", l, len(p))
		for i, c := range p {
			fmt.Printf("  [%d] %+v\n", i, c)
		}
	}
}
