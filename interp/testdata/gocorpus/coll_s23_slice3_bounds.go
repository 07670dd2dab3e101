// Exercises: full slice expressions s[lo:hi:max] out of range on slices, arrays and pointers to arrays, with signed, negative and unsigned bounds: the recovered panic's message
package main

import "fmt"

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	s := []int{1, 2, 3, 4, 5}
	arr := [4]int{1, 2, 3, 4}
	for _, c := range [][3]int{{1, 3, 2}, {0, 2, 9}, {3, 2, 4}, {-1, 2, 3}, {1, -2, 3}, {1, 2, -3}, {0, 5, 5}, {1, 2, 3}} {
		lo, hi, mx := c[0], c[1], c[2]
		try(func() { t := s[lo:hi:mx]; fmt.Println(t, len(t), cap(t)) })
		try(func() { t := arr[lo:hi:mx]; fmt.Println(t, len(t), cap(t)) })
		try(func() { t := s[:hi:mx]; fmt.Println(t, len(t), cap(t)) })
	}
	var u uint8 = 200
	try(func() { _ = s[1:2:u] })
	p := &arr
	try(func() { _ = p[1:3:3] })
}
