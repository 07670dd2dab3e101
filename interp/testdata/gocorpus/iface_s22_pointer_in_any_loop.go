package main

import (
	"bytes"
	"fmt"
	"io"
)

type P struct{ X, Y int }

func main() {
	var xs []any
	for i := 0; i < 3; i++ {
		xs = append(xs, &P{i, i})
	}
	for _, x := range xs {
		fmt.Print(*(x.(*P)), " ")
	}
	fmt.Println()
	var ws []io.Writer
	for i := 0; i < 2; i++ {
		ws = append(ws, &bytes.Buffer{})
	}
	fmt.Fprint(ws[0], "zero")
	fmt.Println(ws[1].(*bytes.Buffer).Len(), ws[0] == ws[1])
	m := map[string]any{}
	for _, k := range []string{"a", "b"} {
		m[k] = &P{len(k), 0}
		m[k+"2"] = []int{len(k)}
	}
	fmt.Println(len(m), m["a"] == m["b"])
	ps := []*P{}
	for i := 0; i < 2; i++ {
		p := P{i, 0}
		ps = append(ps, &p)
	}
	fmt.Println(*ps[0], *ps[1])
}
