package main

import (
	"container/list"
	"context"
	"fmt"
	"sync"
)

type P struct{ X int }

func (p P) String() string { return "P!" }

type U struct{ Name string }

type k struct{}

func main() {
	var m sync.Map
	m.Store("p", P{1})
	m.Store("u", &U{"ann"})
	v, _ := m.Load("p")
	p, ok := v.(P)
	fmt.Println(v, p.X, ok)
	w, _ := m.Load("u")
	u, ok := w.(*U)
	fmt.Println(u.Name, ok)
	ctx := context.WithValue(context.Background(), k{}, U{"bob"})
	uu, ok := ctx.Value(k{}).(U)
	fmt.Println(uu, ok)
	l := list.New()
	l.PushBack(P{2})
	fmt.Println(l.Front().Value, l.Front().Value.(P).X)
	fmt.Printf("%T %T\n", v, ctx.Value(k{}))
}
