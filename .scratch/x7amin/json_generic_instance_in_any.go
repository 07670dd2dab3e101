package main

import (
	"encoding/json"
	"fmt"
)

type Tagged[T any] struct {
	Tag string
	Val T
}

func (t Tagged[T]) String() string { return t.Tag }

// json.Marshal of an instance of a generic type WITH A METHOD passed as any (or inside
// map[string]any) gives {} (without the String method, or for a non-generic type, it is right);
// passed with its static type it is right.
func main() {
	t := Tagged[int]{"n", 1}
	a, _ := json.Marshal(t)
	b, _ := json.Marshal(any(t))
	c, _ := json.Marshal(map[string]any{"t": t})
	fmt.Println(string(a), string(b), string(c))
}
