package main

import "fmt"

type C struct{ n int }

func (c *C) String() string { return fmt.Sprint("C", c.n) }

type V struct{ n int }

func (v V) String() string { return fmt.Sprint("V", v.n) }

func main() {
	mc := map[string]C{"a": {1}}
	mp := map[string]*C{"a": {1}}
	mv := map[string]V{"a": {1}}
	mvp := map[string]*V{"a": {2}}
	fmt.Println(mc, mp, mv, mvp)
	arr := [1]C{{5}}
	fmt.Println(arr, &arr, []C{{6}}, &[]C{{7}})
	s := struct {
		X C
		Y *C
	}{C{8}, &C{9}}
	fmt.Println(s, &s)
}
