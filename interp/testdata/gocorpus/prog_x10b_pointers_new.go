// Exercises: pointers, new, pointer comparison, escaping locals, incr via pointer, pointer to struct field and array element
package main

import "fmt"

var p = f()

func f() *int {
	v := 1
	return &v
}

func incr(p *int) int {
	*p++
	return *p
}

type pair struct{ a, b int }

func main() {
	x := 1
	q := &x
	*q = 2
	fmt.Println(x, *q, q == &x)
	fmt.Println(f() == f(), p != nil)
	v := 1
	incr(&v)
	fmt.Println(incr(&v), v)
	n := new(int)
	fmt.Println(*n)
	*n = 42
	m := n
	*m += 1
	fmt.Println(*n)
	s := new(pair)
	pb := &s.b
	*pb = 7
	fmt.Println(*s)
	arr := [3]int{1, 2, 3}
	pe := &arr[1]
	*pe *= 10
	fmt.Println(arr)
	pp := &q
	**pp = 99
	fmt.Println(x)
}
