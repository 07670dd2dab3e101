package main

import (
	"errors"
	"fmt"
	"strings"
)

type ParseError struct {
	Line int
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *ParseError) Unwrap() error { return e.Err }

var ErrSyntax = errors.New("syntax error")

type fatal struct{ msg string }

func parseLine(n int, s string) (kv [2]string) {
	k, v, ok := strings.Cut(s, "=")
	if !ok {
		panic(&ParseError{n, fmt.Errorf("%w: missing '='", ErrSyntax)})
	}
	if k == "" {
		panic(fatal{"empty key"})
	}
	if v == "!" {
		panic(fmt.Sprintf("bang on line %d", n))
	}
	return [2]string{strings.TrimSpace(k), strings.TrimSpace(v)}
}

func parse(src string) (m map[string]string, err error) {
	defer func() {
		switch r := recover().(type) {
		case nil:
		case *ParseError:
			err = r
		case error:
			err = fmt.Errorf("unexpected: %w", r)
		default:
			panic(r)
		}
	}()
	m = map[string]string{}
	for i, line := range strings.Split(src, "\n") {
		if line = strings.TrimSpace(line); line == "" || line[0] == '#' {
			continue
		}
		kv := parseLine(i+1, line)
		m[kv[0]] = kv[1]
	}
	return m, nil
}

func outer(src string) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprintf("outer caught %T: %v", r, r)
		}
	}()
	m, err := parse(src)
	if err != nil {
		var pe *ParseError
		return fmt.Sprintf("err=%v is-syntax=%v as=%v line=%d", err, errors.Is(err, ErrSyntax), errors.As(err, &pe), pe.Line)
	}
	return fmt.Sprint(m)
}

func deferOrder() (out []string) {
	for i := range 3 {
		defer func() { out = append(out, fmt.Sprint("d", i)) }()
	}
	defer func() {
		r := recover()
		out = append(out, fmt.Sprint("recovered:", r))
	}()
	var arr []int
	_ = arr[5]
	return []string{"unreachable"}
}

func main() {
	inputs := []string{
		"a = 1\n# comment\nb=2\n\n c = three ",
		"a=1\nbroken\nc=3",
		"=x",
		"a=!",
	}
	for _, in := range inputs {
		fmt.Println(outer(in))
	}
	fmt.Println(deferOrder())
	func() {
		defer func() { fmt.Println("div:", recover()) }()
		a, b := 1, 0
		fmt.Println(a / b)
	}()
	func() {
		defer func() {
			err := recover().(error)
			fmt.Println("conv:", err, strings.Contains(err.Error(), "interface conversion"))
		}()
		var x any = "s"
		_ = x.(int)
	}()
}
