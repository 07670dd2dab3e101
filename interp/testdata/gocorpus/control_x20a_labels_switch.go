package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0:
		if n > 100 {
			return "big even"
		}
		fallthrough
	case n < 10:
		return "small or even"
	default:
		return "other"
	}
}

func findPair(grid [][]int, target int) (int, int, bool) {
	var ri, ci int
	found := false
outer:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				continue outer
			}
			if v == target {
				ri, ci, found = i, j, true
				break outer
			}
		}
	}
	return ri, ci, found
}

func main() {
	for _, n := range []int{-3, 0, 4, 7, 15, 200, 12} {
		fmt.Printf("%d:%s ", n, classify(n))
	}
	fmt.Println()
	grid := [][]int{{1, 2, 3}, {4, -1, 9}, {7, 8, 9}}
	fmt.Println(findPair(grid, 9))
	fmt.Println(findPair(grid, 5))
	i := 0
loop:
	if i < 5 {
		fmt.Print(i, " ")
		i++
		goto loop
	}
	fmt.Println()
	count := 0
	for x := 0; x < 10; x++ {
		switch x % 3 {
		case 0:
			continue
		case 1:
			if x > 6 {
				break
			}
			count += 10
		default:
			count++
		}
		count += 100
	}
	fmt.Println("count", count)
	var kinds []string
	for _, v := range []any{1, "a", 2.5, nil, []int{}, struct{}{}, true} {
		switch v.(type) {
		case int, float64:
			kinds = append(kinds, "number")
		case string:
			kinds = append(kinds, "string")
		case nil:
			kinds = append(kinds, "nil")
		default:
			kinds = append(kinds, fmt.Sprintf("%T", v))
		}
	}
	fmt.Println(kinds)
	x := 5
	switch y := x * 2; y {
	case 1, 2, 3:
		fmt.Println("low")
	case 10:
		fmt.Println("ten", y)
	}
	for i := range 3 {
		defer fmt.Print("d", i, " ")
	}
	fmt.Println("end")
}
