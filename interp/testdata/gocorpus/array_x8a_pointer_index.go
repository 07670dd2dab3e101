// Exercises: pointers to arrays - automatic indexing, len and cap of array pointer, slicing an array pointer
package main

import "fmt"

func fill(p *[4]int, v int) {
	for i := range p {
		p[i] = v * i
	}
}

func main() {
	var a [4]int
	p := &a
	fill(p, 3)
	fmt.Println("filled through pointer:", a)
	fmt.Println("len and cap of array pointer:", len(p), cap(p))
	s := p[1:3]
	s[0] = -1
	fmt.Println("slice of array pointer aliases:", a, len(s), cap(s))
	var np *[5]int
	fmt.Println("len of nil array pointer is constant:", len(np))
	q := &[...]string{"x", "y", "z"}
	fmt.Println("composite literal pointer:", len(q), q[2])
	arr := [...]int{5: 1, 2, 0: 7}
	fmt.Println("indexed literal:", len(arr), arr)
	sl := []int{1, 2, 3, 4}
	ap := (*[2]int)(sl)
	ap[1] = 20
	fmt.Println("slice to array pointer conversion shares:", sl, *ap)
	arr2 := [3]int(sl[1:])
	arr2[0] = 99
	fmt.Println("slice to array conversion copies:", sl, arr2)
}
