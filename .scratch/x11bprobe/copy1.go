package main

import (
	"errors"
	"fmt"
	"io"
	"sort"
)

type Counter struct{ n int }

func (c Counter) String() string { return fmt.Sprint("C", c.n) }

type E struct{ code int }

func (e E) Error() string { return fmt.Sprint("E", e.code) }

type Nums struct{ xs []int }

func (n Nums) Len() int           { return len(n.xs) }
func (n Nums) Less(i, j int) bool { return n.xs[i] < n.xs[j] }
func (n Nums) Swap(i, j int)      { n.xs[i], n.xs[j] = n.xs[j], n.xs[i] }

type W struct{ tag string }

func (w W) Write(p []byte) (int, error) { fmt.Println(w.tag, string(p)); return len(p), nil }

func main() {
	c := Counter{1}
	var s fmt.Stringer = c
	c.n = 5
	fmt.Println(s.String(), s, c)
	e := E{1}
	var err error = e
	errs := []error{e}
	wrapped := fmt.Errorf("w: %w", e)
	e.code = 9
	fmt.Println(err, errs[0], wrapped, errors.Is(wrapped, E{1}), errors.Is(wrapped, e))
	n := Nums{[]int{3, 1, 2}}
	var si sort.Interface = n
	n.xs = []int{9}
	sort.Sort(si)
	fmt.Println(si.Len(), n.xs)
	w := W{"first"}
	var iw io.Writer = w
	w.tag = "second"
	fmt.Fprint(iw, "x")
	arr := [2]Counter{{1}, {2}}
	var anyArr any = arr
	arr[0].n = 100
	fmt.Println(anyArr, arr)
}
