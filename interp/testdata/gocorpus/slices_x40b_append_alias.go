package main

import "fmt"

func grow(s []int) []int {
	s = append(s, 100)
	s[0] = -1
	return s
}

func show(name string, s []int) {
	fmt.Printf("%-4s len=%d cap=%d %v\n", name, len(s), cap(s), s)
}

func main() {
	// Question 1: shared backing array
	a := make([]int, 3, 5)
	for i := range a {
		a[i] = i + 1
	}
	b := append(a, 4)
	c := append(a, 5)
	show("a", a)
	show("b", b)
	show("c", c)

	// Question 2: append that reallocates
	d := []int{1, 2, 3}
	e := grow(d)
	show("d", d)
	show("e", e)

	// Question 3: append that does not reallocate
	f := make([]int, 3, 10)
	g := grow(f)
	show("f", f)
	show("g", g)

	// Question 4: full slice expression limits capacity
	base := []string{"a", "b", "c", "d", "e"}
	h := base[1:3:3]
	h = append(h, "X")
	i := base[1:3]
	i = append(i, "Y")
	fmt.Println(base, h, i)

	// Question 5: copy returns the number of elements copied
	dst := make([]int, 2)
	n := copy(dst, []int{7, 8, 9})
	fmt.Println(n, dst)

	// Question 6: overlapping copy
	ov := []int{1, 2, 3, 4, 5}
	copy(ov[1:], ov)
	fmt.Println(ov)

	// Question 7: slicing beyond len but within cap
	s := make([]int, 2, 4)
	s[0], s[1] = 10, 20
	t := s[1:4]
	t[2] = 99
	fmt.Println(s, t, s[:cap(s)])

	// Question 8: nil vs empty
	var nilS []int
	empty := []int{}
	fmt.Println(nilS == nil, empty == nil, len(nilS), len(empty))
	fmt.Printf("%v %v %#v %#v\n", nilS, empty, nilS, empty)
	nilS = append(nilS, 1)
	fmt.Println(nilS)
}
