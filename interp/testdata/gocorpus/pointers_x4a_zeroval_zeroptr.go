// Exercises: pointers: pass by value vs by pointer, &, *, new, pointers to struct fields, pointer to array element, nil pointer check.
package main

import "fmt"

func zeroval(ival int) { ival = 0 }

func zeroptr(iptr *int) { *iptr = 0 }

type Point struct{ X, Y int }

func scale(p *Point, k int) {
	p.X *= k
	p.Y *= k
}

func main() {
	i := 1
	fmt.Println("initial:", i)
	zeroval(i)
	fmt.Println("zeroval:", i)
	zeroptr(&i)
	fmt.Println("zeroptr:", i)
	p := new(int)
	*p = 42
	q := p
	*q++
	fmt.Println(*p, p == q)
	pt := Point{1, 2}
	scale(&pt, 3)
	fmt.Println(pt)
	px := &pt.X
	*px = 100
	fmt.Println(pt)
	arr := [3]int{1, 2, 3}
	e := &arr[1]
	*e = 20
	fmt.Println(arr)
	var np *Point
	fmt.Println(np == nil, np)
	pp := &p
	**pp = 7
	fmt.Println(*p)
	ps := []*Point{{1, 1}, {2, 2}}
	for _, v := range ps {
		v.X = 9
	}
	fmt.Println(*ps[0], *ps[1])
}
