package main

import (
	"errors"
	"fmt"
	"strings"
)

type Pos struct{ Line, Col int }

type SyntaxError struct {
	Pos
	Msg string
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("%d:%d: syntax error: %s", e.Line, e.Col, e.Msg)
}

type TypeError struct {
	Pos
	Want, Got string
}

func (e TypeError) Error() string {
	return fmt.Sprintf("%d:%d: type mismatch: want %s, got %s", e.Line, e.Col, e.Want, e.Got)
}

var ErrFatal = errors.New("fatal")

type ErrorList []error

func (l ErrorList) Error() string {
	var sb strings.Builder
	for i, e := range l {
		if i > 0 {
			sb.WriteString("; ")
		}
		sb.WriteString(e.Error())
	}
	return sb.String()
}

func (l ErrorList) Unwrap() []error { return l }

func check(src string) error {
	var errs ErrorList
	for i, line := range strings.Split(src, "\n") {
		if strings.Count(line, "(") != strings.Count(line, ")") {
			errs = append(errs, &SyntaxError{Pos{i + 1, strings.Index(line, "(") + 1}, "unbalanced parens"})
		}
		if idx := strings.Index(line, "= \""); idx >= 0 && strings.HasPrefix(line, "int") {
			errs = append(errs, TypeError{Pos{i + 1, idx + 3}, "int", "string"})
		}
		if strings.Contains(line, "!!") {
			errs = append(errs, fmt.Errorf("line %d: %w", i+1, ErrFatal))
		}
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}

func compile(name, src string) error {
	if err := check(src); err != nil {
		return fmt.Errorf("compile %s: %w", name, err)
	}
	return nil
}

func main() {
	srcs := map[string]string{
		"a.x": "int x = 1\nf(x)",
		"b.x": "int y = \"hi\"\nf((y)\n!!",
		"c.x": "g(1))",
	}
	for _, name := range []string{"a.x", "b.x", "c.x"} {
		err := compile(name, srcs[name])
		fmt.Println(err)
		if err == nil {
			continue
		}
		var se *SyntaxError
		if errors.As(err, &se) {
			fmt.Println("  first syntax error at", se.Pos, se.Msg)
		}
		var te TypeError
		if errors.As(err, &te) {
			fmt.Printf("  type error %+v\n", te)
		}
		fmt.Println("  fatal:", errors.Is(err, ErrFatal))
		var list ErrorList
		if errors.As(err, &list) {
			fmt.Println("  count:", len(list))
		}
	}
	joined := errors.Join(&SyntaxError{Pos{1, 1}, "x"}, nil, ErrFatal)
	fmt.Printf("%q %v\n", joined.Error(), errors.Is(joined, ErrFatal))
}
