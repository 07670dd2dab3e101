// Exercises: comma-ok on map, type assertion, channel receive, named map type, shadowed ok
package main

import "fmt"

type Registry map[string]int

func (r Registry) Lookup(k string) (int, bool) {
	v, ok := r[k]
	return v, ok
}

func main() {
	r := Registry{"a": 1, "b": 0}
	if v, ok := r.Lookup("b"); ok {
		fmt.Println("b present", v)
	}
	if _, ok := r["zz"]; !ok {
		fmt.Println("zz absent")
	}
	var x any = r
	if reg, ok := x.(Registry); ok {
		fmt.Println("registry of", len(reg))
	}
	if _, ok := x.(map[string]int); !ok {
		fmt.Println("not a plain map")
	}
	ch := make(chan int, 1)
	ch <- 5
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok)
	var s fmt.Stringer
	_, ok = x.(fmt.Stringer)
	fmt.Println(ok, s == nil)
	ok = true
	if ok := len(r) > 5; ok {
		fmt.Println("unreachable")
	}
	fmt.Println(ok)
}
