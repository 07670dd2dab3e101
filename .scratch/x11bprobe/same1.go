package main

import (
	"context"
	"fmt"
	"sync"
)

type P struct{ X int }
type Q struct{ X int }

func (q Q) String() string { return "Q!" }

type k struct{}

func main() {
	var m sync.Map
	m.Store("q", Q{1})
	v, _ := m.Load("q")
	_, isP := v.(P)
	_, isQ := v.(Q)
	fmt.Println(v, isP, isQ)
	ctx := context.WithValue(context.Background(), k{}, P{2})
	c := ctx.Value(k{})
	_, isP = c.(P)
	_, isQ = c.(Q)
	fmt.Println(c, isP, isQ)
}
