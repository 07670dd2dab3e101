package main

import (
	"fmt"
	"strings"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type List[T any] struct {
	items []T
	name  string
}

func (l *List[T]) Append(v T) *List[T] { l.items = append(l.items, v); return l }

func (l List[T]) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v':
		if f.Flag('+') {
			fmt.Fprintf(f, "%s%v(len=%d)", l.name, l.items, len(l.items))
			return
		}
		fmt.Fprintf(f, "%v", l.items)
	case 's':
		parts := make([]string, len(l.items))
		for i, it := range l.items {
			parts[i] = fmt.Sprint(it)
		}
		fmt.Fprint(f, strings.Join(parts, "|"))
	default:
		fmt.Fprintf(f, "%%!%c(List)", verb)
	}
}

type Level int

const (
	Debug Level = iota
	Info
	Warn
)

func (l Level) String() string { return [...]string{"DEBUG", "INFO", "WARN"}[l] }

func main() {
	p := Pair[string, int]{"age", 42}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	pp := &Pair[Level, []byte]{Warn, []byte("hi")}
	fmt.Printf("%v|%+v|%T\n", pp, *pp, pp)
	fmt.Printf("%#v\n", Pair[int, *int]{1, nil})

	l := &List[float64]{name: "temps"}
	l.Append(1.5).Append(-2).Append(3.25)
	fmt.Printf("%v\n%+v\n%s\n%d\n", *l, *l, *l, *l)
	fmt.Println(fmt.Sprint(*l), fmt.Sprintf("%10.2f|%-8q|%x|%X", 3.14159, "go", "hi", []byte{1, 171}))

	levels := []Level{Debug, Warn, Info}
	fmt.Printf("%v %d %q %s\n", levels, levels, levels, levels[1])
	m := map[Level]Pair[string, bool]{Warn: {"disk", true}, Debug: {"x", false}}
	fmt.Printf("%v\n%+v\n", m, m)
	fmt.Printf("%08.3f|%+d|%5t|%-5d|%o|%b|%U|%e\n", 3.14159, 7, true, 42, 8, 5, 'G', 123456.789)
	fmt.Printf("%*d|%-*d|%.*s\n", 5, 42, 4, 7, 3, "abcdef")
	fmt.Printf("%v %v\n", []any{nil, 1, "a"}, [2]bool{true})
}
