package main

import "fmt"

func findPair(grid [][]int, target int) (int, int, bool) {
outer:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				continue outer
			}
			if v == target {
				return i, j, true
			}
		}
	}
	return -1, -1, false
}

func classify(n int) string {
	out := ""
	switch {
	case n > 100:
		out += "huge "
		fallthrough
	case n > 10:
		out += "big "
		fallthrough
	case n > 0:
		out += "positive"
	case n == 0:
		out = "zero"
	default:
		out = "negative"
	}
	return out
}

func gcdGoto(a, b int) int {
loop:
	if b == 0 {
		return a
	}
	a, b = b, a%b
	goto loop
}

func main() {
	grid := [][]int{{1, 2, 3}, {-1, 9, 9}, {4, 9, 6}}
	fmt.Println(findPair(grid, 9))
	fmt.Println(findPair(grid, 7))
	for _, n := range []int{500, 50, 5, 0, -5} {
		fmt.Printf("%d: %s\n", n, classify(n))
	}
	fmt.Println(gcdGoto(84, 36), gcdGoto(17, 5))

	count := 0
search:
	for i := 2; i < 50; i++ {
		for j := 2; j*j <= i; j++ {
			if i%j == 0 {
				continue search
			}
		}
		count++
		if count == 10 {
			fmt.Println("10th prime:", i)
			break search
		}
	}

	i := 0
	for {
		i++
		switch {
		case i%2 == 0:
			continue
		case i > 7:
		}
		if i > 7 {
			break
		}
		fmt.Print(i, " ")
	}
	fmt.Println()

	x := 3
	switch y := x * 2; y {
	case 1, 2, 3:
		fmt.Println("small")
	case 6:
		fmt.Println("six")
		if x == 3 {
			break
		}
		fmt.Println("unreachable-ish")
	default:
		fmt.Println("other")
	}

	var arr [5]int
	for i := range arr {
		arr[i] = i * i
	}
	for i, v := range arr {
		arr[len(arr)-1-i] = v
	}
	fmt.Println(arr)
	sl := []int{1, 2, 3}
	for i, v := range sl {
		if i == 0 {
			sl = append(sl, 99)
			sl[2] = 100
		}
		fmt.Print(v, " ")
	}
	fmt.Println(sl)
}
