package main

import (
	"fmt"
	"slices"
)

func AppendByte(slice []byte, data ...byte) []byte {
	m := len(slice)
	n := m + len(data)
	if n > cap(slice) {
		newSlice := make([]byte, (n+1)*2)
		copy(newSlice, slice)
		slice = newSlice
	}
	slice = slice[0:n]
	copy(slice[m:n], data)
	return slice
}

func Filter(s []int, fn func(int) bool) []int {
	var p []int
	for _, v := range s {
		if fn(v) {
			p = append(p, v)
		}
	}
	return p
}

func CopyDigits(b []byte) []byte {
	start := -1
	for i, c := range b {
		if c >= '0' && c <= '9' {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			return append([]byte(nil), b[start:i]...)
		}
	}
	if start < 0 {
		return nil
	}
	return slices.Clone(b[start:])
}

func main() {
	p := []byte{2, 3, 5}
	p = AppendByte(p, 7, 11, 13)
	fmt.Println(p, len(p), cap(p))

	s := make([]int, 5, 10)
	t := s[2:4]
	t = append(t, 99)
	fmt.Println(s, t, len(t), cap(t))
	s = s[:cap(s)]
	fmt.Println(s)

	u := s[1:3:4]
	u = append(u, 1)
	u = append(u, 2)
	u[0] = -1
	fmt.Println(s[:5], u, cap(u) >= 4)

	evens := Filter([]int{1, 2, 3, 4, 5, 6, 7, 8}, func(x int) bool { return x%2 == 0 })
	fmt.Println(evens)

	b := []byte("abc 12345 def 678")
	d := CopyDigits(b)
	b[4] = 'X'
	fmt.Printf("%s %s\n", d, b)

	var nilS []string
	empty := []string{}
	fmt.Println(nilS == nil, empty == nil, len(nilS), len(empty))
	fmt.Printf("%v %v %#v %#v\n", nilS, empty, nilS, empty)

	grid := make([][]rune, 3)
	for i := range grid {
		grid[i] = []rune(fmt.Sprintf("%03d", i*7))
	}
	for _, row := range grid {
		fmt.Print(string(row), " ")
	}
	fmt.Println()
	arr := [5]int{1, 2, 3, 4, 5}
	sl := arr[1:4]
	sl[0] = 20
	arr2 := arr
	arr2[2] = 30
	fmt.Println(arr, arr2, sl)
	fmt.Println(slices.Insert([]int{1, 2, 5}, 2, 3, 4), slices.Index(sl, 4))
}
