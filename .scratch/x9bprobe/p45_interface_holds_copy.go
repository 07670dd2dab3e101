package main

import "fmt"

type Box struct {
	V []int
	N int
}

func main() {
	b := Box{[]int{1}, 1}
	var i any = b
	b.N = 2
	b.V[0] = 100
	fmt.Println(i, b)
	bb := i.(Box)
	bb.N = 3
	fmt.Println(i.(Box).N, bb.N)
	arr := [2]int{1, 2}
	var ia any = arr
	arr[0] = 9
	fmt.Println(ia, arr)
	m := map[string]Box{"k": b}
	c := m["k"]
	c.N = 50
	fmt.Println(m["k"].N, c.N)
}
