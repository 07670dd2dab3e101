package main

import (
	"errors"
	"fmt"
)

type Tree struct {
	L, R *Tree
	V    int
}

func (t *Tree) String() string {
	if t == nil {
		return "()"
	}
	return fmt.Sprintf("(%v %d %v)", t.L, t.V, t.R)
}

func (t *Tree) Sum() int {
	if t == nil {
		return 0
	}
	return t.L.Sum() + t.V + t.R.Sum()
}

type Summer interface{ Sum() int }

type ErrT struct{ msg string }

func (e *ErrT) Error() string {
	if e == nil {
		return "nil ErrT"
	}
	return e.msg
}

func main() {
	t := &Tree{&Tree{nil, nil, 1}, nil, 2}
	fmt.Println(t, t.Sum())
	var empty *Tree
	fmt.Println(empty, empty.Sum())
	fmt.Printf("%v|%s\n", empty, empty)
	var s Summer = t.R
	fmt.Println(s.Sum(), s != nil)
	items := []any{empty, t.L}
	for _, it := range items {
		if st, ok := it.(fmt.Stringer); ok {
			fmt.Print(st.String(), " ")
		}
	}
	fmt.Println()
	var e *ErrT
	var err error = e
	fmt.Println(err != nil, err.Error(), errors.Is(err, e))
}
