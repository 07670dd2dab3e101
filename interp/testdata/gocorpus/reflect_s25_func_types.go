// reflect's In and Out of function types, a chan's Elem, and the type of
// a func variable name the notebook's types.
package main

import (
	"fmt"
	"reflect"
)

type M int
type G struct{ A int }

func H(x M, g G) {}

func main() {
	fmt.Println(reflect.TypeOf(H).In(0), reflect.TypeOf(H).In(1))
	var fn func(G)
	fmt.Println(reflect.TypeOf(fn))
	t := reflect.TypeOf(func(m M) (G, error) { return G{int(m)}, nil })
	fmt.Println(t, t.NumIn(), t.NumOut(), t.Out(0), t.Out(1), t.In(0).Kind())
	ch := make(chan G)
	fmt.Println(reflect.TypeOf(ch).Elem(), reflect.TypeOf(ch))
}
