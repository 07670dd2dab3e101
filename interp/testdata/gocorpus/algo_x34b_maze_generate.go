package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

const W, H = 8, 5

type cell struct{ x, y int }

func main() {
	r := rand.New(rand.NewPCG(3, 4))
	// walls[y][x] bit 1 = east wall, bit 2 = south wall
	walls := make([][]uint8, H)
	for y := range walls {
		walls[y] = make([]uint8, W)
		for x := range walls[y] {
			walls[y][x] = 3
		}
	}
	visited := map[cell]bool{}
	stack := []cell{{0, 0}}
	visited[cell{0, 0}] = true
	for len(stack) > 0 {
		cur := stack[len(stack)-1]
		var opts []cell
		for _, d := range [][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
			n := cell{cur.x + d[0], cur.y + d[1]}
			if n.x >= 0 && n.x < W && n.y >= 0 && n.y < H && !visited[n] {
				opts = append(opts, n)
			}
		}
		if len(opts) == 0 {
			stack = stack[:len(stack)-1]
			continue
		}
		n := opts[r.IntN(len(opts))]
		switch {
		case n.x > cur.x:
			walls[cur.y][cur.x] &^= 1
		case n.x < cur.x:
			walls[n.y][n.x] &^= 1
		case n.y > cur.y:
			walls[cur.y][cur.x] &^= 2
		default:
			walls[n.y][n.x] &^= 2
		}
		visited[n] = true
		stack = append(stack, n)
	}
	var sb strings.Builder
	sb.WriteString("+" + strings.Repeat("--+", W) + "\n")
	for y := 0; y < H; y++ {
		sb.WriteString("|")
		for x := 0; x < W; x++ {
			sb.WriteString("  ")
			if walls[y][x]&1 != 0 {
				sb.WriteString("|")
			} else {
				sb.WriteString(" ")
			}
		}
		sb.WriteString("\n+")
		for x := 0; x < W; x++ {
			if walls[y][x]&2 != 0 {
				sb.WriteString("--+")
			} else {
				sb.WriteString("  +")
			}
		}
		sb.WriteString("\n")
	}
	fmt.Print(sb.String())
	open := 0
	for _, row := range walls {
		for _, w := range row {
			if w == 0 {
				open++
			}
		}
	}
	fmt.Println("cells visited:", len(visited), "fully open:", open)
}
