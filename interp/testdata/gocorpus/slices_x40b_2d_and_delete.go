package main

import (
	"fmt"
	"slices"
)

func main() {
	// 2D slice sharing one backing array
	backing := make([]int, 6)
	grid := [][]int{backing[0:2], backing[2:4], backing[4:6]}
	grid[0] = append(grid[0], 99) // overwrites grid[1][0]!
	fmt.Println(grid, backing)

	// independent rows
	rows := make([][]int, 3)
	for i := range rows {
		rows[i] = make([]int, 2)
	}
	rows[0] = append(rows[0], 99)
	fmt.Println(rows)

	// slices.Delete and Insert
	s := []string{"a", "b", "c", "d", "e"}
	t := s[:]
	s = slices.Delete(s, 1, 3)
	fmt.Printf("%q %q\n", s, t)
	s = slices.Insert(s, 1, "X", "Y")
	fmt.Println(s, len(s), t)

	// removing in place with filtering idiom
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8}
	orig := nums
	kept := nums[:0]
	for _, n := range nums {
		if n%3 != 0 {
			kept = append(kept, n)
		}
	}
	fmt.Println(kept, orig)

	nums2 := []int{1, 2, 3, 4, 5, 6}
	nums2 = slices.DeleteFunc(nums2, func(n int) bool { return n%2 == 0 })
	fmt.Println(nums2, len(nums2), cap(nums2))

	// stack and queue operations
	stack := []int{}
	for i := range 4 {
		stack = append(stack, i)
	}
	top := stack[len(stack)-1]
	stack = stack[:len(stack)-1]
	queue := []int{10, 20, 30}
	head := queue[0]
	queue = queue[1:]
	fmt.Println(top, stack, head, queue, cap(queue))

	// reversing and rotating
	r := []int{1, 2, 3, 4, 5}
	slices.Reverse(r)
	fmt.Println(r)
	k := 2
	rot := append(r[k:], r[:k]...)
	fmt.Println(rot, r)

	// slice of slices appended from same var aliasing
	var res [][]int
	cur := []int{}
	for i := range 4 {
		cur = append(cur, i)
		res = append(res, cur)
	}
	fmt.Println(res)
	var res2 [][]int
	cur2 := []int{}
	for i := range 4 {
		cur2 = append(cur2, i)
		res2 = append(res2, slices.Clone(cur2))
	}
	fmt.Println(res2)

	// Equal, Repeat, Concat, Chunk
	fmt.Println(slices.Equal([]int{1, 2}, []int{1, 2}), slices.Equal([]int(nil), []int{}))
	fmt.Println(slices.Repeat([]string{"ab"}, 3), slices.Concat([]int{1}, []int{2, 3}, nil, []int{4}))
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		fmt.Print(c, len(c), cap(c), " ")
	}
	fmt.Println()
	g := slices.Grow([]int{1}, 10)
	fmt.Println(len(g), cap(g) >= 11)
}
