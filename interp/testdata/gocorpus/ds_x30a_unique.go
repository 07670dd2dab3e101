package main

import (
	"fmt"
	"strings"
	"unique"
)

type Token struct {
	Kind unique.Handle[string]
	Text string
}

type Point struct{ X, Y int }

type Interner struct {
	seen map[unique.Handle[string]]int
}

func (in *Interner) Add(s string) unique.Handle[string] {
	h := unique.Make(s)
	if in.seen == nil {
		in.seen = map[unique.Handle[string]]int{}
	}
	in.seen[h]++
	return h
}

func main() {
	a := unique.Make("hello")
	b := unique.Make(strings.ToLower("HELLO"))
	c := unique.Make("world")
	fmt.Println(a == b, a == c, a.Value(), c.Value())

	ident := unique.Make("ident")
	number := unique.Make("number")
	var toks []Token
	for f := range strings.FieldsSeq("x = 42 + y * 7") {
		kind := unique.Make("op")
		if f[0] >= '0' && f[0] <= '9' {
			kind = number
		} else if f[0] >= 'a' && f[0] <= 'z' {
			kind = ident
		}
		toks = append(toks, Token{kind, f})
	}
	for _, t := range toks {
		switch t.Kind {
		case ident:
			fmt.Printf("IDENT(%s) ", t.Text)
		case number:
			fmt.Printf("NUM(%s) ", t.Text)
		default:
			fmt.Printf("%s(%s) ", strings.ToUpper(t.Kind.Value()), t.Text)
		}
	}
	fmt.Println()

	p1 := unique.Make(Point{1, 2})
	p2 := unique.Make(Point{1, 2})
	p3 := unique.Make(Point{2, 1})
	fmt.Println(p1 == p2, p1 == p3, p1.Value(), p3.Value().X)

	var in Interner
	for _, w := range strings.Split("a b a c b a", " ") {
		in.Add(w)
	}
	for _, w := range []string{"a", "b", "c", "d"} {
		fmt.Printf("%s=%d ", w, in.seen[unique.Make(w)])
	}
	fmt.Println(len(in.seen))

	var zero unique.Handle[string]
	fmt.Println(zero == a)
}
