package main

import (
	"fmt"
	"slices"
)

// Mistake: assuming append always returns a new backing array.
// Idiom: use a full slice expression or slices.Clone when handing out sub-slices.

func describe(name string, s []int) {
	fmt.Printf("%-8s len=%d cap=%d %v\n", name, len(s), cap(s), s)
}

func firstTwoShared(s []int) []int {
	return s[:2]
}

func firstTwoSafe(s []int) []int {
	return s[:2:2]
}

type Buffer struct {
	data []byte
}

func (b *Buffer) Bytes() []byte { return b.data }

func (b *Buffer) SafeBytes() []byte { return slices.Clone(b.data) }

func main() {
	base := make([]int, 5, 10)
	for i := range base {
		base[i] = i + 1
	}
	describe("base", base)

	shared := firstTwoShared(base)
	shared = append(shared, 99)
	describe("shared", shared)
	describe("base", base)

	base[2] = 3
	safe := firstTwoSafe(base)
	safe = append(safe, 42)
	describe("safe", safe)
	describe("base", base)

	// Two appends to the same parent slice overwrite each other.
	parent := make([]string, 0, 4)
	parent = append(parent, "a", "b")
	x := append(parent, "x")
	y := append(parent, "y")
	fmt.Println("x:", x, "y:", y)

	// The fix: clone before appending.
	x2 := append(slices.Clone(parent), "x")
	y2 := append(slices.Clone(parent), "y")
	fmt.Println("x2:", x2, "y2:", y2)

	// Growth: once capacity is exceeded, the slices separate.
	small := []int{1, 2, 3}
	grown := append(small, 4)
	grown[0] = 100
	fmt.Println("small:", small, "grown:", grown)

	b := &Buffer{data: []byte("hello")}
	raw := b.Bytes()
	raw[0] = 'J'
	fmt.Printf("after raw edit: %q\n", b.data)
	cp := b.SafeBytes()
	cp[0] = 'Y'
	fmt.Printf("after clone edit: %q (clone %q)\n", b.data, cp)

	// Removing from the middle with slices.Delete zeroes the tail.
	nums := []int{10, 20, 30, 40, 50}
	view := nums[:]
	nums = slices.Delete(nums, 1, 3)
	fmt.Println("nums:", nums, "view:", view)

	// copy returns the number of elements copied.
	dst := make([]int, 3)
	n := copy(dst, []int{7, 8, 9, 10, 11})
	fmt.Println("copied", n, dst)

	// nil vs empty slices
	var nilSlice []int
	empty := []int{}
	fmt.Println(nilSlice == nil, empty == nil, len(nilSlice), len(empty))
	fmt.Printf("%#v %#v\n", nilSlice, empty)
}
