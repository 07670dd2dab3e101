package main

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

const input = `#1 @ 1,3: 4x4
#2 @ 3,1: 4x4
#3 @ 5,5: 2x2
#4 @ 0,0: 2x1
garbage line`

var claimRe = regexp.MustCompile(`^#(\d+) @ (\d+),(\d+): (\d+)x(\d+)$`)

type Claim struct {
	ID, X, Y, W, H int
}

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(err)
	}
	return n
}

func main() {
	var claims []Claim
	for _, line := range strings.Split(input, "\n") {
		m := claimRe.FindStringSubmatch(line)
		if m == nil {
			fmt.Printf("no match: %q\n", line)
			continue
		}
		claims = append(claims, Claim{atoi(m[1]), atoi(m[2]), atoi(m[3]), atoi(m[4]), atoi(m[5])})
	}
	var fabric [10][10]int
	for _, c := range claims {
		for y := c.Y; y < c.Y+c.H; y++ {
			for x := c.X; x < c.X+c.W; x++ {
				fabric[y][x]++
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
	fmt.Println("overlap:", overlap)
outer:
	for _, c := range claims {
		for y := c.Y; y < c.Y+c.H; y++ {
			for x := c.X; x < c.X+c.W; x++ {
				if fabric[y][x] > 1 {
					continue outer
				}
			}
		}
		fmt.Printf("intact: %+v\n", c)
	}
	mul := regexp.MustCompile(`mul\((\d{1,3}),(\d{1,3})\)|do\(\)|don't\(\)`)
	mem := "xmul(2,4)&mul[3,7]!^don't()_mul(5,5)+mul(32,64](mul(11,8)undo()?mul(8,5))"
	on, total, all := true, 0, 0
	for _, m := range mul.FindAllStringSubmatch(mem, -1) {
		switch m[0] {
		case "do()":
			on = true
		case "don't()":
			on = false
		default:
			p := atoi(m[1]) * atoi(m[2])
			all += p
			if on {
				total += p
			}
		}
	}
	fmt.Println("mul sums:", all, total)
	fmt.Println(mul.FindAllStringIndex(mem, 2), claimRe.NumSubexp())
	fmt.Println(regexp.MustCompile(`\d+`).ReplaceAllStringFunc("a1b22c333", func(s string) string {
		return fmt.Sprint(len(s))
	}))
}
