package main

import (
	"errors"
	"fmt"
	"strings"
)

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

var ErrEmpty = errors.New("empty input")

type Entry struct {
	Header string
	Seq    string
}

func Parse(input string) (entries []Entry, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("parser panic: %v", r)
			entries = nil
		}
	}()
	if strings.TrimSpace(input) == "" {
		return nil, ErrEmpty
	}
	var errs []error
	lines := strings.Split(strings.TrimRight(input, "\n"), "\n")
	for i, l := range lines {
		switch {
		case strings.HasPrefix(l, ">"):
			if len(l) == 1 {
				errs = append(errs, &ParseError{i + 1, "empty header"})
			}
			entries = append(entries, Entry{Header: l[1:]})
		case len(entries) == 0:
			return nil, &ParseError{i + 1, "sequence before header"}
		default:
			if strings.Trim(l, "ACGTacgt") != "" {
				errs = append(errs, &ParseError{i + 1, fmt.Sprintf("bad characters in %q", l)})
			}
			if l == "PANIC" {
				panic("forced by test line")
			}
			entries[len(entries)-1].Seq += strings.ToUpper(l)
		}
	}
	return entries, errors.Join(errs...)
}

func main() {
	inputs := []string{
		">a\nACGT\nacgg\n>b\nTTT\n",
		"",
		"ACGT\n>late\n",
		">\nAC\n>x\nAXC\nGG N\n",
		">p\nPANIC\n",
	}
	for i, in := range inputs {
		es, err := Parse(in)
		fmt.Printf("#%d entries=%d\n", i, len(es))
		for _, e := range es {
			fmt.Printf("   %q => %s\n", e.Header, e.Seq)
		}
		if err == nil {
			continue
		}
		var pe *ParseError
		switch {
		case errors.Is(err, ErrEmpty):
			fmt.Println("   empty:", err)
		case errors.As(err, &pe):
			fmt.Printf("   first parse error at line %d: %v\n", pe.Line, err)
			fmt.Printf("   %T\n", err)
		default:
			fmt.Println("   other:", err)
		}
	}
}
