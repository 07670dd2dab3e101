package main

import (
	"fmt"
	"slices"
)

type Grid [4][4]int

func (g Grid) Rotate() Grid {
	var r Grid
	for i := range 4 {
		for j := range 4 {
			r[j][3-i] = g[i][j]
		}
	}
	return r
}

func (g *Grid) SlideLeft() int {
	score := 0
	for i := range g {
		row := make([]int, 0, 4)
		for _, v := range g[i] {
			if v != 0 {
				row = append(row, v)
			}
		}
		for j := 0; j+1 < len(row); j++ {
			if row[j] == row[j+1] {
				row[j] *= 2
				score += row[j]
				row = slices.Delete(row, j+1, j+2)
			}
		}
		var nr [4]int
		copy(nr[:], row)
		g[i] = nr
	}
	return score
}

func (g Grid) Print() {
	for _, row := range g {
		for _, v := range row {
			fmt.Printf("%5d", v)
		}
		fmt.Println()
	}
}

func spiral(m [][]int) []int {
	var out []int
	top, bot, left, right := 0, len(m)-1, 0, len(m[0])-1
	for top <= bot && left <= right {
		for j := left; j <= right; j++ {
			out = append(out, m[top][j])
		}
		top++
		for i := top; i <= bot; i++ {
			out = append(out, m[i][right])
		}
		right--
		if top <= bot {
			for j := right; j >= left; j-- {
				out = append(out, m[bot][j])
			}
			bot--
		}
		if left <= right {
			for i := bot; i >= top; i-- {
				out = append(out, m[i][left])
			}
			left++
		}
	}
	return out
}

func main() {
	g := Grid{{2, 2, 4, 0}, {0, 4, 4, 4}, {8, 0, 8, 16}, {2, 2, 2, 2}}
	s := g.SlideLeft()
	g.Print()
	fmt.Println("score", s)
	r := g.Rotate()
	fmt.Println(r == g, r.Rotate().Rotate().Rotate() == g)
	fmt.Println(r[0], len(r), cap(r[1][:2]))
	m := [][]int{{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}}
	fmt.Println(spiral(m))
	arr := [5]int{1, 2, 3}
	brr := arr
	brr[0] = 100
	fmt.Println(arr, brr, arr == [5]int{1, 2, 3, 0, 0})
	sl := arr[1:3:4]
	sl = append(sl, 9)
	sl = append(sl, 10)
	fmt.Println(arr, sl, len(sl), cap(sl) >= 4)
	counts := map[[2]int]int{}
	for _, p := range [][2]int{{1, 2}, {3, 4}, {1, 2}} {
		counts[p]++
	}
	fmt.Println(counts)
}
