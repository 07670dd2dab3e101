// Exercises: slices - make with len and cap, append growth, copy, slicing and sharing, full slice expressions, slices.Equal, 2-D slices
package main

import (
	"fmt"
	"slices"
)

func main() {
	var scores []int
	fmt.Println(scores, scores == nil, len(scores), cap(scores))

	buf := make([]int, 2, 5)
	fmt.Println(buf, len(buf), cap(buf))
	buf = append(buf, 7, 8)
	fmt.Println(buf, len(buf), cap(buf))

	scores = append(scores, 90, 72)
	scores = append(scores, []int{88, 61}...)
	fmt.Println("scores:", scores, scores[len(scores)-1])

	top := make([]int, 3)
	n := copy(top, scores)
	top[0] = 100
	fmt.Println(n, top, scores[0])
	fmt.Println(copy(top, []int{1}), top)

	mid := scores[1:3]
	mid[0] = -1
	fmt.Println(mid, scores, len(mid), cap(mid))
	fmt.Println(scores[:2], scores[2:], scores[:])

	safe := scores[1:3:3]
	safe = append(safe, 555)
	fmt.Println(safe, scores)

	letters := []string{"q", "w", "e"}
	again := []string{"q", "w", "e"}
	fmt.Println(slices.Equal(letters, again), slices.Equal(letters, again[:2]), slices.Equal([]int{}, nil))

	tri := make([][]string, 4)
	for row := range tri {
		tri[row] = make([]string, row+1)
		for col := range tri[row] {
			tri[row][col] = fmt.Sprint(row * col)
		}
	}
	fmt.Println(tri, len(tri[3]))

	grid := [][]rune{[]rune("ab"), []rune("cd")}
	grid[1][0] = 'X'
	for _, line := range grid {
		fmt.Print(string(line), " ")
	}
	fmt.Println()

	bytesFrom := []byte("héllo")
	fmt.Println(len(bytesFrom), bytesFrom[:3], string(bytesFrom[1:3]))
	removed := slices.Delete([]int{0, 1, 2, 3}, 1, 3)
	fmt.Println(removed, slices.Index(removed, 3))
}
