package main

import "fmt"

func zeroval(ival int) {
	ival = 0
}

func zeroptr(iptr *int) {
	*iptr = 0
}

type point struct{ x, y int }

func (p *point) scale(k int) {
	p.x *= k
	p.y *= k
}

func newPoint(x, y int) *point {
	p := point{x, y}
	return &p
}

func swap(a, b *string) {
	*a, *b = *b, *a
}

type node struct {
	val  int
	next *node
}

func main() {
	i := 1
	fmt.Println("initial:", i)
	zeroval(i)
	fmt.Println("zeroval:", i)
	zeroptr(&i)
	fmt.Println("zeroptr:", i)

	p := newPoint(2, 3)
	p.scale(4)
	fmt.Println(*p, p.x)
	fmt.Printf("%+v %T\n", *p, p)

	q := p
	q.y = 100
	fmt.Println(p.y)

	s1, s2 := "left", "right"
	swap(&s1, &s2)
	fmt.Println(s1, s2)

	var head *node
	for v := 5; v > 0; v-- {
		head = &node{v, head}
	}
	for n := head; n != nil; n = n.next {
		fmt.Print(n.val, " ")
	}
	fmt.Println()

	pp := &p
	(*pp).x = 7
	fmt.Println(p.x, (**pp).y)

	arr := [3]int{1, 2, 3}
	ap := &arr
	ap[1] = 20
	for i, v := range ap {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()

	var np *point
	fmt.Println(np == nil, np)

	m := map[string]*point{"a": {1, 1}}
	m["a"].x = 9
	fmt.Println(*m["a"])

	ptrs := []*int{}
	for k := range 3 {
		ptrs = append(ptrs, &k)
	}
	for _, pk := range ptrs {
		fmt.Print(*pk)
	}
	fmt.Println()
}
