// Exercises: fmt.Sscanf parsing "#1 @ 1,3: 4x4" claims into a struct, a [N][N]int fabric array, counting overlaps, a claim that overlaps nothing.
package main

import (
	"bufio"
	"fmt"
	"strings"
)

const claims = `#1 @ 1,3: 4x4
#2 @ 3,1: 4x4
#3 @ 5,5: 2x2
#4 @ 0,0: 2x1`

type claim struct{ id, x, y, w, h int }

const N = 8

func main() {
	var fabric [N][N]int
	var all []claim
	sc := bufio.NewScanner(strings.NewReader(claims))
	for sc.Scan() {
		var c claim
		n, err := fmt.Sscanf(sc.Text(), "#%d @ %d,%d: %dx%d", &c.id, &c.x, &c.y, &c.w, &c.h)
		if err != nil || n != 5 {
			panic(fmt.Sprint(n, err))
		}
		all = append(all, c)
		for i := c.x; i < c.x+c.w; i++ {
			for j := c.y; j < c.y+c.h; j++ {
				fabric[j][i]++
			}
		}
	}
	overlap := 0
	for _, row := range fabric {
		for _, v := range row {
			if v > 1 {
				overlap++
			}
		}
	}
	fmt.Println("overlap", overlap)
	for _, c := range all {
		alone := true
		for i := c.x; i < c.x+c.w; i++ {
			for j := c.y; j < c.y+c.h; j++ {
				alone = alone && fabric[j][i] == 1
			}
		}
		if alone {
			fmt.Printf("alone %+v\n", c)
		}
	}
	fmt.Println(fabric[3], len(fabric), fabric[0][0:3])
	var a, b int
	var s string
	n, err := fmt.Sscanf("move 3 from x", "move %d from %s", &a, &s)
	fmt.Println(n, err, a, s, b)
}
