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

func (p ParseError) Error() string { return fmt.Sprintf("line %d: %s", p.Line, p.Msg) }

func safe(name string, f func()) (err error) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case nil:
		case error:
			err = fmt.Errorf("%s: recovered error: %w", name, v)
		case string:
			err = fmt.Errorf("%s: recovered string: %s", name, v)
		default:
			err = fmt.Errorf("%s: recovered %T: %v", name, v, v)
		}
	}()
	f()
	return nil
}

func parse(lines []string) (total int) {
	for i, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			panic(ParseError{i + 1, "empty line"})
		}
		n := 0
		for _, c := range l {
			if c < '0' || c > '9' {
				panic(ParseError{i + 1, fmt.Sprintf("bad char %q", c)})
			}
			n = n*10 + int(c-'0')
		}
		total += n
	}
	return
}

func deferOrder() (out []string) {
	for i := 0; i < 3; i++ {
		defer func() { out = append(out, fmt.Sprint("defer", i)) }()
	}
	out = append(out, "body")
	return out
}

func nested() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("outer caught: ", r)
		}
	}()
	func() {
		defer func() {
			if r := recover(); r != nil {
				panic(fmt.Sprint("re-panic(", r, ")"))
			}
		}()
		panic("first")
	}()
	return "not reached"
}

func main() {
	tests := []struct {
		name string
		f    func()
	}{
		{"ok", func() { _ = parse([]string{"12", "30"}) }},
		{"parse", func() { parse([]string{"1", "2x"}) }},
		{"empty", func() { parse([]string{"5", " "}) }},
		{"index", func() {
			s := []int{1, 2, 3}
			i := len(s) + 2
			_ = s[i]
		}},
		{"nilmap", func() {
			var m map[string][]int
			m["a"] = append(m["a"], 1)
		}},
		{"divide", func() {
			a, b := 1, 0
			fmt.Println(a / b)
		}},
		{"assert", func() {
			var x any = "str"
			_ = x.(int)
		}},
		{"nilptr", func() {
			var p *ParseError
			fmt.Println(p.Line)
		}},
		{"custom", func() { panic(42) }},
		{"errval", func() { panic(errors.New("boom")) }},
	}
	for _, t := range tests {
		err := safe(t.name, t.f)
		fmt.Println(err)
		var pe ParseError
		if errors.As(err, &pe) {
			fmt.Println("  -> parse error at line", pe.Line)
		}
	}
	fmt.Println(deferOrder())
	fmt.Println(nested())
	fmt.Println(parse([]string{"7", "35"}))
}
