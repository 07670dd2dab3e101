package main

import "fmt"

type P struct{ X, Y int }

type Named struct {
	Name string
	Tags []string
}

func mk(i int) P { return P{i, -i} }

func main() {
	var xs []any
	for i := 0; i < 3; i++ {
		xs = append(xs, P{i, i * i})
	}
	fmt.Println(xs...)
	m := map[string]any{}
	for i, k := range []string{"a", "b"} {
		m[k] = Named{k, []string{k}}
		m[k+"p"] = mk(i)
	}
	fmt.Println(m)
	var ys []any
	for i := 0; i < 2; i++ {
		p := P{i, 1}
		ys = append(ys, p, &p)
	}
	fmt.Println(ys[0], ys[2], *(ys[1].(*P)), *(ys[3].(*P)))
	ch := make(chan any, 2)
	for i := 0; i < 2; i++ {
		ch <- mk(i)
	}
	fmt.Println(<-ch, <-ch)
}
