package main

import "fmt"

func double(a [3]int) [3]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func doublePtr(a *[3]int) {
	for i := range a {
		a[i] *= 2
	}
}

func main() {
	// range over an array evaluates a copy
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("array range saw", v)
		}
	}
	// range over a slice sees updates
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100
		if i == 2 {
			fmt.Println("slice range saw", v)
		}
	}
	// range over a pointer to array sees updates
	arr2 := [3]int{1, 2, 3}
	for i, v := range &arr2 {
		arr2[2] = 100
		if i == 2 {
			fmt.Println("ptr range saw", v)
		}
	}

	// appending while ranging: length evaluated once
	s := []int{1, 2, 3}
	for _, v := range s {
		s = append(s, v*10)
	}
	fmt.Println(s)

	a := [3]int{1, 2, 3}
	b := double(a)
	fmt.Println(a, b)
	doublePtr(&a)
	fmt.Println(a)

	// arrays in maps are values
	m := map[string][2]int{"x": {1, 2}}
	v := m["x"]
	v[0] = 9
	fmt.Println(m, v)

	// array comparison and as keys
	type key [2]string
	seen := map[key]int{}
	seen[key{"a", "b"}]++
	seen[key{"a", "b"}]++
	seen[key{"b", "a"}]++
	fmt.Println(seen, len(seen))

	// 2D arrays
	var grid [3][4]int
	for r := range grid {
		for c := range grid[r] {
			grid[r][c] = r * c
		}
	}
	row := grid[2]
	row[0] = -1
	fmt.Println(grid[2], row, len(grid), len(grid[0]))

	// slice of an array shares storage
	full := [5]int{0, 1, 2, 3, 4}
	part := full[1:4]
	part[0] = 11
	part = append(part, 44)
	fmt.Println(full, part, cap(part))
	part = append(part, 55)
	part[0] = 111
	fmt.Println(full, part)

	// array literal with indices
	idx := [...]string{2: "c", 0: "a", 5: "f"}
	fmt.Println(len(idx), idx)
	fmt.Printf("%q\n", idx)

	// array of arrays copy
	matrix := [2][2]int{{1, 2}, {3, 4}}
	copyM := matrix
	copyM[0][0] = 99
	fmt.Println(matrix, copyM, matrix != copyM)

	// range with only index over string and array len
	var zero [0]int
	fmt.Println(len(zero), zero)
	for i := range len("héllo") {
		fmt.Print(i)
	}
	fmt.Println()
}
